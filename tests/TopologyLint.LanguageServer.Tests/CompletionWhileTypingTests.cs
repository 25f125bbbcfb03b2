using System;
using System.Linq;
using System.Threading.Tasks;
using TopologyLint.LanguageServer.Protocol;
using Xunit;

namespace TopologyLint.LanguageServer.Tests
{
    /// <summary>
    /// Completion on text as it is typed, mostly not valid YAML or JSON yet: inside flow collections, in JSON with
    /// and without quotes typed, and in block style. The document is opened valid, then edited to the typed text
    /// (marked "|" at the cursor), so reference ids come from the last lint in which it parsed.
    /// </summary>
    public sealed class CompletionWhileTypingTests
    {
        private const string Yaml = "typing.topology.yaml";
        private const string Json = "typing.topology.json";

        private const string YamlHead =
            "topology: test\n" +
            "product: lync-server-2013\n" +
            "sipDomains: [contoso.com]\n" +
            "sites: [{id: redmond, kind: central}]\n" +
            "pools:\n" +
            "  - {fqdn: pool01.contoso.local, role: front-end, site: redmond}\n" +
            "  - {fqdn: med01.contoso.local, role: mediation, site: redmond}\n";

        private const string JsonHead =
            "{\n" +
            "  \"topology\": \"test\",\n" +
            "  \"product\": \"lync-server-2013\",\n" +
            "  \"sites\": [{\"id\": \"redmond\", \"kind\": \"central\"}],\n" +
            "  \"pools\": [\n" +
            "    {\"fqdn\": \"pool01.contoso.local\", \"role\": \"front-end\", \"site\": \"redmond\"},\n" +
            "    {\"fqdn\": \"med01.contoso.local\", \"role\": \"mediation\", \"site\": \"redmond\"}\n";

        private static readonly string[] WindowsReleases = { "windows-server-2008", "windows-server-2008-r2", "windows-server-2012", "windows-server-2012-r2", "windows-server-2003" };

        /// <summary>Opens <paramref name="file"/> valid, edits it to <paramref name="typed"/> and asks for completion at its "|".</summary>
        private static async Task<Typed> CompleteAsync(string file, string typed)
        {
            string valid = file == Json ? JsonHead + "  ]\n}\n" : YamlHead;
            int index = typed.IndexOf('|', StringComparison.Ordinal);
            string text = typed.Remove(index, 1);
            (int line, int character) = StyleMatrix.PositionOf(text, index);
            await using LspSession session = await LspSession.StartWithOpenDocumentAsync(file, valid);
            await session.ChangeAsync(file, 2, null, text);
            await session.IdleAsync();
            CompletionList list = await session.RequestAsync<CompletionList>("textDocument/completion", new { textDocument = new { uri = session.UriOf(file) }, position = new { line, character } });
            return new Typed(list, line, character);
        }

        [Fact]
        public async Task Flow_os_name_after_the_space_offers_the_releases_inserted_at_the_cursor()
        {
            Typed typed = await CompleteAsync(Yaml, YamlHead + "  - {fqdn: pool02.contoso.local, servers: [{fqdn: fe02.contoso.local, os: {name: |}}]}\n");

            Assert.Equal(WindowsReleases, typed.Labels);
            Assert.All(typed.List.Items, i => Assert.Equal(typed.Range(0, 0), i.TextEdit!.Range.ToString()));
            Assert.Equal("windows-server-2008", typed.List.Items[0].TextEdit!.NewText);
        }

        [Fact]
        public async Task Flow_value_right_after_the_colon_gets_the_space_that_makes_it_a_value()
        {
            Typed typed = await CompleteAsync(Yaml, YamlHead + "  - {fqdn: pool02.contoso.local, role:|}\n");

            Assert.Contains("front-end", typed.Labels);
            Assert.Equal(" front-end", typed.List.Items.Single(i => i.Label == "front-end").TextEdit!.NewText);
        }

        [Fact]
        public async Task Flow_pool_role_offers_the_roles()
        {
            Typed typed = await CompleteAsync(Yaml, YamlHead + "  - {fqdn: x.contoso.local, role: |}\n");

            Assert.Equal(new[] { "front-end", "edge", "mediation", "director", "survivable-branch-appliance", "survivable-branch-server" }, typed.Labels);
        }

