using System;
using System.Collections.Generic;
using TopologyLint.Syntax;

namespace TopologyLint.Model
{
    /// <summary>
    /// A Mediation Server peer (TOPOLOGY-v2 A.1): a <c>gateways[]</c> item, or a gateway read from a v1 <c>pstn[]</c>
    /// entry (A.3), which has no mapping of its own.
    /// </summary>
    public sealed class Gateway
    {
        private readonly List<Trunk> _trunks = new List<Trunk>();

        internal Gateway(MappingNode? node, ScalarNode? fqdn, Reference<Site> site, PstnConnection? pstnConnection)
        {
            Node = node;
            Fqdn = fqdn;
            Site = site;
            PstnConnection = pstnConnection;
        }

        /// <summary>The <c>gateways[]</c> item; null for a gateway read from a v1 <c>pstn[]</c> entry.</summary>
        public MappingNode? Node { get; }

        /// <summary>The fqdn (or IPv4 address); for a gateway read from a v1 entry, its item in the entry's <c>gateways</c>.</summary>
        public ScalarNode? Fqdn { get; }

        /// <summary>The site; for a gateway read from a v1 entry, the entry's <c>site</c>.</summary>
        public Reference<Site> Site { get; }

        /// <summary>The v1 entry the gateway was read from (A.3), or null for a <c>gateways[]</c> item.</summary>
        public PstnConnection? PstnConnection { get; }

        /// <summary>Where a diagnostic about the gateway goes (A.3, 4): its item's first key, or its item in the v1 entry's <c>gateways</c>.</summary>
        public DocumentNode ReportNode => Node?.ReportNode ?? (DocumentNode?)Fqdn ?? PstnConnection!.Node.ReportNode;

        /// <summary>The trunks whose peer this gateway is, in trunk order; the first is its root trunk.</summary>
        public IReadOnlyList<Trunk> Trunks => _trunks;

        public Trunk? RootTrunk => _trunks.Count > 0 ? _trunks[0] : null;

        internal void AddTrunk(Trunk trunk) => _trunks.Add(trunk);

        public override string ToString() => Fqdn?.Value ?? "(gateway without fqdn)";
    }

    /// <summary>
    /// A trunk (A.2): a <c>trunks[]</c> item, or a trunk read from a v1 <c>pstn[]</c> entry (A.3), whose
    /// <see cref="TopologyItem.Node"/> is then the entry's mapping and which writes none of the trunk-only keys.
    /// </summary>
    public sealed class Trunk : TopologyItem
    {
        internal Trunk(
            MappingNode node,
            string? name,
            ScalarNode? nameNode,
            Reference<Gateway> gateway,
            Reference<Pool> mediationPool,
            Field<ConnectionKind> connection,
            PstnConnection? pstnConnection)
            : base(node)
        {
            Name = name;
            NameNode = nameNode;
            Gateway = gateway;
            MediationPool = mediationPool;
            Connection = connection;
            PstnConnection = pstnConnection;
        }

        /// <summary>The trunk's name: as written, or for a v1 entry P its id <c>P</c> (one trunk) or <c>P/gateway</c> (several).</summary>
        public string? Name { get; }

        /// <summary>The written <c>name</c>, or the v1 entry's <c>id</c>.</summary>
        public ScalarNode? NameNode { get; }

        /// <summary>The peer; for a v1 trunk with no gateway, absent.</summary>
        public Reference<Gateway> Gateway { get; }

        /// <summary>The Mediation pool (a mediation, front-end, SBA or SBS pool); for a v1 trunk, the entry's reference.</summary>
        public Reference<Pool> MediationPool { get; }

        public Field<long> GatewayPort { get; internal set; }

        public Field<long> MediationPort { get; internal set; }

        public Field<TrunkTransport> Transport { get; internal set; }

        /// <summary><c>connection</c> as written (for a v1 trunk, the entry's).</summary>
        public Field<ConnectionKind> Connection { get; }

        /// <summary>The connection in effect: <c>tdm</c> when absent, null when invalid (TL0002's).</summary>
        public ConnectionKind? EffectiveConnection => Connection.IsAbsent ? ConnectionKind.Tdm : Connection.Value;

