using System.Collections.Generic;
using System.Linq;
using TopologyLint.Model;
using TopologyLint.Syntax;
using Xunit;

namespace TopologyLint.Core.Tests.Model
{
    /// <summary>The <see cref="Identifiers"/> table that tools read without binding agrees with what the binder resolves.</summary>
    public class IdentifiersTests
    {
        // Every reference path once, each naming nothing; every definition path that TL0004 covers, twice.
        private const string Document = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\n"
            + "sites:\n  - {id: redmond, kind: central}\n  - {id: reno, kind: branch, centralSite: x-site-1}\n  - {id: reno, kind: branch}\n"
            + "pools:\n"
            + "  - {fqdn: fe.contoso.com, role: front-end, site: x-site-2, backupPool: x1.contoso.com, edgePool: x2.contoso.com, servers: [{fqdn: s.contoso.com}, {fqdn: S.contoso.com}]}\n"
            + "  - {fqdn: FE.contoso.com, role: front-end, site: redmond, servers: [{fqdn: t.contoso.com}]}\n"
            + "reverseProxies:\n  - {fqdn: rp.contoso.com, site: x-site-3, publishes: [x3.contoso.com]}\n"
            + "pstn:\n  - {id: p, site: x-site-4, connection: tdm, gateways: [gw.contoso.com], mediationPool: x4.contoso.com}\n  - {id: p, site: redmond, connection: tdm}\n"
            + "gateways:\n  - {fqdn: g.contoso.com, site: x-site-5}\n  - {fqdn: G.contoso.com, site: redmond}\n"
            + "trunks:\n  - {name: t, gateway: x5.contoso.com, mediationPool: x6.contoso.com}\n  - {name: T, gateway: g.contoso.com, mediationPool: fe.contoso.com}\n"
            + "clients:\n  - {product: lync-2013, site: x-site-6, count: 1}\n"
            + "voice:\n  pstnUsages: [Local, local]\n"
            + "  dialPlans: [{scope: site, site: x-site-7}, {scope: user, name: d}, {scope: user, name: D}]\n"
            + "  voicePolicies: [{scope: site, site: x-site-8, pstnUsages: [x-usage-1]}, {scope: user, name: v}, {scope: user, name: V}]\n"
            + "  routes: [{name: r, pattern: x, pstnUsages: [x-usage-2], trunks: [x-trunk]}, {name: R, pattern: x}]\n"
            + "network:\n"
            + "  locationPolicies: [{scope: site, site: x-site-9, pstnUsage: x-usage-3}, {scope: user, name: l}, {scope: user, name: L}]\n"
            + "  regions: [{id: na, centralSite: x-site-10}, {id: na}]\n"
            + "  sites: [{id: campus, region: x-region, locationPolicy: x-policy-1}, {id: campus}]\n"
            + "  subnets: [{subnet: 10.0.0.0/8, site: x-network-site}]\n"
            + "simpleUrls:\n  meet: [{domain: x-domain.com, url: u}]\n"
            + "users:\n  - {sip: a@contoso.com, site: x-site-11, registrarPool: x7.contoso.com, dialPlan: x-plan, voicePolicy: x-policy-2, locationPolicy: x-policy-3}\n";

        private static (Topology Topology, MappingNode Root) Bind()
        {
            MappingNode root = ParsedMappings.Parse(Document, "/t/a.topology.yaml");
            return (Binder.Bind(root, Enumerable.Empty<MappingNode>()), root);
        }

        private static string Place(ScalarNode node) => node.Span.Start + ":" + node.Value;

        [Fact]
        public void Every_unresolved_reference_is_on_a_reference_path_and_every_reference_path_is_resolved_by_the_binder()
        {
            (Topology topology, MappingNode root) = Bind();
            List<IdentifierOccurrence> references = Identifiers.In(root).Where(o => !o.Path.IsDefinition).ToList();

            string[] unresolved = topology.UnresolvedReferences.Select(r => Place(r.Node)).OrderBy(p => p, System.StringComparer.Ordinal).ToArray();
            string[] deliberatelyUnresolved = references.Where(o => o.Node.Value.StartsWith('x')).Select(o => Place(o.Node)).OrderBy(p => p, System.StringComparer.Ordinal).ToArray();

            Assert.Equal(deliberatelyUnresolved, unresolved);
            Assert.Equal(
                Identifiers.Paths.Where(p => !p.IsDefinition).Select(p => p.ToString()).OrderBy(p => p, System.StringComparer.Ordinal),
                references.Where(o => o.Node.Value.StartsWith('x')).Select(o => o.Path.ToString()).Distinct().OrderBy(p => p, System.StringComparer.Ordinal));
        }

        [Fact]
        public void Every_duplicate_the_binder_reports_is_on_a_definition_path_of_its_kind_name_space()
        {
            (Topology topology, MappingNode root) = Bind();
            Dictionary<ScalarNode, IdentifierOccurrence> definitions = Identifiers.In(root).Where(o => o.Path.IsDefinition).ToDictionary(o => o.Node);

            Assert.Equal(13, topology.DuplicateDefinitions.Count);
            foreach (DuplicateDefinition duplicate in topology.DuplicateDefinitions)
            {
                IdentifierOccurrence later = definitions[duplicate.Duplicate];
                IdentifierOccurrence first = definitions[duplicate.First];
                Assert.True(Identifiers.AreSame(later.Path.Kind, later.Node.Value, first.Path.Kind, first.Node.Value), duplicate.Kind);
            }
        }
    }
}
