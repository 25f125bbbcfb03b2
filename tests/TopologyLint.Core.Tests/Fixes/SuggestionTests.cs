using TopologyLint.Fixes;
using Xunit;

namespace TopologyLint.Core.Tests.Fixes
{
    /// <summary>Before/after snapshots of TL0008's fix and of the suggestions: edge services, suppression comments, a user's site.</summary>
    public class SuggestionTests
    {
        private const string Head = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\n";

        [Fact]
        public void Misspelt_suppression_id_is_replaced_by_the_one_catalog_id_one_edit_away()
        {
            string before = Head + "users:\n  # topolint-disable-next-line TL1O09, TL3004 -- imported\n  - {sip: a@contoso.com, lineUri: \"1001\"}\n";
            string after = Head + "users:\n  # topolint-disable-next-line TL1009, TL3004 -- imported\n  - {sip: a@contoso.com, lineUri: \"1001\"}\n";

            Assert.Equal(after, Fixing.Apply("t.topology.yaml", before, "TL0008", FixKind.Fix));
        }

        [Theory]
        [InlineData("TL100")]
        [InlineData("CA1000")]
        [InlineData("TL9999")]
        public void Suppression_id_with_no_single_near_catalog_id_gets_no_fix(string id)
        {
            var fixes = Fixing.FixesOf("t.topology.yaml", "topology: t\n# topolint-disable " + id + "\nproduct: lync-server-2013\nsipDomains: [contoso.com]\n", "TL0008", out _);

            Assert.DoesNotContain(fixes, f => f.Kind == FixKind.Fix);
        }

        [Theory]
        [InlineData("TL1O09", "TL1009", true)]
        [InlineData("TL10099", "TL1009", true)]
        [InlineData("TL109", "TL1009", true)]
        [InlineData("TL1009", "TL1009", false)]
        [InlineData("TL0190", "TL1009", false)]
        public void One_edit_away_means_one_character_added_removed_or_replaced(string a, string b, bool expected)
            => Assert.Equal(expected, TopologyLint.Fixes.Providers.SuppressionIdFixProvider.IsOneEditAway(a, b));

        [Fact]
        public void Edge_services_are_added_to_a_flow_sequence()
        {
            string before = Head + "pools:\n  - fqdn: edge.contoso.com\n    role: edge   # one so far\n    edgeServices: [access]\n    site: hq\n";
            string after = Head + "pools:\n  - fqdn: edge.contoso.com\n    role: edge   # one so far\n    edgeServices: [access, av, web-conferencing]\n    site: hq\n";

            Assert.Equal(after, Fixing.Apply("t.topology.yaml", before, "TL1003", FixKind.Suggestion));
        }

        [Fact]
        public void Edge_services_are_added_to_a_block_sequence_with_crlf()
        {
            string before = (Head + "pools:\n  - fqdn: edge.contoso.com\n    role: edge\n    edgeServices:\n      - 'av'  # media\n    site: hq\n").Replace("\n", "\r\n");
            string after = (Head + "pools:\n  - fqdn: edge.contoso.com\n    role: edge\n    edgeServices:\n      - 'av'  # media\n      - 'access'\n      - 'web-conferencing'\n    site: hq\n").Replace("\n", "\r\n");

            Assert.Equal(after, Fixing.Apply("t.topology.yaml", before, "TL1003", FixKind.Suggestion));
        }

        [Fact]
        public void Edge_services_key_is_added_to_a_block_mapping()
        {
            string before = Head + "pools:\n  - fqdn: edge.contoso.com\n    role: edge\n    servers:\n      - {fqdn: e1.contoso.com}\n  - fqdn: fe.contoso.com\n";
            string after = Head + "pools:\n  - fqdn: edge.contoso.com\n    role: edge\n    servers:\n      - {fqdn: e1.contoso.com}\n    edgeServices: [access, av, web-conferencing]\n  - fqdn: fe.contoso.com\n";

            Assert.Equal(after, Fixing.Apply("t.topology.yaml", before, "TL1003", FixKind.Suggestion));
        }

        [Fact]
        public void Edge_services_in_json_one_item_a_line()
        {
            string before = "{\n  \"topology\": \"t\",\n  \"product\": \"lync-server-2013\",\n  \"sipDomains\": [\"contoso.com\"],\n  \"pools\": [\n    {\n      \"fqdn\": \"edge.contoso.com\",\n      \"role\": \"edge\",\n      \"edgeServices\": [\n        \"access\"\n      ]\n    }\n  ]\n}\n";
            string after = "{\n  \"topology\": \"t\",\n  \"product\": \"lync-server-2013\",\n  \"sipDomains\": [\"contoso.com\"],\n  \"pools\": [\n    {\n      \"fqdn\": \"edge.contoso.com\",\n      \"role\": \"edge\",\n      \"edgeServices\": [\n        \"access\",\n        \"av\",\n        \"web-conferencing\"\n      ]\n    }\n  ]\n}\n";

            Assert.Equal(after, Fixing.Apply("t.topology.json", before, "TL1003", FixKind.Suggestion));
        }

