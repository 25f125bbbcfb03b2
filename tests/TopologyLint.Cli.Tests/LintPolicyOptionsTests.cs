using System;
using System.IO;
using System.Linq;
using Xunit;
using static TopologyLint.Cli.Tests.CliTestDirectory;

namespace TopologyLint.Cli.Tests
{
    /// <summary>The lint command's policy flags, end to end through <see cref="Program.Run"/>.</summary>
    public sealed class LintPolicyOptionsTests : IDisposable
    {
        // The schema check (TL0002) and the model rules' areas off, so that the test documents need not be whole
        // topologies; TL0006 (duplicate key) a warning.
        private const string OnlyDocumentRules = "root = true\n[*]\ndotnet_diagnostic.TL0002.severity = none\n"
            + "dotnet_analyzer_diagnostic.category-Prerequisites.severity = none\n"
            + "dotnet_analyzer_diagnostic.category-Availability.severity = none\n"
            + "dotnet_analyzer_diagnostic.category-Emergency.severity = none\n";

        private const string EditorConfig = OnlyDocumentRules + "[*.topology.yaml]\ndotnet_diagnostic.TL0006.severity = warning\n";

        private readonly string _directory = Path.Combine(Path.GetTempPath(), "topolint-cli-tests", Guid.NewGuid().ToString("N"));

        public LintPolicyOptionsTests()
        {
            Directory.CreateDirectory(_directory);
            File.WriteAllText(Path.Combine(_directory, ".editorconfig"), EditorConfig);
        }

        public void Dispose() => Directory.Delete(_directory, recursive: true);

        private string Write(string name, string text)
        {
            string path = Path.Combine(_directory, name);
            File.WriteAllText(path, text);
            return path;
        }

        [Fact]
        public void Editorconfig_next_to_the_file_makes_the_duplicate_key_a_warning_and_the_run_passes()
        {
            string file = Write("a.topology.yaml", "a: 1\na: 2\n");

            var (exit, output, _) = Run("lint", "--no-color", file);

            Assert.Equal(Program.ExitClean, exit);
            Assert.Contains(":2:1: warning TL0006:", output);
        }

        [Fact]
        public void Warnaserror_fails_the_run_and_does_not_take_the_path_as_its_value()
        {
            string file = Write("a.topology.yaml", "a: 1\na: 2\n");

            var (exit, output, error) = Run("lint", "--warnaserror", file);

            Assert.Equal(Program.ExitErrors, exit);
            Assert.Contains(":2:1: error TL0006:", output);
            Assert.Equal(string.Empty, error);
        }

        [Fact]
        public void Warnaserror_with_ids_promotes_only_those_rules()
        {
            string file = Write("a.topology.yaml", "a: 1\na: 2\n");

            Assert.Equal(Program.ExitClean, Run("lint", "--warnaserror:TL0008,TL0004", file).ExitCode);
            var (exit, output, _) = Run("lint", file, "--warnaserror=TL0006");
            Assert.Equal(Program.ExitErrors, exit);
            Assert.Contains("error TL0006", output);
        }

        [Fact]
        public void Warnaserror_with_an_unknown_id_cannot_run()
        {
            string file = Write("a.topology.yaml", "a: 1\n");

            var (exit, _, error) = Run("lint", "--warnaserror:TL9999", file);

            Assert.Equal(Program.ExitCannotRun, exit);
            Assert.Single(error.TrimEnd().Split('\n'));
            Assert.Contains("TL9999", error);
        }

        [Fact]
        public void Suppressed_error_neither_prints_nor_fails_the_run()
        {
            File.WriteAllText(Path.Combine(_directory, ".editorconfig"), OnlyDocumentRules);
            string file = Write("a.topology.yaml", "a: 1\n# topolint-disable-next-line TL0006 -- fixed upstream next release\na: 2\n");

            var (exit, output, _) = Run("lint", file);

            Assert.Equal(Program.ExitClean, exit);
            Assert.DoesNotContain("TL0006", output);
        }