        [Fact]
        public async Task Flow_sipDomains_item_offers_nothing_not_the_roots_keys()
        {
            // A SIP domain is a definition: there is nothing to pick from.
            Typed typed = await CompleteAsync(Yaml, YamlHead.Replace("sipDomains: [contoso.com]", "sipDomains: [|]", StringComparison.Ordinal));

            Assert.Empty(typed.Labels);
        }

        [Theory]
        [InlineData("  - {fqdn: x.contoso.local, ro|, site: redmond}\n")]
        [InlineData("  - fqdn: x.contoso.local\n    ro|\n    site: redmond\n")]
        public async Task Key_being_typed_in_flow_or_block_style_is_replaced_and_keys_written_are_not_offered(string pool)
        {
            Typed typed = await CompleteAsync(Yaml, YamlHead + pool);

            Assert.Contains("role", typed.Labels);
            Assert.DoesNotContain("fqdn", typed.Labels);
            Assert.DoesNotContain("site", typed.Labels);
            CompletionItem role = typed.List.Items.Single(i => i.Label == "role");
            Assert.Equal(typed.Range(-2, 0), role.TextEdit!.Range.ToString());
            Assert.Equal("role: ", role.TextEdit.NewText);
        }

        [Fact]
        public async Task Flow_user_item_offers_user_keys_and_site_ids()
        {
            Typed keys = await CompleteAsync(Yaml, YamlHead + "users:\n  - {sip: b@contoso.com, |}\n");
            Typed sites = await CompleteAsync(Yaml, YamlHead + "users:\n  - {sip: b@contoso.com, site: |}\n");

            Assert.Equal(new[] { "site", "enabled", "enterpriseVoice", "lineUri", "registrarPool", "dialPlan", "voicePolicy", "locationPolicy" }, keys.Labels);
            Assert.Equal(new[] { "redmond" }, sites.Labels);
        }

        [Fact]
        public async Task Flow_publishes_offers_front_end_pools_only()
        {
            Typed typed = await CompleteAsync(Yaml, YamlHead + "reverseProxies: [{fqdn: rp.contoso.com, site: redmond, publishes: [|]}]\n");

            Assert.Equal(new[] { "pool01.contoso.local" }, typed.Labels);
            Assert.Equal("front-end pool", typed.List.Items[0].Detail);
        }

        [Fact]
        public async Task Flow_left_open_ends_at_the_next_line_back_at_its_indentation()
        {
            // The block keys below are not the open mapping's: "site" is still offered, "fqdn" is not.
            Typed typed = await CompleteAsync(Yaml, YamlHead + "  - {fqdn: x.contoso.local, |\npstn:\n  - id: p\n    site: redmond\n");

            Assert.Contains("site", typed.Labels);
            Assert.Contains("role", typed.Labels);
            Assert.DoesNotContain("fqdn", typed.Labels);
        }

        [Fact]
        public async Task Json_enum_value_between_quotes_replaces_the_quotes()
        {
            Typed typed = await CompleteAsync(Json, JsonHead + "    , {\"fqdn\": \"fe02.contoso.local\", \"servers\": [{\"fqdn\": \"fe02a.contoso.local\", \"os\": {\"name\": \"|\"}}]}\n  ]\n}\n");

            Assert.Equal(WindowsReleases, typed.Labels);
            CompletionItem first = typed.List.Items[0];
            Assert.Equal(typed.Range(-1, 1), first.TextEdit!.Range.ToString());
            Assert.Equal("\"windows-server-2008\"", first.TextEdit.NewText);
            Assert.Equal("\"windows-server-2008\"", first.FilterText);
        }

        [Fact]
        public async Task Json_value_without_quotes_yet_gets_them()
        {
            Typed typed = await CompleteAsync(Json, JsonHead + "  ],\n  \"pstn\": [{\"id\": \"p\", \"connection\": |\n");

            Assert.Equal(new[] { "tdm", "sip-trunk" }, typed.Labels);
            Assert.Equal(typed.Range(0, 0), typed.List.Items[0].TextEdit!.Range.ToString());
            Assert.Equal("\"tdm\"", typed.List.Items[0].TextEdit!.NewText);
        }