        public Field<bool> MediaBypass { get; internal set; }

        /// <summary>Media bypass is enabled on the trunk (<c>mediaBypass: true</c>; false by default).</summary>
        public bool IsMediaBypassEnabled => MediaBypass.IsTrue;

        public Field<SrtpMode> Srtp { get; internal set; }

        /// <summary>The SRTP mode in effect: <c>required</c> (Lync's default) when absent, null when invalid.</summary>
        public SrtpMode? EffectiveSrtp => Srtp.IsAbsent ? SrtpMode.Required : Srtp.Value;

        public ItemList<NumberRule> TranslationRules { get; internal set; } = ItemLists<NumberRule>.Absent;

        /// <summary>The v1 entry the trunk was read from (A.3), or null for a <c>trunks[]</c> item.</summary>
        public PstnConnection? PstnConnection { get; }

        /// <summary>
        /// The <em>trunk site</em> (A.2): its gateway's site; for a trunk read from a v1 entry, the entry's site. Null when
        /// either is unresolved.
        /// </summary>
        public Site? Site => PstnConnection != null ? PstnConnection.Site.Target : Gateway.Target?.Site.Target;

        public override string ToString() => Name ?? "(trunk without name)";
    }

    /// <summary>A normalization rule of a dial plan or a translation rule of a trunk (A.2, "Rule").</summary>
    public sealed class NumberRule : TopologyItem
    {
        private NumberPattern? _parsedPattern;

        internal NumberRule(MappingNode node, ScalarNode? name, ScalarNode? pattern, ScalarNode? translation)
            : base(node)
        {
            Name = name;
            Pattern = pattern;
            Translation = translation;
        }

        public ScalarNode? Name { get; }

        /// <summary>The .NET regular expression, as written.</summary>
        public ScalarNode? Pattern { get; }

        /// <summary>The pattern parsed (RULES-v2 "Numbers and patterns"), once; null when no pattern is written.</summary>
        public NumberPattern? ParsedPattern => _parsedPattern ??= Pattern == null ? null : NumberPattern.Parse(Pattern.Value);

        /// <summary>The .NET replacement pattern, as written.</summary>
        public ScalarNode? Translation { get; }

        public override string ToString() => Name?.Value ?? "(rule without name)";
    }

    /// <summary>A PSTN usage record: an item of <c>voice.pstnUsages</c>.</summary>
    public sealed class PstnUsage
    {
        internal PstnUsage(ScalarNode name) => Name = name;

        public ScalarNode Name { get; }

        public override string ToString() => Name.Value;
    }

    /// <summary>The <c>voice</c> section (A.4).</summary>
    public sealed class Voice : TopologyItem
    {
        internal Voice(MappingNode node)
            : base(node)
        {
        }

        /// <summary>The usages, without later duplicates (TL0004).</summary>
        public ItemList<PstnUsage> PstnUsages { get; internal set; } = ItemLists<PstnUsage>.Absent;

        /// <summary>Dial plans, without later duplicate identities (TL0004).</summary>
        public ItemList<DialPlan> DialPlans { get; internal set; } = ItemLists<DialPlan>.Absent;

        public ItemList<VoicePolicy> VoicePolicies { get; internal set; } = ItemLists<VoicePolicy>.Absent;

        /// <summary>Routes in priority order (the first is tried first), without later duplicate names.</summary>
        public ItemList<Route> Routes { get; internal set; } = ItemLists<Route>.Absent;
    }

    /// <summary>What a dial plan, voice policy and location policy share (A.4, "Scoped objects").</summary>
    public abstract class ScopedPolicy : TopologyItem
    {
        protected ScopedPolicy(MappingNode node, Field<PolicyScope> scope, Reference<Site> site, ScalarNode? name)
            : base(node)
        {
            Scope = scope;
            Site = site;
            Name = name;
        }

        public Field<PolicyScope> Scope { get; }

