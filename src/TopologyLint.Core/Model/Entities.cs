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

        /// <summary>The pool's servers, without those whose fqdn was already defined (TL0004).</summary>
        public IReadOnlyList<Server> Servers => _servers;

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

        internal User(MappingNode node, Site? site)
            : base(node) => _site = site;

        public ScalarNode? Sip => MappingFields.String(Node, "sip");

        public Reference<Site> Site
        {
            get
            {
                return new Reference<Site>(MappingFields.Text(Node, "site"), _site);
            }
        }

        /// <summary><see cref="Site"/>'s target, without reading the mapping: rules that visit every user ask for it.</summary>
        internal Site? ResolvedSite => _site;

        public Field<bool> Enabled => MappingFields.Boolean(Node, "enabled");

        public Field<bool> EnterpriseVoice => MappingFields.Boolean(Node, "enterpriseVoice");

        /// <summary><see cref="EnterpriseVoice"/>'s value, without making its node: rules that visit every user ask for it.</summary>
        internal bool? EnterpriseVoiceValue => MappingFields.BooleanValue(Node, "enterpriseVoice");

        public TextField LineUri => MappingFields.Text(Node, "lineUri");

        public override string ToString() => Sip?.Value ?? "(user without sip)";
    }
}