        [Fact]
        public void Edge_services_key_is_added_to_a_json_object()
        {
            string before = "{\"topology\": \"t\", \"product\": \"lync-server-2013\", \"sipDomains\": [\"contoso.com\"],\n \"pools\": [{\"fqdn\": \"edge.contoso.com\", \"role\": \"edge\"}]}";
            string after = "{\"topology\": \"t\", \"product\": \"lync-server-2013\", \"sipDomains\": [\"contoso.com\"],\n \"pools\": [{\"fqdn\": \"edge.contoso.com\", \"role\": \"edge\", \"edgeServices\": [\"access\", \"av\", \"web-conferencing\"]}]}";

            Assert.Equal(after, Fixing.Apply("t.topology.json", before, "TL1003", FixKind.Suggestion));
        }

        [Fact]
        public void Suppression_comment_goes_above_the_line_at_its_indentation()
        {
            string before = (Head + "pools:\n  - fqdn: edge.contoso.com\n    role: edge\n    edgeServices: [access]\n").Replace("\n", "\r\n");
            string after = (Head + "pools:\n  # topolint-disable-next-line TL1003 -- \n  - fqdn: edge.contoso.com\n    role: edge\n    edgeServices: [access]\n").Replace("\n", "\r\n");

            Assert.Equal(after, Fixing.ApplySuppression("t.topology.yaml", before, "TL1003"));
        }

        [Fact]
        public void Suppression_id_is_added_to_a_comment_already_above()
        {
            string before = Head + "users:\n    # topolint-disable-next-line TL1008 -- no number yet\n    - {sip: a@contoso.com, enabled: true, enterpriseVoice: true, site: hq, lineUri: \"1 2\"}\n";
            string after = Head + "users:\n    # topolint-disable-next-line TL1008, TL1009 -- no number yet\n    - {sip: a@contoso.com, enabled: true, enterpriseVoice: true, site: hq, lineUri: \"1 2\"}\n";

            Assert.Equal(after, Fixing.ApplySuppression("t.topology.yaml", before, "TL1009"));
        }

        [Fact]
        public void Json_gets_no_suppression_comment()
        {
            var fixes = Fixing.FixesOf("t.topology.json", "{\"topology\": \"t\", \"product\": \"lync-server-2013\", \"sipDomains\": [\"contoso.com\"], \"pools\": [{\"fqdn\": \"e.contoso.com\", \"role\": \"edge\"}]}", "TL1003", out _);

            Assert.DoesNotContain(fixes, Fixing.IsSuppression);
        }

        [Fact]
        public void User_site_is_suggested_from_the_only_site_in_the_numbers_country()
        {
            string sites = "sites:\n  - {id: london, kind: central, address: {city: London, country: GB}}\n  - {id: redmond, kind: central, address: {city: Redmond, country: US}}\n";
            string before = Head + sites + "users:\n  - sip: a@contoso.com\n    enterpriseVoice: true\n    lineUri: \"tel:+442079460018\"  # desk\n";
            string after = Head + sites + "users:\n  - sip: a@contoso.com\n    enterpriseVoice: true\n    lineUri: \"tel:+442079460018\"  # desk\n    site: london\n";

            Assert.Equal(after, Fixing.Apply("t.topology.yaml", before, "TL3004", FixKind.Suggestion));
        }

        [Fact]
        public void User_site_in_json_flow_object()
        {
            string before = "{\"topology\": \"t\", \"product\": \"lync-server-2013\", \"sipDomains\": [\"contoso.com\"],\n \"sites\": [{\"id\": \"redmond\", \"kind\": \"central\", \"address\": {\"country\": \"US\"}}],\n \"users\": [{\"sip\": \"a@contoso.com\", \"enterpriseVoice\": true, \"lineUri\": \"tel:+14255550100\"}]}";
            string after = "{\"topology\": \"t\", \"product\": \"lync-server-2013\", \"sipDomains\": [\"contoso.com\"],\n \"sites\": [{\"id\": \"redmond\", \"kind\": \"central\", \"address\": {\"country\": \"US\"}}],\n \"users\": [{\"sip\": \"a@contoso.com\", \"enterpriseVoice\": true, \"lineUri\": \"tel:+14255550100\", \"site\": \"redmond\"}]}";

            Assert.Equal(after, Fixing.Apply("t.topology.json", before, "TL3004", FixKind.Suggestion));
        }

        [Fact]
        public void No_site_is_suggested_when_two_sites_share_the_country()
        {
            string text = Head + "sites:\n  - {id: a, kind: central, address: {country: US}}\n  - {id: b, kind: branch, address: {country: CA}}\nusers:\n  - {sip: a@contoso.com, enterpriseVoice: true, lineUri: \"tel:+14255550100\"}\n";

            var fixes = Fixing.FixesOf("t.topology.yaml", text, "TL3004", out _);

            Assert.DoesNotContain(fixes, f => !Fixing.IsSuppression(f));
        }
    }
}
