using System;
using System.IO;
using TopologyLint.Cli;
using Xunit;
using static TopologyLint.Cli.Tests.CliTestDirectory;

namespace TopologyLint.Cli.Tests
{
    /// <summary>--output and --write-baseline write through a temporary file and a rename: a failure leaves the old file or nothing, never half a report or a stray temporary file.</summary>
    public class OutputSafetyTests : IDisposable
    {
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "topolint-cli-tests", Guid.NewGuid().ToString("N"));

        public OutputSafetyTests() => Directory.CreateDirectory(_directory);

        public void Dispose()
        {
            Directory.Delete(_directory, recursive: true);
            GC.SuppressFinalize(this);
        }

        private string Topology()
        {
            string path = Path.Combine(_directory, "a.topology.yaml");
            File.WriteAllText(path, "topology: t\n");
            return path;
        }

        [Theory]
        [InlineData("--output", "file.txt/out.sarif")]
        [InlineData("--output", "missing/directory/out.sarif")]
        [InlineData("--output", "existing-directory")]
        [InlineData("--write-baseline", "file.txt/baseline.json")]
        [InlineData("--write-baseline", "missing/directory/baseline.json")]
        [InlineData("--write-baseline", "existing-directory")]
        public void Unwritable_output_exits_2_with_one_line_and_leaves_no_file(string option, string output)
        {
            File.WriteAllText(Path.Combine(_directory, "file.txt"), "a regular file, not a directory");
            Directory.CreateDirectory(Path.Combine(_directory, "existing-directory"));
            string target = Path.Combine(_directory, output);
            (int exit, _, string stderr) = Run("lint", Topology(), "--format", "sarif", option, target);
            Assert.Equal(2, exit);
            string line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith($"topolint: cannot write '{target}': ", line);
            Assert.Equal(new[] { "a.topology.yaml", "existing-directory", "file.txt" }, Entries());
            Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(_directory, "existing-directory")));
        }

        [Fact]
        public void Report_written_whole_replaces_the_old_file_and_leaves_no_temporary()
        {
            string target = Path.Combine(_directory, "out.sarif");
            File.WriteAllText(target, "old report");
            (int exit, _, string stderr) = Run("lint", Topology(), "--format", "sarif", "--output", target);
            Assert.Equal(string.Empty, stderr);
            Assert.NotEqual(2, exit);
            Assert.StartsWith("{", File.ReadAllText(target).TrimStart());
            Assert.Equal(new[] { "a.topology.yaml", "out.sarif" }, Entries());
        }

        [Fact]
        public void Write_failing_midway_keeps_the_old_file_and_leaves_no_temporary()
        {
            string target = Path.Combine(_directory, "out.sarif");
            File.WriteAllText(target, "old report");
            bool written = ReportFile.TryWrite(target, writer =>
            {
                writer.Write("{\"half\": ");
                writer.Flush();
                throw new IOException("disk full");
            }, out string? error);
            Assert.False(written);
            Assert.Equal("disk full", error);
            Assert.Equal("old report", File.ReadAllText(target));
            Assert.Equal(new[] { "out.sarif" }, Entries());
        }

        [Fact]
        public void Formatter_crashing_midway_leaves_no_temporary()
        {
            string target = Path.Combine(_directory, "out.sarif");
            Assert.Throws<InvalidOperationException>(() => ReportFile.TryWrite(target, writer =>
            {
                writer.Write("{\"half\": ");
                throw new InvalidOperationException("formatter bug");
            }, out _));
            Assert.Empty(Entries());
        }

        [Theory]
        [InlineData("--output", "-")]
        [InlineData("--format", "json=-")]
        public void Dash_is_standard_output(string option, string value)
        {
            string[] args = option == "--output" ? new[] { "lint", Topology(), "--format", "json", option, value } : new[] { "lint", Topology(), option, value };
            (int exit, string stdout, string stderr) = Run(args);
            Assert.Equal(string.Empty, stderr);
            Assert.Equal(1, exit); // the document has errors; the report was written
            Assert.StartsWith("{", stdout);
            Assert.False(File.Exists("-"), "no file named '-' in the current directory");
            Assert.Equal(new[] { "a.topology.yaml" }, Entries());
        }

        [Fact]
        public void Dash_counts_as_the_one_format_on_standard_output()
        {
            (int exit, _, string stderr) = Run("lint", Topology(), "--format", "json=-", "--format", "text");
            Assert.Equal(2, exit);
            Assert.StartsWith("topolint: only one --format can write to standard output", stderr);
        }

        [Fact]
        public void Symbolic_link_is_written_through_and_stays_a_link()
        {
            string real = Path.Combine(_directory, "real.sarif");
            File.WriteAllText(real, "old report");
            string link = Path.Combine(_directory, "link.sarif");
            File.CreateSymbolicLink(link, "real.sarif");
            string dangling = Path.Combine(_directory, "dangling.json");
            File.CreateSymbolicLink(dangling, "created-through-link.json");

            (int exit, _, string stderr) = Run("lint", Topology(), "--format", "sarif=" + link, "--format", "json=" + dangling);

            Assert.Equal(string.Empty, stderr);
            Assert.Equal(1, exit); // the document has errors; the report was written
            Assert.Equal("real.sarif", new FileInfo(link).LinkTarget);
            Assert.Equal("created-through-link.json", new FileInfo(dangling).LinkTarget);
            Assert.Contains("\"version\": \"2.1.0\"", File.ReadAllText(real));
            Assert.Contains("\"diagnostics\"", File.ReadAllText(Path.Combine(_directory, "created-through-link.json")));
            Assert.Equal(new[] { "a.topology.yaml", "created-through-link.json", "dangling.json", "link.sarif", "real.sarif" }, Entries());
        }

        [Fact]
        public async System.Threading.Tasks.Task Fifo_is_written_directly_not_replaced()
        {
            if (OperatingSystem.IsWindows())
            {
                return; // Windows has no FIFOs in the file system.
            }

            string fifo = Path.Combine(_directory, "report.fifo");
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
            {
                mkfifo.WaitForExit();
                Assert.Equal(0, mkfifo.ExitCode);
            }

            string link = Path.Combine(_directory, "link-to-fifo");
            File.CreateSymbolicLink(link, fifo);

            foreach (string target in new[] { fifo, link })
            {
                System.Threading.Tasks.Task<string> reader = System.Threading.Tasks.Task.Run(() => File.ReadAllText(fifo));
                (int exit, _, string stderr) = Run("lint", Topology(), "--format", "json", "--output", target);

                Assert.Equal(string.Empty, stderr);
                Assert.Equal(1, exit); // the document has errors; the report was written
                Assert.Contains("\"diagnostics\"", await reader.WaitAsync(TimeSpan.FromSeconds(30)));
            }

            Assert.Equal(TopologyLint.Loading.FileEntryKind.Special, TopologyLint.Loading.PhysicalFileSystem.Instance.GetEntry(fifo).Kind);
            Assert.Equal(fifo, new FileInfo(link).LinkTarget);
            Assert.Equal(new[] { "a.topology.yaml", "link-to-fifo", "report.fifo" }, Entries());
        }

        [Fact]
        public void Leftover_temporary_of_a_killed_run_is_reused_and_removed()
        {
            string target = Path.Combine(_directory, "out.sarif");
            string leftover = ReportFile.TemporaryPath(target);
            Assert.Equal(Path.Combine(_directory, ".out.sarif.topolint-tmp"), leftover);
            File.WriteAllText(leftover, new string('x', 100_000));

            (int exit, _, string stderr) = Run("lint", Topology(), "--format", "sarif", "--output", target);

            Assert.Equal(string.Empty, stderr);
            Assert.Equal(1, exit); // the document has errors; the report was written
            Assert.StartsWith("{", File.ReadAllText(target));
            Assert.Equal(new[] { "a.topology.yaml", "out.sarif" }, Entries());
        }

        [Fact]
        public void Termination_signal_during_the_write_removes_the_temporary_and_keeps_the_old_file()
        {
            string target = Path.Combine(_directory, "out.sarif");
            File.WriteAllText(target, "old report");
            bool existedBeforeSignal = false;
            bool written = ReportFile.TryWrite(target, writer =>
            {
                writer.Write("{\"half\": ");
                writer.Flush();
                existedBeforeSignal = File.Exists(ReportFile.TemporaryPath(target));

                // What the SIGINT and SIGTERM handlers run; in a real run the process then ends.
                ReportFile.RemoveTemporaryFile();
                Assert.False(File.Exists(ReportFile.TemporaryPath(target)));
            }, out _);

            Assert.True(existedBeforeSignal);
            Assert.False(written);
            Assert.Equal("old report", File.ReadAllText(target));
            Assert.Equal(new[] { "out.sarif" }, Entries());
        }

        private string[] Entries()
        {
            string[] names = Array.ConvertAll(Directory.GetFileSystemEntries(_directory), e => Path.GetFileName(e)!);
            Array.Sort(names, StringComparer.Ordinal);
            return names;
        }
    }
}
