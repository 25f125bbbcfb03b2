using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using TopologyLint.LanguageServer.Protocol;
using Xunit;

namespace TopologyLint.LanguageServer.Tests
{
    public sealed class WorkspaceTests
    {
        private const string BadLineUri = "lineUri: \"tel:+1 (425) 555-0100\"";

        private static Dictionary<string, string> Workspace() => new Dictionary<string, string>
        {
            [TestTopologies.Root] = TestTopologies.RootText,
            [TestTopologies.Fragment] = TestTopologies.FragmentText,
        };

        [Fact]
        public async Task UnsavedFragmentEdit_RelintsItsRoot_AndShowsTheFindingInTheFragment()
        {
            await using LspSession session = await LspSession.StartAsync(Workspace());
            await session.OpenAsync(TestTopologies.Fragment);
            Assert.DoesNotContain((await session.DiagnosticsAsync(TestTopologies.Fragment)).Diagnostics, d => d.Code == "TL1009");

            // Not saved: the disk still holds the clean fragment.
            await session.ChangeAsync(TestTopologies.Fragment, 2, null, TestTopologies.FragmentText.Replace("lineUri: \"tel:+14255550100\"", BadLineUri, StringComparison.Ordinal));
            PublishDiagnosticsParams published = await session.DiagnosticsAsync(TestTopologies.Fragment);

            Assert.Equal(2, published.Version);
            LspDiagnostic finding = Assert.Single(published.Diagnostics, d => d.Code == "TL1009");
            Assert.Equal(5, finding.Range.Start.Line);
            Assert.Equal(TestTopologies.FragmentText, File.ReadAllText(session.PathOf(TestTopologies.Fragment)));
        }

        [Fact]
        public async Task FragmentEditThatDoesNotParse_ShowsTheSyntaxErrorInTheFragment_AndTheRootStillReadsIt()
        {
            await using LspSession session = await LspSession.StartAsync(Workspace());
            await session.OpenAsync(TestTopologies.Fragment);
            await session.IdleAsync();

            await session.ChangeAsync(TestTopologies.Fragment, 2, null, TestTopologies.FragmentText.Replace("    enabled: true\n", "    enabled: [true\n", StringComparison.Ordinal));
            PublishDiagnosticsParams published = await session.DiagnosticsAsync(TestTopologies.Fragment);

            LspDiagnostic syntax = Assert.Single(published.Diagnostics, d => d.Code == "TL0001");
            Assert.Equal(3, syntax.Range.Start.Line);
            Assert.Equal(new[] { session.PathOf(TestTopologies.Root) }, session.Coordinator.ResultsReading(session.PathOf(TestTopologies.Fragment)).SelectMany(r => r.Files).Select(f => f.Path));
        }

        [Fact]
        public async Task FragmentSharedByTwoRoots_ShowsEachFindingOnce()
        {
            Dictionary<string, string> files = Workspace();
            files[TestTopologies.Fragment] = TestTopologies.FragmentText.Replace("lineUri: \"tel:+14255550100\"", BadLineUri, StringComparison.Ordinal);
            files["second.topology.yaml"] = TestTopologies.RootText.Replace("topology: test", "topology: second", StringComparison.Ordinal);
            await using LspSession session = await LspSession.StartAsync(files);
            await session.OpenAsync(TestTopologies.Fragment);

            PublishDiagnosticsParams published = await session.DiagnosticsAsync(TestTopologies.Fragment);

            Assert.Single(published.Diagnostics, d => d.Code == "TL1009");
        }

