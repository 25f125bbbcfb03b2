using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TopologyLint.LanguageServer.Protocol;
using Xunit;

namespace TopologyLint.LanguageServer.Tests
{
    /// <summary>
    /// Go to definition, find references and rename while a document does not parse (the user is mid-edit): the
    /// identifiers of its last version that parsed, at their places in the text as it is now.
    /// </summary>
    public sealed class BrokenDocumentNavigationTests
    {
        // TestTopologies.RootText's line 19, "    gateways: [gw01.contoso.local]", its flow sequence left open.
        private const int GatewaysLine = 19;

        private static readonly string RootWithOpenFlow = ReplaceLine(TestTopologies.RootText, GatewaysLine, "    gateways: [gw01.contoso.local");

        [Fact]
        public async Task Definition_references_and_rename_in_a_root_broken_on_a_later_line()
        {
            await using LspSession session = await OpenBothAsync(RootWithOpenFlow);

            List<Location> definition = await session.RequestAsync<List<Location>>("textDocument/definition", At(session, TestTopologies.Root, 14, 12));
            List<Location> references = await ReferencesAsync(session, TestTopologies.Root, 6, 10);
            WorkspaceEdit rename = await RenameAsync(session, TestTopologies.Root, 11, 12, "seattle");

            Location target = Assert.Single(definition);
            Assert.Equal(session.UriOf(TestTopologies.Root), target.Uri);
            Assert.Equal(RangeOf(RootWithOpenFlow, 6, "redmond"), target.Range.ToString());
            Assert.Equal(
                new[] { 6, 11, 14, 17 }.Select(line => "root " + RangeOf(RootWithOpenFlow, line, "redmond")).Append("fragment " + RangeOf(TestTopologies.FragmentText, 2, "redmond")),
                references.Select(l => Describe(session, l)));
            Assert.Equal(RenamedRoot(RootWithOpenFlow), TextEdits.Apply(RootWithOpenFlow, rename.Changes[session.UriOf(TestTopologies.Root)]));
            Assert.Equal(
                TestTopologies.FragmentText.Replace("site: redmond", "site: seattle", StringComparison.Ordinal),
                TextEdits.Apply(TestTopologies.FragmentText, rename.Changes[session.UriOf(TestTopologies.Fragment)]));
        }

        [Fact]
        public async Task Lines_inserted_above_the_identifiers_move_them_down()
        {
            // Two lines before "sites:", the second a flow mapping left open: every identifier of the root is two lines further.
            string broken = InsertLines(TestTopologies.RootText, 5, "# being written", "defaults: {kind: central");
            await using LspSession session = await OpenBothAsync(broken);

            List<Location> definition = await session.RequestAsync<List<Location>>("textDocument/definition", At(session, TestTopologies.Fragment, 2, 12));
            List<Location> references = await ReferencesAsync(session, TestTopologies.Root, 13, 12);
            WorkspaceEdit rename = await RenameAsync(session, TestTopologies.Root, 8, 9, "seattle");
            Hover hover = await session.RequestAsync<Hover>("textDocument/hover", At(session, TestTopologies.Root, 13, 12));

            Assert.Equal("root " + RangeOf(broken, 8, "redmond"), Describe(session, Assert.Single(definition)));
            Assert.EndsWith("Defined in site.topology.yaml, line 9", hover.Contents.Value, StringComparison.Ordinal);
            Assert.Equal(RangeOf(broken, 13, "redmond"), hover.Range!.ToString());
            Assert.Equal(
                new[] { 8, 13, 16, 19 }.Select(line => "root " + RangeOf(broken, line, "redmond")).Append("fragment " + RangeOf(TestTopologies.FragmentText, 2, "redmond")),
                references.Select(l => Describe(session, l)));
            Assert.Equal(RenamedRoot(broken), TextEdits.Apply(broken, rename.Changes[session.UriOf(TestTopologies.Root)]));
        }

