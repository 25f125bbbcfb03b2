using System.Collections.Generic;
using TopologyLint.Syntax;

namespace TopologyLint.Model
{
    /// <summary>An item of the topology; <see cref="Node"/> is the mapping it was written as.</summary>
    public abstract class TopologyItem
    {
        protected TopologyItem(MappingNode node) => Node = node;

        public MappingNode Node { get; }
    }

    public sealed class ActiveDirectory : TopologyItem
    {
        internal ActiveDirectory(MappingNode node, ScalarNode? forest, Field<bool> prepared, ItemList<Administrator> administrators)
            : base(node)
        {
            Forest = forest;
            Prepared = prepared;
            Administrators = administrators;
        }

        public ScalarNode? Forest { get; }

        public Field<bool> Prepared { get; }

        public ItemList<Administrator> Administrators { get; }
    }

    public sealed class Administrator : TopologyItem
    {
        internal Administrator(MappingNode node, ScalarNode? account, ItemList<ScalarNode> groups)
            : base(node)
        {
            Account = account;
            Groups = groups;
        }

        public ScalarNode? Account { get; }

        /// <summary>The group names written as strings.</summary>
        public ItemList<ScalarNode> Groups { get; }
    }

    public sealed class Pki : TopologyItem
    {
        internal Pki(MappingNode node, Section<MappingNode> certificationAuthority)
            : base(node) => CertificationAuthority = certificationAuthority;

        public Section<MappingNode> CertificationAuthority { get; }
    }

    public sealed class Exchange : TopologyItem
    {
        internal Exchange(MappingNode node, Field<ExchangeVersion> version, Field<long> servicePack, Field<bool> unifiedMessaging)
            : base(node)
        {
            Version = version;
            ServicePack = servicePack;
            UnifiedMessaging = unifiedMessaging;
        }

        public Field<ExchangeVersion> Version { get; }

        public Field<long> ServicePack { get; }

        public Field<bool> UnifiedMessaging { get; }
    }

    public sealed class Site : TopologyItem
    {
        internal Site(MappingNode node, ScalarNode? id, Field<SiteKind> kind, Section<MappingNode> address, Section<Emergency> emergency)
            : base(node)
        {
            Id = id;
            Kind = kind;
            Address = address;
            Emergency = emergency;
        }

        public ScalarNode? Id { get; }

        public Field<SiteKind> Kind { get; }

        /// <summary>A central site: <c>kind: central</c>. A site whose kind is absent or invalid is neither central nor branch.</summary>
        public bool IsCentral => Kind.Value == SiteKind.Central;

        /// <summary>A branch site: <c>kind: branch</c>.</summary>
        public bool IsBranch => Kind.Value == SiteKind.Branch;

        /// <summary>The <c>centralSite</c> as written (B.1); resolved whatever the site's kind, since TL0003 checks it on every site.</summary>
        public Reference<Site> CentralSite { get; internal set; }

        /// <summary>
        /// The site's <em>central site</em> (TOPOLOGY-v2 B.1), for a branch site only: the site its <c>centralSite</c>
        /// names, or, when it names none, the topology's only central site when there is exactly one. Null for a
        /// site that is not a branch, when <c>centralSite</c> is unresolved (TL0003) or invalid, and when no single
        /// central site is implied.
        /// </summary>
        public Site? AssociatedCentralSite { get; internal set; }

        /// <summary>The civic address, as written: the model reads none of its fields.</summary>
        public Section<MappingNode> Address { get; }

        public Section<Emergency> Emergency { get; }

        public override string ToString() => Id?.Value ?? "(site without id)";
    }

    public sealed class Emergency : TopologyItem
    {
        internal Emergency(MappingNode node, ItemList<Field<AlternativeAccess>> alternativeAccess, ItemList<ScalarNode> numbers, Field<bool> locationInformation)
            : base(node)
        {
            AlternativeAccess = alternativeAccess;
            Numbers = numbers;
            LocationInformation = locationInformation;
        }

        public ItemList<Field<AlternativeAccess>> AlternativeAccess { get; }

        public ItemList<ScalarNode> Numbers { get; }

        public Field<bool> LocationInformation { get; }
    }

