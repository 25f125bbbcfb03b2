using System;
using System.Collections.Generic;
using System.Linq;
using TopologyLint.Syntax;
using static TopologyLint.Model.MappingFields;

namespace TopologyLint.Model
{
    /// <summary>The DSL v2 additions (TOPOLOGY-v2 S, A, B): pool and site keys, gateways, trunks, voice, network, simple URLs.</summary>
    public static partial class Binder
    {
        private const string NotFrontEnd = "not a front-end pool";

        /// <summary>The pool keys of B.2, and the references between pools, once every pool is known.</summary>
        private static void ResolvePoolReferences(Topology topology, List<Pool> pools)
        {
            int edgePools = 0;
            Pool? edge = null;
            bool anyEdgePoolWritten = false;
            foreach (Pool pool in pools)
            {
                pool.Virtual = Boolean(pool.Node, "virtual");
                pool.PlannedUsers = Integer(pool.Node, "plannedUsers");
                pool.ExternalWebFqdn = Text(pool.Node, "externalWebFqdn");

                // A key written on a pool of another role has no meaning (B.2): it is neither resolved nor reported.
                if (pool.IsRegistrar)
                {
                    pool.BackupPool = PoolField(pool.Node, "backupPool", name => PoolReference(topology, name, p => p.Role.Value == PoolRole.FrontEnd, NotFrontEnd));
                    if (pool.IsSurvivableBranch && pool.BackupPool.Target is { } backup)
                    {
                        backup.AddBackedUpBranch(pool);
                    }
                }

                if (pool.Role.Value == PoolRole.FrontEnd)
                {
                    pool.EdgePool = PoolField(pool.Node, "edgePool", name => PoolReference(topology, name, p => p.Role.Value == PoolRole.Edge, "not an edge pool"));
                    anyEdgePoolWritten |= !pool.EdgePool.IsAbsent;
                }

                if (pool.Role.Value == PoolRole.Edge)
                {
                    edgePools++;
                    edge = pool;
                }
            }

            topology.OnlyEdgePool = edgePools == 1 ? edge : null;
            Pool? implied = anyEdgePoolWritten ? null : topology.OnlyEdgePool;
            foreach (Pool pool in pools)
            {
                if (pool.Role.Value == PoolRole.FrontEnd)
                {
                    pool.AssociatedEdgePool = pool.EdgePool.IsAbsent ? implied : pool.EdgePool.Target;
                }
            }
        }

        /// <summary><c>centralSite</c> (B.1) and each branch site's central site.</summary>
        private static void ResolveSiteAssociations(Topology topology, List<Site> sites)
        {
            Site[] central = sites.Where(s => s.IsCentral).Take(2).ToArray();
            topology.OnlyCentralSite = central.Length == 1 ? central[0] : null;
            foreach (Site site in sites)
            {
                site.CentralSite = SiteReference(topology, site.Node, "centralSite");
                if (site.IsBranch)
                {
                    site.AssociatedCentralSite = site.CentralSite.IsAbsent ? topology.OnlyCentralSite : site.CentralSite.Target;
                }
            }
        }

        private static void BindGateways(Topology topology, MappingNode document, List<Gateway> gateways)
        {
            foreach (MappingNode node in Mappings(Sequence(document, "gateways")))
            {
                ScalarNode? fqdn = String(node, "fqdn");
                var gateway = new Gateway(node, fqdn, SiteReference(topology, node), null);
                if (Define(topology, topology.GatewaysByFqdnTable, fqdn, "gateway fqdn", g => g.Fqdn!, gateway))
                {
                    gateways.Add(gateway);
                }
            }
        }

