using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Document;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Document
{
    public class TL0003Tests : RuleTests<UnresolvedReferenceRule>
    {
        private const string Head = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\nsites:\n  - {id: redmond, kind: central}\n";

        private const string Pools = "pools:\n"
            + "  - {fqdn: fe.contoso.com, role: front-end, site: redmond, servers: [{fqdn: fe1.contoso.com}]}\n"
            + "  - {fqdn: edge.contoso.com, role: edge, site: redmond, servers: [{fqdn: e1.contoso.com}]}\n";

        [Fact]
        public void Unknown_site_is_reported_at_the_reference()
        {
            var lint = Verify(("a.topology.yaml", Head + "users:\n  - {sip: a@contoso.com, site: [|dublin|]}\n"));

            Assert.Equal("'dublin' names no site", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Mediation_pool_that_is_an_edge_pool_is_reported()
        {
            var lint = Verify(("a.topology.yaml", Head + Pools + "pstn:\n  - {id: p, site: redmond, connection: sip-trunk, mediationPool: [|edge.contoso.com|]}\n"));

            Assert.Contains("edge pool", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Published_pool_that_does_not_exist_is_reported()
        {
            Verify(("a.topology.yaml", Head + Pools + "reverseProxies:\n  - fqdn: rp.contoso.com\n    site: redmond\n    publishes: [fe.contoso.com, FE.CONTOSO.COM, [|gone.contoso.com|]]\n"));
        }

        [Fact]
        public void Resolved_references_give_nothing()
        {
            Verify(("a.topology.yaml", Head + Pools + "pstn:\n  - {id: p, site: redmond, connection: sip-trunk, mediationPool: fe.contoso.com}\n"));
        }

        // DSL v2 (TOPOLOGY-v2, "Identifiers and references added in v2"): each reference, resolved and not.
        private const string V2Pools = "pools:\n"
            + "  - {fqdn: fe.contoso.com, role: front-end, site: redmond, servers: [{fqdn: fe1.contoso.com}]}\n"
            + "  - {fqdn: edge.contoso.com, role: edge, site: redmond, servers: [{fqdn: e1.contoso.com}]}\n"
            + "  - {fqdn: med.contoso.com, role: mediation, site: redmond, servers: [{fqdn: m1.contoso.com}]}\n"
            + "  - {fqdn: sba.contoso.com, role: survivable-branch-appliance, site: redmond, servers: [{fqdn: sba1.contoso.com}]}\n"
            + "  - {fqdn: sbs.contoso.com, role: survivable-branch-server, site: redmond, servers: [{fqdn: sbs1.contoso.com}]}\n";

        private const string V2Voice = "gateways:\n  - {fqdn: gw.contoso.com, site: redmond}\n"
            + "voice:\n  pstnUsages: [Local]\n"
            + "  dialPlans: [{scope: user, name: dp}]\n"
            + "  voicePolicies: [{scope: user, name: vp, pstnUsages: [Local]}]\n"
            + "network:\n  locationPolicies: [{scope: user, name: lp, pstnUsage: Local}]\n"
            + "  regions: [{id: na, centralSite: redmond}]\n"
            + "  sites: [{id: campus, region: na, locationPolicy: lp}]\n";

        [Fact]
        public void Gateway_site_and_scoped_site_name_sites()
        {
            Verify(("a.topology.yaml", Head + "gateways:\n  - {fqdn: gw.contoso.com, site: [|dublin|]}\n"
                + "voice:\n  dialPlans:\n    - {scope: site, site: [|paris|]}\n    - {scope: site, site: redmond}\n"));
        }

        [Fact]
        public void Trunk_gateway_names_a_gateway_item_or_a_pstn_gateway()
        {
            var lint = Verify(("a.topology.yaml", Head + V2Pools + "gateways:\n  - {fqdn: gw.contoso.com, site: redmond}\n"
                + "pstn:\n  - {id: p, site: redmond, connection: tdm, gateways: [old.contoso.com], mediationPool: med.contoso.com}\n"
                + "trunks:\n"
                + "  - {name: a, gateway: GW.contoso.com, mediationPool: med.contoso.com}\n"
                + "  - {name: b, gateway: old.contoso.com, mediationPool: med.contoso.com}\n"
                + "  - {name: c, gateway: [|none.contoso.com|], mediationPool: med.contoso.com}\n"));

            Assert.StartsWith("'none.contoso.com' names no gateway", lint.Single.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        }

        [Fact]
        public void Mediation_pool_of_a_trunk_or_pstn_entry_may_be_a_survivable_branch_pool_but_not_an_edge_pool()
        {
            var lint = Verify(("a.topology.yaml", Head + V2Pools + "gateways:\n  - {fqdn: gw.contoso.com, site: redmond}\n"
                + "pstn:\n  - {id: p, site: redmond, connection: sip-trunk, mediationPool: sbs.contoso.com}\n"
                + "trunks:\n"
                + "  - {name: a, gateway: gw.contoso.com, mediationPool: sba.contoso.com}\n"
                + "  - {name: b, gateway: gw.contoso.com, mediationPool: fe.contoso.com}\n"
                + "  - {name: c, gateway: gw.contoso.com, mediationPool: [|edge.contoso.com|]}\n"
                + "  - {name: d, gateway: gw.contoso.com, mediationPool: [|nowhere.contoso.com|]}\n"));

            Assert.Equal(
                "'edge.contoso.com' names an edge pool, which cannot serve as a Mediation pool (use a mediation pool, a front-end pool with collocated Mediation, or a survivable branch pool)",
                lint.OfRule[0].GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Route_trunks_name_a_trunk_or_a_pstn_id_and_usages_name_listed_usages()
        {
            var lint = Verify(("a.topology.yaml", Head + V2Pools + "gateways:\n  - {fqdn: gw.contoso.com, site: redmond}\n"
                + "pstn:\n  - {id: p, site: redmond, connection: tdm, gateways: [g1.contoso.com, g2.contoso.com], mediationPool: med.contoso.com}\n"
                + "trunks:\n  - {name: T1, gateway: gw.contoso.com, mediationPool: med.contoso.com}\n"
                + "voice:\n  pstnUsages: [Local]\n"
                + "  voicePolicies: [{scope: global, pstnUsages: [local, [|Intl|]]}]\n"
                + "  routes:\n    - {name: r, pattern: '^\\d+$', pstnUsages: [[|LongDistance|]], trunks: [t1, p, [|q|]]}\n"
                + "network:\n  locationPolicies: [{scope: global, pstnUsage: [|Emergency|]}]\n"));

            Assert.Equal("'Intl' names no PSTN usage of voice.pstnUsages", lint.OfRule[0].GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void User_policies_name_user_scope_objects_of_their_kind()
        {
            Verify(("a.topology.yaml", Head + V2Voice + "users:\n"
                + "  - {sip: a@contoso.com, dialPlan: DP, voicePolicy: vp, locationPolicy: lp}\n"
                + "  - {sip: b@contoso.com, dialPlan: [|vp|], voicePolicy: [|dp|], locationPolicy: [|global|]}\n"));
        }

        [Fact]
        public void A_site_scope_object_cannot_be_named_by_a_user()
        {
            Verify(("a.topology.yaml", Head + "voice:\n  voicePolicies: [{scope: site, site: redmond}, {scope: global}]\nusers:\n  - {sip: a@contoso.com, voicePolicy: [|redmond|]}\n"));
        }

        [Fact]
        public void Registrar_pool_names_a_front_end_or_survivable_branch_pool()
        {
            var lint = Verify(("a.topology.yaml", Head + V2Pools + "users:\n"
                + "  - {sip: a@contoso.com, registrarPool: fe.contoso.com}\n"
                + "  - {sip: b@contoso.com, registrarPool: sba.contoso.com}\n"
                + "  - {sip: c@contoso.com, registrarPool: SBS.contoso.com}\n"
                + "  - {sip: d@contoso.com, registrarPool: [|med.contoso.com|]}\n"
                + "  - {sip: e@contoso.com, registrarPool: [|gone.contoso.com|]}\n"));

            Assert.Equal(
                "'med.contoso.com' names a mediation pool, which cannot home users (use a front-end, survivable-branch-appliance or survivable-branch-server pool)",
                lint.OfRule[0].GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Network_references_name_sites_regions_network_sites_and_location_policies()
        {
            var lint = Verify(("a.topology.yaml", Head + "network:\n"
                + "  locationPolicies: [{scope: user, name: lp}]\n"
                + "  regions: [{id: na, centralSite: redmond}, {id: eu, centralSite: [|dublin|]}]\n"
                + "  sites: [{id: campus, region: na, locationPolicy: LP}, {id: lab, region: [|apac|], locationPolicy: [|other|]}]\n"
                + "  subnets: [{subnet: 10.0.0.0/8, site: campus}, {subnet: 10.1.0.0/16, site: [|Campus|]}]\n"));

            Assert.Equal("'apac' names no network region", lint.OfRule[1].GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Central_site_backup_pool_and_edge_pool_name_objects_of_the_right_kind()
        {
            var lint = Verify(("a.topology.yaml", "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\nsites:\n  - {id: redmond, kind: central}\n"
                + "  - {id: reno, kind: branch, centralSite: redmond}\n  - {id: tahoe, kind: branch, centralSite: [|carson|]}\n"
                + "pools:\n"
                + "  - {fqdn: fe.contoso.com, role: front-end, site: redmond, backupPool: fe2.contoso.com, edgePool: edge.contoso.com, servers: [{fqdn: fe1.contoso.com}]}\n"
                + "  - {fqdn: fe2.contoso.com, role: front-end, site: redmond, backupPool: [|edge.contoso.com|], edgePool: [|fe.contoso.com|], servers: [{fqdn: fe21.contoso.com}]}\n"
                + "  - {fqdn: edge.contoso.com, role: edge, site: redmond, backupPool: nowhere.contoso.com, edgePool: nowhere.contoso.com, servers: [{fqdn: e1.contoso.com}]}\n"
                + "  - {fqdn: sba.contoso.com, role: survivable-branch-appliance, site: reno, backupPool: [|sbs.contoso.com|], servers: [{fqdn: sba1.contoso.com}]}\n"
                + "  - {fqdn: sbs.contoso.com, role: survivable-branch-server, site: reno, backupPool: fe.contoso.com, servers: [{fqdn: sbs1.contoso.com}]}\n"));

            Assert.Equal("'fe.contoso.com' names a front-end pool, not an edge pool", lint.OfRule[2].GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Meet_url_domain_names_a_sip_domain()
        {
            var lint = Verify(("a.topology.yaml", Head + "simpleUrls:\n  meet:\n    - {domain: Contoso.com, url: 'https://meet.contoso.com'}\n    - {domain: [|fabrikam.com|], url: 'https://meet.fabrikam.com'}\n"));

            Assert.Equal("'fabrikam.com' names no SIP domain of sipDomains", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }
    }
}
