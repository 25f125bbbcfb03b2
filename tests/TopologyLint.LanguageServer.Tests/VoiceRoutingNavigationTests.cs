using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TopologyLint.LanguageServer.Protocol;
using Xunit;

namespace TopologyLint.LanguageServer.Tests
{
    /// <summary>
    /// Trunks and PSTN usages as the voice routing rules' users meet them: renaming a trunk follows every route that
    /// names it, references of a usage find its definition, policies and routes, and completion offers both in routes.
    /// </summary>
    public sealed class VoiceRoutingNavigationTests
    {
        private const string Root = "routing.topology.yaml";

        private static readonly string[] Lines =
        {
            "topology: test",                                                                                                   // 0
            "product: lync-server-2013",                                                                                        // 1
            "sipDomains: [contoso.com]",                                                                                        // 2
            "sites: [{id: redmond, kind: central}]",                                                                            // 3
            "pools:",                                                                                                           // 4
            "  - {fqdn: med.contoso.local, role: mediation, site: redmond, servers: [{fqdn: m1.contoso.local}]}",               // 5
            "pstn:",                                                                                                            // 6
            "  - {id: redmond-pri, site: redmond, connection: tdm, gateways: [gw02.contoso.local], mediationPool: med.contoso.local}", // 7
            "gateways: [{fqdn: gw01.contoso.local, site: redmond}]",                                                            // 8
            "trunks:",                                                                                                          // 9
            "  - {name: gw01-tls, gateway: gw01.contoso.local, mediationPool: med.contoso.local}",                              // 10
            "voice:",                                                                                                           // 11
            "  pstnUsages: [Local, LongDistance]",                                                                              // 12
            "  voicePolicies: [{scope: global, pstnUsages: [Local, LongDistance]}]",                                            // 13
            "  routes:",                                                                                                        // 14
            "    - {name: local, pattern: '^\\+1425\\d{7}$', pstnUsages: [local], trunks: [gw01-tls]}",                         // 15
            "    - {name: national, pattern: '^\\+1\\d{10}$', pstnUsages: [LongDistance], trunks: [GW01-TLS, redmond-pri]}",    // 16
            "    - name: spare",                                                                                                // 17
            "      pattern: '^\\+1\\d{10}$'",                                                                                   // 18
            "      pstnUsages:",                                                                                                // 19
            "        - ",                                                                                                       // 20
            "      trunks:",                                                                                                    // 21
            "        - ",                                                                                                       // 22
        };

        private static readonly string Text = string.Join("\n", Lines) + "\n";

        /// <summary>The position of the first character of <paramref name="needle"/> in line <paramref name="line"/>.</summary>
        private static object At(LspSession session, int line, string needle)
            => new { textDocument = new { uri = session.UriOf(Root) }, position = new { line, character = Lines[line].IndexOf(needle, StringComparison.Ordinal) } };

        private static Task<LspSession> OpenAsync() => LspSession.StartWithOpenDocumentAsync(Root, Text);

        [Fact]
        public async Task Renaming_a_trunk_renames_every_route_that_names_it_in_any_case()
        {
            await using LspSession session = await OpenAsync();

            WorkspaceEdit edit = await session.RequestAsync<WorkspaceEdit>("textDocument/rename", new
            {
                textDocument = new { uri = session.UriOf(Root) },
                position = new { line = 15, character = Lines[15].IndexOf("gw01-tls", StringComparison.Ordinal) + 1 },
                newName = "gw01-pri",
            });

            TextEdit[] edits = edit.Changes[session.UriOf(Root)].OrderBy(e => e.Range.Start.Line).ToArray();
            Assert.Equal(new[] { 10, 15, 16 }, edits.Select(e => e.Range.Start.Line).ToArray());
            Assert.All(edits, e => Assert.Equal("gw01-pri", e.NewText));
            Assert.Equal(Lines[16].IndexOf("GW01-TLS", StringComparison.Ordinal), edits[2].Range.Start.Character);
        }

        [Fact]
        public async Task References_of_a_usage_are_its_definition_the_policy_and_the_routes()
        {
            await using LspSession session = await OpenAsync();

            List<Location> found = await session.RequestAsync<List<Location>>("textDocument/references", new
            {
                textDocument = new { uri = session.UriOf(Root) },
                position = new { line = 15, character = Lines[15].IndexOf("[local]", StringComparison.Ordinal) + 2 },
                context = new { includeDeclaration = true },
            });

            Assert.Equal(new[] { 12, 13, 15 }, found.Select(l => l.Range.Start.Line).OrderBy(l => l).ToArray());
        }

        [Fact]
        public async Task A_usage_in_a_route_goes_to_its_item_in_voice_pstnUsages()
        {
            await using LspSession session = await OpenAsync();

            Location usage = Assert.Single(await session.RequestAsync<List<Location>>("textDocument/definition", At(session, 16, "LongDistance]")));

            Assert.Equal($"12:{Lines[12].IndexOf("LongDistance", StringComparison.Ordinal)}-12:{Lines[12].IndexOf("LongDistance", StringComparison.Ordinal) + "LongDistance".Length}", usage.Range.ToString());
        }

        [Fact]
        public async Task Completion_in_a_route_offers_the_usages_and_the_trunks()
        {
            await using LspSession session = await OpenAsync();

            CompletionList usages = await session.RequestAsync<CompletionList>("textDocument/completion", new { textDocument = new { uri = session.UriOf(Root) }, position = new { line = 20, character = 10 } });
            CompletionList trunks = await session.RequestAsync<CompletionList>("textDocument/completion", new { textDocument = new { uri = session.UriOf(Root) }, position = new { line = 22, character = 10 } });

            Assert.Equal(new[] { "Local", "LongDistance" }, usages.Items.Select(i => i.Label).ToArray());
            Assert.Contains("gw01-tls", trunks.Items.Select(i => i.Label));
            Assert.Contains("redmond-pri", trunks.Items.Select(i => i.Label));
        }
    }
}
