using System.Linq;
using TopologyLint.Model;
using TopologyLint.Syntax;
using Xunit;

namespace TopologyLint.Core.Tests.Model
{
    /// <summary>
    /// The definitions RULES-v2 lists under "Definitions used by the rows", computed once in the model: home site, policy in
    /// effect, the v1 <c>pstn[]</c> reading, trunk site, edge association, homed/load/servers, carrying route, E9-1-1 in use and
    /// a branch's central site.
    /// </summary>
    public class BinderV2Tests
    {
        private const string Head = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\n";

        private const string TwoSites = Head + "sites:\n  - {id: redmond, kind: central}\n  - {id: reno, kind: branch}\n"
            + "pools:\n"
            + "  - {fqdn: fe.contoso.com, role: front-end, site: redmond, servers: [{fqdn: fe1.contoso.com}]}\n"
            + "  - {fqdn: sba.contoso.com, role: survivable-branch-appliance, site: reno, backupPool: fe.contoso.com, servers: [{fqdn: sba1.contoso.com}]}\n"
            + "  - {fqdn: med.contoso.com, role: mediation, site: redmond, servers: [{fqdn: m1.contoso.com}]}\n";

        private static Topology Bind(string yaml) => Binder.Bind(ParsedMappings.Parse(yaml, "/t/a.topology.yaml"), Enumerable.Empty<MappingNode>());

        private static User UserNamed(Topology topology, string sip) => topology.Users.Single(u => u.Sip!.Value == sip);

        [Fact]
        public void Home_site_is_the_registrar_pools_site_else_the_users_site()
        {
            Topology topology = Bind(TwoSites + "users:\n"
                + "  - {sip: homed@contoso.com, site: redmond, registrarPool: sba.contoso.com}\n"
                + "  - {sip: sitting@contoso.com, site: reno}\n"
                + "  - {sip: unresolved@contoso.com, site: reno, registrarPool: gone.contoso.com}\n"
                + "  - {sip: wrongrole@contoso.com, site: reno, registrarPool: med.contoso.com}\n"
                + "  - {sip: nowhere@contoso.com}\n");

            Assert.Equal("reno", UserNamed(topology, "homed@contoso.com").HomeSite!.Id!.Value);
            Assert.Equal("reno", UserNamed(topology, "sitting@contoso.com").HomeSite!.Id!.Value);
            Assert.Equal("reno", UserNamed(topology, "unresolved@contoso.com").HomeSite!.Id!.Value);
            Assert.Equal("reno", UserNamed(topology, "wrongrole@contoso.com").HomeSite!.Id!.Value);
            Assert.Null(UserNamed(topology, "nowhere@contoso.com").HomeSite);
            Assert.Null(UserNamed(topology, "wrongrole@contoso.com").RegistrarPool.Target);
        }

        [Fact]
        public void Policy_in_effect_is_the_named_one_then_the_home_sites_then_the_global_one()
        {
            Topology topology = Bind(TwoSites + "voice:\n  voicePolicies:\n"
                + "    - {scope: global}\n    - {scope: site, site: reno}\n    - {scope: user, name: sales}\n"
                + "users:\n"
                + "  - {sip: named@contoso.com, site: redmond, voicePolicy: Sales}\n"
                + "  - {sip: branch@contoso.com, site: redmond, registrarPool: sba.contoso.com}\n"
                + "  - {sip: central@contoso.com, site: redmond}\n"
                + "  - {sip: unknown@contoso.com, site: reno, voicePolicy: nobody}\n"
                + "  - {sip: invalid@contoso.com, site: reno, voicePolicy: [sales]}\n");

            PolicyInEffect<VoicePolicy> Of(string sip) => topology.VoicePolicyInEffect(UserNamed(topology, sip));

            Assert.Equal((PolicySource.User, "Tag:sales"), (Of("named@contoso.com").Source, Of("named@contoso.com").Policy!.ToString()));
            Assert.Equal((PolicySource.Site, "Site:reno"), (Of("branch@contoso.com").Source, Of("branch@contoso.com").Policy!.ToString()));
            Assert.Equal((PolicySource.Global, "Global"), (Of("central@contoso.com").Source, Of("central@contoso.com").Policy!.ToString()));
            Assert.True(Of("unknown@contoso.com").IsUnknown);
            Assert.Null(Of("unknown@contoso.com").Policy);
            Assert.True(Of("invalid@contoso.com").IsUnknown);
        }

