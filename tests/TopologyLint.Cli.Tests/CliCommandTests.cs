using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using TopologyLint.Cli;
using Xunit;
using static TopologyLint.Cli.Tests.CliTestDirectory;

namespace TopologyLint.Cli.Tests
{
    public class CliCommandTests : IDisposable
    {
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "topolint-cli-tests", Guid.NewGuid().ToString("N"));

        public CliCommandTests() => Directory.CreateDirectory(_directory);

        public void Dispose()
        {
            Directory.Delete(_directory, recursive: true);
            GC.SuppressFinalize(this);
        }

        private string Write(string name, string text)
        {
            string path = Path.Combine(_directory, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return path;
        }

        private static string RepositoryFile(string relative) => Path.Combine(RepositoryRoot(), relative);

        [Fact]
        public void Clean_example_exits_0_with_a_summary()
        {
            (int exit, string output, _) = Run("lint", RepositoryFile("examples/contoso"), "--no-color");
            Assert.Equal(0, exit);
            Assert.Equal("0 errors, 0 warnings, 0 infos in 1 file", output.Trim());
        }

        [Fact]
        public void Errors_exit_1_and_print_path_line_column()
        {
            string path = Write("bad.topology.yaml", "topology: t\nproduct: lync-server-2013\nsipDomains: [c.com]\nsites: [{id: s, kind: nowhere}]\n");
            (int exit, string output, _) = Run("lint", path, "--no-color");
            Assert.Equal(1, exit);
            Assert.Contains("bad.topology.yaml:4:23: error TL0002: 'nowhere' is not one of: central, branch", output);
            Assert.Contains("6 errors, 1 warning, 0 infos in 1 file", output); // TL0002, and TL1001, TL1002, TL1004, TL1005, TL1014, TL1007 for what this small topology lacks
        }

        [Fact]
        public void Directories_are_searched_for_topology_files_skipping_build_output()
        {
            Write("a.topology.yaml", "topology: [");
            Write("nested/b.topology.json", "{");
            Write("bin/c.topology.yaml", "topology: [");
            Write("notes.yaml", "topology: [");
            (int exit, string output, _) = Run("lint", _directory, "--format", "json");
            Assert.Equal(1, exit);
            using JsonDocument json = JsonDocument.Parse(output);
            string[] files = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => Path.GetFileName(d.GetProperty("file").GetString()!)).ToArray();
            Assert.Equal(new[] { "a.topology.yaml", "b.topology.json" }, files);
            Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
        }

        [Fact]
        public void Msbuild_format_is_canonical()
        {
            string path = Write("m.topology.yaml", "topology: t\ntopology: u\n");
            (_, string output, _) = Run("lint", path, "--format", "msbuild");
            Assert.Contains("m.topology.yaml(2,1,2,9): error TL0006: Key 'topology' is already defined in this mapping at line 1", output);
        }

        [Theory]
        [InlineData("lint", "/no/such/path")]
        [InlineData("lint", "--bogus")]
        [InlineData("lint", "--format", "yaml")]
        [InlineData("explain", "TL9999")]
        public void Commands_that_cannot_run_exit_2_with_one_line(params string[] args)
        {
            (int exit, _, string error) = Run(args);
            Assert.Equal(2, exit);
            Assert.Single(error.Trim().Split('\n'));
            Assert.StartsWith("topolint: ", error);
            Assert.DoesNotContain("   at ", error);
        }

        [Fact]
        public void Unwritable_output_exits_2_and_leaves_no_file()
        {
            string blocker = Write("file.txt", "x");
            (int exit, _, string error) = Run("lint", RepositoryFile("examples/contoso"), "--output", Path.Combine(blocker, "out.txt"));
            Assert.Equal(2, exit);
            Assert.Contains("cannot write", error);
            Assert.Equal(new[] { blocker }, Directory.GetFiles(_directory));
        }

        [Fact]
        public void Rules_lists_the_catalog_and_explain_prints_the_help_page()
        {
            (int exit, string rules, _) = Run("rules");
            Assert.Equal(0, exit);
            Assert.Contains("TL0002  error    Document violates the topology schema", rules);
            (int explainExit, string page, _) = Run("explain", "tl0006");
            Assert.Equal(0, explainExit);
            Assert.StartsWith("# TL0006", page);
        }

        [Fact]
        public void Schema_prints_the_draft_07_schema()
        {
            (int exit, string output, _) = Run("schema");
            Assert.Equal(0, exit);
            using JsonDocument schema = JsonDocument.Parse(output);
            Assert.Equal("http://json-schema.org/draft-07/schema#", schema.RootElement.GetProperty("$schema").GetString());
        }

        [Fact]
        public void Version_prints_the_version_from_the_build()
        {
            (int exit, string output, _) = Run("--version");
            Assert.Equal(0, exit);
            Assert.StartsWith("0.1.0", output.Trim());
        }
    }
}
