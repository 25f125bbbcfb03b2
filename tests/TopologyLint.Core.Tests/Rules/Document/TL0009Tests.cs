using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Document;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Document
{
    /// <summary>TL0009: a <c># topolint-todo:</c> comment is still in the document, reported from its <c>#</c> to the end of its line.</summary>
    public class TL0009Tests : RuleTests<ImportToDoRule>
    {
        [Fact]
        public void Fires_at_a_to_do_comment_on_its_own_line()
        {
            var lint = Verify(ValidTopology.With("exchange:", "[|# topolint-todo: exchange (version, servicePack, unifiedMessaging) is not in the topology XML|]\nexchange:"));

            Assert.Equal("To do left by topolint import: exchange (version, servicePack, unifiedMessaging) is not in the topology XML", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_each_to_do_including_indented_and_trailing_ones_up_to_the_end_of_the_line()
        {
            var lint = Verify(ValidTopology
                .With("  - fqdn: med.contoso.local\n", "  [|# topolint-todo: servers of med.contoso.local: os and domainMember are not in the topology XML|]\n  - fqdn: med.contoso.local\n")
                .With("  - {product: lync-2013, site: hq, count: 10}\n", "  - {product: lync-2013, site: hq, count: 10}   [|#topolint-todo: check the count  |]\n"));

            Assert.Equal("To do left by topolint import: check the count", lint.OfRule[1].GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_in_an_included_fragment()
        {
            Verify(
                (ValidTopology.FileName, ValidTopology.With("users:\n", "include: [users.yaml]\nusers:\n")),
                ("users.yaml", "[|# topolint-todo: users are not in the topology XML (topolint import --users FILE)|]\nusers: []\n"));
        }

        [Theory]
        [InlineData("# topolint-disable-next-line TL1016 -- approved\n")]
        [InlineData("# TODO: topolint-todo: not the import's\n")]
        [InlineData("# topolint-todo without a colon\n")]
        [InlineData("# Topolint-Todo: another case\n")]
        [InlineData("x-note: \"# topolint-todo: inside a quoted string\"\n")]
        [InlineData("x-note: |\n  # topolint-todo: inside a block scalar\n")]
        [InlineData("x-note: a#topolint-todo: not after white space\n")]
        public void Does_not_fire_on_other_comments_or_on_text_that_is_not_a_comment(string text)
        {
            Verify(ValidTopology.With("clients:\n", text + "clients:\n"));
        }

        [Fact]
        public void Never_fires_in_json_which_has_no_comments()
        {
            Verify(("t.topology.json", "{\"topology\": \"t\", \"x-note\": \"# topolint-todo: a string, not a comment\"}\n"));
        }

        [Fact]
        public void A_deleted_to_do_leaves_nothing()
        {
            Verify(ValidTopology.Yaml);
        }
    }
}
