using System;
using System.Collections.Generic;
using TopologyLint.Syntax;
using static TopologyLint.Model.MappingFields;

namespace TopologyLint.Model
{
    /// <summary>
    /// Turns node trees into the typed model and resolves identifiers and references once.
    /// Values that do not have the schema's type or enum are bound as absent values; the schema
    /// check reports them.
    /// </summary>
    public static class Binder
    {
        public static Topology Bind(MappingNode root, IEnumerable<MappingNode> fragments)
        {
            var topology = new Topology(root);
            topology.Name = String(root, "topology");
            topology.SipDomains = Strings(Sequence(root, "sipDomains"));
            if (Mapping(root, "activeDirectory") is { } ad)
            {
                var administrators = new List<Administrator>();
                foreach (MappingNode admin in Mappings(Sequence(ad, "administrators")))
                {
                    administrators.Add(new Administrator(admin, String(admin, "account"), Strings(Sequence(admin, "groups"))));
                }

                topology.ActiveDirectory = new ActiveDirectory(ad, String(ad, "forest"), Boolean(ad, "prepared"), Sequence(ad, "administrators"), administrators);
            }

            if (Mapping(root, "pki") is { } pki)
            {
                topology.Pki = new Pki(pki, Mapping(pki, "certificationAuthority"));
            }

            if (Mapping(root, "exchange") is { } exchange)
            {
                topology.Exchange = new Exchange(exchange, Enum<ExchangeVersion>(exchange, "version"), Integer(exchange, "servicePack"), Boolean(exchange, "unifiedMessaging"));
            }

            var documents = new List<MappingNode> { root };
            documents.AddRange(fragments);
            var fqdns = new Dictionary<string, ScalarNode>(StringComparer.OrdinalIgnoreCase);

            // Sites and pools first: everything else refers to them.
            foreach (MappingNode document in documents)
            {
                BindSites(topology, document);
            }

            foreach (MappingNode document in documents)
            {
                BindPools(topology, document, fqdns);
            }

            var pstnIds = new Dictionary<string, PstnConnection>(StringComparer.Ordinal);

            // Sized once: a large topology is nearly all users, and growing these is the binder's largest copy.
            int userCount = 0;
            foreach (MappingNode document in documents)
            {
                userCount += Sequence(document, "users")?.Items.Count ?? 0;
            }

            var sips = new Dictionary<string, User>(userCount, StringComparer.OrdinalIgnoreCase);
            topology.Users.Capacity = userCount;
            foreach (MappingNode document in documents)
            {
                BindRest(topology, document, fqdns, pstnIds, sips);
            }

            return topology;
        }

        private static void BindSites(Topology topology, MappingNode document)
        {
            foreach (MappingNode node in Mappings(Sequence(document, "sites")))
            {
                ScalarNode? id = String(node, "id");
                string? idText = id?.Value;
                if (IsDuplicate(topology, topology.SitesById, idText, node, "id", "site id", s => s.Id!))
                {
                    continue;
                }

                Emergency? emergency = null;
                if (Mapping(node, "emergency") is { } e)
                {
                    SequenceNode? access = Sequence(e, "alternativeAccess");
                    SequenceNode? numbers = Sequence(e, "numbers");
                    emergency = new Emergency(e, access, Enums<AlternativeAccess>(access), numbers, Strings(numbers), Boolean(e, "locationInformation"));
                }

                var site = new Site(node, id, Enum<SiteKind>(node, "kind"), Mapping(node, "address"), emergency);
                topology.Sites.Add(site);
                if (idText != null)
                {
                    topology.SitesById.Add(idText, site);
                }
            }
        }

        private static void BindPools(Topology topology, MappingNode document, Dictionary<string, ScalarNode> fqdns)
        {
            foreach (MappingNode node in Mappings(Sequence(document, "pools")))
            {
                ScalarNode? fqdn = String(node, "fqdn");
                if (IsDuplicateFqdn(topology, fqdns, fqdn, "pool fqdn"))
                {
                    continue;
                }

                SequenceNode? services = Sequence(node, "edgeServices");
                var pool = new Pool(node, fqdn, Enum<PoolRole>(node, "role"), SiteReference(topology, node), Enum<PoolEdition>(node, "edition"), services, Enums<EdgeService>(services));
                foreach (MappingNode serverNode in Mappings(Sequence(node, "servers")))
                {
                    ScalarNode? serverFqdn = String(serverNode, "fqdn");
                    if (IsDuplicateFqdn(topology, fqdns, serverFqdn, "server fqdn"))
                    {
                        continue;
                    }

                    OperatingSystemInfo? os = Mapping(serverNode, "os") is { } osNode
                        ? new OperatingSystemInfo(osNode, Enum<OperatingSystemName>(osNode, "name"), Enum<OperatingSystemEdition>(osNode, "edition"), Enum<ProcessorArchitecture>(osNode, "architecture"))
                        : null;
                    pool.AddServer(new Server(serverNode, pool, serverFqdn, os, Boolean(serverNode, "domainMember")));
                }

                topology.Pools.Add(pool);
                if (fqdn != null)
                {
                    topology.PoolsByFqdn.Add(fqdn.Value, pool);
                }
            }
        }