    public sealed class Pool : TopologyItem
    {
        private readonly List<Server> _servers = new List<Server>();
        private readonly List<Pool> _backedUpBranches = new List<Pool>();

        internal Pool(MappingNode node, ScalarNode? fqdn, Field<PoolRole> role, Reference<Site> site, Field<PoolEdition> edition, ItemList<Field<EdgeService>> edgeServices)
            : base(node)
        {
            Fqdn = fqdn;
            Role = role;
            Site = site;
            Edition = edition;
            EdgeServices = edgeServices;
        }

        public ScalarNode? Fqdn { get; }

        public Field<PoolRole> Role { get; }

        public Reference<Site> Site { get; }

        public Field<PoolEdition> Edition { get; }

        public ItemList<Field<EdgeService>> EdgeServices { get; }

        /// <summary>
        /// <c>servers(P)</c> of RULES-v2: the pool's servers, without those whose fqdn was already defined (TL0004).
        /// </summary>
        public IReadOnlyList<Server> Servers => _servers;

        /// <summary>
        /// <c>backupPool</c> (B.2): read on front-end, SBA and SBS pools only (on other roles the key has no meaning:
        /// the reference is returned unresolved and TL0003 does not report it). Its target is always a front-end pool.
        /// </summary>
        public Reference<Pool> BackupPool { get; internal set; }

        /// <summary><c>virtual</c> (B.2, front-end pools): the servers are virtual machines.</summary>
        public Field<bool> Virtual { get; internal set; }

        /// <summary><c>plannedUsers</c> (B.2, front-end, SBA and SBS pools).</summary>
        public Field<long> PlannedUsers { get; internal set; }

        /// <summary><c>edgePool</c> as written (B.2): read on front-end pools only; its target is always an edge pool.</summary>
        public Reference<Pool> EdgePool { get; internal set; }

        /// <summary><c>externalWebFqdn</c> (B.2, front-end and director pools).</summary>
        public TextField ExternalWebFqdn { get; internal set; }

        /// <summary>
        /// The <em>edge association</em> (B.2) of a front-end pool: the edge pool its <c>edgePool</c> names or, when no
        /// front-end pool writes <c>edgePool</c> and the topology has exactly one edge pool, that pool. Null for other roles,
        /// for an unresolved or invalid <c>edgePool</c>, and when no association is implied.
        /// </summary>
        public Pool? AssociatedEdgePool { get; internal set; }

        /// <summary>The role homes users: a front-end, SBA or SBS pool (Lync's Registrars that <c>registrarPool</c> may name).</summary>
        public bool IsRegistrar => Role.Value is PoolRole.FrontEnd or PoolRole.SurvivableBranchAppliance or PoolRole.SurvivableBranchServer;

        /// <summary>A Survivable Branch Appliance or Server.</summary>
        public bool IsSurvivableBranch => Role.Value is PoolRole.SurvivableBranchAppliance or PoolRole.SurvivableBranchServer;

        /// <summary>The role has a Mediation Server a trunk's <c>mediationPool</c> may name: mediation, front-end (collocated), SBA, SBS.</summary>
        public bool HostsMediation => Role.Value is PoolRole.Mediation or PoolRole.FrontEnd or PoolRole.SurvivableBranchAppliance or PoolRole.SurvivableBranchServer;

        /// <summary>The number of users whose <c>registrarPool</c> names this pool (resolved).</summary>
        public int RegisteredUserCount { get; private set; }

        /// <summary>
        /// <c>homed(P)</c> of B.2, for a Registrar pool: the larger of <c>plannedUsers</c> (0 when absent or invalid) and
        /// <see cref="RegisteredUserCount"/>. 0 for other roles.
        /// </summary>
        public long Homed => !IsRegistrar ? 0 : System.Math.Max(PlannedUsers.Value ?? 0, RegisteredUserCount);

        /// <summary>
        /// <c>load(P)</c> of RULES-v2, for a front-end pool: <see cref="Homed"/> plus the homed users of every SBA or SBS
        /// pool whose <c>backupPool</c> is this pool. 0 for other roles.
        /// </summary>
        public long Load => Role.Value != PoolRole.FrontEnd ? 0 : Homed + BackedUpBranchHomed;

