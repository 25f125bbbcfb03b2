using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using TopologyLint.Syntax;
using static TopologyLint.Model.MappingFields;

namespace TopologyLint.Model
{
    /// <summary>
    /// Turns node trees into the typed model and resolves identifiers and references once.
    /// Values that do not have the schema's type or enum are bound as absent values; the schema
    /// check reports them.
    /// </summary>
    public static partial class Binder
    {
        /// <summary>Binds a root document and its fragments; <paramref name="cancellationToken"/> is checked before each pass over each document, so a stale bind stops early.</summary>
        public static Topology Bind(MappingNode root, IEnumerable<MappingNode> fragments, CancellationToken cancellationToken = default)
        {
            var topology = new Topology(root);
            topology.Name = String(root, "topology");
            topology.SipDomains = List(root, "sipDomains", Strings);
            topology.ActiveDirectory = Section(root, "activeDirectory", ad => new ActiveDirectory(
                ad,
                String(ad, "forest"),
                Boolean(ad, "prepared"),
                List(ad, "administrators", list => Mappings(list).Select(admin => new Administrator(admin, String(admin, "account"), List(admin, "groups", Strings))).ToList())));
            topology.Pki = Section(root, "pki", pki => new Pki(pki, Section(pki, "certificationAuthority", authority => authority)));
            topology.Exchange = Section(root, "exchange", exchange => new Exchange(exchange, Enum<ExchangeVersion>(exchange, "version"), Integer(exchange, "servicePack"), Boolean(exchange, "unifiedMessaging")));

            var documents = new List<MappingNode> { root };
            documents.AddRange(fragments);
            var fqdns = new Dictionary<string, ScalarNode>(StringComparer.OrdinalIgnoreCase);

            // Sites and pools first: everything else refers to them.
            var sites = new List<Site>();
            topology.Sites = RootList(root, "sites", sites);
            var siteSequences = new SequenceNode?[documents.Count];
            for (int i = 0; i < documents.Count; i++)
            {
                siteSequences[i] = Sequence(documents[i], "sites");
            }

            SiteBinding? reusedSites = ReusableSites(root, siteSequences);
            int siteDuplicatesFrom = topology.DuplicateDefinitionList.Count;
            if (reusedSites != null)
            {
                AddSites(topology, reusedSites, sites);
            }
            else
            {
                foreach (MappingNode document in documents)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    BindSites(topology, document, sites);
                }
            }

            int siteDuplicatesTo = topology.DuplicateDefinitionList.Count;

            var pools = new List<Pool>();
            topology.Pools = RootList(root, "pools", pools);
            foreach (MappingNode document in documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                BindPools(topology, document, fqdns, pools);
            }

            ResolvePoolReferences(topology, pools);
            if (reusedSites != null)
            {
                AddSiteAssociations(topology, reusedSites);
            }
            else
            {
                int unresolvedFrom = topology.UnresolvedReferenceList.Count;
                ResolveSiteAssociations(topology, sites);
                RememberSites(root, new SiteBinding(
                    siteSequences,
                    sites.ToArray(),
                    topology.DuplicateDefinitionList.GetRange(siteDuplicatesFrom, siteDuplicatesTo - siteDuplicatesFrom),
                    topology.UnresolvedReferenceList.GetRange(unresolvedFrom, topology.UnresolvedReferenceList.Count - unresolvedFrom),
                    topology.OnlyCentralSite));
            }

            var pstnIds = new Dictionary<string, PstnConnection>(StringComparer.Ordinal);
            var pstnConnections = new List<PstnConnection>();
            topology.PstnConnections = RootList(root, "pstn", pstnConnections);
            foreach (MappingNode document in documents)
            {
                BindPstnConnections(topology, document, pstnIds, pstnConnections);
            }

            // Gateways and trunks (A.1-A.3): every written item before every one read from a v1 pstn[] entry.
            var gateways = new List<Gateway>();
            topology.Gateways = RootList(root, "gateways", gateways);
            foreach (MappingNode document in documents)
            {
                BindGateways(topology, document, gateways);
            }