        private static void BindTrunks(Topology topology, MappingNode document, List<Trunk> trunks)
        {
            foreach (MappingNode node in Mappings(Sequence(document, "trunks")))
            {
                ScalarNode? name = String(node, "name");
                if (name != null && topology.TrunksByNameTable.TryGetValue(name.Value, out IReadOnlyList<Trunk>? first))
                {
                    topology.DuplicateDefinitionList.Add(new DuplicateDefinition("trunk name", name, first[0].NameNode!));
                    continue;
                }

                Reference<Gateway> gateway = Named(topology, node, "gateway", topology.GatewaysByFqdn, "names no gateway (a gateways[] item or a gateway of a pstn[] entry)");
                var trunk = new Trunk(node, name?.Value, name, gateway, PoolField(node, "mediationPool", n => MediationPoolReference(topology, n)), Enum<ConnectionKind>(node, "connection"), null)
                {
                    GatewayPort = Integer(node, "gatewayPort"),
                    MediationPort = Integer(node, "mediationPort"),
                    Transport = Enum<TrunkTransport>(node, "transport"),
                    MediaBypass = Boolean(node, "mediaBypass"),
                    Srtp = Enum<SrtpMode>(node, "srtp"),
                    TranslationRules = NumberRules(topology, node, "translationRules", "translation rule name"),
                };
                trunks.Add(trunk);
                gateway.Target?.AddTrunk(trunk);
                if (name != null)
                {
                    topology.TrunksByNameTable.Add(name.Value, new[] { trunk });
                }
            }
        }

        /// <summary>
        /// Reads each v1 <c>pstn[]</c> entry's gateways (TOPOLOGY-v2 A.3, 1), after every <c>gateways[]</c> item and before
        /// any trunk names one; returns each entry's distinct peers, in entry order.
        /// </summary>
        private static List<List<(ScalarNode Fqdn, Gateway Gateway)>> ReadPstnGateways(Topology topology, List<PstnConnection> connections, List<Gateway> gateways)
        {
            var peersOfEntries = new List<List<(ScalarNode Fqdn, Gateway Gateway)>>(connections.Count);
            foreach (PstnConnection connection in connections)
            {
                // A gateway listed twice in one entry is read once; one already defined is referred to.
                var peers = new List<(ScalarNode Fqdn, Gateway Gateway)>();
                foreach (ScalarNode fqdn in connection.Gateways)
                {
                    if (peers.Any(p => string.Equals(p.Fqdn.Value, fqdn.Value, StringComparison.OrdinalIgnoreCase)))
                    {
                        continue;
                    }

                    if (!topology.GatewaysByFqdnTable.TryGetValue(fqdn.Value, out Gateway? gateway))
                    {
                        gateway = new Gateway(null, fqdn, connection.Site, connection);
                        topology.GatewaysByFqdnTable.Add(fqdn.Value, gateway);
                        gateways.Add(gateway);
                    }

                    peers.Add((fqdn, gateway));
                }

                peersOfEntries.Add(peers);
            }

            return peersOfEntries;
        }

        /// <summary>Reads each v1 <c>pstn[]</c> entry as trunks (TOPOLOGY-v2 A.3, 2), after every <c>trunks[]</c> item.</summary>
        private static void ReadPstnTrunks(Topology topology, List<PstnConnection> connections, List<List<(ScalarNode Fqdn, Gateway Gateway)>> peersOfEntries, List<Trunk> trunks)
        {
            for (int i = 0; i < connections.Count; i++)
            {
                PstnConnection connection = connections[i];
                List<(ScalarNode Fqdn, Gateway Gateway)> peers = peersOfEntries[i];

                // The entry's id is a trunk name; a trunks[] item of that name comes first and wins (TL0004).
                ScalarNode? id = connection.Id;
                if (id != null && topology.TrunksByNameTable.TryGetValue(id.Value, out IReadOnlyList<Trunk>? first))
                {
                    topology.DuplicateDefinitionList.Add(new DuplicateDefinition("trunk name", id, first[0].NameNode!));
                    continue;
                }

                if (peers.Count == 0)
                {
                    AddPstnTrunk(connection, id?.Value, default, null, trunks);
                }
                else
                {
                    foreach ((ScalarNode fqdn, Gateway gateway) in peers)
                    {
                        string? name = peers.Count == 1 ? id?.Value : id?.Value + "/" + fqdn.Value;
                        Trunk trunk = AddPstnTrunk(connection, name, new TextField(Presence.Valid, fqdn), gateway, trunks);
                        if (peers.Count > 1 && name != null && !topology.TrunksByNameTable.ContainsKey(name))
                        {
                            topology.TrunksByNameTable.Add(name, new[] { trunk });
                        }
                    }
                }

                if (id != null)
                {
                    topology.TrunksByNameTable.Add(id.Value, connection.Trunks);
                }
            }
        }

