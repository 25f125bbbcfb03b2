using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TopologyLint.LanguageServer.Protocol;
using Xunit;

namespace TopologyLint.LanguageServer.Tests
{
    /// <summary>
    /// The DSL v2 voice identifiers (trunks, PSTN usages, voice policies) in definition, references, rename and
    /// completion, as the voice routing rules' users meet them: on a document with user-scoped policies, and on one
    /// whose routes name usages and trunks in flow and block style.
    /// </summary>
    public sealed class VoiceNavigationTests
    {
        private const string PoliciesRoot = "voice.topology.yaml";

        private const string PoliciesText =
            "topology: test\n" +                                                                   // 0
            "product: lync-server-2013\n" +                                                        // 1
            "sipDomains: [contoso.com]\n" +                                                        // 2
            "sites: [{id: redmond, kind: central}]\n" +                                            // 3
            "pools:\n" +                                                                           // 4
            "  - {fqdn: med.contoso.local, role: mediation, site: redmond, servers: [{fqdn: m1.contoso.local}]}\n" + // 5
            "pstn:\n" +                                                                            // 6
            "  - {id: redmond-pri, site: redmond, connection: tdm, gateways: [gw02.contoso.local], mediationPool: med.contoso.local}\n" + // 7
            "gateways: [{fqdn: gw01.contoso.local, site: redmond}]\n" +                            // 8
            "trunks:\n" +                                                                          // 9
            "  - {name: gw01-tls, gateway: gw01.contoso.local, mediationPool: med.contoso.local}\n" + // 10
            "voice:\n" +                                                                           // 11
            "  pstnUsages: [Local]\n" +                                                            // 12
            "  voicePolicies: [{scope: user, name: sales, pstnUsages: [Local]}]\n" +               // 13
            "  routes:\n" +                                                                        // 14
            "    - name: local\n" +                                                                // 15
            "      pattern: '^\\+1425\\d{7}$'\n" +                                                 // 16
            "      pstnUsages: [local]\n" +                                                        // 17
            "      trunks: [GW01-tls, redmond-pri]\n" +                                            // 18
            "users:\n" +                                                                           // 19
            "  - sip: a@contoso.com\n" +                                                           // 20
            "    voicePolicy: \n";                                                                 // 21

        private static object PoliciesAt(LspSession session, int line, int character)
            => new { textDocument = new { uri = session.UriOf(PoliciesRoot) }, position = new { line, character } };

        private static Task<LspSession> OpenPoliciesAsync() => LspSession.StartWithOpenDocumentAsync(PoliciesRoot, PoliciesText);

        private const string RoutesRoot = "routing.topology.yaml";

        private static readonly string[] RoutesLines =
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

        private static readonly string RoutesText = string.Join("\n", RoutesLines) + "\n";

        /// <summary>The position of the first character of <paramref name="needle"/> in line <paramref name="line"/>.</summary>
        private static object RoutesAt(LspSession session, int line, string needle)
            => new { textDocument = new { uri = session.UriOf(RoutesRoot) }, position = new { line, character = RoutesLines[line].IndexOf(needle, StringComparison.Ordinal) } };

        private static Task<LspSession> OpenRoutesAsync() => LspSession.StartWithOpenDocumentAsync(RoutesRoot, RoutesText);

        [Fact]
        public async Task A_routes_trunk_goes_to_the_trunk_and_a_pstn_id_to_its_entry()
        {
            await using LspSession session = await OpenPoliciesAsync();

            Location trunk = Assert.Single(await session.RequestAsync<List<Location>>("textDocument/definition", PoliciesAt(session, 18, 16)));
            Location entry = Assert.Single(await session.RequestAsync<List<Location>>("textDocument/definition", PoliciesAt(session, 18, 28)));

            Assert.Equal("10:11-10:19", trunk.Range.ToString());
            Assert.Equal("7:9-7:20", entry.Range.ToString());
        }

        [Fact]
        public async Task Renaming_a_usage_renames_it_everywhere_regardless_of_case()
        {
            await using LspSession session = await OpenPoliciesAsync();

            WorkspaceEdit edit = await session.RequestAsync<WorkspaceEdit>("textDocument/rename", new
            {
                textDocument = new { uri = session.UriOf(PoliciesRoot) },
                position = new { line = 12, character = 16 },
                newName = "Redmond",
            });

            Assert.Equal(new[] { 12, 13, 17 }, edit.Changes[session.UriOf(PoliciesRoot)].Select(e => e.Range.Start.Line).OrderBy(l => l).ToArray());
        }