            List<List<(ScalarNode Fqdn, Gateway Gateway)>> pstnPeers = ReadPstnGateways(topology, pstnConnections, gateways);
            var trunks = new List<Trunk>();
            topology.Trunks = RootList(root, "trunks", trunks);
            foreach (MappingNode document in documents)
            {
                BindTrunks(topology, document, trunks);
            }

            ReadPstnTrunks(topology, pstnConnections, pstnPeers, trunks);

            // Root-only sections (a fragment that holds them is TL0005): voice before network, whose location policies name usages.
            topology.Voice = Section(root, "voice", voice => BindVoice(topology, voice));
            topology.Network = Section(root, "network", network => BindNetwork(topology, network));
            topology.SimpleUrls = Section(root, "simpleUrls", simpleUrls => BindSimpleUrls(topology, simpleUrls));

            // Sized once: a large topology is nearly all users, and growing these is the binder's largest copy.
            int userCount = 0;
            foreach (MappingNode document in documents)
            {
                userCount += Sequence(document, "users")?.Items.Count ?? 0;
            }

            var rest = new Items(new List<ReverseProxy>(), new List<ClientDeployment>(), new List<User>(userCount));
            topology.ReverseProxies = RootList(root, "reverseProxies", rest.ReverseProxies);
            topology.Clients = RootList(root, "clients", rest.Clients);
            topology.Users = RootList(root, "users", rest.Users);
            // Duplicate sips are found from each document's sips, read once per tree; a sip that is not ASCII, or a document
            // read twice (its users all repeat), makes them all compared as strings in one index instead.
            var documentSips = new DocumentUsers?[documents.Count];
            var readBefore = new bool[documents.Count];
            var distinct = new HashSet<DocumentUsers>();
            bool bySipsOfDocuments = true;
            for (int i = 0; i < documents.Count; i++)
            {
                if (Sequence(documents[i], "users") is { } users)
                {
                    documentSips[i] = DocumentUsers.Of(users);
                    readBefore[i] = !distinct.Add(documentSips[i]!);
                    bySipsOfDocuments &= documentSips[i]!.AllAscii && !readBefore[i];
                }
            }

            UserSips sips;
            if (bySipsOfDocuments)
            {
                (Dictionary<(int, int), (int, int)>? repeats, DocumentUsers.MergedSips merged) = DocumentUsers.AcrossDocuments(documentSips, LastMergedSips(root));
                RememberMergedSips(root, merged);
                sips = new UserSips(documentSips, repeats, null);
            }
            else
            {
                RememberMergedSips(root, null);
                sips = new UserSips(documentSips, null, new UserSipIndex(userCount));
            }

            var reuse = new UserReuse(LastUserBindings(root));

            using (sips.Index)
            {
                for (int i = 0; i < documents.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    BindRest(topology, documents[i], i, readBefore[i], fqdns, sips, reuse, rest);
                }
            }

            RememberUserBindings(root, reuse.Next);

            return topology;
        }

        /// <summary>A list of the items of every document, said present as the root document writes <paramref name="key"/>.</summary>
        private static ItemList<T> RootList<T>(MappingNode root, string key, List<T> items)
        {
            ItemList<T> written = List(root, key, _ => items);
            return written.Presence == Presence.Valid ? written : new ItemList<T>(written.Presence, null, items);
        }

        private static void BindSites(Topology topology, MappingNode document, List<Site> sites)
        {
            foreach (MappingNode node in Mappings(Sequence(document, "sites")))
            {
                ScalarNode? id = String(node, "id");
                string? idText = id?.Value;
                if (IsDuplicate(topology, topology.SitesByIdTable, idText, node, "id", "site id", s => s.Id!))
                {
                    continue;
                }

                Section<Emergency> emergency = Section(node, "emergency", e => new Emergency(
                    e,
                    List(e, "alternativeAccess", Enums<AlternativeAccess>),
                    List(e, "numbers", Strings),
                    Boolean(e, "locationInformation")));
                var site = new Site(node, id, Enum<SiteKind>(node, "kind"), Section(node, "address", address => address), emergency);
                sites.Add(site);
                if (idText != null)
                {
                    topology.SitesByIdTable.Add(idText, site);
                }
            }
        }

