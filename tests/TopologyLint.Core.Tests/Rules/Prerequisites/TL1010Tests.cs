using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1010Tests
    {
        [Fact]
        public void Fires_at_the_later_users_line_uri_naming_the_earlier_user()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.WithUsers("{sip: carol@contoso.com, site: hq, enabled: true, enterpriseVoice: true, lineUri: \"tel:+14255550100\"}"));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL1010", DiagnosticSeverity.Error, 45, 87);
            Assert.Equal("The lineUri 'tel:+14255550100' of 'carol@contoso.com' is the same number as that of 'alice@contoso.com' (line 43)", diagnostic.GetMessage());
        }

        [Fact]
        public void The_tel_scheme_compares_case_insensitively()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.WithUsers("{sip: carol@contoso.com, lineUri: \"TEL:+14255550100\"}"));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL1010", DiagnosticSeverity.Error, 45, 39);
            Assert.Contains("'alice@contoso.com'", diagnostic.GetMessage());
        }

        [Fact]
        public void A_bare_extension_collides_with_the_same_extension_on_any_number()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.WithUsers("{sip: carol@contoso.com, lineUri: \"1001\"}"));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL1010", DiagnosticSeverity.Error, 45, 39);
            Assert.Contains("'bob@contoso.com'", diagnostic.GetMessage());
        }

        [Fact]
        public void An_extension_on_a_number_collides_with_an_earlier_bare_extension()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.WithUsers(
                "{sip: carol@contoso.com, lineUri: \"2001\"}",
                "{sip: dan@contoso.com, lineUri: \"tel:+35315550100;ext=2001\"}"));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL1010", DiagnosticSeverity.Error, 46, 37);
            Assert.Contains("'carol@contoso.com'", diagnostic.GetMessage());
        }

        [Fact]
        public void Each_later_holder_of_a_bare_extension_is_reported_against_the_first()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.WithUsers(
                "{sip: carol@contoso.com, lineUri: \"2001\"}",
                "{sip: dan@contoso.com, lineUri: \"2001\"}",
                "{sip: erin@contoso.com, lineUri: \"2001\"}"));

            Assert.Equal(new[] { "TL1010@46:37", "TL1010@47:38" }, diagnostics.Positions());
            Assert.All(diagnostics, d => Assert.Contains("'carol@contoso.com'", d.GetMessage()));
        }

        [Fact]
        public void A_user_in_an_include_fragment_is_reported_in_the_fragment()
        {
            using var lint = new TestLint();
            lint.Write("fragments/users.yaml", "users:\n  - {sip: carol@contoso.com, site: hq, lineUri: \"tel:+14255550100\"}\n");

            var diagnostics = lint.Lint(ValidTopology.FileName, ValidTopology.Yaml + "include: [fragments/users.yaml]\n");

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL1010", DiagnosticSeverity.Error, "users.yaml", 2, 49);
            Assert.EndsWith("as that of 'alice@contoso.com' (t.topology.yaml line 43)", diagnostic.GetMessage());
        }

        [Fact]
        public void A_number_and_the_same_number_with_an_extension_are_different()
        {
            // The valid topology has tel:+14255550100 and tel:+14255550100;ext=1001 already.
            var diagnostics = ValidTopology.Lint(ValidTopology.WithUsers(
                "{sip: carol@contoso.com, lineUri: \"tel:+14255550100;ext=1002\"}",
                "{sip: dan@contoso.com, lineUri: \"tel:+35315550100;ext=1001\"}"));

            RuleAssert.None(diagnostics, "TL1010");
        }

        [Fact]
        public void A_line_uri_that_is_not_normalized_is_not_compared()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.WithUsers("{sip: carol@contoso.com, lineUri: \"tel:+1 425 555 0100\"}"));

            RuleAssert.None(diagnostics, "TL1010");
            RuleAssert.Single(diagnostics, "TL1009", DiagnosticSeverity.Error, 45, 39);
        }

        [Fact]
        public void The_ext_parameter_name_compares_case_insensitively()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.WithUsers("{sip: carol@contoso.com, lineUri: \"tel:+14255550100;EXT=1001\"}"));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL1010", DiagnosticSeverity.Error, 45, 39);
            Assert.Contains("'bob@contoso.com'", diagnostic.GetMessage());
        }

        [Fact]
        public void Leading_zeros_make_a_different_number_and_extension()
        {
            // The valid topology has tel:+14255550100 and tel:+14255550100;ext=1001 already.
            var diagnostics = ValidTopology.Lint(ValidTopology.WithUsers(
                "{sip: carol@contoso.com, lineUri: \"tel:+014255550100\"}",
                "{sip: dan@contoso.com, lineUri: \"01002\"}",
                "{sip: erin@contoso.com, lineUri: \"tel:+14255550100;ext=01001\"}"));

            RuleAssert.None(diagnostics, "TL1010");
        }

        [Fact]
        public void The_same_digits_with_leading_zeros_collide()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.WithUsers(
                "{sip: carol@contoso.com, lineUri: \"tel:+000000000000000;ext=0000000000\"}",
                "{sip: dan@contoso.com, lineUri: \"tel:+000000000000000;ext=0000000000\"}"));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL1010", DiagnosticSeverity.Error, 46, 37);
            Assert.Contains("'carol@contoso.com'", diagnostic.GetMessage());
        }

        [Fact]
        public void Numbers_of_fifteen_digits_compare_by_every_digit()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.WithUsers(
                "{sip: carol@contoso.com, lineUri: \"tel:+999999999999999\"}",
                "{sip: dan@contoso.com, lineUri: \"tel:+999999999999998\"}",
                "{sip: erin@contoso.com, lineUri: \"tel:+99999999999999\"}",
                "{sip: frank@contoso.com, lineUri: \"tel:+999999999999999\"}"));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL1010", DiagnosticSeverity.Error, 48, 39);
            Assert.Contains("'carol@contoso.com'", diagnostic.GetMessage());
        }

        [Fact]
        public void A_bare_extension_is_reported_against_the_earliest_holder_in_either_form()
        {
            // bob (line 44) holds ext=1001 on a number; carol's bare 1001 is reported against bob, dan's against
            // bob too (the earliest), and erin's ext=1001 on another number against carol (the earliest bare one).
            var diagnostics = ValidTopology.Lint(ValidTopology.WithUsers(
                "{sip: carol@contoso.com, lineUri: \"1001\"}",
                "{sip: dan@contoso.com, lineUri: \"1001\"}",
                "{sip: erin@contoso.com, lineUri: \"tel:+35315550100;ext=1001\"}"));

            Assert.Equal(new[] { "TL1010@45:39", "TL1010@46:37", "TL1010@47:38" }, diagnostics.Positions());
            Assert.Contains("'bob@contoso.com'", diagnostics[0].GetMessage());
            Assert.Contains("'bob@contoso.com'", diagnostics[1].GetMessage());
            Assert.Contains("'carol@contoso.com'", diagnostics[2].GetMessage());
        }
    }
}