        [Fact]
        public async Task Completion_offers_user_scope_policies_and_no_registrar_without_a_front_end_pool()
        {
            await using LspSession session = await OpenPoliciesAsync();
            await session.ChangeAsync(PoliciesRoot, 2, null, PoliciesText + "  - sip: b@contoso.com\n    registrarPool: \n");
            await session.IdleAsync();

            CompletionList policies = await session.RequestAsync<CompletionList>("textDocument/completion", PoliciesAt(session, 21, 17));
            CompletionList pools = await session.RequestAsync<CompletionList>("textDocument/completion", PoliciesAt(session, 23, 19));

            Assert.Equal(new[] { "sales" }, policies.Items.Select(i => i.Label).ToArray());
            Assert.Equal("voice policy", policies.Items[0].Detail);
            Assert.Empty(pools.Items);
        }

        [Fact]
        public async Task Renaming_a_trunk_renames_every_route_that_names_it_in_any_case()
        {
            await using LspSession session = await OpenRoutesAsync();

            WorkspaceEdit edit = await session.RequestAsync<WorkspaceEdit>("textDocument/rename", new
            {
                textDocument = new { uri = session.UriOf(RoutesRoot) },
                position = new { line = 15, character = RoutesLines[15].IndexOf("gw01-tls", StringComparison.Ordinal) + 1 },
                newName = "gw01-pri",
            });

            TextEdit[] edits = edit.Changes[session.UriOf(RoutesRoot)].OrderBy(e => e.Range.Start.Line).ToArray();
            Assert.Equal(new[] { 10, 15, 16 }, edits.Select(e => e.Range.Start.Line).ToArray());
            Assert.All(edits, e => Assert.Equal("gw01-pri", e.NewText));
            Assert.Equal(RoutesLines[16].IndexOf("GW01-TLS", StringComparison.Ordinal), edits[2].Range.Start.Character);
        }

        [Fact]
        public async Task References_of_a_usage_are_its_definition_the_policy_and_the_routes()
        {
            await using LspSession session = await OpenRoutesAsync();

            List<Location> found = await session.RequestAsync<List<Location>>("textDocument/references", new
            {
                textDocument = new { uri = session.UriOf(RoutesRoot) },
                position = new { line = 15, character = RoutesLines[15].IndexOf("[local]", StringComparison.Ordinal) + 2 },
                context = new { includeDeclaration = true },
            });

            Assert.Equal(new[] { 12, 13, 15 }, found.Select(l => l.Range.Start.Line).OrderBy(l => l).ToArray());
        }

        [Fact]
        public async Task A_usage_in_a_route_goes_to_its_item_in_voice_pstnUsages()
        {
            await using LspSession session = await OpenRoutesAsync();

            Location usage = Assert.Single(await session.RequestAsync<List<Location>>("textDocument/definition", RoutesAt(session, 16, "LongDistance]")));

            Assert.Equal($"12:{RoutesLines[12].IndexOf("LongDistance", StringComparison.Ordinal)}-12:{RoutesLines[12].IndexOf("LongDistance", StringComparison.Ordinal) + "LongDistance".Length}", usage.Range.ToString());
        }

        [Fact]
        public async Task Completion_in_a_route_offers_the_usages_and_the_trunks()
        {
            await using LspSession session = await OpenRoutesAsync();

            CompletionList usages = await session.RequestAsync<CompletionList>("textDocument/completion", new { textDocument = new { uri = session.UriOf(RoutesRoot) }, position = new { line = 20, character = 10 } });
            CompletionList trunks = await session.RequestAsync<CompletionList>("textDocument/completion", new { textDocument = new { uri = session.UriOf(RoutesRoot) }, position = new { line = 22, character = 10 } });

            Assert.Equal(new[] { "Local", "LongDistance" }, usages.Items.Select(i => i.Label).ToArray());
            Assert.Contains("gw01-tls", trunks.Items.Select(i => i.Label));
            Assert.Contains("redmond-pri", trunks.Items.Select(i => i.Label));
        }
    }
}
