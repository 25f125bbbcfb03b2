using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Document;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Document
{
    public class TL0002Tests : RuleTests<SchemaRule>
    {
        private const string Valid = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\n";

        [Fact]
        public void Unknown_key_is_reported_at_the_key()
        {
            var lint = Verify(("a.topology.yaml", Valid + "sites:\n  - id: redmond\n    kind: central\n    [|colour|]: blue\n"));

            Assert.Contains("'colour'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Missing_required_key_is_reported_at_the_items_first_key()
        {
            var lint = Verify(("a.topology.yaml", Valid + "sites:\n  - [|kind|]: central\n"));

            Assert.Contains("'id'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Wrong_enum_value_is_reported_at_the_value()
        {
            var lint = Verify(("a.topology.yaml", Valid + "sites:\n  - {id: redmond, kind: [|headquarters|]}\n"));

            Assert.Contains("central", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Wrong_type_is_reported_at_the_value_in_json()
        {
            Verify(("a.topology.json", "{\"topology\": \"t\", \"product\": \"lync-server-2013\",\n \"sipDomains\": [|\"contoso.com\"|]}"));
        }

        [Fact]
        public void Missing_root_keys_are_reported_at_the_root_mappings_first_key()
        {
            Verify(("a.topology.yaml", "# header\n[|[|topology|]|]: t\n"));
        }

        [Fact]
        public void Extension_keys_and_a_valid_document_give_nothing()
        {
            Verify(("a.topology.yaml", Valid + "x-owner: telephony\nsites:\n  - {id: redmond, kind: central, x-notes: {any: [thing]}}\n"));
        }

        [Fact]
        public void Fragment_items_are_validated_in_their_own_file()
        {
            Verify(
                ("a.topology.yaml", Valid + "include: [users.yaml]\n"),
                ("users.yaml", "users:\n  - sip: a@contoso.com\n    enabled: [|yes-please|]\n"));
        }

        [Fact]
        public void A_scoped_object_has_a_site_exactly_for_site_scope_and_a_name_exactly_for_user_scope()
        {
            Verify(("a.topology.yaml", Valid + "sites: [{id: redmond, kind: central}]\nvoice:\n  dialPlans:\n"
                + "    - {scope: global}\n    - {scope: site, site: redmond}\n    - {scope: user, name: sales}\n"
                + "    - {[|scope|]: site}\n    - {[|scope|]: user}\n"
                + "    - {scope: global, [|site|]: redmond, [|name|]: x}\n    - {scope: site, site: redmond, [|name|]: x}\n"
                + "network:\n  locationPolicies: [{[|scope|]: user}]\n"));
        }

        [Fact]
        public void Trunk_ports_trunk_names_subnets_and_dial_strings_are_checked()
        {
            var lint = Verify(("a.topology.yaml", Valid + "trunks:\n  - {name: [|a/b|], gateway: gw.contoso.com, mediationPool: med.contoso.com, gatewayPort: [|65536|], mediationPort: [|0|], srtp: [|off|]}\n"
                + "network:\n  subnets: [{subnet: [|10.0.0.0/33|]}]\n  locationPolicies: [{scope: global, emergencyDialString: [|'+911'|]}]\n"));

            Assert.Contains(lint.OfRule, d => d.GetMessage(CultureInfo.InvariantCulture).Contains("must be at most 65535", System.StringComparison.Ordinal));
        }
    }
}