        [Fact]
        public async Task Rename_from_a_parsed_fragment_edits_the_broken_root_in_its_current_text()
        {
            string broken = InsertLines(TestTopologies.RootText, 0, "# draft", "  bad indent: [");
            await using LspSession session = await OpenBothAsync(broken);

            WorkspaceEdit rename = await RenameAsync(session, TestTopologies.Fragment, 2, 11, "seattle");

            Assert.Equal(RenamedRoot(broken), TextEdits.Apply(broken, rename.Changes[session.UriOf(TestTopologies.Root)]));
            Assert.Equal(
                TestTopologies.FragmentText.Replace("site: redmond", "site: seattle", StringComparison.Ordinal),
                TextEdits.Apply(TestTopologies.FragmentText, rename.Changes[session.UriOf(TestTopologies.Fragment)]));
        }

        [Fact]
        public async Task A_broken_fragment_is_renamed_with_its_root_in_its_current_text()
        {
            string brokenFragment = TestTopologies.FragmentText.Replace("    enabled: true\n", "    enabled: [true\n", StringComparison.Ordinal);
            LspSession session = await LspSession.StartAsync(Workspace());
            await using (session)
            {
                await session.OpenAsync(TestTopologies.Root);
                await session.OpenAsync(TestTopologies.Fragment);
                await session.IdleAsync();
                await session.ChangeAsync(TestTopologies.Fragment, 2, null, brokenFragment);
                await AssertDoesNotParseAsync(session, TestTopologies.Fragment);

                WorkspaceEdit rename = await RenameAsync(session, TestTopologies.Root, 6, 10, "seattle");

                Assert.Equal(RenamedRoot(TestTopologies.RootText), TextEdits.Apply(TestTopologies.RootText, rename.Changes[session.UriOf(TestTopologies.Root)]));
                Assert.Equal(
                    brokenFragment.Replace("site: redmond", "site: seattle", StringComparison.Ordinal),
                    TextEdits.Apply(brokenFragment, rename.Changes[session.UriOf(TestTopologies.Fragment)]));
            }
        }

        [Fact]
        public async Task Cursor_in_the_broken_region_finds_nothing_and_references_skip_what_it_changed()
        {
            // Line 11, "    site: redmond", becomes a flow sequence left open: the edit touches its identifier.
            string broken = ReplaceLine(TestTopologies.RootText, 11, "    site: [redmond");
            await using LspSession session = await OpenBothAsync(broken);

            List<Location> definition = await session.RequestAsync<List<Location>>("textDocument/definition", At(session, TestTopologies.Root, 11, 13));
            List<Location> referencesHere = await ReferencesAsync(session, TestTopologies.Root, 11, 13);
            WorkspaceEdit? rename = await RenameAsync(session, TestTopologies.Root, 11, 13, "seattle");
            List<Location> referencesOfTheSite = await ReferencesAsync(session, TestTopologies.Root, 6, 10);

            Assert.Empty(definition);
            Assert.Empty(referencesHere);
            Assert.Null(rename);
            Assert.Equal(
                new[] { 6, 14, 17 }.Select(line => "root " + RangeOf(broken, line, "redmond")).Append("fragment " + RangeOf(TestTopologies.FragmentText, 2, "redmond")),
                referencesOfTheSite.Select(l => Describe(session, l)));
        }

        [Fact]
        public async Task A_document_that_never_parsed_gives_nothing_and_no_error()
        {
            await using LspSession session = await LspSession.StartAsync(new Dictionary<string, string> { [TestTopologies.Root] = RootWithOpenFlow });
            await session.OpenAsync(TestTopologies.Root);
            await AssertDoesNotParseAsync(session, TestTopologies.Root);

            List<Location> definition = await session.RequestAsync<List<Location>>("textDocument/definition", At(session, TestTopologies.Root, 11, 12));
            List<Location> references = await ReferencesAsync(session, TestTopologies.Root, 6, 10);
            WorkspaceEdit? rename = await RenameAsync(session, TestTopologies.Root, 6, 10, "seattle");

            Assert.Empty(definition);
            Assert.Empty(references);
            Assert.Null(rename);
            Assert.DoesNotContain(session.Logs, log => log.Contains("failed", StringComparison.OrdinalIgnoreCase));
        }

