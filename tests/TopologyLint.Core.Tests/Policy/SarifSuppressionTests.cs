using System.IO;
using System.Linq;
using System.Text.Json;
using TopologyLint.Engine;
using TopologyLint.Formatting;
using Xunit;

namespace TopologyLint.Core.Tests.Policy
{
    public class SarifSuppressionTests
    {
        [Fact]
        public void Suppressed_diagnostics_are_sarif_results_with_an_in_source_suppression()
        {
            using var lint = new TestLint();
            string path = lint.Write("a.topology.yaml", "a: 1\n# topolint-disable-next-line TL0006 -- kept for the migration\na: 2\n# topolint-disable-next-line TL0006\na: 3\n");
            LintResult result = lint.Run(new[] { path });
            var writer = new StringWriter();
            new SarifFormatter().Write(new LintReport(result, lint.Directory), writer);

            using JsonDocument sarif = JsonDocument.Parse(writer.ToString());
            JsonElement[] duplicates = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Where(r => r.GetProperty("ruleId").GetString() == "TL0006")
                .ToArray();
            Assert.Equal(2, duplicates.Length);
            Assert.Equal(3, duplicates[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
            JsonElement justified = duplicates[0].GetProperty("suppressions")[0];
            Assert.Equal("inSource", justified.GetProperty("kind").GetString());
            Assert.Equal("kept for the migration", justified.GetProperty("justification").GetString());
            JsonElement bare = duplicates[1].GetProperty("suppressions")[0];
            Assert.Equal("inSource", bare.GetProperty("kind").GetString());
            Assert.False(bare.TryGetProperty("justification", out _));

            // Text output leaves them out entirely.
            var text = new StringWriter();
            new TextFormatter(color: false).Write(new LintReport(result, lint.Directory), text);
            Assert.DoesNotContain("TL0006", text.ToString());
        }
    }
}
