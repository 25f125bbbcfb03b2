using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NJsonSchema;
using NJsonSchema.Validation;
using TopologyLint.Core.Tests.Formatting;
using TopologyLint.Engine;
using TopologyLint.Formatting;
using Xunit;

namespace TopologyLint.Core.Tests.Fixes
{
    /// <summary>SARIF results carry their safe fixes as artifactChanges with replacements; suggestions stay out.</summary>
    public class SarifFixesTests
    {
        private const string Head = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\n";

        [Fact]
        public async System.Threading.Tasks.Task A_fixable_result_carries_its_fix_and_applying_it_gives_the_fixed_text()
        {
            using var lint = new TestLint();
            string text = Head + "users:\n  - {sip: a@contoso.com, enterpriseVoice: true, lineUri: \"+1 (425) 555-0100\"}\n  - {sip: b@contoso.com, lineUri: \"425 555 0101\"}\n";
            LintResult result = lint.Run(new[] { lint.Write("sub/a.topology.yaml", text) });
            string sarif = Reports.Format(new SarifFormatter(), result, lint.Directory);

            JsonSchema schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Formatting", "sarif-schema-2.1.0.json"));
            ICollection<ValidationError> errors = schema.Validate(sarif);
            Assert.Empty(errors);
            JsonElement[] results = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
            JsonElement fixable = Assert.Single(results, r => r.TryGetProperty("fixes", out _));
            Assert.Equal("TL1009", fixable.GetProperty("ruleId").GetString());
            Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "TL3004");
            JsonElement fix = Assert.Single(fixable.GetProperty("fixes").EnumerateArray());
            Assert.Equal("Write the line URI as 'tel:+14255550100'", fix.GetProperty("description").GetProperty("text").GetString());
            JsonElement change = Assert.Single(fix.GetProperty("artifactChanges").EnumerateArray());
            Assert.Equal("sub/a.topology.yaml", change.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal("%SRCROOT%", change.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
            JsonElement replacement = Assert.Single(change.GetProperty("replacements").EnumerateArray());
            JsonElement deleted = replacement.GetProperty("deletedRegion");
            JsonElement region = fixable.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            Assert.Equal(new[] { "startLine", "startColumn", "endLine", "endColumn" }.Select(p => region.GetProperty(p).GetInt32()), new[] { "startLine", "startColumn", "endLine", "endColumn" }.Select(p => deleted.GetProperty(p).GetInt32()));

            // What a SARIF viewer does: replace the region (1-based lines and UTF-16 columns) with the inserted text.
            string[] lines = text.Split('\n');
            int line = deleted.GetProperty("startLine").GetInt32() - 1;
            Assert.Equal(line + 1, deleted.GetProperty("endLine").GetInt32());
            int start = deleted.GetProperty("startColumn").GetInt32() - 1;
            int end = deleted.GetProperty("endColumn").GetInt32() - 1;
            lines[line] = string.Concat(lines[line].AsSpan(0, start), replacement.GetProperty("insertedContent").GetProperty("text").GetString(), lines[line].AsSpan(end));
            Assert.Equal(text.Replace("\"+1 (425) 555-0100\"", "\"tel:+14255550100\""), string.Join("\n", lines));
        }
    }
}
