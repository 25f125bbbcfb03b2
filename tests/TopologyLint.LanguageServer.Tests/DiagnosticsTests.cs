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
    public sealed class DiagnosticsTests
    {
        private static Dictionary<string, string> Workspace(string? fragment = null) => new Dictionary<string, string>
        {
            [TestTopologies.Root] = TestTopologies.RootText,
            [TestTopologies.Fragment] = fragment ?? TestTopologies.FragmentText,
        };

        [Fact]
        public async Task Initialize_AnnouncesIncrementalSync()
        {
            await using LspSession session = await LspSession.StartAsync(Workspace());
            JsonElement result = await session.RequestAsync<JsonElement>("initialize", new { processId = (int?)null, rootUri = (string?)null, capabilities = new { } });
            Assert.Equal(TextDocumentSyncKind.Incremental, result.GetProperty("capabilities").GetProperty("textDocumentSync").GetProperty("change").GetInt32());
            Assert.Equal("topolint", result.GetProperty("serverInfo").GetProperty("name").GetString());
        }

        [Fact]
        public async Task Open_PublishesTheSameDiagnosticsAsTheLintCommand_ZeroBased()
        {
            string broken = File.ReadAllText(Path.Combine(RepositoryRoot(), "examples", "broken", "availability.topology.yaml"));
            await using LspSession session = await LspSession.StartAsync(new Dictionary<string, string> { ["availability.topology.yaml"] = broken });
            await session.OpenAsync("availability.topology.yaml", version: 7);
            PublishDiagnosticsParams published = await session.DiagnosticsAsync("availability.topology.yaml");

            var cliOut = new StringWriter();
            Cli.Program.Run(new[] { "lint", session.PathOf("availability.topology.yaml") }, cliOut, new StringWriter());
            string[] expected = cliOut.ToString().Split('\n').Where(l => l.Contains(": error TL", StringComparison.Ordinal) || l.Contains(": warning TL", StringComparison.Ordinal) || l.Contains(": info TL", StringComparison.Ordinal)).Select(l => l.Substring(l.IndexOf(':') + 1).Trim()).ToArray();
            string[] actual = published.Diagnostics.Select(d => $"{d.Range.Start.Line + 1}:{d.Range.Start.Character + 1}: {SeverityName(d.Severity)} {d.Code}: {d.Message}").ToArray();

            Assert.Equal(7, published.Version);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
        }

        [Fact]
        public async Task IncrementalEdit_RelintsWithTheNewVersion_AndFixingClears()
        {
            string root = TestTopologies.RootText.Replace("kind: central", "kind: centrall", StringComparison.Ordinal);
            await using LspSession session = await LspSession.StartAsync(new Dictionary<string, string> { [TestTopologies.Root] = root, [TestTopologies.Fragment] = TestTopologies.FragmentText });
            await session.OpenAsync(TestTopologies.Root);
            PublishDiagnosticsParams before = await session.DiagnosticsAsync(TestTopologies.Root);
            LspDiagnostic wrongKind = Assert.Single(before.Diagnostics, d => d.Range.Start.Line == 7);

            // Delete the extra "l" of "centrall" (line 7, after "    kind: central").
            await session.ChangeAsync(TestTopologies.Root, 2, new Protocol.Range(new Position(7, 17), new Position(7, 18)), string.Empty);
            PublishDiagnosticsParams after = await session.DiagnosticsAsync(TestTopologies.Root);

            Assert.StartsWith("TL", wrongKind.Code, StringComparison.Ordinal);
            Assert.Equal(2, after.Version);
            Assert.DoesNotContain(after.Diagnostics, d => d.Range.Start.Line == 7);
        }

        [Fact]
        public async Task Close_ClearsTheDocumentsDiagnostics()
        {
            await using LspSession session = await LspSession.StartAsync(Workspace());
            await session.OpenAsync(TestTopologies.Root, text: TestTopologies.RootText.Replace("role: front-end", "role: nonsense", StringComparison.Ordinal));
            Assert.NotEmpty((await session.DiagnosticsAsync(TestTopologies.Root)).Diagnostics);

            await session.CloseAsync(TestTopologies.Root);

            Assert.Empty((await session.DiagnosticsAsync(TestTopologies.Root)).Diagnostics);
        }

        [Fact]
        public async Task PositionsAreUtf16Columns()
        {
            // "é" and the emoji (two UTF-16 units) come before the bad value on its line.
            string text = TestTopologies.RootText.Replace("  - id: redmond\n    kind: central", "  - {id: redmond, x-é😀: 1, kind: nonsense}", StringComparison.Ordinal);
            await using LspSession session = await LspSession.StartAsync(new Dictionary<string, string> { [TestTopologies.Root] = text, [TestTopologies.Fragment] = TestTopologies.FragmentText });
            await session.OpenAsync(TestTopologies.Root);
            PublishDiagnosticsParams published = await session.DiagnosticsAsync(TestTopologies.Root);

            string line = text.Split('\n')[6];
            int column = line.IndexOf("nonsense", StringComparison.Ordinal);
            // The test tells the encodings apart: before the value, UTF-8 bytes and code points count differently from UTF-16 units.
            Assert.NotEqual(System.Text.Encoding.UTF8.GetByteCount(line.AsSpan(0, column)), column);
            Assert.NotEqual(line.Substring(0, column).EnumerateRunes().Count(), column);
            Assert.Contains(published.Diagnostics, d => d.Range.Start.Line == 6 && d.Range.Start.Character == column && d.Range.End.Character == column + "nonsense".Length);
        }

        internal static string SeverityName(int severity) => severity switch
        {
            DiagnosticSeverityCode.Error => "error",
            DiagnosticSeverityCode.Warning => "warning",
            _ => "info",
        };

        internal static string RepositoryRoot()
        {
            string? directory = AppContext.BaseDirectory;
            while (directory != null && !File.Exists(Path.Combine(directory, "TopologyLint.sln")))
            {
                directory = Path.GetDirectoryName(directory);
            }

            return directory ?? throw new InvalidOperationException("the repository root (TopologyLint.sln) is not above the test assembly");
        }
    }
}
