using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using TopologyLint.LanguageServer.Protocol;
using Xunit;

namespace TopologyLint.LanguageServer.Tests
{
    /// <summary>
    /// Every language feature on the same topology in YAML block style, YAML flow style and JSON (see
    /// <see cref="StyleMatrix"/>): definition, references, rename, outline, hover (key, reference, diagnostic) and
    /// completion (enum values, references, keys) with the exact range each completion replaces.
    /// </summary>
    public sealed class FeaturesByStyleTests
    {
        public static TheoryData<string> Styles => new TheoryData<string> { StyleMatrix.Block, StyleMatrix.Flow, StyleMatrix.Json };

        private static Task<LspSession> OpenAsync(string style) => LspSession.StartWithOpenDocumentAsync(StyleMatrix.FileOf(style), StyleMatrix.TextOf(style));

        /// <summary>The request's position: <paramref name="shift"/> characters into the <paramref name="occurrence"/>th <paramref name="needle"/>.</summary>
        private static object At(LspSession session, string style, string needle, int occurrence = 0, int shift = 1)
        {
            (int line, int character) = StyleMatrix.Find(StyleMatrix.TextOf(style), needle, occurrence);
            return new { textDocument = new { uri = session.UriOf(StyleMatrix.FileOf(style)) }, position = new { line, character = character + shift } };
        }

        private static string RangeOf(string style, string needle, int occurrence = 0)
        {
            (int line, int character) = StyleMatrix.Find(StyleMatrix.TextOf(style), needle, occurrence);
            return $"{line}:{character}-{line}:{character + needle.Length}";
        }

        /// <summary>The scalar as the style writes it: JSON quotes its strings.</summary>
        private static string Written(string style, string value) => style == StyleMatrix.Json ? "\"" + value + "\"" : value;

        [Theory]
        [MemberData(nameof(Styles))]
        public async Task Diagnostics_point_at_the_scalar_with_its_quotes(string style)
        {
            await using LspSession session = await OpenAsync(style);

            PublishDiagnosticsParams published = await session.DiagnosticsAsync(StyleMatrix.FileOf(style));

            LspDiagnostic finding = Assert.Single(published.Diagnostics, d => d.Code == "TL1009");
            Assert.Equal(RangeOf(style, "\"tel:+1 425 555 0100\""), finding.Range.ToString());
        }

        [Theory]
        [MemberData(nameof(Styles))]
        public async Task The_quick_fix_clears_its_finding_and_only_YAML_is_offered_a_suppression_comment(string style)
        {
            await using LspSession session = await OpenAsync(style);
            string file = StyleMatrix.FileOf(style);
            LspDiagnostic finding = Assert.Single((await session.DiagnosticsAsync(file)).Diagnostics, d => d.Code == "TL1009");

            List<CodeAction> actions = await session.RequestAsync<List<CodeAction>>("textDocument/codeAction", new
            {
                textDocument = new { uri = session.UriOf(file) },
                range = finding.Range,
                context = new { diagnostics = new[] { finding } },
            });
            CodeAction fix = Assert.Single(actions, a => a.IsPreferred == true);
            await session.ChangeAsync(file, 2, null, TextEdits.Apply(StyleMatrix.TextOf(style), fix.Edit.Changes[session.UriOf(file)]));

            Assert.DoesNotContain((await session.DiagnosticsAsync(file)).Diagnostics, d => d.Code == "TL1009");
            Assert.Equal(style != StyleMatrix.Json, actions.Any(a => a.Title.StartsWith("Suppress TL1009 on this line", StringComparison.Ordinal)));
            Assert.Equal(style != StyleMatrix.Json, actions.Any(a => a.Title == "Suppress TL1009 in this file"));
        }

        [Theory]
        [MemberData(nameof(Styles))]
        public async Task Definition_of_a_mediationPool_is_the_pools_fqdn(string style)
        {
            await using LspSession session = await OpenAsync(style);

            List<Location> found = await session.RequestAsync<List<Location>>("textDocument/definition", At(session, style, "med01.contoso.local", occurrence: 1));

            Assert.Equal(RangeOf(style, "med01.contoso.local"), Assert.Single(found).Range.ToString());
        }

        [Theory]
        [MemberData(nameof(Styles))]
        public async Task References_of_a_site_are_its_id_and_every_site_key_naming_it(string style)
        {
            await using LspSession session = await OpenAsync(style);

            List<Location> found = await session.RequestAsync<List<Location>>("textDocument/references", new
            {
                textDocument = new { uri = session.UriOf(StyleMatrix.FileOf(style)) },
                position = new { line = StyleMatrix.Find(StyleMatrix.TextOf(style), "redmond").Line, character = StyleMatrix.Find(StyleMatrix.TextOf(style), "redmond").Character + 2 },
                context = new { includeDeclaration = true },
            });

            Assert.Equal(5, found.Count);
            Assert.Equal(StyleMatrix.RangesOf(StyleMatrix.TextOf(style), "redmond"), found.Select(l => l.Range).OrderBy(r => r.Start.Line).ThenBy(r => r.Start.Character).Select(r => r.ToString()).ToList());
        }

