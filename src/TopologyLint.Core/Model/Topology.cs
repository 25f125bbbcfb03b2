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

        public IReadOnlyList<ScalarNode> SipDomains { get; internal set; } = new List<ScalarNode>();

        public ActiveDirectory? ActiveDirectory { get; internal set; }

        public Pki? Pki { get; internal set; }

        public Exchange? Exchange { get; internal set; }

        public List<Site> Sites { get; } = new List<Site>();

        public List<Pool> Pools { get; } = new List<Pool>();

        public List<ReverseProxy> ReverseProxies { get; } = new List<ReverseProxy>();

        public List<PstnConnection> PstnConnections { get; } = new List<PstnConnection>();

        public List<ClientDeployment> Clients { get; } = new List<ClientDeployment>();

        public List<User> Users { get; } = new List<User>();

        public Dictionary<string, Site> SitesById { get; } = new Dictionary<string, Site>(System.StringComparer.Ordinal);

        /// <summary>Pools by fqdn, case-insensitively as DNS names compare.</summary>
        public Dictionary<string, Pool> PoolsByFqdn { get; } = new Dictionary<string, Pool>(System.StringComparer.OrdinalIgnoreCase);

        public List<DuplicateDefinition> DuplicateDefinitions { get; } = new List<DuplicateDefinition>();

        public List<UnresolvedReference> UnresolvedReferences { get; } = new List<UnresolvedReference>();

        /// <summary>Where a thing missing from the whole topology is reported: the root mapping's first key.</summary>
        public DocumentNode ReportNode => Root.ReportNode;
    }
}