        /// <summary>The <c>site</c>; read when <c>scope</c> is <c>site</c> only.</summary>
        public Reference<Site> Site { get; }

        /// <summary>The tag name users refer to; read when <c>scope</c> is <c>user</c> only.</summary>
        public ScalarNode? Name { get; }

        /// <summary>The node that identifies the object: its <c>scope</c> value (global), <c>site</c> value or <c>name</c> value.</summary>
        public ScalarNode? IdentityNode => Scope.Value switch
        {
            PolicyScope.Global => Scope.Node,
            PolicyScope.Site => Site.Node,
            PolicyScope.User => Name,
            _ => null,
        };

        /// <summary>Lync's identity: <c>Global</c>, <c>Site:&lt;id&gt;</c> or <c>Tag:&lt;name&gt;</c>.</summary>
        public override string ToString() => Scope.Value switch
        {
            PolicyScope.Global => "Global",
            PolicyScope.Site => "Site:" + Site.Name,
            PolicyScope.User => "Tag:" + Name?.Value,
            _ => "(no scope)",
        };
    }

    public sealed class DialPlan : ScopedPolicy
    {
        internal DialPlan(MappingNode node, Field<PolicyScope> scope, Reference<Site> site, ScalarNode? name, ItemList<NumberRule> normalizationRules)
            : base(node, scope, site, name) => NormalizationRules = normalizationRules;

        /// <summary>Normalization rules in order, without later duplicate names (TL0004).</summary>
        public ItemList<NumberRule> NormalizationRules { get; }
    }

    public sealed class VoicePolicy : ScopedPolicy
    {
        internal VoicePolicy(MappingNode node, Field<PolicyScope> scope, Reference<Site> site, ScalarNode? name, ItemList<Reference<PstnUsage>> pstnUsages)
            : base(node, scope, site, name) => PstnUsages = pstnUsages;

        /// <summary>The usages in the order outbound routing tries them; unresolved ones (TL0003) have a null target.</summary>
        public ItemList<Reference<PstnUsage>> PstnUsages { get; }
    }

    /// <summary>An E9-1-1 location policy (B.5).</summary>
    public sealed class LocationPolicy : ScopedPolicy
    {
        internal LocationPolicy(MappingNode node, Field<PolicyScope> scope, Reference<Site> site, ScalarNode? name)
            : base(node, scope, site, name)
        {
        }

        public Field<bool> EnhancedEmergencyServices { get; internal set; }

        public TextField EmergencyDialString { get; internal set; }

        public ItemList<ScalarNode> EmergencyDialMasks { get; internal set; } = ItemLists<ScalarNode>.Absent;

        public Reference<PstnUsage> PstnUsage { get; internal set; }
    }

    /// <summary>A voice route (A.4).</summary>
    public sealed class Route : TopologyItem
    {
        private NumberPattern? _parsedPattern;

        internal Route(MappingNode node, ScalarNode? name, ScalarNode? pattern, ItemList<Reference<PstnUsage>> pstnUsages, ItemList<TrunkReference> trunks)
            : base(node)
        {
            Name = name;
            Pattern = pattern;
            PstnUsages = pstnUsages;
            Trunks = trunks;
            var resolved = new List<Trunk>();
            foreach (TrunkReference reference in trunks)
            {
                resolved.AddRange(reference.Targets);
            }

            ResolvedTrunks = resolved;
        }

        public ScalarNode? Name { get; }

        /// <summary>The number pattern (Lync's <c>NumberPattern</c>), as written.</summary>
        public ScalarNode? Pattern { get; }

        /// <summary>The pattern parsed (RULES-v2 "Numbers and patterns"), once; null when no pattern is written.</summary>
        public NumberPattern? ParsedPattern => _parsedPattern ??= Pattern == null ? null : NumberPattern.Parse(Pattern.Value);

        public ItemList<Reference<PstnUsage>> PstnUsages { get; }

        /// <summary>The trunk names as written, each with the trunks it stands for.</summary>
        public ItemList<TrunkReference> Trunks { get; }

