using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using Xunit;

namespace TopologyLint.Cli.Tests
{
    public class LintCommandTests
    {
        [Theory]
        [InlineData("text")]
        [InlineData("json")]
        [InlineData("sarif")]
        [InlineData("msbuild")]
        [InlineData("github")]
        [InlineData("junit")]
        [InlineData("codeclimate")]
        public void Every_format_reports_the_errors_and_exits_1(string format)
        {
            using var dir = new CliTestDirectory();
            string path = dir.WriteExample(broken: true, out int line);

            CliRun run = CliTestDirectory.Run("lint", path, "--format", format);

            Assert.Equal(1, run.ExitCode);
            Assert.Empty(run.Stderr);
            Assert.Contains("TL0006", run.Stdout);
            switch (format)
            {
                case "json":
                    Assert.Equal(2, JsonDocument.Parse(run.Stdout).RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
                    break;
                case "sarif":
                    Assert.Equal(1, JsonDocument.Parse(run.Stdout).RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("exitCode").GetInt32());
                    break;
                case "junit":
                    Assert.Equal("2", (string)XDocument.Parse(run.Stdout).Root!.Attribute("failures")!);
                    break;
                case "codeclimate":
                    Assert.Equal(new[] { "TL0002", "TL0006" }, JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray().Select(i => i.GetProperty("check_name").GetString()));
                    break;
                case "msbuild":
                    Assert.EndsWith($"contoso.topology.yaml({line + 1},1,{line + 1},4): error TL0006: Key 'foo' is already defined in this mapping at line {line}", run.Stdout.Split('\n')[1]);
                    break;
                case "github":
                    Assert.StartsWith($"::error file={TopologyLint.Formatting.GitHubFormatter.EscapeProperty(path)},line={line},col=1,endLine={line},endColumn=4,title=TL0002::", run.Stdout);
                    break;
                default:
                    Assert.EndsWith("2 errors, 0 warnings, 0 infos in 1 file\n", run.Stdout);
                    break;
            }
        }

        [Fact]
        public void One_run_annotates_on_standard_output_and_writes_sarif_and_junit_files()
        {
            using var dir = new CliTestDirectory();
            string path = dir.WriteExample(broken: true, out _);

            CliRun run = CliTestDirectory.Run("lint", path, "--format", "github", "--format", "sarif=" + dir.File("out/../r.sarif"), "-f", "junit=" + dir.File("r.xml"));

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(2, run.Stdout.Split('\n').Count(l => l.StartsWith("::error ", System.StringComparison.Ordinal)));
            Assert.Equal(2, JsonDocument.Parse(File.ReadAllText(dir.File("r.sarif"))).RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
            Assert.Equal("2", (string)XDocument.Load(dir.File("r.xml")).Root!.Attribute("failures")!);
            Assert.Equal(new[] { CliTestDirectory.ExampleFolder, "r.sarif", "r.xml" }, Entries(dir));
        }

        [Fact]
        public void Sarif_category_names_the_run_and_an_empty_one_is_refused()
        {
            using var dir = new CliTestDirectory();
            string path = dir.WriteExample(broken: true, out _);

            CliRun named = CliTestDirectory.Run("lint", path, "--format", "sarif", "--sarif-category", "topolint-production");
            CliRun empty = CliTestDirectory.Run("lint", path, "--format", "sarif", "--sarif-category", " ");

            Assert.Equal("topolint-production/", JsonDocument.Parse(named.Stdout).RootElement.GetProperty("runs")[0].GetProperty("automationDetails").GetProperty("id").GetString());
            Assert.Equal(2, empty.ExitCode);
            Assert.Equal("topolint: --sarif-category takes a non-empty name, e.g. --sarif-category topolint-production", empty.Stderr.Trim());
        }

        [Fact]
        public void Output_option_sends_the_one_format_without_a_file_there()
        {
            using var dir = new CliTestDirectory();
            string path = dir.WriteExample(broken: true, out _);

            CliRun run = CliTestDirectory.Run("lint", path, "--format", "sarif", "--output", dir.File("a.sarif"), "--format", "text=" + dir.File("a.txt"));

            Assert.Equal((1, string.Empty, string.Empty), (run.ExitCode, run.Stdout, run.Stderr));
            Assert.Equal("2.1.0", JsonDocument.Parse(File.ReadAllText(dir.File("a.sarif"))).RootElement.GetProperty("version").GetString());
            Assert.EndsWith("2 errors, 0 warnings, 0 infos in 1 file\n", File.ReadAllText(dir.File("a.txt")).Replace("\r\n", "\n"));
        }

        [Theory]
        [InlineData("lint", "{doc}", "--format", "sarif=")]
        [InlineData("lint", "{doc}", "--format", "text", "--format", "json")]
        [InlineData("lint", "{doc}", "--format", "sarif", "--output", "{dir}/a", "--format", "text")]
        [InlineData("lint", "{doc}", "--format", "sarif={dir}/same", "--format", "json={dir}/same")]
        [InlineData("lint", "{doc}", "--format", "json={dir}/a.json", "--output", "{dir}/b")]
        [InlineData("lint", "{doc}", "--output", "{dir}/no/such/dir/report.txt")]
        [InlineData("lint", "{doc}", "--format")]
        [InlineData("lint", "{doc}", "--max-file-size", "0")]
        [InlineData("lint", "{doc}", "--max-file-size", "-5")]
        [InlineData("lint", "{doc}", "--max-file-size", "64MB")]
        [InlineData("frobnicate")]
        public void Command_that_cannot_run_exits_2_with_one_line_and_no_stack_trace(params string[] template)
        {
            using var dir = new CliTestDirectory();
            string doc = dir.WriteExample(broken: true, out _);
            string[] args = template.Select(a => a.Replace("{doc}", doc).Replace("{dir}", dir.Path)).ToArray();

            CliRun run = CliTestDirectory.Run(args);

            Assert.Equal(2, run.ExitCode);
            string line = Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
            Assert.StartsWith("topolint: ", line);
            Assert.DoesNotContain(" at ", line.Replace(" at line", string.Empty));
            Assert.DoesNotContain(".tmp", line);
            Assert.Equal(new[] { CliTestDirectory.ExampleFolder }, Entries(dir));
        }

        [Fact]
        public void Max_file_size_refuses_a_larger_file_with_TL0001_and_a_raised_limit_lints_it()
        {
            using var dir = new CliTestDirectory();
            string doc = dir.WriteExample(broken: false, out _);
            long size = new FileInfo(doc).Length;
            long largest = Directory.GetFiles(dir.File(CliTestDirectory.ExampleFolder), "*", SearchOption.AllDirectories).Max(f => new FileInfo(f).Length);

            CliRun refused = CliTestDirectory.Run("lint", doc, "--format", "msbuild", "--max-file-size", (size - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            CliRun linted = CliTestDirectory.Run("lint", doc, "--max-file-size", largest.ToString(System.Globalization.CultureInfo.InvariantCulture));

            Assert.Equal(1, refused.ExitCode);
            string diagnostic = Assert.Single(refused.Stdout.Split('\n'), l => l.Contains(": error "));
            Assert.Contains("contoso.topology.yaml(1,1,1,1): error TL0001: ", diagnostic);
            Assert.Contains($"it is {size} bytes, over the limit of {size - 1} bytes", diagnostic);
            Assert.Equal((0, string.Empty), (linted.ExitCode, linted.Stderr));
            Assert.EndsWith("0 errors, 0 warnings, 0 infos in 1 file\n", linted.Stdout);
        }

        [Fact]
        public void Unwritable_output_names_the_report_and_leaves_no_temporary_file()
        {
            using var dir = new CliTestDirectory();
            string doc = dir.WriteExample(broken: true, out _);
            Directory.CreateDirectory(dir.File("report.sarif"));

            CliRun run = CliTestDirectory.Run("lint", doc, "--format", "sarif", "--output", dir.File("report.sarif"));

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith($"topolint: cannot write '{dir.File("report.sarif")}': ", run.Stderr);
            Assert.Equal(new[] { CliTestDirectory.ExampleFolder, "report.sarif" }, Entries(dir));
        }

        /// <summary>The names directly in the test directory, sorted: reports written, and no temporary file left.</summary>
        private static string?[] Entries(CliTestDirectory dir)
            => Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
    }
}