        [Fact]
        public void Without_a_global_object_a_user_has_no_policy_in_effect()
        {
            Topology topology = Bind(TwoSites + "voice:\n  dialPlans: [{scope: site, site: reno}]\nnetwork:\n  locationPolicies: [{scope: site, site: reno}]\nusers:\n  - {sip: a@contoso.com, site: redmond}\n");
            User user = topology.Users.Single();

            Assert.Equal(PolicySource.None, topology.DialPlanInEffect(user).Source);
            Assert.Equal(PolicySource.None, topology.LocationPolicyInEffect(user).Source);
            Assert.Equal(PolicySource.None, topology.VoicePolicyInEffect(user).Source);
        }

        [Fact]
        public void A_v1_pstn_entry_is_read_as_gateways_and_trunks()
        {
            Topology topology = Bind(TwoSites + "gateways:\n  - {fqdn: shared.contoso.com, site: redmond}\n"
                + "pstn:\n"
                + "  - {id: none, site: redmond, connection: sip-trunk, mediationPool: med.contoso.com}\n"
                + "  - {id: one, site: reno, connection: tdm, gateways: [g1.contoso.com], mediationPool: med.contoso.com}\n"
                + "  - {id: two, site: reno, connection: tdm, gateways: [g2.contoso.com, SHARED.contoso.com, g2.contoso.com], mediationPool: med.contoso.com}\n");

            Assert.Equal(new[] { "none", "one", "two/g2.contoso.com", "two/SHARED.contoso.com" }, topology.Trunks.Select(t => t.Name));
            Assert.Equal(new[] { "shared.contoso.com", "g1.contoso.com", "g2.contoso.com" }, topology.Gateways.Select(g => g.Fqdn!.Value));

            Trunk none = topology.Trunks[0];
            Assert.True(none.Gateway.IsAbsent);
            Assert.Equal(ConnectionKind.SipTrunk, none.EffectiveConnection);
            Assert.Equal(SrtpMode.Required, none.EffectiveSrtp);
            Assert.False(none.IsMediaBypassEnabled);
            Assert.Same(topology.PstnConnections[0].Node, none.Node);

            Gateway shared = topology.Gateways[0];
            Assert.Null(shared.PstnConnection);
            Assert.Same(topology.Trunks[3], shared.RootTrunk);
            Gateway g1 = topology.Gateways[1];
            Assert.Same(topology.PstnConnections[1], g1.PstnConnection);
            Assert.Equal("reno", g1.Site.Target!.Id!.Value);
            Assert.Same(topology.PstnConnections[1].Gateways[0], g1.ReportNode);

            Assert.Equal(2, topology.TrunksByName["TWO"].Count);
            Assert.Equal(2, topology.PstnConnections[2].Trunks.Count);
        }

        [Fact]
        public void A_route_naming_a_pstn_id_uses_every_trunk_read_from_it_and_carries_when_one_resolves()
        {
            Topology topology = Bind(TwoSites + "pstn:\n  - {id: two, site: reno, connection: tdm, gateways: [g1.contoso.com, g2.contoso.com], mediationPool: med.contoso.com}\n"
                + "voice:\n  routes:\n"
                + "    - {name: all, pattern: '^1$', trunks: [two]}\n"
                + "    - {name: none, pattern: '^1$', trunks: [missing]}\n"
                + "    - {name: empty, pattern: '^1$'}\n");

            Assert.Equal(new[] { "two/g1.contoso.com", "two/g2.contoso.com" }, topology.Routes[0].ResolvedTrunks.Select(t => t.Name));
            Assert.Equal(new[] { true, false, false }, topology.Routes.Select(r => r.IsCarrying));
            Assert.False(topology.Routes[1].Trunks[0].IsResolved);
        }