        private static Trunk AddPstnTrunk(PstnConnection connection, string? name, TextField gatewayName, Gateway? gateway, List<Trunk> trunks)
        {
            var trunk = new Trunk(connection.Node, name, connection.Id, new Reference<Gateway>(gatewayName, gateway), connection.MediationPool, connection.Connection, connection);
            trunks.Add(trunk);
            connection.AddTrunk(trunk);
            gateway?.AddTrunk(trunk);
            return trunk;
        }

        private static Voice BindVoice(Topology topology, MappingNode node)
        {
            var voice = new Voice(node);
            voice.PstnUsages = List(node, "pstnUsages", list =>
            {
                var usages = new List<PstnUsage>();
                foreach (ScalarNode name in Strings(list))
                {
                    var usage = new PstnUsage(name);
                    if (Define(topology, topology.PstnUsagesByNameTable, name, "PSTN usage", u => u.Name, usage))
                    {
                        usages.Add(usage);
                    }
                }

                return usages;
            });

            voice.DialPlans = Scoped(topology, node, "dialPlans", topology.DialPlanScopes, "dial plan", (item, scope, site, name) =>
                new DialPlan(item, scope, site, name, NumberRules(topology, item, "normalizationRules", "normalization rule name")));
            voice.VoicePolicies = Scoped(topology, node, "voicePolicies", topology.VoicePolicyScopes, "voice policy", (item, scope, site, name) =>
                new VoicePolicy(item, scope, site, name, UsageList(topology, item, "pstnUsages")));

            var routeNames = new Dictionary<string, Route>(StringComparer.OrdinalIgnoreCase);
            voice.Routes = List(node, "routes", list =>
            {
                var routes = new List<Route>();
                foreach (MappingNode item in Mappings(list))
                {
                    ScalarNode? name = String(item, "name");
                    ItemList<TrunkReference> trunkNames = List(item, "trunks", names => Strings(names).Select(trunkName =>
                        new TrunkReference(trunkName, Lookup(topology, trunkName, topology.TrunksByName, "names no trunk (a trunks[] name or a pstn[] id)") ?? Array.Empty<Trunk>())).ToList());
                    var route = new Route(item, name, String(item, "pattern"), UsageList(topology, item, "pstnUsages"), trunkNames);
                    if (Define(topology, routeNames, name, "route name", r => r.Name!, route))
                    {
                        routes.Add(route);
                    }
                }

                return routes;
            });
            return voice;
        }

