using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Document;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Document
{
    public class TL0004Tests : RuleTests<DuplicateIdentifierRule>
    {
        private const string Head = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\n";

        [Fact]
        public void Second_site_id_is_reported_at_its_identifier()
        {
            var lint = Verify(("a.topology.yaml", Head + "sites:\n  - {id: redmond, kind: central}\n  - {id: [|redmond|], kind: branch}\n"));

            Assert.Equal("The site id 'redmond' is already defined at line 5", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Server_fqdn_equal_to_another_pool_fqdn_is_reported_case_insensitively()
        {
            Verify(("a.topology.yaml", Head + "sites: [{id: s, kind: central}]\npools:\n  - {fqdn: fe.contoso.com, role: front-end, site: s, servers: [{fqdn: fe01.contoso.com}]}\n  - {fqdn: se.contoso.com, role: front-end, site: s, servers: [{fqdn: [|FE.contoso.com|]}]}\n"));
        }

        [Fact]
        public void The_only_server_of_a_pool_may_carry_the_pool_fqdn_as_Lync_names_it()
        {
            Verify(("a.topology.yaml", Head + "sites: [{id: s, kind: central}]\npools:\n  - {fqdn: se.contoso.com, role: front-end, edition: standard, site: s, servers: [{fqdn: SE.contoso.com}]}\n"));
        }

        [Fact]
        public void A_server_of_a_larger_pool_named_as_its_pool_is_reported()
        {
            Verify(("a.topology.yaml", Head + "sites: [{id: s, kind: central}]\npools:\n  - {fqdn: fe.contoso.com, role: front-end, site: s, servers: [{fqdn: [|fe.contoso.com|]}, {fqdn: fe02.contoso.com}]}\n"));
        }

        [Fact]
        public void Duplicate_user_in_a_fragment_names_the_other_file()
        {
            var lint = Verify(
                ("a.topology.yaml", Head + "include: [more.yaml]\nusers:\n  - sip: Alice@contoso.com\n"),
                ("more.yaml", "users:\n  - sip: [|alice@contoso.com|]\n"));

            Assert.Contains("a.topology.yaml line 6", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Duplicate_sips_are_found_before_and_after_a_sip_written_with_an_escape()
        {
            // The first two are compared where they are written, the escaped one only as a string: all three compare alike.
            Verify(("a.topology.yaml", Head + "users:\n  - sip: alice@contoso.com\n  - sip: \"bob\\x40contoso.com\"\n  - sip: carol@contoso.com\n"
                + "  - sip: [|ALICE@contoso.com|]\n  - sip: [|Bob@Contoso.com|]\n  - sip: [|carol@CONTOSO.COM|]\n  - sip: carol@contoso.co\n  - sip: carol.@contoso.com\n"));
        }

        [Fact]
        public void Duplicate_sips_are_found_in_a_file_that_is_not_all_ascii()
        {
            Verify(("a.topology.yaml", "# Zoë's users\n" + Head + "users:\n  - sip: alice@contoso.com\n  - sip: [|Alice@Contoso.com|]\n  - sip: alicia@contoso.com\n"));
        }

        [Fact]
        public void Distinct_identifiers_give_nothing()
        {
            Verify(("a.topology.yaml", Head + "sites:\n  - {id: redmond, kind: central}\n  - {id: dublin, kind: central}\nusers: [{sip: a@contoso.com}, {sip: b@contoso.com}]\n"));
        }

        // DSL v2 (TOPOLOGY-v2, "Identifiers and references added in v2" and "Names, comparison and order").
        private const string V2Head = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\nsites: [{id: redmond, kind: central}]\n"
            + "pools:\n  - {fqdn: med.contoso.com, role: mediation, site: redmond, servers: [{fqdn: m1.contoso.com}]}\n";

        [Fact]
        public void Second_gateway_fqdn_is_reported_case_insensitively_but_a_pstn_gateway_only_refers()
        {
            var lint = Verify(("a.topology.yaml", V2Head + "gateways:\n  - {fqdn: gw.contoso.com, site: redmond}\n  - {fqdn: [|GW.contoso.com|], site: redmond}\n"
                + "pstn:\n  - {id: p, site: redmond, connection: tdm, gateways: [gw.contoso.com, gw.contoso.com], mediationPool: med.contoso.com}\n"));

            Assert.Equal("The gateway fqdn 'GW.contoso.com' is already defined at line 8", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Trunk_names_share_one_name_space_with_pstn_ids_and_trunks_items_come_first()
        {
            var lint = Verify(
                ("a.topology.yaml", V2Head + "include: [more.yaml]\ngateways: [{fqdn: gw.contoso.com, site: redmond}]\n"
                    + "pstn:\n  - {id: [|redmond-pri|], site: redmond, connection: sip-trunk, mediationPool: med.contoso.com}\n"
                    + "trunks:\n  - {name: Redmond-PRI, gateway: gw.contoso.com, mediationPool: med.contoso.com}\n  - {name: [|redmond-pri|], gateway: gw.contoso.com, mediationPool: med.contoso.com}\n"),
                ("more.yaml", "trunks:\n  - {name: [|REDMOND-pri|], gateway: gw.contoso.com, mediationPool: med.contoso.com}\n"));

            Assert.All(lint.OfRule, d => Assert.Contains("trunk name", d.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal));
        }

        [Fact]
        public void Usages_routes_and_rule_names_are_unique_case_insensitively()
        {
            Verify(("a.topology.yaml", V2Head + "voice:\n  pstnUsages: [Local, [|local|]]\n"
                + "  dialPlans:\n    - scope: global\n      normalizationRules:\n"
                + "        - {name: four, pattern: '^(\\d{4})$', translation: '+1$1'}\n"
                + "        - {name: [|Four|], pattern: '^(\\d{5})$', translation: '+1$1'}\n"
                + "  routes:\n    - {name: r, pattern: '^\\d+$'}\n    - {name: [|R|], pattern: '^\\d+$'}\n"
                + "trunks:\n  - name: t\n    gateway: gw.contoso.com\n    mediationPool: med.contoso.com\n    translationRules:\n"
                + "      - {name: x, pattern: '^1$', translation: '1'}\n      - {name: [|x|], pattern: '^2$', translation: '2'}\n"));
        }

        [Fact]
        public void Rule_names_of_different_lists_do_not_clash()
        {
            Verify(("a.topology.yaml", V2Head + "voice:\n  dialPlans:\n"
                + "    - {scope: global, normalizationRules: [{name: four, pattern: '^1$', translation: '1'}]}\n"
                + "    - {scope: site, site: redmond, normalizationRules: [{name: four, pattern: '^1$', translation: '1'}]}\n"));
        }

        [Fact]
        public void Scoped_identities_are_reported_at_the_scope_site_or_name_value()
        {
            var lint = Verify(("a.topology.yaml", V2Head + "voice:\n  voicePolicies:\n"
                + "    - {scope: global}\n    - {scope: [|global|]}\n"
                + "    - {scope: site, site: redmond}\n    - {scope: site, site: [|redmond|]}\n"
                + "    - {scope: user, name: sales}\n    - {scope: user, name: [|Sales|]}\n"
                + "  dialPlans: [{scope: global}, {scope: site, site: redmond}, {scope: user, name: sales}]\n"
                + "network:\n  locationPolicies: [{scope: global}, {scope: user, name: sales}, {scope: user, name: [|SALES|]}]\n"));

            Assert.Equal("The global voice policy 'global' is already defined at line 9", lint.OfRule[0].GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal("The voice policy of site 'redmond' is already defined at line 11", lint.OfRule[1].GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal("The location policy name 'SALES' is already defined at line 17", lint.OfRule[3].GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Regions_network_sites_and_subnets_compare_exactly()
        {
            Verify(("a.topology.yaml", V2Head + "network:\n"
                + "  regions: [{id: na}, {id: [|na|]}]\n"
                + "  sites: [{id: campus}, {id: [|campus|]}]\n"
                + "  subnets: [{subnet: 10.0.0.0/8}, {subnet: [|10.0.0.0/8|]}, {subnet: 10.0.0.0/08}]\n"));
        }
    }
}