        private static void BindRest(Topology topology, MappingNode document, Dictionary<string, ScalarNode> fqdns, Dictionary<string, PstnConnection> pstnIds, Dictionary<string, User> sips)
        {
            foreach (MappingNode node in Mappings(Sequence(document, "reverseProxies")))
            {
                ScalarNode? fqdn = String(node, "fqdn");
                if (IsDuplicateFqdn(topology, fqdns, fqdn, "reverse proxy fqdn"))
                {
                    continue;
                }

                var publishes = new List<Reference<Pool>>();
                foreach (ScalarNode name in Strings(Sequence(node, "publishes")))
                {
                    publishes.Add(PoolReference(topology, name, mediationOnly: false));
                }

                topology.ReverseProxies.Add(new ReverseProxy(node, fqdn, SiteReference(topology, node), publishes));
            }

            foreach (MappingNode node in Mappings(Sequence(document, "pstn")))
            {
                ScalarNode? id = String(node, "id");
                string? idText = id?.Value;
                if (IsDuplicate(topology, pstnIds, idText, node, "id", "PSTN connection id", p => p.Id!))
                {
                    continue;
                }

                SequenceNode? gateways = Sequence(node, "gateways");
                Reference<Pool>? mediationPool = String(node, "mediationPool") is { } poolName ? PoolReference(topology, poolName, mediationOnly: true) : null;
                var connection = new PstnConnection(node, id, SiteReference(topology, node), Enum<ConnectionKind>(node, "connection"), gateways, Strings(gateways), mediationPool);
                topology.PstnConnections.Add(connection);
                if (idText != null)
                {
                    pstnIds.Add(idText, connection);
                }
            }

            foreach (MappingNode node in Mappings(Sequence(document, "clients")))
            {
                topology.Clients.Add(new ClientDeployment(node, Enum<ClientProduct>(node, "product"), SiteReference(topology, node), Integer(node, "count")));
            }

            foreach (MappingNode node in Mappings(Sequence(document, "users")))
            {
                // Read as text, not as nodes: every user is visited, and a node is made only for what is reported.
                string? sipText = StringText(node, "sip");
                if (IsDuplicate(topology, sips, sipText, node, "sip", "user sip", u => u.Sip!))
                {
                    continue;
                }

                var user = new User(node, SiteNamed(topology, StringText(node, "site"), node));
                topology.Users.Add(user);
                if (sipText != null)
                {
                    sips.Add(sipText, user);
                }
            }
        }

        /// <summary>Whether <paramref name="idText"/>, the string value of <paramref name="key"/> in <paramref name="item"/>, is known; a duplicate is recorded.</summary>
        private static bool IsDuplicate<T>(Topology topology, Dictionary<string, T> known, string? idText, MappingNode item, string key, string kind, Func<T, ScalarNode> idOf)
        {
            if (idText != null && known.TryGetValue(idText, out T? first))
            {
                topology.DuplicateDefinitions.Add(new DuplicateDefinition(kind, String(item, key)!, idOf(first!)));
                return true;
            }

            return false;
        }

        private static bool IsDuplicateFqdn(Topology topology, Dictionary<string, ScalarNode> fqdns, ScalarNode? fqdn, string kind)
        {
            if (fqdn == null)
            {
                return false;
            }

            if (fqdns.TryGetValue(fqdn.Value, out ScalarNode? first))
            {
                topology.DuplicateDefinitions.Add(new DuplicateDefinition(kind, fqdn, first));
                return true;
            }

            fqdns.Add(fqdn.Value, fqdn);
            return false;
        }

        private static Reference<Site>? SiteReference(Topology topology, MappingNode item)
            => String(item, "site") is { } name ? new Reference<Site>(name, SiteNamed(topology, name.Value, item)) : null;

        /// <summary>The site named <paramref name="name"/>, the <c>site</c> of <paramref name="item"/>, or null; a name that resolves to no site is recorded (TL0003).</summary>
        private static Site? SiteNamed(Topology topology, string? name, MappingNode item)
        {
            if (name == null)
            {
                return null;
            }

            if (topology.SitesById.TryGetValue(name, out Site? site))
            {
                return site;
            }

            topology.UnresolvedReferences.Add(new UnresolvedReference(String(item, "site")!, "names no site"));
            return null;
        }

        private static Reference<Pool> PoolReference(Topology topology, ScalarNode name, bool mediationOnly)
        {
            if (!topology.PoolsByFqdn.TryGetValue(name.Value, out Pool? pool))
            {
                topology.UnresolvedReferences.Add(new UnresolvedReference(name, "names no pool"));
                return new Reference<Pool>(name, null);
            }

            if (mediationOnly && pool.Role.Value is PoolRole role && role != PoolRole.Mediation && role != PoolRole.FrontEnd)
            {
                topology.UnresolvedReferences.Add(new UnresolvedReference(name, $"names a {DocumentNames<PoolRole>.NameOf(role)} pool, which cannot serve as a Mediation pool (use a mediation pool or a front-end pool with collocated Mediation)"));
                return new Reference<Pool>(name, null);
            }

            return new Reference<Pool>(name, pool);
        }

        private static IReadOnlyList<Field<TEnum>> Enums<TEnum>(SequenceNode? sequence)
            where TEnum : struct, System.Enum
        {
            var fields = new List<Field<TEnum>>();
            foreach (ScalarNode item in Strings(sequence))
            {
                fields.Add(EnumField<TEnum>(item));
            }

            return fields;
        }

        private static List<ScalarNode> Strings(SequenceNode? sequence)
        {
            var strings = new List<ScalarNode>();
            if (sequence != null)
            {
                foreach (DocumentNode item in sequence.Items)
                {
                    if (item is ScalarNode { Type: ScalarType.String } scalar)
                    {
                        strings.Add(scalar);
                    }
                }
            }

            return strings;
        }

        private static IEnumerable<MappingNode> Mappings(SequenceNode? sequence)
        {
            if (sequence == null)
            {
                yield break;
            }

            foreach (DocumentNode item in sequence.Items)
            {
                if (item is MappingNode mapping)
                {
                    yield return mapping;
                }
            }
        }
    }
}