        /// <summary>Every trunk the route's names resolve to, in order (a v1 id stands for each trunk read from it).</summary>
        public IReadOnlyList<Trunk> ResolvedTrunks { get; }

        /// <summary>A <em>carrying route</em> (RULES-v2): at least one resolved trunk.</summary>
        public bool IsCarrying => ResolvedTrunks.Count > 0;

        public override string ToString() => Name?.Value ?? "(route without name)";
    }

    /// <summary>A route's trunk name: a trunk name, or a v1 <c>pstn[]</c> id that stands for every trunk read from it (A.3, 3).</summary>
    public sealed class TrunkReference
    {
        internal TrunkReference(ScalarNode node, IReadOnlyList<Trunk> targets)
        {
            Node = node;
            Targets = targets;
        }

        public ScalarNode Node { get; }

        public string Name => Node.Value;

        /// <summary>The trunks it names; empty when it names none (TL0003).</summary>
        public IReadOnlyList<Trunk> Targets { get; }

        public bool IsResolved => Targets.Count > 0;
    }

    /// <summary>The <c>network</c> section (A.6, B.5).</summary>
    public sealed class Network : TopologyItem
    {
        internal Network(MappingNode node, Field<MediaBypassMode> mediaBypass, Field<bool> callAdmissionControl)
            : base(node)
        {
            MediaBypass = mediaBypass;
            CallAdmissionControl = callAdmissionControl;
        }

        public Field<MediaBypassMode> MediaBypass { get; }

        /// <summary>Global media bypass in effect: <c>disabled</c> when absent, null when invalid.</summary>
        public MediaBypassMode? EffectiveMediaBypass => MediaBypass.IsAbsent ? MediaBypassMode.Disabled : MediaBypass.Value;

        public Field<bool> CallAdmissionControl { get; }

        public ItemList<Region> Regions { get; internal set; } = ItemLists<Region>.Absent;

        public ItemList<NetworkSite> Sites { get; internal set; } = ItemLists<NetworkSite>.Absent;

        public ItemList<Subnet> Subnets { get; internal set; } = ItemLists<Subnet>.Absent;

        public ItemList<LocationPolicy> LocationPolicies { get; internal set; } = ItemLists<LocationPolicy>.Absent;
    }

    /// <summary>A network region (A.6).</summary>
    public sealed class Region : TopologyItem
    {
        internal Region(MappingNode node, ScalarNode? id, Reference<Site> centralSite)
            : base(node)
        {
            Id = id;
            CentralSite = centralSite;
        }

        public ScalarNode? Id { get; }

        /// <summary>The Lync site the region belongs to (whether it is central is TL4203's).</summary>
        public Reference<Site> CentralSite { get; }

        public override string ToString() => Id?.Value ?? "(region without id)";
    }

    /// <summary>A network site (A.6): not a Lync site.</summary>
    public sealed class NetworkSite : TopologyItem
    {
        internal NetworkSite(MappingNode node, ScalarNode? id, Reference<Region> region, Reference<LocationPolicy> locationPolicy)
            : base(node)
        {
            Id = id;
            Region = region;
            LocationPolicy = locationPolicy;
        }

        public ScalarNode? Id { get; }

        public Reference<Region> Region { get; }

        /// <summary>The user-scope location policy clients on the network site's subnets use (B.5).</summary>
        public Reference<LocationPolicy> LocationPolicy { get; }

        public override string ToString() => Id?.Value ?? "(network site without id)";
    }

    /// <summary>A client subnet (A.6).</summary>
    public sealed class Subnet : TopologyItem
    {
        internal Subnet(MappingNode node, ScalarNode? cidr, Reference<NetworkSite> site)
            : base(node)
        {
            Cidr = cidr;
            Site = site;
        }

        /// <summary>The <c>subnet</c> value, <c>a.b.c.d/n</c>.</summary>
        public ScalarNode? Cidr { get; }

        public Reference<NetworkSite> Site { get; }

        public override string ToString() => Cidr?.Value ?? "(subnet without subnet)";
    }

