using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TopologyLint.Engine;
using TopologyLint.Loading;
using Xunit;

namespace TopologyLint.Core.Tests.Hostile
{
    /// <summary>
    /// An include that leaves the root document's directory, loops, or names something that is not a
    /// regular file is TL0005 and is never read. These tests make real links and FIFOs, so they run on
    /// Unix only; a FIFO that were opened would block, so each lint runs under a time limit.
    /// </summary>
    public class IncludeContainmentTests
    {
        private const string Head = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\n";

        /// <summary>Far longer than any of these lints takes; reached only if a FIFO or device was opened.</summary>
        private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

        private static (LintedFile Linted, RecordingFileSystem FileSystem) LintGuarded(string root)
        {
            var fileSystem = new RecordingFileSystem(PhysicalFileSystem.Instance);
            Task<LintedFile> lint = Task.Run(() => new TopologyLinter(fileSystem, new LintOptions { MaxDegreeOfParallelism = 1 }).LintFile(root));
            Assert.True(lint.Wait(HangGuard), "the lint hung: a FIFO or device was opened");
            return (lint.Result, fileSystem);
        }

        private static void MakeFifo(string path)
        {
            using Process mkfifo = Process.Start(new ProcessStartInfo("mkfifo", $"\"{path}\"") { UseShellExecute = false })!;
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        private static Diagnostic SingleIncludeError(LintedFile linted, string message)
        {
            Diagnostic error = Assert.Single(linted.Diagnostics, d => d.Id == "TL0005");
            Assert.Equal(4, error.Span().Line);
            Assert.Contains(message, error.GetMessage(CultureInfo.InvariantCulture));
            return error;
        }

        [Fact]
        public void Link_to_a_file_outside_is_refused_without_reading_it()
        {
            if (OperatingSystem.IsWindows())
            {
                return; // Symbolic links need privileges there; the check is the same code.
            }

            using var lint = new TestLint();
            // The target is a FIFO outside the root: reading it would hang the test.
            MakeFifo(Path.Combine(lint.Directory, "outside.yaml"));
            Directory.CreateDirectory(Path.Combine(lint.Directory, "root"));
            File.CreateSymbolicLink(Path.Combine(lint.Directory, "root", "inside.yaml"), "../outside.yaml");
            string root = lint.Write("root/a.topology.yaml", Head + "include: [inside.yaml]\n");
            (LintedFile linted, RecordingFileSystem fileSystem) = LintGuarded(root);
            Diagnostic error = SingleIncludeError(linted, "outside the root document's directory");
            Assert.Equal((4, 11, 4, 22), error.Span());
            Assert.Equal(new[] { root }, fileSystem.Read);
        }

        [Fact]
        public void Link_to_a_directory_outside_is_refused_for_files_through_it()
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            using var lint = new TestLint();
            lint.Write("elsewhere/f.yaml", "users: []\n");
            Directory.CreateDirectory(Path.Combine(lint.Directory, "root"));
            Directory.CreateSymbolicLink(Path.Combine(lint.Directory, "root", "linked"), "../elsewhere");
            string root = lint.Write("root/a.topology.yaml", Head + "include: [linked/f.yaml]\n");
            (LintedFile linted, RecordingFileSystem fileSystem) = LintGuarded(root);
            SingleIncludeError(linted, "outside the root document's directory");
            Assert.Equal(new[] { root }, fileSystem.Read);
        }

        [Fact]
        public void Link_to_dev_zero_inside_the_root_is_refused_as_outside()
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            using var lint = new TestLint();
            File.CreateSymbolicLink(Path.Combine(lint.Directory, "zero.yaml"), "/dev/zero");
            string root = lint.Write("a.topology.yaml", Head + "include: [zero.yaml]\n");
            (LintedFile linted, RecordingFileSystem fileSystem) = LintGuarded(root);
            SingleIncludeError(linted, "resolves to '/dev/zero', outside the root document's directory");
            Assert.Equal(new[] { root }, fileSystem.Read);
        }

        [Fact]
        public void Absolute_device_path_is_refused()
        {
            using var lint = new TestLint();
            string root = lint.Write("a.topology.yaml", Head + "include: [/dev/zero]\n");
            (LintedFile linted, RecordingFileSystem fileSystem) = LintGuarded(root);
            SingleIncludeError(linted, "is an absolute path");
            Assert.Equal(new[] { root }, fileSystem.Read);
        }

