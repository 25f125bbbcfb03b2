using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1010Tests : RuleTests<DuplicateNumberRule>
    {
        [Fact]
        public void Fires_at_the_later_users_line_uri_naming_the_earlier_user()
        {
            var lint = Verify(ValidTopology.WithUsers("{sip: carol@contoso.com, site: hq, enabled: true, enterpriseVoice: true, lineUri: [|\"tel:+14255550100\"|]}"));

            Assert.Equal("The lineUri 'tel:+14255550100' of 'carol@contoso.com' is the same number as that of 'alice@contoso.com' (line 43)", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void The_tel_scheme_compares_case_insensitively()
        {
            var lint = Verify(ValidTopology.WithUsers("{sip: carol@contoso.com, lineUri: [|\"TEL:+14255550100\"|]}"));

            Assert.Contains("'alice@contoso.com'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_bare_extension_collides_with_the_same_extension_on_any_number()
        {
            var lint = Verify(ValidTopology.WithUsers("{sip: carol@contoso.com, lineUri: [|\"1001\"|]}"));

            Assert.Contains("'bob@contoso.com'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void An_extension_on_a_number_collides_with_an_earlier_bare_extension()
        {
            var lint = Verify(ValidTopology.WithUsers(
                "{sip: carol@contoso.com, lineUri: \"2001\"}",
                "{sip: dan@contoso.com, lineUri: [|\"tel:+35315550100;ext=2001\"|]}"));

            Assert.Contains("'carol@contoso.com'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Each_later_holder_of_a_bare_extension_is_reported_against_the_first()
        {
            var lint = Verify(ValidTopology.WithUsers(
                "{sip: carol@contoso.com, lineUri: \"2001\"}",
                "{sip: dan@contoso.com, lineUri: [|\"2001\"|]}",
                "{sip: erin@contoso.com, lineUri: [|\"2001\"|]}"));

            Assert.All(lint.OfRule, d => Assert.Contains("'carol@contoso.com'", d.GetMessage(CultureInfo.InvariantCulture)));
        }

        [Fact]
        public void A_user_in_an_include_fragment_is_reported_in_the_fragment()
        {
            var lint = Verify(
                (ValidTopology.FileName, ValidTopology.Yaml + "include: [fragments/users.yaml]\n"),
                ("fragments/users.yaml", "users:\n  - {sip: carol@contoso.com, site: hq, lineUri: [|\"tel:+14255550100\"|]}\n"));

            Assert.EndsWith("as that of 'alice@contoso.com' (t.topology.yaml line 43)", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_number_and_the_same_number_with_an_extension_are_different()
        {
            // The valid topology has tel:+14255550100 and tel:+14255550100;ext=1001 already.
            Verify(ValidTopology.WithUsers(
                "{sip: carol@contoso.com, lineUri: \"tel:+14255550100;ext=1002\"}",
                "{sip: dan@contoso.com, lineUri: \"tel:+35315550100;ext=1001\"}"));
        }

        [Fact]
        public void A_line_uri_that_is_not_normalized_is_not_compared()
        {
            Verify(ValidTopology.WithUsers("{sip: carol@contoso.com, lineUri: {|TL1009:\"tel:+1 425 555 0100\"|}}"));
        }

        [Fact]
        public void The_ext_parameter_name_compares_case_insensitively()
        {
            var lint = Verify(ValidTopology.WithUsers("{sip: carol@contoso.com, lineUri: [|\"tel:+14255550100;EXT=1001\"|]}"));

            Assert.Contains("'bob@contoso.com'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Leading_zeros_make_a_different_number_and_extension()
        {
            // The valid topology has tel:+14255550100 and tel:+14255550100;ext=1001 already.
            Verify(ValidTopology.WithUsers(
                "{sip: carol@contoso.com, lineUri: \"tel:+014255550100\"}",
                "{sip: dan@contoso.com, lineUri: \"01002\"}",
                "{sip: erin@contoso.com, lineUri: \"tel:+14255550100;ext=01001\"}"));
        }

        [Fact]
        public void The_same_digits_with_leading_zeros_collide()
        {
            var lint = Verify(ValidTopology.WithUsers(
                "{sip: carol@contoso.com, lineUri: \"tel:+000000000000000;ext=0000000000\"}",
                "{sip: dan@contoso.com, lineUri: [|\"tel:+000000000000000;ext=0000000000\"|]}"));

            Assert.Contains("'carol@contoso.com'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Numbers_of_fifteen_digits_compare_by_every_digit()
        {
            var lint = Verify(ValidTopology.WithUsers(
                "{sip: carol@contoso.com, lineUri: \"tel:+999999999999999\"}",
                "{sip: dan@contoso.com, lineUri: \"tel:+999999999999998\"}",
                "{sip: erin@contoso.com, lineUri: \"tel:+99999999999999\"}",
                "{sip: frank@contoso.com, lineUri: [|\"tel:+999999999999999\"|]}"));

            Assert.Contains("'carol@contoso.com'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_bare_extension_is_reported_against_the_earliest_holder_in_either_form()
        {
            // bob (line 44) holds ext=1001 on a number; carol's bare 1001 is reported against bob, dan's against
            // bob too (the earliest), and erin's ext=1001 on another number against carol (the earliest bare one).
            var lint = Verify(ValidTopology.WithUsers(
                "{sip: carol@contoso.com, lineUri: [|\"1001\"|]}",
                "{sip: dan@contoso.com, lineUri: [|\"1001\"|]}",
                "{sip: erin@contoso.com, lineUri: [|\"tel:+35315550100;ext=1001\"|]}"));

            Assert.Contains("'bob@contoso.com'", lint.OfRule[0].GetMessage(CultureInfo.InvariantCulture));
            Assert.Contains("'bob@contoso.com'", lint.OfRule[1].GetMessage(CultureInfo.InvariantCulture));
            Assert.Contains("'carol@contoso.com'", lint.OfRule[2].GetMessage(CultureInfo.InvariantCulture));
        }
    }
}
