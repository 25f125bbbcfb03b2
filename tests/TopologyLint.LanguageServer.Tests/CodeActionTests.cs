using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TopologyLint.LanguageServer.Protocol;
using Xunit;

namespace TopologyLint.LanguageServer.Tests
{
    public sealed class CodeActionTests
    {
        private static readonly string BrokenFragment = TestTopologies.FragmentText.Replace("tel:+14255550100", "tel:+1 (425) 555-0100", StringComparison.Ordinal);

        private static async Task<(LspSession Session, LspDiagnostic Finding, List<CodeAction> Actions)> ActionsForTheBadLineUriAsync()
        {
            LspSession session = await LspSession.StartAsync(new Dictionary<string, string> { [TestTopologies.Root] = TestTopologies.RootText, [TestTopologies.Fragment] = BrokenFragment });
            await session.OpenAsync(TestTopologies.Fragment);
            LspDiagnostic finding = Assert.Single((await session.DiagnosticsAsync(TestTopologies.Fragment)).Diagnostics, d => d.Code == "TL1009");
            List<CodeAction> actions = await session.RequestAsync<List<CodeAction>>("textDocument/codeAction", new
            {
                textDocument = new { uri = session.UriOf(TestTopologies.Fragment) },
                range = finding.Range,
                context = new { diagnostics = new[] { finding } },
            });
            return (session, finding, actions);
        }

        private static async Task<List<LspDiagnostic>> ApplyAsync(LspSession session, CodeAction action, string justification)
        {
            string text = TextEdits.Apply(BrokenFragment, action.Edit.Changes[session.UriOf(TestTopologies.Fragment)]).Replace("<justification>", justification, StringComparison.Ordinal);
            await session.ChangeAsync(TestTopologies.Fragment, 2, null, text);
            return (await session.DiagnosticsAsync(TestTopologies.Fragment)).Diagnostics;
        }

        [Fact]
        public async Task SuppressOnThisLine_IsTheFixModelsSuggestion_AnIndentedCommentThatSilencesTheFinding()
        {
            (LspSession session, _, List<CodeAction> actions) = await ActionsForTheBadLineUriAsync();
            await using (session)
            {
                CodeAction suppress = Assert.Single(actions, a => a.Title.StartsWith("Suppress TL1009 on this line", StringComparison.Ordinal));
                TextEdit edit = Assert.Single(suppress.Edit.Changes[session.UriOf(TestTopologies.Fragment)]);

                Assert.Null(suppress.IsPreferred);
                Assert.Equal("    # topolint-disable-next-line TL1009 -- \n", edit.NewText);
                Assert.Equal("5:0-5:0", edit.Range.ToString());
                Assert.DoesNotContain(await ApplyAsync(session, suppress, "number being ported"), d => d.Code == "TL1009");
            }
        }

        [Fact]
        public async Task SuppressInThisFile_SilencesTheFinding()
        {
            (LspSession session, _, List<CodeAction> actions) = await ActionsForTheBadLineUriAsync();
            await using (session)
            {
                CodeAction suppress = Assert.Single(actions, a => a.Title == "Suppress TL1009 in this file");

                Assert.DoesNotContain(await ApplyAsync(session, suppress, "legacy numbers"), d => d.Code == "TL1009");
            }
        }

        [Fact]
        public async Task FixModelsLineUriFix_IsThePreferredQuickFixForTheFinding_InTheFragmentsOwnUri_AndClearsIt()
        {
            (LspSession session, LspDiagnostic finding, List<CodeAction> actions) = await ActionsForTheBadLineUriAsync();
            await using (session)
            {
                CodeAction fix = Assert.Single(actions, a => a.IsPreferred == true);

                Assert.Equal("quickfix", fix.Kind);
                Assert.Equal(finding.Range.ToString(), Assert.Single(fix.Diagnostics!).Range.ToString());
                Assert.Equal(session.UriOf(TestTopologies.Fragment), Assert.Single(fix.Edit.Changes.Keys));
                Assert.Contains("tel:+14255550100", fix.Title, StringComparison.Ordinal);
                Assert.DoesNotContain(await ApplyAsync(session, fix, string.Empty), d => d.Code == "TL1009");
            }
        }

        [Fact]
        public async Task EdgeServicesSuggestion_IsOfferedAsANonPreferredQuickFix_ThatAddsTheMissingServices()
        {
            string root = TestTopologies.RootText.Replace("pstn:\n", "  - fqdn: edge01.contoso.local\n    role: edge\n    site: redmond\n    edgeServices: [access]\npstn:\n", StringComparison.Ordinal);
            await using LspSession session = await LspSession.StartAsync(new Dictionary<string, string> { [TestTopologies.Root] = root, [TestTopologies.Fragment] = TestTopologies.FragmentText });
            await session.OpenAsync(TestTopologies.Root);
            LspDiagnostic finding = Assert.Single((await session.DiagnosticsAsync(TestTopologies.Root)).Diagnostics, d => d.Code == "TL1003");

            List<CodeAction> actions = await session.RequestAsync<List<CodeAction>>("textDocument/codeAction", new
            {
                textDocument = new { uri = session.UriOf(TestTopologies.Root) },
                range = finding.Range,
                context = new { diagnostics = new[] { finding } },
            });

            Assert.DoesNotContain(actions, a => a.IsPreferred == true);
            CodeAction suggestion = Assert.Single(actions, a => a.Edit.Changes.Values.SelectMany(e => e).Any(e => e.NewText.Contains("web-conferencing", StringComparison.Ordinal)));
            Assert.Equal("quickfix", suggestion.Kind);
            string fixedRoot = TextEdits.Apply(root, suggestion.Edit.Changes[session.UriOf(TestTopologies.Root)]);
            Assert.Contains("    edgeServices: [access, av, web-conferencing]\npstn:\n", fixedRoot, StringComparison.Ordinal);
            await session.ChangeAsync(TestTopologies.Root, 2, null, fixedRoot);
            Assert.DoesNotContain((await session.DiagnosticsAsync(TestTopologies.Root)).Diagnostics, d => d.Code == "TL1003");
        }

        [Fact]
        public async Task JsonDocuments_GetNoSuppressionComments()
        {
            await using LspSession session = await LspSession.StartAsync(new Dictionary<string, string> { ["a.topology.json"] = "{\"topology\": 5}" });
            await session.OpenAsync("a.topology.json");
            List<LspDiagnostic> findings = (await session.DiagnosticsAsync("a.topology.json")).Diagnostics;
            Assert.NotEmpty(findings);

            List<CodeAction> actions = await session.RequestAsync<List<CodeAction>>("textDocument/codeAction", new
            {
                textDocument = new { uri = session.UriOf("a.topology.json") },
                range = findings[0].Range,
                context = new { diagnostics = findings },
            });

            Assert.Empty(actions);
        }
    }
}
