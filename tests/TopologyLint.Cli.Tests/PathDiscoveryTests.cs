using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Engine;
using TopologyLint.Loading;
using Xunit;
using static TopologyLint.Cli.Tests.CliTestDirectory;

namespace TopologyLint.Cli.Tests
{
    /// <summary>
    /// What the command line's paths come to when part of them cannot be used. Unreadable directories and files are
    /// stood in for by fakes: the tests may run as root, whom no file permission stops.
    /// </summary>
    public class PathDiscoveryTests
    {
        [Fact]
        public void Unreadable_directory_is_one_line_and_the_rest_is_still_found()
        {
            using var temp = new CliTestDirectory();
            string root = temp.Path;
            var listing = new FakeListing(root);

            IReadOnlyList<string> files = FileDiscovery.Find(new[] { root }, out string? missing, out IReadOnlyList<string> notes, listing);

            Assert.Null(missing);
            Assert.Equal(new[] { Path.Combine(root, "a.topology.yaml"), Path.Combine(root, "open", "b.topology.yml") }, files);
            string note = Assert.Single(notes);
            Assert.Equal($"warning: cannot read directory '{Path.Combine(root, "locked")}' (Access to the path is denied.); its topology files are not linted", note);
            Assert.DoesNotContain(Path.Combine(root, "bin"), listing.Listed);
        }

        [Fact]
        public void Directory_without_topology_files_says_so_on_stderr_and_exits_0()
        {
            using var temp = new CliTestDirectory();
            temp.Write("notes/readme.md", "not a topology");

            (int exit, string stdout, string stderr) = Run("lint", temp.File("notes"));

            Assert.Equal(0, exit);
            Assert.Equal($"topolint: no topology file (*.topology.yaml, *.topology.yml, *.topology.json) in '{temp.File("notes")}'\n", stderr);
            Assert.Contains("in 0 files", stdout);
        }

        [Theory]
        [InlineData("--frobnicate")]
        [InlineData("-x")]
        public void Unknown_option_is_called_an_unknown_option(string option)
        {
            using var temp = new CliTestDirectory();
            string file = temp.Write("a.topology.yaml", "topology: t\n");

            (int exit, string stdout, string stderr) = Run("lint", file, option);

            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, stdout);
            Assert.Equal($"topolint: unknown option '{option}' (topolint lint --help lists the options)\n", stderr);
        }

        [Fact]
        public void Unknown_option_of_explain_is_not_taken_for_a_rule_id()
        {
            (int exit, _, string stderr) = Run("explain", "--frobnicate");

            Assert.Equal(2, exit);
            Assert.Equal("topolint: unknown option '--frobnicate' (topolint explain --help lists the options)\n", stderr);
        }

        [Fact]
        public void Unreadable_file_is_one_TL0001_diagnostic_and_the_other_files_are_linted()
        {
            using var temp = new CliTestDirectory();
            string locked = temp.Write("locked.topology.yaml", "topology: t\n");
            string open = temp.Write("open.topology.yaml", "topology: t\ntopology: u\n");

            LintResult result = new TopologyLinter(new UnreadableFile(locked), new LintOptions { MaxDegreeOfParallelism = 1 }).Lint(new[] { locked, open });

            Diagnostic unreadable = Assert.Single(result.Diagnostics, d => d.Location.GetLineSpan().Path == locked);
            Assert.Equal("TL0001", unreadable.Id);
            Assert.Contains("denied", unreadable.GetMessage(CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase);
            Assert.Contains(result.Diagnostics, d => d.Id == "TL0006" && d.Location.GetLineSpan().Path == open);
        }

        /// <summary>A tree with a readable file, an unreadable directory, a readable one and a bin folder never to be listed.</summary>
        private sealed class FakeListing : IDirectoryListing
        {
            private readonly string _root;

            public FakeListing(string root) => _root = root;

            public List<string> Listed { get; } = new List<string>();

            public IEnumerable<string> Files(string directory)
            {
                Listed.Add(directory);
                if (directory == Path.Combine(_root, "locked"))
                {
                    throw new UnauthorizedAccessException("Access to the path is denied.");
                }

                return directory == _root
                    ? new[] { Path.Combine(_root, "a.topology.yaml"), Path.Combine(_root, "readme.md") }
                    : directory == Path.Combine(_root, "open") ? new[] { Path.Combine(directory, "b.topology.yml") } : Array.Empty<string>();
            }

            public IEnumerable<string> Subdirectories(string directory)
                => directory == _root ? new[] { "locked", "open", "bin" }.Select(d => Path.Combine(_root, d)) : Array.Empty<string>();
        }

        /// <summary>The disk, except that one file cannot be read.</summary>
        private sealed class UnreadableFile : ITopologyFileSystem
        {
            private readonly string _path;

            public UnreadableFile(string path) => _path = path;

            public FileEntry GetEntry(string path) => PhysicalFileSystem.Instance.GetEntry(path);

            public byte[] ReadAllBytes(string path, long maxBytes)
                => path == _path ? throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.") : PhysicalFileSystem.Instance.ReadAllBytes(path, maxBytes);

            public string GetRealPath(string path) => PhysicalFileSystem.Instance.GetRealPath(path);

            public IReadOnlyList<string> Glob(string directory, string pattern) => PhysicalFileSystem.Instance.Glob(directory, pattern);
        }
    }
}