        /// <summary>The SBA and SBS pools whose <c>backupPool</c> names this front-end pool, in pool order.</summary>
        public IReadOnlyList<Pool> BackedUpBranches => _backedUpBranches;

        private long BackedUpBranchHomed
        {
            get
            {
                long total = 0;
                foreach (Pool branch in _backedUpBranches)
                {
                    total += branch.Homed;
                }

                return total;
            }
        }

        internal void AddRegisteredUser() => RegisteredUserCount++;

        internal void AddBackedUpBranch(Pool branch) => _backedUpBranches.Add(branch);

        internal void AddServer(Server server) => _servers.Add(server);

        public override string ToString() => Fqdn?.Value ?? "(pool without fqdn)";
    }

    public sealed class Server : TopologyItem
    {
        internal Server(MappingNode node, Pool pool, ScalarNode? fqdn, Section<OperatingSystemInfo> os, Field<bool> domainMember)
            : base(node)
        {
            Pool = pool;
            Fqdn = fqdn;
            Os = os;
            DomainMember = domainMember;
        }

        public Pool Pool { get; }

        public ScalarNode? Fqdn { get; }

        public Section<OperatingSystemInfo> Os { get; }

        public Field<bool> DomainMember { get; }

        public override string ToString() => Fqdn?.Value ?? "(server without fqdn)";
    }

    public sealed class OperatingSystemInfo : TopologyItem
    {
        internal OperatingSystemInfo(MappingNode node, Field<OperatingSystemName> name, Field<OperatingSystemEdition> edition, Field<ProcessorArchitecture> architecture, Field<long> servicePack)
            : base(node)
        {
            Name = name;
            Edition = edition;
            Architecture = architecture;
            ServicePack = servicePack;
        }

        public Field<OperatingSystemName> Name { get; }

        public Field<OperatingSystemEdition> Edition { get; }

        public Field<ProcessorArchitecture> Architecture { get; }

        /// <summary>The installed service pack (0 = RTM); when absent, any service pack requirement counts as met.</summary>
        public Field<long> ServicePack { get; }
    }

    public sealed class ReverseProxy : TopologyItem
    {
        internal ReverseProxy(MappingNode node, ScalarNode? fqdn, Reference<Site> site, ItemList<Reference<Pool>> publishes)
            : base(node)
        {
            Fqdn = fqdn;
            Site = site;
            Publishes = publishes;
        }

        public ScalarNode? Fqdn { get; }

        public Reference<Site> Site { get; }

        public ItemList<Reference<Pool>> Publishes { get; }
    }

    public sealed class PstnConnection : TopologyItem
    {
        private readonly List<Trunk> _trunks = new List<Trunk>();

        internal PstnConnection(MappingNode node, ScalarNode? id, Reference<Site> site, Field<ConnectionKind> connection, ItemList<ScalarNode> gateways, Reference<Pool> mediationPool)
            : base(node)
        {
            Id = id;
            Site = site;
            Connection = connection;
            Gateways = gateways;
            MediationPool = mediationPool;
        }

        public ScalarNode? Id { get; }

        public Reference<Site> Site { get; }

        public Field<ConnectionKind> Connection { get; }

        public ItemList<ScalarNode> Gateways { get; }

        /// <summary>The mediation pool reference; its target is null when TL0003 reports it.</summary>
        public Reference<Pool> MediationPool { get; }

        /// <summary>The trunks this entry is read as (A.3), in gateway order; empty when its id is a duplicate trunk name (TL0004).</summary>
        public IReadOnlyList<Trunk> Trunks => _trunks;

        internal void AddTrunk(Trunk trunk) => _trunks.Add(trunk);

        public override string ToString() => Id?.Value ?? "(PSTN connection without id)";
    }

    public sealed class ClientDeployment : TopologyItem
    {
        internal ClientDeployment(MappingNode node, Field<ClientProduct> product, Reference<Site> site, Field<long> count)
            : base(node)
        {
            Product = product;
            Site = site;
            Count = count;
        }

        public Field<ClientProduct> Product { get; }

        public Reference<Site> Site { get; }