        [Fact]
        public void Trunk_site_is_its_gateways_site_or_the_pstn_entrys_site()
        {
            Topology topology = Bind(TwoSites + "gateways:\n  - {fqdn: gw.contoso.com, site: reno}\n"
                + "pstn:\n  - {id: p, site: redmond, connection: tdm, gateways: [gw.contoso.com], mediationPool: med.contoso.com}\n"
                + "trunks:\n  - {name: t, gateway: gw.contoso.com, mediationPool: med.contoso.com, transport: tls, srtp: optional, mediaBypass: true, gatewayPort: 5067}\n"
                + "  - {name: u, gateway: missing.contoso.com, mediationPool: med.contoso.com}\n");

            Trunk written = topology.Trunks.Single(t => t.Name == "t");
            Assert.Equal("reno", written.Site!.Id!.Value);
            Assert.Equal((TrunkTransport.Tls, SrtpMode.Optional, true, 5067L), (written.Transport.Value!.Value, written.EffectiveSrtp!.Value, written.IsMediaBypassEnabled, written.GatewayPort.Value!.Value));
            Assert.Equal("redmond", topology.Trunks.Single(t => t.Name == "p").Site!.Id!.Value);
            Assert.Null(topology.Trunks.Single(t => t.Name == "u").Site);
            Assert.Same(written, topology.Gateways.Single().RootTrunk);
        }

        [Theory]
        [InlineData("", false, "edge1", "edge1")]
        [InlineData(", edgePool: edge2.contoso.com", true, "edge2", "(none)")]
        [InlineData(", edgePool: gone.contoso.com", false, "(none)", "(none)")]
        public void Edge_association_is_the_written_edge_pool_or_the_only_one(string written, bool secondEdgePool, string fe2Edge, string feEdge)
        {
            Topology topology = Bind(TwoSites
                + "  - {fqdn: edge1.contoso.com, role: edge, site: redmond, servers: [{fqdn: e1.contoso.com}]}\n"
                + "  - {fqdn: fe2.contoso.com, role: front-end, site: redmond" + written + ", servers: [{fqdn: fe21.contoso.com}]}\n"
                + (secondEdgePool ? "  - {fqdn: edge2.contoso.com, role: edge, site: redmond, servers: [{fqdn: e2.contoso.com}]}\n" : string.Empty));

            static string Name(Pool? pool) => pool?.Fqdn!.Value.Split('.')[0] ?? "(none)";

            Assert.Equal(fe2Edge, Name(topology.PoolsByFqdn["fe2.contoso.com"].AssociatedEdgePool));
            Assert.Equal(feEdge, Name(topology.PoolsByFqdn["fe.contoso.com"].AssociatedEdgePool));
            Assert.Null(topology.PoolsByFqdn["med.contoso.com"].AssociatedEdgePool);
        }

