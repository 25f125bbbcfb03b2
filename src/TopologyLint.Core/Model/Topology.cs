using System.Collections.Generic;
using TopologyLint.Syntax;

namespace TopologyLint.Model
{
    /// <summary>An identifier defined again after its first definition (TL0004).</summary>
    public sealed class DuplicateDefinition
    {
        internal DuplicateDefinition(string kind, ScalarNode duplicate, ScalarNode first)
        {
            Kind = kind;
            Duplicate = duplicate;
            First = first;
        }

        /// <summary>What is defined twice, e.g. "site id".</summary>
        public string Kind { get; }

        public ScalarNode Duplicate { get; }

        public ScalarNode First { get; }
    }

    /// <summary>A reference that names nothing usable (TL0003).</summary>
    public sealed class UnresolvedReference
    {
        internal UnresolvedReference(ScalarNode node, string problem)
        {
            Node = node;
            Problem = problem;
        }

        public ScalarNode Node { get; }

        /// <summary>What is wrong, as a sentence fragment, e.g. "names no site".</summary>
        public string Problem { get; }
    }

    /// <summary>
    /// The typed model of one root document and its include fragments. Lists hold items in
    /// document order, root first and then fragments in include order; an item whose identifier
    /// was already defined is left out (the first definition is the one every rule sees).
    /// </summary>
    public sealed class Topology
    {
        internal Topology(MappingNode root)
        {
            Root = root;
        }

        public MappingNode Root { get; }

        public ScalarNode? Name { get; internal set; }

        public ItemList<ScalarNode> SipDomains { get; internal set; } = null!;

        public Section<ActiveDirectory> ActiveDirectory { get; internal set; }

        public Section<Pki> Pki { get; internal set; }

        public Section<Exchange> Exchange { get; internal set; }

        /// <summary>Sites of every document; the list's <see cref="ItemList{T}.Presence"/> and node are those of the root document's key, as for the other item lists.</summary>
        public ItemList<Site> Sites { get; internal set; } = null!;

        public ItemList<Pool> Pools { get; internal set; } = null!;

        public ItemList<ReverseProxy> ReverseProxies { get; internal set; } = null!;

        public ItemList<PstnConnection> PstnConnections { get; internal set; } = null!;

        public ItemList<ClientDeployment> Clients { get; internal set; } = null!;

        public ItemList<User> Users { get; internal set; } = null!;

        public IReadOnlyDictionary<string, Site> SitesById => SitesByIdTable;

        /// <summary>Pools by fqdn, case-insensitively as DNS names compare.</summary>
        public IReadOnlyDictionary<string, Pool> PoolsByFqdn => PoolsByFqdnTable;

        public IReadOnlyList<DuplicateDefinition> DuplicateDefinitions => DuplicateDefinitionList;

        public IReadOnlyList<UnresolvedReference> UnresolvedReferences => UnresolvedReferenceList;

        /// <summary>Where a thing missing from the whole topology is reported: the root mapping's first key.</summary>
        public DocumentNode ReportNode => Root.ReportNode;

        internal Dictionary<string, Site> SitesByIdTable { get; } = new Dictionary<string, Site>(System.StringComparer.Ordinal);

        internal Dictionary<string, Pool> PoolsByFqdnTable { get; } = new Dictionary<string, Pool>(System.StringComparer.OrdinalIgnoreCase);

        internal List<DuplicateDefinition> DuplicateDefinitionList { get; } = new List<DuplicateDefinition>();

        internal List<UnresolvedReference> UnresolvedReferenceList { get; } = new List<UnresolvedReference>();
    }
}
