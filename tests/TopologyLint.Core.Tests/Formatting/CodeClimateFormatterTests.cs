using System.Globalization;
using System.Linq;
using System.Text.Json;
using TopologyLint.Core.Tests.Rules;
using TopologyLint.Engine;
using TopologyLint.Formatting;
using Xunit;

namespace TopologyLint.Core.Tests.Formatting
{
    public class CodeClimateFormatterTests
    {
        private const string Broken = ValidTopology.Yaml + "foo: 1\nfoo: 2\nfoo: 3\n";

        [Fact]
        public void Each_diagnostic_is_an_issue_with_the_fields_GitLab_reads()
        {
            using var lint = new TestLint();
            LintResult result = lint.Run(new[] { lint.Write("sub/a.topology.yaml", Broken) });

            JsonElement[] issues = Issues(lint, result);

            Assert.Equal(result.Diagnostics.Length, issues.Length);
            Assert.Equal(new[] { "TL0002", "TL0006", "TL0006" }, issues.Select(i => i.GetProperty("check_name").GetString()));
            JsonElement last = issues[2];
            Assert.Equal("issue", last.GetProperty("type").GetString());
            Assert.Equal(result.Diagnostics[2].GetMessage(CultureInfo.InvariantCulture), last.GetProperty("description").GetString());
            Assert.Equal("critical", last.GetProperty("severity").GetString());
            Assert.Equal("sub/a.topology.yaml", last.GetProperty("location").GetProperty("path").GetString());
            Assert.Equal(47, last.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
            Assert.Equal(issues.Length, issues.Select(i => i.GetProperty("fingerprint").GetString()).Distinct().Count());
        }

        [Fact]
        public void Fingerprints_survive_lines_added_above()
        {
            using var lint = new TestLint();
            string[] before = Issues(lint, lint.Run(new[] { lint.Write("a.topology.yaml", Broken) })).Select(i => i.GetProperty("fingerprint").GetString()!).ToArray();
            string[] after = Issues(lint, lint.Run(new[] { lint.Write("a.topology.yaml", "# owner: telephony\n\n" + Broken) })).Select(i => i.GetProperty("fingerprint").GetString()!).ToArray();

            Assert.Equal(before, after);
        }

        [Fact]
        public void A_clean_lint_is_an_empty_array()
        {
            using var lint = new TestLint();

            Assert.Empty(Issues(lint, lint.Run(new[] { lint.Write("a.topology.yaml", ValidTopology.Yaml) })));
        }

        private static JsonElement[] Issues(TestLint lint, LintResult result)
            => JsonDocument.Parse(Reports.Format(new CodeClimateFormatter(), result, lint.Directory)).RootElement.EnumerateArray().ToArray();
    }
}