        [Fact]
        public async Task Json_key_typed_in_quotes_is_replaced_with_its_colon()
        {
            Typed closed = await CompleteAsync(Json, JsonHead + "  ],\n  \"pstn\": [{\"id\": \"p\", \"co|\"}]\n}\n");
            Typed open = await CompleteAsync(Json, JsonHead + "  ],\n  \"pstn\": [{\"id\": \"p\", \"co|\n");

            CompletionItem connection = closed.List.Items.Single(i => i.Label == "connection");
            Assert.Equal(closed.Range(-3, 1), connection.TextEdit!.Range.ToString());
            Assert.Equal("\"connection\": ", connection.TextEdit.NewText);
            Assert.Equal("\"connection\"", connection.FilterText);
            CompletionItem unclosed = open.List.Items.Single(i => i.Label == "connection");
            Assert.Equal(open.Range(-3, 0), unclosed.TextEdit!.Range.ToString());
            Assert.Equal("\"connection\": ", unclosed.TextEdit.NewText);
        }

        [Fact]
        public async Task Json_new_key_offers_the_keys_not_written_before_or_after_the_cursor()
        {
            Typed typed = await CompleteAsync(Json, JsonHead + "  ],\n  \"pstn\": [{\"id\": \"p\", |, \"connection\": \"tdm\"}]\n}\n");

            Assert.Equal(new[] { "site", "gateways", "mediationPool" }, typed.Labels);
            Assert.Equal("\"site\": ", typed.List.Items[0].TextEdit!.NewText);
        }

        [Fact]
        public async Task Json_key_on_a_new_line_after_a_value_also_writes_the_missing_comma()
        {
            Typed typed = await CompleteAsync(Json, JsonHead + "  ],\n  \"pstn\": [{\"id\": \"p\"\n    \"|\"}]\n}\n");

            CompletionItem site = typed.List.Items.Single(i => i.Label == "site");
            Assert.Equal("\"site\": ", site.TextEdit!.NewText);
            TextEdit comma = Assert.Single(site.AdditionalTextEdits!);
            Assert.Equal(",", comma.NewText);
            Assert.Equal($"{typed.Line - 1}:21-{typed.Line - 1}:21", comma.Range.ToString());
            Assert.DoesNotContain("id", typed.Labels);
        }

        [Fact]
        public async Task Json_reference_while_the_document_does_not_parse_offers_the_pools_last_read()
        {
            Typed typed = await CompleteAsync(Json, JsonHead + "  ],\n  \"pstn\": [{\"id\": \"p\", \"mediationPool\": \"|\n");

            Assert.Equal(new[] { "pool01.contoso.local", "med01.contoso.local" }, typed.Labels);
            Assert.Equal("\"pool01.contoso.local\"", typed.List.Items[0].TextEdit!.NewText);
        }

        [Fact]
        public async Task Block_new_item_offers_its_keys_or_its_references()
        {
            Typed keys = await CompleteAsync(Yaml, YamlHead + "  - |\n");
            Typed publishes = await CompleteAsync(Yaml, YamlHead + "reverseProxies:\n  - fqdn: rp.contoso.com\n    publishes:\n      - |\n");

            Assert.Contains("fqdn", keys.Labels);
            Assert.Contains("role", keys.Labels);
            Assert.Equal("fqdn: ", keys.List.Items.Single(i => i.Label == "fqdn").TextEdit!.NewText);
            Assert.Equal(new[] { "pool01.contoso.local" }, publishes.Labels);
        }

        /// <summary>A completion answer and where it was asked.</summary>
        private sealed class Typed
        {
            public Typed(CompletionList list, int line, int character)
            {
                List = list;
                Line = line;
                Character = character;
            }

            public CompletionList List { get; }

            public int Line { get; }

            public int Character { get; }

            public string[] Labels => List.Items.Select(i => i.Label).ToArray();

            /// <summary>The range on the cursor's line from <paramref name="before"/> to <paramref name="after"/> characters around it.</summary>
            public string Range(int before, int after) => $"{Line}:{Character + before}-{Line}:{Character + after}";
        }
    }
}