        private static void BindPools(Topology topology, MappingNode document, Dictionary<string, ScalarNode> fqdns, List<Pool> pools)
        {
            foreach (MappingNode node in Mappings(Sequence(document, "pools")))
            {
                ScalarNode? fqdn = String(node, "fqdn");
                if (IsDuplicateFqdn(topology, fqdns, fqdn, "pool fqdn"))
                {
                    continue;
                }

                var pool = new Pool(node, fqdn, Enum<PoolRole>(node, "role"), SiteReference(topology, node), Enum<PoolEdition>(node, "edition"), List(node, "edgeServices", Enums<EdgeService>));
                SequenceNode? servers = Sequence(node, "servers");
                foreach (MappingNode serverNode in Mappings(servers))
                {
                    ScalarNode? serverFqdn = String(serverNode, "fqdn");
                    // Lync names a single-server pool (a Standard Edition server, a one-machine cluster) after its
                    // server, so the one server of a pool may carry its pool's fqdn; any other reuse is a duplicate.
                    bool namesItsOwnPool = servers!.Items.Count == 1 && fqdn != null && serverFqdn != null
                        && string.Equals(serverFqdn.Value, fqdn.Value, StringComparison.OrdinalIgnoreCase);
                    if (!namesItsOwnPool && IsDuplicateFqdn(topology, fqdns, serverFqdn, "server fqdn"))
                    {
                        continue;
                    }

                    Section<OperatingSystemInfo> os = Section(serverNode, "os", osNode => new OperatingSystemInfo(
                        osNode,
                        Enum<OperatingSystemName>(osNode, "name"),
                        Enum<OperatingSystemEdition>(osNode, "edition"),
                        Enum<ProcessorArchitecture>(osNode, "architecture"),
                        Integer(osNode, "servicePack")));
                    pool.AddServer(new Server(serverNode, pool, serverFqdn, os, Boolean(serverNode, "domainMember")));
                }

                pools.Add(pool);
                if (fqdn != null)
                {
                    topology.PoolsByFqdnTable.Add(fqdn.Value, pool);
                }
            }
        }

        private static void BindPstnConnections(Topology topology, MappingNode document, Dictionary<string, PstnConnection> pstnIds, List<PstnConnection> connections)
        {
            foreach (MappingNode node in Mappings(Sequence(document, "pstn")))
            {
                ScalarNode? id = String(node, "id");
                string? idText = id?.Value;
                if (IsDuplicate(topology, pstnIds, idText, node, "id", "PSTN connection id", p => p.Id!))
                {
                    continue;
                }

                TextField poolName = Text(node, "mediationPool");
                Reference<Pool> mediationPool = poolName.Node is { } name ? MediationPoolReference(topology, name) : new Reference<Pool>(poolName, null);
                var connection = new PstnConnection(node, id, SiteReference(topology, node), Enum<ConnectionKind>(node, "connection"), List(node, "gateways", Strings), mediationPool);
                connections.Add(connection);
                if (idText != null)
                {
                    pstnIds.Add(idText, connection);
                }
            }

        }

