using System.IO;
using System.Linq;
using TopologyLint.Engine;
using TopologyLint.Policy;
using Xunit;

namespace TopologyLint.Core.Tests.Policy
{
    public class BaselineTests
    {
        private const string Document = "topology: contoso\nsites:\n  - id: redmond\n    kind: central\n  - id: redmond\n    kind: branch\n";

        private static Baseline RoundTrip(Baseline baseline, string path)
        {
            var writer = new StringWriter();
            baseline.Write(writer);
            Assert.True(Baseline.TryParse(path, writer.ToString(), out Baseline? read, out string? error), error);
            return read!;
        }

        [Fact]
        public void Baseline_survives_lines_inserted_above_the_finding()
        {
            using var lint = new TestLint();
            string path = lint.Write("net/a.topology.yaml", Document);
            string baselinePath = Path.Combine(lint.Directory, "topolint.baseline.json");
            LintResult before = lint.Run(new[] { path });
            Assert.Contains(before.Diagnostics, d => d.Id == "TL0004");
            Baseline baseline = RoundTrip(Baseline.Create(before, baselinePath), baselinePath);

            lint.Write("net/a.topology.yaml", "# moved down by a header\n\n" + Document);
            BaselineOutcome outcome = baseline.Apply(lint.Run(new[] { path }));

            Assert.Empty(outcome.Result.Diagnostics);
            Assert.Empty(outcome.Result.Files.Single().Diagnostics);
            Assert.Equal(before.Diagnostics.Length, outcome.Matched);
            Assert.Equal(0, outcome.Stale);
        }

        [Fact]
        public void New_findings_are_reported_and_fixed_ones_counted_as_stale()
        {
            using var lint = new TestLint();
            string path = lint.Write("a.topology.yaml", Document);
            string baselinePath = Path.Combine(lint.Directory, "baseline.json");
            Baseline baseline = Baseline.Create(lint.Run(new[] { path }), baselinePath);

            // The duplicate site is renamed (TL0004 fixed) and a duplicate key is added (TL0006 new).
            lint.Write("a.topology.yaml", Document.Replace("  - id: redmond\n    kind: branch\n", "  - id: dublin\n    kind: branch\n") + "topology: again\n");
            BaselineOutcome outcome = baseline.Apply(lint.Run(new[] { path }));

            Assert.Equal(new[] { "TL0006@7:1" }, outcome.Result.Diagnostics.Positions());
            Assert.Equal(1, outcome.Stale);
        }

        [Fact]
        public void Written_baseline_is_sorted_indented_json_with_relative_forward_slash_paths()
        {
            using var lint = new TestLint();
            string path = lint.Write("net/a.topology.yaml", Document);
            var writer = new StringWriter();
            Baseline.Create(lint.Run(new[] { path }), Path.Combine(lint.Directory, "baseline.json")).Write(writer);
            string text = writer.ToString();

            Assert.StartsWith("{\n  \"version\": 2,\n  \"entries\": [\n    {\n      \"file\": \"net/a.topology.yaml\",\n      \"itemPath\": \"", text);
            Assert.Contains("\"itemPath\": \"/sites/[id=redmond]/id\",\n      \"ruleId\": \"TL0004\",", text);
            Assert.DoesNotContain("\r", text);
            Assert.True(Baseline.TryParse("b.json", text, out Baseline? read, out _));
            Assert.Equal(read!.Entries.OrderBy(e => e).ToArray(), read.Entries.ToArray());
        }

        [Theory]
        [InlineData("not json", "not valid JSON")]
        [InlineData("[]", "no \"version\"")]
        [InlineData("{\"version\": 3, \"entries\": []}", "version 3 is not supported")]
        [InlineData("{\"version\": 2, \"entries\": [{\"ruleId\": \"TL0004\", \"file\": \"a\", \"pointer\": \"/a\", \"contentHash\": \"0\"}]}", "entry 0 needs string properties \"ruleId\", \"file\", \"itemPath\"")]
        [InlineData("{\"version\": 1}", "no \"entries\" array")]
        [InlineData("{\"version\": 1, \"entries\": [{\"ruleId\": \"TL0004\"}]}", "entry 0 needs")]
        public void Malformed_baseline_says_what_is_wrong(string text, string expected)
        {
            Assert.False(Baseline.TryParse("b.json", text, out Baseline? baseline, out string? error));
            Assert.Null(baseline);
            Assert.Contains(expected, error);
        }
    }
}
