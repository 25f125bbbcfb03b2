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

        public void Dispose() => Directory.Delete(_directory, recursive: true);

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

        private string[] Entries()
        {
            string[] names = Array.ConvertAll(Directory.GetFileSystemEntries(_directory), e => Path.GetFileName(e)!);
            Array.Sort(names, StringComparer.Ordinal);
            return names;
        }
    }
}