        public Field<long> Count { get; }
    }

    /// <summary>
    /// A user. Its fields are read from its mapping when asked rather than kept: a large topology is
    /// mostly users, and holding a node per field made each user six more objects for the garbage
    /// collector to trace while the model was built. Only the site it names is resolved and kept.
    /// </summary>
    public sealed class User : TopologyItem
    {
        private readonly Site? _site;
        private readonly UserVoiceTargets? _voice;

        internal User(MappingNode node, Site? site, UserVoiceTargets? voice)
            : base(node)
        {
            _site = site;
            _voice = voice;
        }

        public ScalarNode? Sip => MappingFields.String(Node, "sip");

        /// <summary><see cref="Sip"/> as a field whose node is made only when asked for: rules that visit every user read its text where it is written.</summary>
        internal TextField SipField => MappingFields.Text(Node, "sip");

        public Reference<Site> Site
        {
            get
            {
                return new Reference<Site>(MappingFields.Text(Node, "site"), _site);
            }
        }

        /// <summary><see cref="Site"/>'s target, without reading the mapping: rules that visit every user ask for it.</summary>
        internal Site? ResolvedSite => _site;

        /// <summary>The user writes none of <c>registrarPool</c>, <c>dialPlan</c>, <c>voicePolicy</c> and <c>locationPolicy</c>.</summary>
        internal bool HasNoVoiceTargets => _voice == null;

        public Field<bool> Enabled => MappingFields.Boolean(Node, "enabled");

        /// <summary><see cref="Enabled"/>'s value, without making its node (null when absent or not a boolean): rules that visit every user ask for it.</summary>
        internal bool? EnabledValue => MappingFields.BooleanValue(Node, "enabled");

        public Field<bool> EnterpriseVoice => MappingFields.Boolean(Node, "enterpriseVoice");

        /// <summary><see cref="EnterpriseVoice"/>'s value, without making its node: rules that visit every user ask for it.</summary>
        internal bool? EnterpriseVoiceValue => MappingFields.BooleanValue(Node, "enterpriseVoice");

        public TextField LineUri => MappingFields.Text(Node, "lineUri");

        /// <summary><c>registrarPool</c> (S): its target is a front-end, SBA or SBS pool, or null (TL0003, or not written).</summary>
        public Reference<Pool> RegistrarPool => new Reference<Pool>(MappingFields.Text(Node, "registrarPool"), _voice?.RegistrarPool);

        /// <summary><c>dialPlan</c> (A.5): its target is a user-scope dial plan.</summary>
        public Reference<DialPlan> DialPlan => new Reference<DialPlan>(MappingFields.Text(Node, "dialPlan"), _voice?.DialPlan);

        /// <summary><c>voicePolicy</c> (A.5): its target is a user-scope voice policy.</summary>
        public Reference<VoicePolicy> VoicePolicy => new Reference<VoicePolicy>(MappingFields.Text(Node, "voicePolicy"), _voice?.VoicePolicy);

        /// <summary><c>locationPolicy</c> (B.5): its target is a user-scope location policy.</summary>
        public Reference<LocationPolicy> LocationPolicy => new Reference<LocationPolicy>(MappingFields.Text(Node, "locationPolicy"), _voice?.LocationPolicy);

        /// <summary>
        /// The user's <em>home site</em> (TOPOLOGY-v2 S): the site of the pool <c>registrarPool</c> names (null when that
        /// pool's site is unresolved); without a resolved <c>registrarPool</c> (absent, invalid or TL0003's), the site the
        /// user's <c>site</c> names; otherwise null.
        /// </summary>
        public Site? HomeSite => _voice?.RegistrarPool is { } pool ? pool.Site.Target : _site;

        public override string ToString() => Sip?.Value ?? "(user without sip)";
    }

    /// <summary>What a user's v2 references resolved to; made only for a user that writes one of them, so a v1 user costs nothing more.</summary>
    internal sealed class UserVoiceTargets
    {
        public Pool? RegistrarPool { get; set; }

        public DialPlan? DialPlan { get; set; }

        public VoicePolicy? VoicePolicy { get; set; }

        public LocationPolicy? LocationPolicy { get; set; }
    }
}