        [Theory]
        [InlineData("sub/fifo.yaml")]
        [InlineData("sub/*.yaml")]
        public void FIFO_inside_the_root_is_refused_without_opening_it(string include)
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            using var lint = new TestLint();
            Directory.CreateDirectory(Path.Combine(lint.Directory, "sub"));
            MakeFifo(Path.Combine(lint.Directory, "sub", "fifo.yaml"));
            string root = lint.Write("a.topology.yaml", Head + $"include: ['{include}']\n");
            (LintedFile linted, RecordingFileSystem fileSystem) = LintGuarded(root);
            SingleIncludeError(linted, "it is not a regular file (a device, FIFO or socket)");
            Assert.Equal(new[] { root }, fileSystem.Read);
        }

        [Fact]
        public void Root_document_that_is_a_FIFO_is_TL0001_without_opening_it()
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            using var lint = new TestLint();
            string root = Path.Combine(lint.Directory, "a.topology.yaml");
            MakeFifo(root);
            (LintedFile linted, RecordingFileSystem fileSystem) = LintGuarded(root);
            Diagnostic error = Assert.Single(linted.Diagnostics);
            Assert.Equal("TL0001", error.Id);
            Assert.Contains("not a regular file", error.GetMessage(CultureInfo.InvariantCulture));
            Assert.Empty(fileSystem.Read);
        }

        [Fact]
        public void Link_cycle_is_refused()
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            using var lint = new TestLint();
            File.CreateSymbolicLink(Path.Combine(lint.Directory, "a.yaml"), "b.yaml");
            File.CreateSymbolicLink(Path.Combine(lint.Directory, "b.yaml"), "a.yaml");
            string root = lint.Write("r.topology.yaml", Head + "include: [a.yaml]\n");
            (LintedFile linted, RecordingFileSystem fileSystem) = LintGuarded(root);
            SingleIncludeError(linted, "link cycle");
            Assert.Equal(new[] { root }, fileSystem.Read);
        }

        [Fact]
        public void Recursive_glob_does_not_follow_directory_links()
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            using var lint = new TestLint();
            lint.Write("outside/o.yaml", "users: []\n");
            lint.Write("root/users/u.yaml", "users: []\n");
            Directory.CreateSymbolicLink(Path.Combine(lint.Directory, "root", "users", "loop"), "..");
            Directory.CreateSymbolicLink(Path.Combine(lint.Directory, "root", "out"), "../outside");
            string root = lint.Write("root/a.topology.yaml", Head + "include: ['**/*.yaml']\n");
            (LintedFile linted, RecordingFileSystem fileSystem) = LintGuarded(root);
            Assert.DoesNotContain(linted.Diagnostics, d => d.Id == "TL0005" && !d.GetMessage(CultureInfo.InvariantCulture).Contains("the root document itself", StringComparison.Ordinal));
            Assert.Equal(new[] { "a.topology.yaml", "u.yaml" }, fileSystem.Read.Select(Path.GetFileName));
        }

        [Theory]
        [InlineData("../*.yaml")]
        [InlineData("sub/../../*.yaml")]
        [InlineData("**/../../*.yaml")]
        public void Glob_that_climbs_out_is_refused(string include)
        {
            using var lint = new TestLint();
            lint.Write("outside.yaml", "users: []\n");
            string root = lint.Write("root/a.topology.yaml", Head + $"include: ['{include}']\n");
            (LintedFile linted, RecordingFileSystem fileSystem) = LintGuarded(root);
            SingleIncludeError(linted, "climbs out with '..'");
            Assert.Equal(new[] { root }, fileSystem.Read);
        }

        [Theory]
        [InlineData("a.topology.yaml", "includes the root document itself")]
        [InlineData("./a.topology.yaml", "includes the root document itself")]
        [InlineData("*.topology.yaml", "includes the root document itself")]
        [InlineData("sub/..", "it is a directory")]
        [InlineData(".", "it is a directory")]
        [InlineData("sub/../../a.topology.yaml", "outside the root document's directory")]
        public void Cycles_directories_and_dot_segments_are_refused(string include, string message)
        {
            using var lint = new TestLint();
            Directory.CreateDirectory(Path.Combine(lint.Directory, "sub"));
            string root = lint.Write("a.topology.yaml", Head + $"include: ['{include}']\n");
            (LintedFile linted, RecordingFileSystem fileSystem) = LintGuarded(root);
            SingleIncludeError(linted, message);
            Assert.Equal(new[] { root }, fileSystem.Read);
        }

        [Theory]
        [InlineData("a\\0b.yaml")]
        [InlineData("x\\0*.yaml")]
        public void Include_with_a_NUL_escape_is_refused(string include)
        {
            // Found by hand: Path.GetFullPath threw ArgumentException on the NUL that a YAML escape makes.
            using var lint = new TestLint();
            string root = lint.Write("a.topology.yaml", Head + $"include: [\"{include}\"]\n");
            (LintedFile linted, RecordingFileSystem fileSystem) = LintGuarded(root);
            Diagnostic error = SingleIncludeError(linted, "not a valid path");
            Assert.Equal((4, 11, 4, 13 + include.Length), error.Span());
            Assert.Equal(new[] { root }, fileSystem.Read);
        }
    }
}