    /// <summary>The <c>simpleUrls</c> section (B.3).</summary>
    public sealed class SimpleUrls : TopologyItem
    {
        internal SimpleUrls(MappingNode node, ItemList<MeetUrl> meet, TextField dialin, TextField admin)
            : base(node)
        {
            Meet = meet;
            Dialin = dialin;
            Admin = admin;
        }

        public ItemList<MeetUrl> Meet { get; }

        public TextField Dialin { get; }

        public TextField Admin { get; }
    }

    /// <summary>A Meet simple URL of one SIP domain.</summary>
    public sealed class MeetUrl : TopologyItem
    {
        internal MeetUrl(MappingNode node, Reference<ScalarNode> domain, TextField url)
            : base(node)
        {
            Domain = domain;
            Url = url;
        }

        /// <summary>The SIP domain; its target is the <c>sipDomains</c> item it names.</summary>
        public Reference<ScalarNode> Domain { get; }

        public TextField Url { get; }
    }

    /// <summary>Where a user's policy in effect came from (TOPOLOGY-v2 A.4, "The policy in effect").</summary>
    public enum PolicySource
    {
        /// <summary>No policy of that kind applies: none named, none for the home site, no global one.</summary>
        None,

        /// <summary>The user names one that TL0003 reports (or writes a value of the wrong type): rules skip the user for that kind.</summary>
        Unknown,

        /// <summary>The user-scope object the user names.</summary>
        User,

        /// <summary>The site-scope object of the user's home site.</summary>
        Site,

        /// <summary>The global object.</summary>
        Global,
    }

    /// <summary>A user's policy in effect for one kind, and where it came from.</summary>
    public readonly struct PolicyInEffect<T>
        where T : ScopedPolicy
    {
        internal PolicyInEffect(PolicySource source, T? policy)
        {
            Source = source;
            Policy = policy;
        }

        public PolicySource Source { get; }

        /// <summary>The policy; null when <see cref="Source"/> is <see cref="PolicySource.None"/> or <see cref="PolicySource.Unknown"/>.</summary>
        public T? Policy { get; }

        public bool IsUnknown => Source == PolicySource.Unknown;
    }

    /// <summary>The dial plans, voice policies or location policies by identity: at most one global, one per site, one per name.</summary>
    public sealed class ScopedPolicies<T>
        where T : ScopedPolicy
    {
        internal ScopedPolicies()
        {
        }

        public T? Global { get; internal set; }

        /// <summary>Site-scope objects by site id (exact, as site ids compare).</summary>
        public IReadOnlyDictionary<string, T> BySite => BySiteTable;

        /// <summary>User-scope objects by name, case-insensitively.</summary>
        public IReadOnlyDictionary<string, T> ByName => ByNameTable;

        internal Dictionary<string, T> BySiteTable { get; } = new Dictionary<string, T>(StringComparer.Ordinal);

        internal Dictionary<string, T> ByNameTable { get; } = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// The policy in effect for a user who names <paramref name="named"/> and whose home site is <paramref name="homeSite"/>:
        /// the named user-scope object; <see cref="PolicySource.Unknown"/> when the name is written but resolves to none;
        /// else the home site's object; else the global one; else none. No built-in global object is assumed.
        /// </summary>
        public PolicyInEffect<T> InEffect(Reference<T> named, Site? homeSite)
        {
            if (!named.IsAbsent)
            {
                return named.Target is { } target ? new PolicyInEffect<T>(PolicySource.User, target) : new PolicyInEffect<T>(PolicySource.Unknown, null);
            }

            if (homeSite?.Id?.Value is { } siteId && BySiteTable.TryGetValue(siteId, out T? sitePolicy))
            {
                return new PolicyInEffect<T>(PolicySource.Site, sitePolicy);
            }

            return Global != null ? new PolicyInEffect<T>(PolicySource.Global, Global) : new PolicyInEffect<T>(PolicySource.None, null);
        }
    }

    /// <summary>The empty list of a key that is not written.</summary>
    internal static class ItemLists<T>
    {
        public static readonly ItemList<T> Absent = new ItemList<T>(Presence.Absent, null, Array.Empty<T>());
    }
}
