using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TopologyLint.LanguageServer.Protocol;
using Xunit;

namespace TopologyLint.LanguageServer.Tests
{
    /// <summary>The DSL v2 identifiers (trunks, usages, policies, network sites) take part in definition, references, rename and completion.</summary>
    public sealed class VoiceNavigationTests
    {
        private const string Root = "voice.topology.yaml";

        private const string Text =
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

        private static object At(LspSession session, int line, int character)
            => new { textDocument = new { uri = session.UriOf(Root) }, position = new { line, character } };

        private static Task<LspSession> OpenAsync() => LspSession.StartWithOpenDocumentAsync(Root, Text);

        [Fact]
        public async Task A_routes_trunk_goes_to_the_trunk_and_a_pstn_id_to_its_entry()
        {
            await using LspSession session = await OpenAsync();

            Location trunk = Assert.Single(await session.RequestAsync<List<Location>>("textDocument/definition", At(session, 18, 16)));
            Location entry = Assert.Single(await session.RequestAsync<List<Location>>("textDocument/definition", At(session, 18, 28)));

            Assert.Equal("10:11-10:19", trunk.Range.ToString());
            Assert.Equal("7:9-7:20", entry.Range.ToString());
        }

        [Fact]
        public async Task Renaming_a_usage_renames_it_everywhere_regardless_of_case()
        {
            await using LspSession session = await OpenAsync();

            WorkspaceEdit edit = await session.RequestAsync<WorkspaceEdit>("textDocument/rename", new
            {
                textDocument = new { uri = session.UriOf(Root) },
                position = new { line = 12, character = 16 },
                newName = "Redmond",
            });

            Assert.Equal(new[] { 12, 13, 17 }, edit.Changes[session.UriOf(Root)].Select(e => e.Range.Start.Line).OrderBy(l => l).ToArray());
        }

        [Fact]
        public async Task Completion_offers_user_scope_policies_and_trunks_with_pstn_ids()
        {
            await using LspSession session = await OpenAsync();
            await session.ChangeAsync(Root, 2, null, Text + "  - sip: b@contoso.com\n    registrarPool: \n");
            await session.IdleAsync();

            CompletionList policies = await session.RequestAsync<CompletionList>("textDocument/completion", At(session, 21, 17));
            CompletionList pools = await session.RequestAsync<CompletionList>("textDocument/completion", At(session, 23, 19));

            Assert.Equal(new[] { "sales" }, policies.Items.Select(i => i.Label).ToArray());
            Assert.Equal("voice policy", policies.Items[0].Detail);
            Assert.Empty(pools.Items);
        }
    }
}