        private static Network BindNetwork(Topology topology, MappingNode node)
        {
            var network = new Network(node, Enum<MediaBypassMode>(node, "mediaBypass"), Boolean(node, "callAdmissionControl"));

            // Location policies first: network sites (and users) name them.
            network.LocationPolicies = Scoped(topology, node, "locationPolicies", topology.LocationPolicyScopes, "location policy", (item, scope, site, name) =>
                new LocationPolicy(item, scope, site, name)
                {
                    EnhancedEmergencyServices = Boolean(item, "enhancedEmergencyServices"),
                    EmergencyDialString = Text(item, "emergencyDialString"),
                    EmergencyDialMasks = List(item, "emergencyDialMasks", Strings),
                    PstnUsage = Named(topology, item, "pstnUsage", topology.PstnUsagesByName, NoUsage),
                });

            network.Regions = List(node, "regions", list =>
            {
                var regions = new List<Region>();
                foreach (MappingNode item in Mappings(list))
                {
                    ScalarNode? id = String(item, "id");
                    var region = new Region(item, id, SiteReference(topology, item, "centralSite"));
                    if (Define(topology, topology.RegionsByIdTable, id, "network region id", r => r.Id!, region))
                    {
                        regions.Add(region);
                    }
                }

                return regions;
            });

            network.Sites = List(node, "sites", list =>
            {
                var sites = new List<NetworkSite>();
                foreach (MappingNode item in Mappings(list))
                {
                    ScalarNode? id = String(item, "id");
                    var site = new NetworkSite(
                        item,
                        id,
                        Named(topology, item, "region", topology.RegionsById, "names no network region"),
                        Named(topology, item, "locationPolicy", topology.LocationPolicyScopes.ByName, "names no user-scope location policy"));
                    if (Define(topology, topology.NetworkSitesByIdTable, id, "network site id", s => s.Id!, site))
                    {
                        sites.Add(site);
                    }
                }

                return sites;
            });

            var cidrs = new Dictionary<string, Subnet>(StringComparer.Ordinal);
            network.Subnets = List(node, "subnets", list =>
            {
                var subnets = new List<Subnet>();
                foreach (MappingNode item in Mappings(list))
                {
                    ScalarNode? cidr = String(item, "subnet");
                    var subnet = new Subnet(item, cidr, Named(topology, item, "site", topology.NetworkSitesById, "names no network site"));
                    if (Define(topology, cidrs, cidr, "subnet", s => s.Cidr!, subnet))
                    {
                        subnets.Add(subnet);
                    }
                }

                return subnets;
            });
            return network;
        }

        private static SimpleUrls BindSimpleUrls(Topology topology, MappingNode node)
        {
            var domains = new Dictionary<string, ScalarNode>(StringComparer.OrdinalIgnoreCase);
            foreach (ScalarNode domain in topology.SipDomains)
            {
                if (!domains.ContainsKey(domain.Value))
                {
                    domains.Add(domain.Value, domain);
                }
            }

            ItemList<MeetUrl> meet = List(node, "meet", list => Mappings(list)
                .Select(item => new MeetUrl(item, Named(topology, item, "domain", domains, "names no SIP domain of sipDomains"), Text(item, "url")))
                .ToList());
            return new SimpleUrls(node, meet, Text(node, "dialin"), Text(node, "admin"));
        }

        /// <summary>A user's v2 references (S, A.5, B.5); null, and nothing looked up, for a user that writes none of them.</summary>
        private static UserVoiceTargets? BindUserVoice(Topology topology, MappingNode node)
        {
            if (!WritesUserVoiceKey(node))
            {
                return null;
            }

            ScalarNode? registrarPool = String(node, "registrarPool");
            ScalarNode? dialPlan = String(node, "dialPlan");
            ScalarNode? voicePolicy = String(node, "voicePolicy");
            ScalarNode? locationPolicy = String(node, "locationPolicy");
            var targets = new UserVoiceTargets();
            if (registrarPool != null)
            {
                targets.RegistrarPool = PoolReference(topology, registrarPool, p => p.IsRegistrar, "which cannot home users (use a front-end, survivable-branch-appliance or survivable-branch-server pool)").Target;
                targets.RegistrarPool?.AddRegisteredUser();
            }

            targets.DialPlan = dialPlan == null ? null : Lookup(topology, dialPlan, topology.DialPlanScopes.ByName, "names no user-scope dial plan");
            targets.VoicePolicy = voicePolicy == null ? null : Lookup(topology, voicePolicy, topology.VoicePolicyScopes.ByName, "names no user-scope voice policy");
            targets.LocationPolicy = locationPolicy == null ? null : Lookup(topology, locationPolicy, topology.LocationPolicyScopes.ByName, "names no user-scope location policy");
            return targets;
        }