        [Theory]
        [MemberData(nameof(Styles))]
        public async Task Rename_of_a_site_edits_its_id_and_every_reference_and_keeps_quotes(string style)
        {
            await using LspSession session = await OpenAsync(style);
            string text = StyleMatrix.TextOf(style);

            WorkspaceEdit edit = await session.RequestAsync<WorkspaceEdit>("textDocument/rename", new
            {
                textDocument = new { uri = session.UriOf(StyleMatrix.FileOf(style)) },
                position = new { line = StyleMatrix.Find(text, "redmond", 2).Line, character = StyleMatrix.Find(text, "redmond", 2).Character + 3 },
                newName = "seattle",
            });

            Assert.Equal(Regex.Replace(text, @"redmond(?![-.\w])", "seattle"), TextEdits.Apply(text, edit.Changes[session.UriOf(StyleMatrix.FileOf(style))]));
        }

        [Theory]
        [MemberData(nameof(Styles))]
        public async Task The_outline_lists_sites_pools_with_servers_pstn_and_users(string style)
        {
            await using LspSession session = await OpenAsync(style);

            List<DocumentSymbol> symbols = await session.RequestAsync<List<DocumentSymbol>>("textDocument/documentSymbol", new { textDocument = new { uri = session.UriOf(StyleMatrix.FileOf(style)) } });

            Assert.Equal(new[] { "sites", "pools", "pstn", "users" }, symbols.Select(s => s.Name).ToArray());
            Assert.Equal(new[] { "pool01.contoso.local", "med01.contoso.local" }, symbols[1].Children!.Select(c => c.Name).ToArray());
            Assert.Equal("fe01.contoso.local", Assert.Single(symbols[1].Children![0].Children!).Name);
            Assert.Equal("mediation", symbols[1].Children![1].Detail);
            Assert.Equal(RangeOf(style, Written(style, "med01.contoso.local")), symbols[1].Children![1].SelectionRange.ToString());
            Assert.Equal("alice@contoso.com", Assert.Single(symbols[3].Children!).Name);
        }

        [Theory]
        [MemberData(nameof(Styles))]
        public async Task Hover_on_a_key_describes_it_and_on_a_reference_names_the_pool(string style)
        {
            await using LspSession session = await OpenAsync(style);

            Hover onKey = await session.RequestAsync<Hover>("textDocument/hover", At(session, style, "connection", shift: 3));
            Hover onReference = await session.RequestAsync<Hover>("textDocument/hover", At(session, style, "med01.contoso.local", occurrence: 1));

            Assert.StartsWith("**connection**", onKey.Contents.Value, StringComparison.Ordinal);
            Assert.Contains("sip-trunk", onKey.Contents.Value, StringComparison.Ordinal);
            Assert.Equal(RangeOf(style, Written(style, "connection")), onKey.Range!.ToString());
            Assert.Contains("(mediation)", onReference.Contents.Value, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(Styles))]
        public async Task Hover_on_a_finding_gives_its_rule(string style)
        {
            await using LspSession session = await OpenAsync(style);

            Hover hover = await session.RequestAsync<Hover>("textDocument/hover", At(session, style, "tel:+1 425", shift: 5));

            Assert.Contains("**TL1009**", hover.Contents.Value, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(Styles))]
        public async Task Completion_on_an_enum_value_replaces_the_value_with_its_quotes_and_describes_it(string style)
        {
            await using LspSession session = await OpenAsync(style);

            CompletionList list = await session.RequestAsync<CompletionList>("textDocument/completion", At(session, style, Written(style, "tdm"), shift: 2));

            Assert.Equal(new[] { "tdm", "sip-trunk" }, list.Items.Select(i => i.Label).ToArray());
            Assert.All(list.Items, i => Assert.Equal(RangeOf(style, Written(style, "tdm")), i.TextEdit!.Range.ToString()));
            Assert.Equal(Written(style, "sip-trunk"), list.Items[1].TextEdit!.NewText);
            Assert.Contains("TL1018", list.Items[1].Documentation!.Value, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(Styles))]
        public async Task Completion_on_a_mediationPool_offers_the_pools_of_a_mediation_role(string style)
        {
            await using LspSession session = await OpenAsync(style);

            CompletionList list = await session.RequestAsync<CompletionList>("textDocument/completion", At(session, style, "med01.contoso.local", occurrence: 1, shift: 0));

            Assert.Equal(new[] { "pool01.contoso.local", "med01.contoso.local" }, list.Items.Select(i => i.Label).ToArray());
            Assert.Equal(Written(style, "pool01.contoso.local"), list.Items[0].TextEdit!.NewText);
        }

        [Theory]
        [MemberData(nameof(Styles))]
        public async Task Completion_on_a_key_offers_the_keys_not_written_before_or_after_it(string style)
        {
            await using LspSession session = await OpenAsync(style);
            string text = StyleMatrix.TextOf(style);
            string site = Written(style, "site");
            (int line, int character) = StyleMatrix.PositionOf(text, text.IndexOf(site, text.IndexOf("redmond-pri", StringComparison.Ordinal), StringComparison.Ordinal));

            CompletionList list = await session.RequestAsync<CompletionList>("textDocument/completion", new
            {
                textDocument = new { uri = session.UriOf(StyleMatrix.FileOf(style)) },
                position = new { line, character = character + 2 },
            });

            // A PSTN connection has five keys; the other four are written around this one.
            CompletionItem item = Assert.Single(list.Items);
            Assert.Equal("site", item.Label);
            Assert.Equal($"{line}:{character}-{line}:{character + site.Length}", item.TextEdit!.Range.ToString());
            Assert.Equal(site, item.TextEdit.NewText);
        }
    }
}
