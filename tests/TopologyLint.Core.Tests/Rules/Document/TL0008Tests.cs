using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Document;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Document
{
    /// <summary>TL0008: a suppression comment naming an unknown rule (or none), reported at the ID or the comment.</summary>
    public class TL0008Tests : RuleTests<UnknownSuppressionRule>
    {
        [Fact]
        public void An_unknown_id_is_reported_and_the_known_ones_still_suppress()
        {
            var lint = Verify(("a.topology.yaml", "a: 1\n# topolint-disable-next-line [|TL101|], TL0006\na: 2\n"));

            Assert.Contains("'TL101'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
            Assert.Single(lint.Result.SuppressedDiagnostics, s => s.Diagnostic.Id == "TL0006");
        }

        [Fact]
        public void A_suppression_naming_no_rule_is_reported_at_the_comment()
        {
            Verify(("a.topology.yaml", "a: 1 [|# topolint-disable|]\n"));
        }
    }
}