        /// <summary>Whether the user writes <c>registrarPool</c>, <c>dialPlan</c>, <c>voicePolicy</c> or <c>locationPolicy</c>: one pass over its entries (this visits every user).</summary>
        private static bool WritesUserVoiceKey(MappingNode node)
        {
            foreach (MappingEntry entry in node.Entries)
            {
                if (entry.KeyText is "registrarPool" or "dialPlan" or "voicePolicy" or "locationPolicy")
                {
                    return true;
                }
            }

            return false;
        }

        private const string NoUsage = "names no PSTN usage of voice.pstnUsages";

        private static ItemList<Reference<PstnUsage>> UsageList(Topology topology, MappingNode item, string key)
            => List(item, key, list => Strings(list)
                .Select(name => new Reference<PstnUsage>(new TextField(Presence.Valid, name), Lookup(topology, name, topology.PstnUsagesByName, NoUsage)))
                .ToList());

        /// <summary>Normalization or translation rules: a later rule whose name an earlier one in the same list has is TL0004.</summary>
        private static ItemList<NumberRule> NumberRules(Topology topology, MappingNode item, string key, string kind)
            => List(item, key, list =>
            {
                var names = new Dictionary<string, NumberRule>(StringComparer.OrdinalIgnoreCase);
                var rules = new List<NumberRule>();
                foreach (MappingNode rule in Mappings(list))
                {
                    ScalarNode? name = String(rule, "name");
                    var numberRule = new NumberRule(rule, name, String(rule, "pattern"), String(rule, "translation"));
                    if (Define(topology, names, name, kind, r => r.Name!, numberRule))
                    {
                        rules.Add(numberRule);
                    }
                }

                return rules;
            });

        /// <summary>
        /// Dial plans, voice policies or location policies: each identity (the global one, one per site, one per user-scope
        /// name) defined once; a later one is TL0004 at its <c>scope</c>, <c>site</c> or <c>name</c> value.
        /// </summary>
        private static ItemList<T> Scoped<T>(Topology topology, MappingNode parent, string key, ScopedPolicies<T> scopes, string kind, Func<MappingNode, Field<PolicyScope>, Reference<Site>, ScalarNode?, T> make)
            where T : ScopedPolicy
            => List(parent, key, list =>
            {
                var policies = new List<T>();
                foreach (MappingNode item in Mappings(list))
                {
                    Field<PolicyScope> scope = Enum<PolicyScope>(item, "scope");
                    Reference<Site> site = scope.Value == PolicyScope.Site ? SiteReference(topology, item) : default;
                    ScalarNode? name = scope.Value == PolicyScope.User ? String(item, "name") : null;
                    T policy = make(item, scope, site, name);
                    if (DefineScoped(topology, scopes, policy, kind))
                    {
                        policies.Add(policy);
                    }
                }

                return policies;
            });

        private static bool DefineScoped<T>(Topology topology, ScopedPolicies<T> scopes, T policy, string kind)
            where T : ScopedPolicy
        {
            switch (policy.Scope.Value)
            {
                case PolicyScope.Global:
                    if (scopes.Global != null)
                    {
                        topology.DuplicateDefinitionList.Add(new DuplicateDefinition("global " + kind, policy.Scope.Node!, scopes.Global.Scope.Node!));
                        return false;
                    }

                    scopes.Global = policy;
                    return true;
                case PolicyScope.Site:
                    return Define(topology, scopes.BySiteTable, policy.Site.Node, kind + " of site", p => p.Site.Node!, policy);
                case PolicyScope.User:
                    return Define(topology, scopes.ByNameTable, policy.Name, kind + " name", p => p.Name!, policy);
                default:
                    return true;
            }
        }
    }
}