        [Fact]
        public void Homed_is_the_larger_of_planned_and_registered_users_and_load_adds_backed_up_branches()
        {
            Topology topology = Bind(Head + "sites: [{id: redmond, kind: central}, {id: reno, kind: branch}]\npools:\n"
                + "  - {fqdn: fe.contoso.com, role: front-end, site: redmond, plannedUsers: 1, servers: [{fqdn: fe1.contoso.com}, {fqdn: fe2.contoso.com}, {fqdn: FE1.contoso.com}]}\n"
                + "  - {fqdn: sba.contoso.com, role: survivable-branch-appliance, site: reno, backupPool: fe.contoso.com, plannedUsers: 500, servers: [{fqdn: sba1.contoso.com}]}\n"
                + "  - {fqdn: sbs.contoso.com, role: survivable-branch-server, site: reno, backupPool: fe.contoso.com, servers: [{fqdn: sbs1.contoso.com}]}\n"
                + "  - {fqdn: med.contoso.com, role: mediation, site: redmond, plannedUsers: 900, servers: [{fqdn: m1.contoso.com}]}\n"
                + "users:\n"
                + "  - {sip: a@contoso.com, registrarPool: fe.contoso.com}\n  - {sip: b@contoso.com, registrarPool: FE.contoso.com}\n"
                + "  - {sip: c@contoso.com, registrarPool: sbs.contoso.com}\n  - {sip: d@contoso.com, registrarPool: sba.contoso.com}\n");

            Pool fe = topology.PoolsByFqdn["fe.contoso.com"];
            Assert.Equal(2, fe.Homed);
            Assert.Equal(500, topology.PoolsByFqdn["sba.contoso.com"].Homed);
            Assert.Equal(1, topology.PoolsByFqdn["sbs.contoso.com"].Homed);
            Assert.Equal(2 + 500 + 1, fe.Load);
            Assert.Equal(0, topology.PoolsByFqdn["med.contoso.com"].Homed);
            Assert.Equal(0, topology.PoolsByFqdn["sba.contoso.com"].Load);
            Assert.Equal(2, fe.Servers.Count);
        }

        [Fact]
        public void A_branch_is_associated_with_its_central_site_or_the_only_one()
        {
            Topology one = Bind(Head + "sites:\n  - {id: redmond, kind: central}\n  - {id: reno, kind: branch}\n  - {id: tahoe, kind: branch, centralSite: gone}\n  - {id: odd}\n");
            Topology two = Bind(Head + "sites:\n  - {id: redmond, kind: central}\n  - {id: dallas, kind: central}\n  - {id: reno, kind: branch}\n  - {id: waco, kind: branch, centralSite: dallas}\n");

            Assert.Same(one.SitesById["redmond"], one.SitesById["reno"].AssociatedCentralSite);
            Assert.Null(one.SitesById["tahoe"].AssociatedCentralSite);
            Assert.Null(one.SitesById["odd"].AssociatedCentralSite);
            Assert.False(one.SitesById["odd"].IsCentral || one.SitesById["odd"].IsBranch);
            Assert.Null(one.SitesById["redmond"].AssociatedCentralSite);
            Assert.Null(two.SitesById["reno"].AssociatedCentralSite);
            Assert.Same(two.SitesById["dallas"], two.SitesById["waco"].AssociatedCentralSite);
        }

        [Theory]
        [InlineData("", false)]
        [InlineData("network:\n  locationPolicies: [{scope: global, enhancedEmergencyServices: false}]\n", false)]
        [InlineData("network:\n  locationPolicies: [{scope: global}, {scope: user, name: x, enhancedEmergencyServices: true}]\n", true)]
        public void Enhanced_emergency_services_are_in_use_when_a_location_policy_enables_them(string network, bool inUse)
        {
            Assert.Equal(inUse, Bind(Head + network).IsEnhancedEmergencyServicesInUse);
        }

        [Fact]
        public void Network_defaults_and_sections_are_read()
        {
            Topology topology = Bind(Head + "network: {callAdmissionControl: true}\nsimpleUrls:\n  meet: [{domain: contoso.com, url: 'https://meet.contoso.com'}]\n  dialin: 'https://dialin.contoso.com'\n");

            Assert.Equal(MediaBypassMode.Disabled, topology.Network.Value!.EffectiveMediaBypass);
            Assert.True(topology.Network.Value.CallAdmissionControl.IsTrue);
            Assert.Equal("contoso.com", topology.SimpleUrls.Value!.Meet.Single().Domain.Target!.Value);
            Assert.Equal("https://dialin.contoso.com", topology.SimpleUrls.Value.Dialin.Text);
            Assert.True(topology.SimpleUrls.Value.Admin.IsAbsent);
            Assert.True(Bind(Head).Network.IsAbsent);
        }
    }
}