        // readBefore: the document's users were bound earlier in this bind (it is included twice), so none is reused: none is listed twice.
        private static void BindRest(Topology topology, MappingNode document, int documentIndex, bool readBefore, Dictionary<string, ScalarNode> fqdns, UserSips sips, UserReuse reuse, Items items)
        {
            foreach (MappingNode node in Mappings(Sequence(document, "reverseProxies")))
            {
                ScalarNode? fqdn = String(node, "fqdn");
                if (IsDuplicateFqdn(topology, fqdns, fqdn, "reverse proxy fqdn"))
                {
                    continue;
                }

                ItemList<Reference<Pool>> publishes = List(node, "publishes", list => Strings(list).Select(name => PoolReference(topology, name, null, null)).ToList());
                items.ReverseProxies.Add(new ReverseProxy(node, fqdn, SiteReference(topology, node), publishes));
            }

            foreach (MappingNode node in Mappings(Sequence(document, "clients")))
            {
                items.Clients.Add(new ClientDeployment(node, Enum<ClientProduct>(node, "product"), SiteReference(topology, node), Integer(node, "count")));
            }

            if (sips.Of(documentIndex) is { } users)
            {
                BindUsers(topology, users, documentIndex, readBefore, sips, reuse, items);
            }
        }

        /// <summary>
        /// The users of one document: from what was read of its users once (<see cref="DocumentUsers"/>), so that a user
        /// whose site resolves to the one it was last bound to, and who has no voice targets, is the root's last bind's user
        /// and its mapping is not read again.
        /// </summary>
        private static void BindUsers(Topology topology, DocumentUsers users, int documentIndex, bool readBefore, UserSips sips, UserReuse reuse, Items items)
        {
            int length = users.Earlier.Length;
            UserBinding? last = !readBefore && reuse.Last != null && reuse.Last.TryGetValue(users, out UserBinding? bound) ? bound : null;

            // The last binding stands while every user is bound as it says; from the first that is not, a new one is made.
            UserBinding? next = null;

            // Users come in runs on one site: the previous user's site is reused without hashing.
            string? previousSiteName = null;
            Site? previousSite = null;
            for (int index = 0; index < length; index++)
            {
                if (users.Earlier[index] == DocumentUsers.NotAUser)
                {
                    continue;
                }

                // Read where written, not as nodes or strings: every user is visited, and a node is made only for what is reported.
                TextField sip = default;
                int sipHash = 0;
                ScalarNode? duplicateOf = null;
                if (sips.Index != null)
                {
                    sip = Text(users.UserAt(index), "sip");
                    duplicateOf = sips.Index.Find(sip, out sipHash)?.Sip;
                }
                else
                {
                    duplicateOf = sips.FirstSipBefore(documentIndex, index);
                }

                if (duplicateOf != null)
                {
                    topology.DuplicateDefinitionList.Add(new DuplicateDefinition("user sip", sip.Node ?? users.SipNode(index), duplicateOf));
                    if (next == null && last?.Users[index] != null)
                    {
                        next = UserBinding.StartingAs(last, index, length);
                    }

                    continue;
                }

                string? siteName = users.SiteNames[index];
                Site? site = previousSite != null && string.Equals(siteName, previousSiteName, StringComparison.Ordinal) ? previousSite : SiteNamed(topology, siteName, users, index);
                previousSiteName = siteName;
                previousSite = site;
                User? user = last?.Reusable(index, site);
                if (user == null)
                {
                    MappingNode node = users.UserAt(index);
                    user = new User(node, site, BindUserVoice(topology, node));
                    if (next == null && (user.HasNoVoiceTargets || last?.Users[index] != null))
                    {
                        next = UserBinding.StartingAs(last, index, length);
                    }
                }

                if (next != null && user.HasNoVoiceTargets)
                {
                    next.Users[index] = user;
                    next.Sites[index] = site;
                }

                items.Users.Add(user);
                sips.Index?.Add(sip, sipHash, user);
            }

            if (!readBefore && (next ?? last) is { } binding)
            {
                reuse.Next.Add(users, binding);
            }
        }

        /// <summary>The site a user's <c>site</c> names, as <see cref="SiteNamed(Topology, string?, MappingNode, string)"/>; the user's mapping is read only when it names none.</summary>
        private static Site? SiteNamed(Topology topology, string? name, DocumentUsers users, int index)
            => name != null && topology.SitesByIdTable.TryGetValue(name, out Site? site) ? site : SiteNamed(topology, name, users.UserAt(index));