        [Fact]
        public async Task FragmentOpenedWhileTheWorkspaceScanRuns_IsPublishedOnlyAsItsBufferReads()
        {
            Dictionary<string, string> files = Workspace();
            files["second.topology.yaml"] = TestTopologies.RootText.Replace("topology: test", "topology: second", StringComparison.Ordinal);
            using var disk = new HeldFileSystem(TestTopologies.Root);
            await using LspSession session = await LspSession.StartAsync(files, disk: disk);
            Assert.True(disk.Reached.Wait(TimeSpan.FromSeconds(30)), "the workspace scan never read the held root");

            // The buffer is not what the disk holds: only a lint that read the buffer may publish for it.
            await session.OpenAsync(TestTopologies.Fragment, text: TestTopologies.FragmentText.Replace("lineUri: \"tel:+14255550100\"", BadLineUri, StringComparison.Ordinal));
            await session.RequestAsync<System.Text.Json.JsonElement?>("textDocument/hover", new { textDocument = new { uri = session.UriOf(TestTopologies.Fragment) }, position = new { line = 0, character = 0 } });
            disk.Release();
            PublishDiagnosticsParams published = await session.DiagnosticsAsync(TestTopologies.Fragment);

            Assert.Equal(1, published.Version);
            Assert.Single(published.Diagnostics, d => d.Code == "TL1009");
            Assert.All(session.Published.Where(p => p.Uri == session.UriOf(TestTopologies.Fragment)), p => Assert.Contains(p.Diagnostics, d => d.Code == "TL1009"));
        }

        [Fact]
        public async Task FragmentEdit_ReusesTheTreesOfUnchangedDocuments()
        {
            await using LspSession session = await LspSession.StartAsync(Workspace());
            await session.OpenAsync(TestTopologies.Root);
            await session.OpenAsync(TestTopologies.Fragment);
            await session.IdleAsync();
            Engine.LintedFile before = session.Coordinator.AllResults().Single().Files.Single();
            long hitsBefore = session.Coordinator.Documents.Hits;

            await session.ChangeAsync(TestTopologies.Fragment, 2, new Protocol.Range(new Position(1, 9), new Position(1, 14)), "alicia");
            await session.DiagnosticsAsync(TestTopologies.Fragment);
            Engine.LintedFile after = session.Coordinator.AllResults().Single().Files.Single();

            Assert.Same(before.Documents[0], after.Documents[0]);
            Assert.NotSame(before.Documents[1], after.Documents[1]);
            Assert.Contains("alicia@contoso.com", after.Documents[1].File.Text.ToString(), StringComparison.Ordinal);
            Assert.Equal(hitsBefore + 1, session.Coordinator.Documents.Hits);
            Assert.NotNull(after.Topology);
        }

