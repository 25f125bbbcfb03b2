using System.Collections.Generic;

namespace TopologyLint.Import
{
    /// <summary>The document to write: DSL values only, each already checked against the schema's patterns.</summary>
    internal sealed class ImportedTopology
    {
        public ImportedTopology(TopologyForm form)
        {
            Form = form;
        }

        public TopologyForm Form { get; }

        public string DefaultDomain { get; set; } = string.Empty;

        public List<string> SipDomains { get; } = new List<string>();

        /// <summary>The highest <c>ServiceVersion</c> of any service, or null when none says.</summary>
        public int? ServiceVersion { get; set; }

        /// <summary>Every <c>ServiceVersion</c> other than 6 (Lync Server 2013), as written, in ascending order.</summary>
        public List<string> OtherVersions { get; } = new List<string>();

        public List<ImportedSite> Sites { get; } = new List<ImportedSite>();

        public List<ImportedPool> Pools { get; } = new List<ImportedPool>();

        public List<ImportedGateway> Gateways { get; } = new List<ImportedGateway>();

        public List<ImportedTrunk> Trunks { get; } = new List<ImportedTrunk>();

        /// <summary>Null when the XML has no <c>SimpleUrlConfiguration</c>.</summary>
        public ImportedSimpleUrls? SimpleUrls { get; set; }

        public List<ImportedOtherCluster> OtherClusters { get; } = new List<ImportedOtherCluster>();
    }

    internal sealed class ImportedSite
    {
        public ImportedSite(string id, bool central)
        {
            Id = id;
            Central = central;
        }

        public string Id { get; }

        public bool Central { get; }

        public string? CentralSite { get; set; }

        public string? City { get; set; }

        public string? Region { get; set; }

        public string? Country { get; set; }

        /// <summary>The CountryCode text that was not recognized (named in the site's to-do), or null.</summary>
        public string? UnrecognizedCountry { get; set; }

        /// <summary>For branch sites, read from unverified elements: where they came from (the to-do T-BRANCH).</summary>
        public string? BranchSource { get; set; }
    }

    internal enum ImportedRole
    {
        FrontEnd,
        Director,
        Edge,
        Mediation,
        SurvivableBranchServer,
    }

    internal sealed class ImportedPool
    {
        public ImportedPool(string fqdn, ImportedRole role, string site)
        {
            Fqdn = fqdn;
            Role = role;
            Site = site;
        }

        public string Fqdn { get; }

        public ImportedRole Role { get; }

        public string Site { get; }

        public string? Edition { get; set; }

        public List<string> EdgeServices { get; } = new List<string>();

        public string? EdgePool { get; set; }

        public string? ExternalWebFqdn { get; set; }

        public List<string> Servers { get; } = new List<string>();

        /// <summary>For survivable branch servers, read from unverified elements: where they came from (T-BRANCH).</summary>
        public string? BranchSource { get; set; }
    }

    internal sealed class ImportedGateway
    {
        public ImportedGateway(string fqdn, string site)
        {
            Fqdn = fqdn;
            Site = site;
        }

        public string Fqdn { get; }

        public string Site { get; }
    }

    internal sealed class ImportedTrunk
    {
        public ImportedTrunk(string name, string gateway, string mediationPool)
        {
            Name = name;
            Gateway = gateway;
            MediationPool = mediationPool;
        }

        public string Name { get; }

        public string Gateway { get; }

        public string MediationPool { get; }

        public int? GatewayPort { get; set; }

        public string? Transport { get; set; }

        public int? MediationPort { get; set; }
    }

    internal sealed class ImportedSimpleUrls
    {
        public List<KeyValuePair<string, string>> Meet { get; } = new List<KeyValuePair<string, string>>();

        public string? Dialin { get; set; }

        public string? Admin { get; set; }
    }

    internal sealed class ImportedOtherCluster
    {
        public ImportedOtherCluster(string fqdn, IReadOnlyList<string> roles)
        {
            Fqdn = fqdn;
            Roles = roles;
        }

        public string Fqdn { get; }

        public IReadOnlyList<string> Roles { get; }
    }
}
