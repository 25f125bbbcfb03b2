using System.Collections.Generic;
using System.Linq;
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

        /// <summary>
        /// Gateways (A.1): the <c>gateways[]</c> items of every document, then those read from v1 <c>pstn[]</c> entries (A.3).
        /// Presence and node are the root document's <c>gateways</c> key.
        /// </summary>
        public ItemList<Gateway> Gateways { get; internal set; } = null!;

        /// <summary>Trunks (A.2): every <c>trunks[]</c> item, then every trunk read from a v1 <c>pstn[]</c> entry (A.3).</summary>
        public ItemList<Trunk> Trunks { get; internal set; } = null!;

        /// <summary>The <c>voice</c> section (A.4), root document only.</summary>
        public Section<Voice> Voice { get; internal set; }

        /// <summary>The <c>network</c> section (A.6, B.5), root document only.</summary>
        public Section<Network> Network { get; internal set; }

        /// <summary>The <c>simpleUrls</c> section (B.3), root document only.</summary>
        public Section<SimpleUrls> SimpleUrls { get; internal set; }

        /// <summary><c>voice.pstnUsages</c>, empty when not written.</summary>
        public IReadOnlyList<PstnUsage> PstnUsages => Voice.Value?.PstnUsages ?? (IReadOnlyList<PstnUsage>)System.Array.Empty<PstnUsage>();

        /// <summary><c>voice.dialPlans</c>, empty when not written.</summary>
        public IReadOnlyList<DialPlan> DialPlans => Voice.Value?.DialPlans ?? (IReadOnlyList<DialPlan>)System.Array.Empty<DialPlan>();

        /// <summary><c>voice.voicePolicies</c>, empty when not written.</summary>
        public IReadOnlyList<VoicePolicy> VoicePolicies => Voice.Value?.VoicePolicies ?? (IReadOnlyList<VoicePolicy>)System.Array.Empty<VoicePolicy>();

        /// <summary><c>voice.routes</c> in priority order, empty when not written.</summary>
        public IReadOnlyList<Route> Routes => Voice.Value?.Routes ?? (IReadOnlyList<Route>)System.Array.Empty<Route>();

        /// <summary><c>network.locationPolicies</c>, empty when not written.</summary>
        public IReadOnlyList<LocationPolicy> LocationPolicies => Network.Value?.LocationPolicies ?? (IReadOnlyList<LocationPolicy>)System.Array.Empty<LocationPolicy>();

        /// <summary>Dial plans by identity, and each user's dial plan in effect.</summary>
        public ScopedPolicies<DialPlan> DialPlanScopes { get; } = new ScopedPolicies<DialPlan>();

        public ScopedPolicies<VoicePolicy> VoicePolicyScopes { get; } = new ScopedPolicies<VoicePolicy>();

        public ScopedPolicies<LocationPolicy> LocationPolicyScopes { get; } = new ScopedPolicies<LocationPolicy>();

        /// <summary>The dial plan in effect for <paramref name="user"/> (A.4): named, home site, global, or none.</summary>
        public PolicyInEffect<DialPlan> DialPlanInEffect(User user) => DialPlanScopes.InEffect(user.DialPlan, user.HomeSite);

        /// <summary>The voice policy in effect for <paramref name="user"/> (A.4).</summary>
        public PolicyInEffect<VoicePolicy> VoicePolicyInEffect(User user) => VoicePolicyScopes.InEffect(user.VoicePolicy, user.HomeSite);

        /// <summary>The location policy in effect for <paramref name="user"/> (B.5); network-site assignments are not applied.</summary>
        public PolicyInEffect<LocationPolicy> LocationPolicyInEffect(User user) => LocationPolicyScopes.InEffect(user.LocationPolicy, user.HomeSite);

        /// <summary><em>E9-1-1 is in use</em> (B.5): some location policy has <c>enhancedEmergencyServices: true</c>.</summary>
        public bool IsEnhancedEmergencyServicesInUse => LocationPolicies.Any(p => p.EnhancedEmergencyServices.IsTrue);

        /// <summary>The topology's only central site, or null when it has none or several.</summary>
        public Site? OnlyCentralSite { get; internal set; }

        /// <summary>The topology's only edge pool, or null when it has none or several.</summary>
        public Pool? OnlyEdgePool { get; internal set; }

        /// <summary>Gateways by fqdn, case-insensitively.</summary>
        public IReadOnlyDictionary<string, Gateway> GatewaysByFqdn => GatewaysByFqdnTable;

        /// <summary>
        /// Trunks by name, case-insensitively: every trunk's own name (including v1 <c>P/gateway</c> names), and each v1
        /// <c>pstn[]</c> id standing for the trunks read from it (what a route's trunk name resolves to).
        /// </summary>
        public IReadOnlyDictionary<string, IReadOnlyList<Trunk>> TrunksByName => TrunksByNameTable;

        /// <summary>PSTN usages by name, case-insensitively.</summary>
        public IReadOnlyDictionary<string, PstnUsage> PstnUsagesByName => PstnUsagesByNameTable;

        /// <summary>Network regions by id.</summary>
        public IReadOnlyDictionary<string, Region> RegionsById => RegionsByIdTable;

        /// <summary>Network sites by id.</summary>
        public IReadOnlyDictionary<string, NetworkSite> NetworkSitesById => NetworkSitesByIdTable;

        internal Dictionary<string, Gateway> GatewaysByFqdnTable { get; } = new Dictionary<string, Gateway>(System.StringComparer.OrdinalIgnoreCase);

        internal Dictionary<string, IReadOnlyList<Trunk>> TrunksByNameTable { get; } = new Dictionary<string, IReadOnlyList<Trunk>>(System.StringComparer.OrdinalIgnoreCase);

        internal Dictionary<string, PstnUsage> PstnUsagesByNameTable { get; } = new Dictionary<string, PstnUsage>(System.StringComparer.OrdinalIgnoreCase);

        internal Dictionary<string, Region> RegionsByIdTable { get; } = new Dictionary<string, Region>(System.StringComparer.Ordinal);

        internal Dictionary<string, NetworkSite> NetworkSitesByIdTable { get; } = new Dictionary<string, NetworkSite>(System.StringComparer.Ordinal);

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