        [Fact]
        public void Written_baseline_hides_known_findings_and_reports_new_ones_and_stale_entries()
        {
            File.WriteAllText(Path.Combine(_directory, ".editorconfig"), OnlyDocumentRules);
            string file = Write("a.topology.yaml", "a: 1\na: 2\nb: 1\nb: 2\n");
            string baseline = Path.Combine(_directory, "topolint.baseline.json");

            var (writeExit, writeOutput, writeError) = Run("lint", file, "--write-baseline", baseline);
            Assert.Equal(Program.ExitClean, writeExit);
            Assert.DoesNotContain("TL0006", writeOutput);
            Assert.Contains("recorded 2 diagnostics", writeError);
            Assert.Equal(2, File.ReadAllText(baseline).Split("\"ruleId\": \"TL0006\"").Length - 1);
            Assert.Empty(Directory.GetFiles(_directory, ".*.topolint-tmp"));

            Write("a.topology.yaml", "# header\na: 1\na: 2\nc: 1\nc: 2\n");
            var (exit, output, error) = Run("lint", "--no-color", "--baseline", baseline, file);

            Assert.Equal(Program.ExitErrors, exit);
            string reported = Assert.Single(output.Split('\n'), l => l.Contains("TL0006"));
            Assert.Contains(":5:1: error TL0006:", reported);
            Assert.Contains("1 entry of baseline", error);
        }

        [Fact]
        public void Version_1_baseline_still_applies_and_one_line_says_how_to_rewrite_it()
        {
            File.WriteAllText(Path.Combine(_directory, ".editorconfig"), OnlyDocumentRules);
            string file = Write("a.topology.yaml", "a: 1\na: 2\n");
            string baseline = Path.Combine(_directory, "old.baseline.json");

            // As topolint wrote it before finding identities: the list-position pointer and a hash of the key's text.
            File.WriteAllText(baseline, "{\"version\": 1, \"entries\": [{\"file\": \"a.topology.yaml\", \"pointer\": \"/a\", \"ruleId\": \"TL0006\", \"contentHash\": \"ca978112ca1bbdca\"}]}");
            var (exit, output, error) = Run("lint", file, "--baseline", baseline);

            Assert.Equal(Program.ExitClean, exit);
            Assert.DoesNotContain("TL0006", output);
            Assert.Equal(
                $"topolint: warning: baseline '{baseline}' is in the version 1 format, keyed by list position; `topolint lint --write-baseline {baseline}` rewrites it in version 2, which survives reordered items\n",
                error);

            Run("lint", file, "--write-baseline", baseline);
            Assert.Contains("\"version\": 2", File.ReadAllText(baseline));
            Assert.Equal(string.Empty, Run("lint", file, "--baseline", baseline).Stderr);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("{ \"version\": 1, \"entries\": 3 }")]
        public void Missing_or_malformed_baseline_cannot_run_and_says_so_in_one_line(string? content)
        {
            string file = Write("a.topology.yaml", "a: 1\n");
            string baseline = Path.Combine(_directory, "baseline.json");
            if (content != null)
            {
                File.WriteAllText(baseline, content);
            }

            var (exit, output, error) = Run("lint", file, "--baseline", baseline);

            Assert.Equal(Program.ExitCannotRun, exit);
            Assert.Equal(string.Empty, output);
            Assert.Single(error.TrimEnd().Split('\n'));
            Assert.Contains("baseline", error);
        }

        [Fact]
        public void Baseline_that_cannot_be_written_cannot_run()
        {
            string file = Write("a.topology.yaml", "a: 1\n");

            var (exit, _, error) = Run("lint", file, "--write-baseline", Path.Combine(_directory, "missing", "baseline.json"));

            Assert.Equal(Program.ExitCannotRun, exit);
            Assert.StartsWith("topolint: cannot write '", error);
            Assert.Single(error.TrimEnd().Split('\n'));
        }
    }
}