        /// <summary>Whether <paramref name="idText"/>, the string value of <paramref name="key"/> in <paramref name="item"/>, is known; a duplicate is recorded.</summary>
        private static bool IsDuplicate<T>(Topology topology, Dictionary<string, T> known, string? idText, MappingNode item, string key, string kind, Func<T, ScalarNode> idOf)
        {
            if (idText != null && known.TryGetValue(idText, out T? first))
            {
                topology.DuplicateDefinitionList.Add(new DuplicateDefinition(kind, String(item, key)!, idOf(first!)));
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
                topology.DuplicateDefinitionList.Add(new DuplicateDefinition(kind, fqdn, first));
                return true;
            }

            fqdns.Add(fqdn.Value, fqdn);
            return false;
        }

        private static Reference<Site> SiteReference(Topology topology, MappingNode item, string key = "site")
        {
            TextField name = Text(item, key);
            return new Reference<Site>(name, SiteNamed(topology, name.Text, item, key));
        }

        /// <summary>The site named <paramref name="name"/>, the value of <paramref name="key"/> in <paramref name="item"/>, or null; a name that resolves to no site is recorded (TL0003).</summary>
        private static Site? SiteNamed(Topology topology, string? name, MappingNode item, string key = "site")
        {
            if (name == null)
            {
                return null;
            }

            if (topology.SitesByIdTable.TryGetValue(name, out Site? site))
            {
                return site;
            }

            topology.UnresolvedReferenceList.Add(new UnresolvedReference(String(item, key)!, "names no site"));
            return null;
        }

        /// <summary>
        /// The target <paramref name="table"/> holds for the string at <paramref name="key"/>; a string that names nothing is
        /// recorded (TL0003) with <paramref name="problem"/>.
        /// </summary>
        private static Reference<T> Named<T>(Topology topology, MappingNode item, string key, IReadOnlyDictionary<string, T> table, string problem)
            where T : class
        {
            TextField name = Text(item, key);
            return name.Node is { } node ? new Reference<T>(name, Lookup(topology, node, table, problem)) : new Reference<T>(name, null);
        }

        private static T? Lookup<T>(Topology topology, ScalarNode name, IReadOnlyDictionary<string, T> table, string problem)
            where T : class
        {
            if (table.TryGetValue(name.Value, out T? target))
            {
                return target;
            }

            topology.UnresolvedReferenceList.Add(new UnresolvedReference(name, problem));
            return null;
        }

        /// <summary>
        /// Records <paramref name="value"/> under <paramref name="id"/> and returns true, or, when the id is already defined,
        /// records the duplicate (TL0004) and returns false. An item without an id is kept (true) and recorded under none.
        /// </summary>
        private static bool Define<T>(Topology topology, Dictionary<string, T> known, ScalarNode? id, string kind, Func<T, ScalarNode> idOf, T value)
        {
            if (id == null)
            {
                return true;
            }

            if (known.TryGetValue(id.Value, out T? first))
            {
                topology.DuplicateDefinitionList.Add(new DuplicateDefinition(kind, id, idOf(first!)));
                return false;
            }

            known.Add(id.Value, value);
            return true;
        }

        /// <summary>
        /// The pool <paramref name="name"/> names. A pool whose role <paramref name="accepts"/> refuses is recorded (TL0003) as
        /// <c>names a ROLE pool, </c> followed by <paramref name="wrongRole"/>; a pool whose role is unknown is accepted (TL0002's).
        /// </summary>
        private static Reference<Pool> PoolReference(Topology topology, ScalarNode name, Func<Pool, bool>? accepts, string? wrongRole)
        {
            if (!topology.PoolsByFqdnTable.TryGetValue(name.Value, out Pool? pool))
            {
                topology.UnresolvedReferenceList.Add(new UnresolvedReference(name, "names no pool"));
                return new Reference<Pool>(new TextField(Presence.Valid, name), null);
            }

            if (accepts != null && pool.Role.Value is PoolRole role && !accepts(pool))
            {
                topology.UnresolvedReferenceList.Add(new UnresolvedReference(name, $"names {WithArticle(DocumentNames<PoolRole>.NameOf(role))} pool, {wrongRole}"));
                return new Reference<Pool>(new TextField(Presence.Valid, name), null);
            }

            return new Reference<Pool>(new TextField(Presence.Valid, name), pool);
        }