        [Fact]
        public async Task FragmentUnchangedOnDisk_IsNotReadAgain_AndAChangeEventReadsItEvenBehindItsOldStamp()
        {
            await using LspSession session = await LspSession.StartAsync(Workspace());
            string fragment = session.PathOf(TestTopologies.Fragment);
            var longAgo = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(fragment, longAgo);
            await session.OpenAsync(TestTopologies.Root);
            await session.IdleAsync();
            long unreadBefore = session.Coordinator.Documents.UnreadHits;

            // An edit of the root re-lints it: the fragment on disk, settled and unchanged, is reused without a read.
            await session.ChangeAsync(TestTopologies.Root, 2, new Protocol.Range(new Position(0, 14), new Position(0, 14)), "x");
            await session.DiagnosticsAsync(TestTopologies.Root);
            Assert.Equal(unreadBefore + 1, session.Coordinator.Documents.UnreadHits);

            // Rewritten with the same length and its old time set back: only the watched-file event tells.
            string unnormalized = TestTopologies.FragmentText.Replace("tel:+14255550100", "tel:+1425-555010", StringComparison.Ordinal);
            Assert.Equal(TestTopologies.FragmentText.Length, unnormalized.Length);
            File.WriteAllText(fragment, unnormalized);
            File.SetLastWriteTimeUtc(fragment, longAgo);
            await session.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new FileEvent { Uri = session.UriOf(TestTopologies.Fragment), Type = FileChangeTypeCode.Changed } } });
            await session.IdleAsync();

            Engine.LintResult relinted = session.Coordinator.AllResults().Single();
            Microsoft.CodeAnalysis.Diagnostic finding = Assert.Single(relinted.Diagnostics, d => d.Id == "TL1009");
            Assert.Equal(fragment, finding.Location.GetLineSpan().Path);
            Assert.Equal(5, finding.Location.GetLineSpan().StartLinePosition.Line);
        }

        [Fact]
        public async Task EditedBuffer_KeepsNoRecordOfPastEdits()
        {
            await using LspSession session = await LspSession.StartAsync(Workspace());
            await session.OpenAsync(TestTopologies.Fragment);
            await session.IdleAsync();
            Microsoft.CodeAnalysis.Text.SourceText opened = session.Coordinator.GetOpen(session.PathOf(TestTopologies.Fragment))!.Text;

            for (int version = 2; version <= 4; version++)
            {
                await session.ChangeAsync(TestTopologies.Fragment, version, new Protocol.Range(new Position(1, 9), new Position(1, 10)), version % 2 == 0 ? "b" : "a");
            }

            await session.IdleAsync();
            Microsoft.CodeAnalysis.Text.SourceText edited = session.Coordinator.GetOpen(session.PathOf(TestTopologies.Fragment))!.Text;

            Assert.Equal(TestTopologies.FragmentText.Replace("alice@", "blice@", StringComparison.Ordinal), edited.ToString());

            // Linked to the version it was opened at, the text would name the edits' ranges (Roslyn keeps that chain for
            // ever: memory grew with every edit); unlinked, all of it counts as changed.
            Microsoft.CodeAnalysis.Text.TextChangeRange change = Assert.Single(edited.GetChangeRanges(opened));
            Assert.Equal(new Microsoft.CodeAnalysis.Text.TextChangeRange(new Microsoft.CodeAnalysis.Text.TextSpan(0, opened.Length), edited.Length), change);
        }

        [Fact]
        public async Task EditorConfigChange_Relints()
        {
            Dictionary<string, string> files = Workspace();
            files[TestTopologies.Fragment] = TestTopologies.FragmentText.Replace("lineUri: \"tel:+14255550100\"", BadLineUri, StringComparison.Ordinal);
            await using LspSession session = await LspSession.StartAsync(files);
            await session.OpenAsync(TestTopologies.Fragment);
            Assert.Contains((await session.DiagnosticsAsync(TestTopologies.Fragment)).Diagnostics, d => d.Code == "TL1009");

            File.WriteAllText(session.PathOf(".editorconfig"), "root = true\n\n[*.yaml]\ndotnet_diagnostic.TL1009.severity = none\n");
            await session.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new FileEvent { Uri = session.UriOf(".editorconfig"), Type = FileChangeTypeCode.Created } } });

            Assert.DoesNotContain((await session.DiagnosticsAsync(TestTopologies.Fragment)).Diagnostics, d => d.Code == "TL1009");
        }

        [Fact]
        public async Task FragmentDeletedOnDisk_IsReportedInTheOpenRoot()
        {
            await using LspSession session = await LspSession.StartAsync(Workspace());
            await session.OpenAsync(TestTopologies.Root);
            Assert.DoesNotContain((await session.DiagnosticsAsync(TestTopologies.Root)).Diagnostics, d => d.Code == "TL0005");

            File.Delete(session.PathOf(TestTopologies.Fragment));
            await session.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new FileEvent { Uri = session.UriOf(TestTopologies.Fragment), Type = FileChangeTypeCode.Deleted } } });

            Assert.Contains((await session.DiagnosticsAsync(TestTopologies.Root)).Diagnostics, d => d.Code == "TL0005" && d.Range.Start.Line == 4);
        }

        [Fact]
        public async Task RapidEdits_AreDebounced_AndOnlyTheLatestVersionIsPublished()
        {
            await using LspSession session = await LspSession.StartAsync(Workspace(), debounce: TimeSpan.FromMilliseconds(300));
            await session.OpenAsync(TestTopologies.Root);
            for (int version = 2; version <= 6; version++)
            {
                await session.ChangeAsync(TestTopologies.Root, version, new Protocol.Range(new Position(0, 14), new Position(0, 14)), "x");
            }

            PublishDiagnosticsParams latest = await session.DiagnosticsAsync(TestTopologies.Root);

            Assert.Equal(6, latest.Version);
            Assert.Equal(new int?[] { 6 }, session.Published.Where(p => p.Uri == session.UriOf(TestTopologies.Root)).Select(p => p.Version).ToArray());
        }

        [Fact]
        public async Task BufferOverTheSizeLimit_IsReportedNotLoaded()
        {
            await using LspSession session = await LspSession.StartAsync(Workspace(), initializationOptions: new { maxFileSize = 64 });
            await session.OpenAsync(TestTopologies.Root);

            LspDiagnostic refused = Assert.Single((await session.DiagnosticsAsync(TestTopologies.Root)).Diagnostics);

            Assert.Equal("TL0001", refused.Code);
            Assert.Contains("larger than the limit of 64 bytes", refused.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task SizeLimitOptionThatIsNotANumber_IsLoggedAndTheDefaultKept()
        {
            await using LspSession session = await LspSession.StartAsync(Workspace(), initializationOptions: new { maxFileSize = "64" });
            await session.OpenAsync(TestTopologies.Root);

            PublishDiagnosticsParams published = await session.DiagnosticsAsync(TestTopologies.Root);

            Assert.DoesNotContain(published.Diagnostics, d => d.Code == "TL0001");
            Assert.Contains(session.Logs, log => log.Contains("maxFileSize must be a number of bytes above 0", StringComparison.Ordinal));
        }

        [Fact]
        public async Task DebounceOption_SetsTheQuietPeriodBeforeALint()
        {
            await using LspSession session = await LspSession.StartAsync(Workspace(), initializationOptions: new { debounce = 750 });

            Assert.Equal(TimeSpan.FromMilliseconds(750), session.Coordinator.Debounce);
            Assert.Empty(session.Logs);
        }

        [Theory]
        [InlineData(-1)]
        [InlineData(5001)]
        [InlineData("fast")]
        public async Task DebounceOption_OutOfRange_IsLoggedAndTheDefaultKept(object debounce)
        {
            await using LspSession session = await LspSession.StartAsync(Workspace(), debounce: TimeSpan.FromMilliseconds(200), initializationOptions: new { debounce });
            await session.IdleAsync();

            Assert.Equal(TimeSpan.FromMilliseconds(200), session.Coordinator.Debounce);
            Assert.Contains(session.Logs, log => log.Contains("debounce must be a number of milliseconds from 0 to 5000; 200 ms is used", StringComparison.Ordinal));
        }

        [Fact]
        public async Task BaselineOption_NamesAFileWhoseFindingsAreNotReported()
        {
            const string BaselineName = "topolint.baseline.json";
            Dictionary<string, string> files = Workspace();
            files[TestTopologies.Fragment] = TestTopologies.FragmentText.Replace("lineUri: \"tel:+14255550100\"", BadLineUri, StringComparison.Ordinal);
            await using LspSession session = await LspSession.StartAsync(files, initializationOptions: new { baseline = BaselineName });
            await session.OpenAsync(TestTopologies.Fragment);
            Assert.Contains((await session.DiagnosticsAsync(TestTopologies.Fragment)).Diagnostics, d => d.Code == "TL1009");

            // The file named did not exist yet: written now from today's findings, it takes them all away.
            string baselinePath = session.PathOf(BaselineName);
            using (var writer = new StreamWriter(baselinePath))
            {
                Policy.Baseline.Create(session.Coordinator.AllResults().Single(), baselinePath).Write(writer);
            }

            await session.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new FileEvent { Uri = session.UriOf(BaselineName), Type = FileChangeTypeCode.Created } } });

            Assert.DoesNotContain((await session.DiagnosticsAsync(TestTopologies.Fragment)).Diagnostics, d => d.Code == "TL1009");
            Assert.Empty(session.Logs);
        }

        [Theory]
        [InlineData("42")]
        [InlineData("{\"path\": \"topolint.baseline.json\"}")]
        [InlineData("[\"topolint.baseline.json\"]")]
        [InlineData("true")]
        [InlineData("null")]
        [InlineData("\"\"")]
        public async Task BaselineOptionThatIsNotAPath_IsLoggedAndNoBaselineUsed(string baseline)
        {
            Dictionary<string, string> files = Workspace();
            files[TestTopologies.Fragment] = TestTopologies.FragmentText.Replace("lineUri: \"tel:+14255550100\"", BadLineUri, StringComparison.Ordinal);
            using JsonDocument options = JsonDocument.Parse("{\"baseline\": " + baseline + "}");
            await using LspSession session = await LspSession.StartAsync(files, initializationOptions: options.RootElement);
            await session.OpenAsync(TestTopologies.Fragment);

            PublishDiagnosticsParams published = await session.DiagnosticsAsync(TestTopologies.Fragment);

            Assert.Contains(published.Diagnostics, d => d.Code == "TL1009");
            Assert.Contains(session.Logs, log => log.Contains("the initialization option baseline must be a path to a baseline file (a string, relative to the workspace folder); no baseline is used", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("[200]")]
        [InlineData("\"debounce=200\"")]
        public async Task InitializationOptionsThatAreNotAnObject_AreLoggedAndEveryDefaultKept(string initializationOptions)
        {
            using JsonDocument options = JsonDocument.Parse(initializationOptions);
            await using LspSession session = await LspSession.StartAsync(Workspace(), debounce: TimeSpan.FromMilliseconds(200), initializationOptions: options.RootElement);
            await session.OpenAsync(TestTopologies.Root);

            await session.DiagnosticsAsync(TestTopologies.Root);

            Assert.Equal(TimeSpan.FromMilliseconds(200), session.Coordinator.Debounce);
            Assert.Contains(session.Logs, log => log.Contains("the initialization options must be an object (such as {\"debounce\": 200}); every option keeps its default", StringComparison.Ordinal));
        }
    }

    /// <summary>The disk, except that the first read of one file name waits until the test releases it (to hold a lint mid-way).</summary>
    internal sealed class HeldFileSystem : Loading.ITopologyFileSystem, IDisposable
    {
        private readonly string _heldName;
        private readonly System.Threading.ManualResetEventSlim _released = new System.Threading.ManualResetEventSlim();
        private int _held;

        public HeldFileSystem(string heldName) => _heldName = heldName;

        /// <summary>Set once the held file's first read has begun.</summary>
        public System.Threading.ManualResetEventSlim Reached { get; } = new System.Threading.ManualResetEventSlim();

        public void Release() => _released.Set();

        public Loading.FileEntry GetEntry(string path) => Loading.PhysicalFileSystem.Instance.GetEntry(path);

        public byte[] ReadAllBytes(string path, long maxBytes)
        {
            if (Path.GetFileName(path) == _heldName && System.Threading.Interlocked.Exchange(ref _held, 1) == 0)
            {
                Reached.Set();
                _released.Wait(TimeSpan.FromSeconds(30));
            }

            return Loading.PhysicalFileSystem.Instance.ReadAllBytes(path, maxBytes);
        }

        public string GetRealPath(string path) => Loading.PhysicalFileSystem.Instance.GetRealPath(path);

        public IReadOnlyList<string> Glob(string directory, string pattern) => Loading.PhysicalFileSystem.Instance.Glob(directory, pattern);

        public void Dispose()
        {
            _released.Set();
            _released.Dispose();
            Reached.Dispose();
        }
    }
}