        [Fact]
        public async Task Before_the_lint_of_an_edit_runs_positions_are_in_the_buffer_as_it_is_now()
        {
            // A debounce far longer than the test: the edit below is not linted while the requests run.
            await using LspSession session = await LspSession.StartAsync(Workspace(), debounce: TimeSpan.FromMinutes(5));
            await session.IdleAsync(); // The workspace scan, which lints the disk's text at once.
            await session.OpenAsync(TestTopologies.Root);
            string edited = InsertLines(TestTopologies.RootText, 5, "# a comment", "# and another");
            await session.ChangeAsync(TestTopologies.Root, 2, null, edited);

            List<Location> definition = await session.RequestAsync<List<Location>>("textDocument/definition", At(session, TestTopologies.Root, 13, 12));

            Assert.Equal(1, session.Coordinator.LintsCompleted); // The scan's lint alone: neither the opened buffer nor the edit was linted.
            Assert.Equal("root " + RangeOf(edited, 8, "redmond"), Describe(session, Assert.Single(definition)));
        }

        private static Dictionary<string, string> Workspace() => new Dictionary<string, string>
        {
            [TestTopologies.Root] = TestTopologies.RootText,
            [TestTopologies.Fragment] = TestTopologies.FragmentText,
        };

        /// <summary>Root and fragment open and linted as written, then the root's buffer replaced by <paramref name="brokenRoot"/>, which does not parse.</summary>
        private static async Task<LspSession> OpenBothAsync(string brokenRoot)
        {
            LspSession session = await LspSession.StartAsync(Workspace());
            await session.OpenAsync(TestTopologies.Root);
            await session.OpenAsync(TestTopologies.Fragment);
            await session.IdleAsync();
            await session.ChangeAsync(TestTopologies.Root, 2, null, brokenRoot);
            await AssertDoesNotParseAsync(session, TestTopologies.Root);
            return session;
        }

        private static async Task AssertDoesNotParseAsync(LspSession session, string relative)
        {
            PublishDiagnosticsParams published = await session.DiagnosticsAsync(relative);
            Assert.Contains(published.Diagnostics, d => d.Code == "TL0001");
        }

        private static object At(LspSession session, string relative, int line, int character)
            => new { textDocument = new { uri = session.UriOf(relative) }, position = new { line, character } };

        private static Task<List<Location>> ReferencesAsync(LspSession session, string relative, int line, int character)
            => session.RequestAsync<List<Location>>("textDocument/references", new
            {
                textDocument = new { uri = session.UriOf(relative) },
                position = new { line, character },
                context = new { includeDeclaration = true },
            });

        private static Task<WorkspaceEdit> RenameAsync(LspSession session, string relative, int line, int character, string newName)
            => session.RequestAsync<WorkspaceEdit>("textDocument/rename", new
            {
                textDocument = new { uri = session.UriOf(relative) },
                position = new { line, character },
                newName,
            });

        private static string Describe(LspSession session, Location location)
            => (location.Uri == session.UriOf(TestTopologies.Root) ? "root " : location.Uri == session.UriOf(TestTopologies.Fragment) ? "fragment " : location.Uri + " ") + location.Range;

        /// <summary>The range of <paramref name="word"/>'s first occurrence in line <paramref name="line"/> of <paramref name="text"/>, as LSP writes it.</summary>
        private static string RangeOf(string text, int line, string word)
        {
            int character = text.Split('\n')[line].IndexOf(word, StringComparison.Ordinal);
            Assert.True(character >= 0, $"line {line} has no '{word}'");
            return new Protocol.Range(new Position(line, character), new Position(line, character + word.Length)).ToString();
        }

        /// <summary>The site renamed in every reference to it; the PSTN connection 'redmond-pri' keeps its name.</summary>
        private static string RenamedRoot(string text)
            => text.Replace("id: redmond\n", "id: seattle\n", StringComparison.Ordinal).Replace("site: redmond", "site: seattle", StringComparison.Ordinal);

        private static string ReplaceLine(string text, int line, string replacement)
        {
            string[] lines = text.Split('\n');
            lines[line] = replacement;
            return string.Join("\n", lines);
        }

        private static string InsertLines(string text, int before, params string[] inserted)
        {
            List<string> lines = text.Split('\n').ToList();
            lines.InsertRange(before, inserted);
            return string.Join("\n", lines);
        }
    }
}
