using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using TopologyLint.LanguageServer.Protocol;
using Xunit;

namespace TopologyLint.LanguageServer.Tests
{
    public sealed class LanguageFeatureTests
    {
        private static Dictionary<string, string> Workspace() => new Dictionary<string, string>
        {
            [TestTopologies.Root] = TestTopologies.RootText,
            [TestTopologies.Fragment] = TestTopologies.FragmentText,
        };

        private static object At(LspSession session, string relative, int line, int character)
            => new { textDocument = new { uri = session.UriOf(relative) }, position = new { line, character } };

        private static async Task<LspSession> OpenBothAsync()
        {
            LspSession session = await LspSession.StartAsync(Workspace());
            await session.OpenAsync(TestTopologies.Root);
            await session.OpenAsync(TestTopologies.Fragment);
            await session.IdleAsync();
            return session;
        }

        [Fact]
        public async Task Definition_FromAFragmentsReference_IsTheSiteInTheRoot()
        {
            await using LspSession session = await OpenBothAsync();

            List<Location> found = await session.RequestAsync<List<Location>>("textDocument/definition", At(session, TestTopologies.Fragment, 2, 12));

            Location definition = Assert.Single(found);
            Assert.Equal(session.UriOf(TestTopologies.Root), definition.Uri);
            Assert.Equal("6:8-6:15", definition.Range.ToString());
        }

        [Fact]
        public async Task References_FindEveryUseAcrossRootAndFragment()
        {
            await using LspSession session = await OpenBothAsync();

            List<Location> found = await session.RequestAsync<List<Location>>("textDocument/references", new
            {
                textDocument = new { uri = session.UriOf(TestTopologies.Root) },
                position = new { line = 6, character = 10 },
                context = new { includeDeclaration = true },
            });

            Assert.Equal(
                new[] { "root 6", "root 11", "root 14", "root 17", "fragment 2" },
                found.Select(l => (l.Uri == session.UriOf(TestTopologies.Root) ? "root " : "fragment ") + l.Range.Start.Line).ToArray());
        }

        [Fact]
        public async Task Rename_EditsRootAndFragmentInOneWorkspaceEdit()
        {
            await using LspSession session = await OpenBothAsync();

            WorkspaceEdit edit = await session.RequestAsync<WorkspaceEdit>("textDocument/rename", new
            {
                textDocument = new { uri = session.UriOf(TestTopologies.Fragment) },
                position = new { line = 2, character = 11 },
                newName = "seattle",
            });

            string root = TextEdits.Apply(TestTopologies.RootText, edit.Changes[session.UriOf(TestTopologies.Root)]);
            string fragment = TextEdits.Apply(TestTopologies.FragmentText, edit.Changes[session.UriOf(TestTopologies.Fragment)]);
            Assert.Equal(TestTopologies.RootText.Replace("id: redmond\n", "id: seattle\n", StringComparison.Ordinal).Replace("site: redmond", "site: seattle", StringComparison.Ordinal), root);
            Assert.Contains("site: seattle", fragment, StringComparison.Ordinal);
            Assert.Contains("id: redmond-pri", root, StringComparison.Ordinal);
        }

        [Fact]
        public async Task DocumentSymbols_OutlineSitesPoolsAndPstn()
        {
            await using LspSession session = await OpenBothAsync();

            List<DocumentSymbol> symbols = await session.RequestAsync<List<DocumentSymbol>>("textDocument/documentSymbol", new { textDocument = new { uri = session.UriOf(TestTopologies.Root) } });

            Assert.Equal(new[] { "sites", "pools", "pstn" }, symbols.Select(s => s.Name).ToArray());
            Assert.Equal(new[] { "pool01.contoso.local", "med01.contoso.local" }, symbols[1].Children!.Select(c => c.Name).ToArray());
            Assert.Equal("mediation", symbols[1].Children![1].Detail);
            Assert.Equal(12, symbols[1].Children![1].SelectionRange.Start.Line);
        }

        [Fact]
        public async Task Hover_OnAReference_NamesItsTarget_OnAKey_GivesTheSchemasDescription()
        {
            await using LspSession session = await OpenBothAsync();

            Hover onReference = await session.RequestAsync<Hover>("textDocument/hover", At(session, TestTopologies.Root, 20, 22));
            Hover onKey = await session.RequestAsync<Hover>("textDocument/hover", At(session, TestTopologies.Root, 18, 6));

            Assert.Contains("med01.contoso.local", onReference.Contents.Value, StringComparison.Ordinal);
            Assert.Contains("(mediation)", onReference.Contents.Value, StringComparison.Ordinal);
            Assert.Contains("line 13", onReference.Contents.Value, StringComparison.Ordinal);
            Assert.Contains("sip-trunk", onKey.Contents.Value, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Hover_OnADiagnostic_ShowsRuleIdTitleAndHelp()
        {
            await using LspSession session = await LspSession.StartAsync(Workspace());
            await session.OpenAsync(TestTopologies.Fragment, text: TestTopologies.FragmentText.Replace("tel:+14255550100", "tel:+1 425 555 0100", StringComparison.Ordinal));
            await session.IdleAsync();

            Hover hover = await session.RequestAsync<Hover>("textDocument/hover", At(session, TestTopologies.Fragment, 5, 16));

            Assert.Contains("**TL1009**: Line URI is not normalized", hover.Contents.Value, StringComparison.Ordinal);
            Assert.Contains("TL1009", hover.Contents.Value.Substring(hover.Contents.Value.IndexOf("](", StringComparison.Ordinal)), StringComparison.Ordinal);
        }

        [Fact]
        public async Task Completion_OffersEnumValues_ReferenceIds_AndMissingKeys()
        {
            await using LspSession session = await OpenBothAsync();
            string text = TestTopologies.RootText + "  - id: dublin-sip\n    connection: \n    mediationPool: \n    \n";
            await session.ChangeAsync(TestTopologies.Root, 2, null, text);
            await session.IdleAsync();

            CompletionList connection = await session.RequestAsync<CompletionList>("textDocument/completion", At(session, TestTopologies.Root, 22, 16));
            CompletionList pools = await session.RequestAsync<CompletionList>("textDocument/completion", At(session, TestTopologies.Root, 23, 19));
            CompletionList keys = await session.RequestAsync<CompletionList>("textDocument/completion", At(session, TestTopologies.Root, 24, 4));

            Assert.Equal(new[] { "tdm", "sip-trunk" }, connection.Items.Select(i => i.Label).ToArray());
            Assert.Equal(new[] { "pool01.contoso.local", "med01.contoso.local" }, pools.Items.Select(i => i.Label).ToArray());
            Assert.Contains("site", keys.Items.Select(i => i.Label));
            Assert.Contains("gateways", keys.Items.Select(i => i.Label));
            Assert.DoesNotContain("connection", keys.Items.Select(i => i.Label));
        }
    }
}