        /// <summary>A Mediation pool: a mediation, front-end (collocated Mediation Server), SBA or SBS pool.</summary>
        private static Reference<Pool> MediationPoolReference(Topology topology, ScalarNode name)
            => PoolReference(topology, name, p => p.HostsMediation, "which cannot serve as a Mediation pool (use a mediation pool, a front-end pool with collocated Mediation, or a survivable branch pool)");

        /// <summary>The pool a string field of <paramref name="item"/> names, through <paramref name="resolve"/> when it is a string.</summary>
        private static Reference<Pool> PoolField(MappingNode item, string key, Func<ScalarNode, Reference<Pool>> resolve)
        {
            TextField name = Text(item, key);
            return name.Node is { } node ? resolve(node) : new Reference<Pool>(name, null);
        }

        private static string WithArticle(string word) => ("aeiou".IndexOf(word[0]) >= 0 ? "an " : "a ") + word;

        private static List<Field<TEnum>> Enums<TEnum>(SequenceNode sequence)
            where TEnum : struct, System.Enum
        {
            var fields = new List<Field<TEnum>>();
            foreach (ScalarNode item in Strings(sequence))
            {
                fields.Add(EnumField<TEnum>(item));
            }

            return fields;
        }

        private static IReadOnlyList<ScalarNode> Strings(SequenceNode? sequence)
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

        /// <summary>How <see cref="BindRest"/> finds a user whose sip an earlier user has (TL0004): from each document's sips, or, when one is not written in place, from an index of every sip as a string.</summary>
        private sealed class UserSips
        {
            private readonly IReadOnlyList<DocumentUsers?> _documents;
            private readonly Dictionary<(int Document, int Item), (int Document, int Item)>? _acrossDocuments;

            public UserSips(IReadOnlyList<DocumentUsers?> documents, Dictionary<(int Document, int Item), (int Document, int Item)>? acrossDocuments, UserSipIndex? index)
            {
                _documents = documents;
                _acrossDocuments = acrossDocuments;
                Index = index;
            }

            /// <summary>The index every user is looked up in and added to; null when the documents' sips are used.</summary>
            public UserSipIndex? Index { get; }

            /// <summary>The users of the document at <paramref name="document"/>, or null when it has no <c>users</c> list.</summary>
            public DocumentUsers? Of(int document) => _documents[document];

            /// <summary>The sip of the first user, in the documents' order, whose sip the user at <paramref name="item"/> repeats, or null.</summary>
            public ScalarNode? FirstSipBefore(int document, int item)
            {
                int earlier = Of(document)!.Earlier[item];
                if (earlier == DocumentUsers.Unindexed)
                {
                    return null;
                }

                (int Document, int Item) first = earlier == DocumentUsers.FirstInDocument ? (document, item) : (document, earlier);
                if (_acrossDocuments != null && _acrossDocuments.TryGetValue(first, out (int Document, int Item) before))
                {
                    first = before;
                }

                return first == (document, item) ? null : Of(first.Document)!.SipNode(first.Item);
            }
        }

        /// <summary>The lists <see cref="BindRest"/> fills from each document in turn.</summary>
        private sealed class Items
        {
            public Items(List<ReverseProxy> reverseProxies, List<ClientDeployment> clients, List<User> users)
            {
                ReverseProxies = reverseProxies;
                Clients = clients;
                Users = users;
            }

            public List<ReverseProxy> ReverseProxies { get; }

            public List<ClientDeployment> Clients { get; }

            public List<User> Users { get; }
        }
    }
}
