using System.Collections.Generic;
using System.Xml.Linq;

namespace TopologyLint.Import
{
    /// <summary>The two XML forms <c>topolint import</c> reads.</summary>
    public enum TopologyForm
    {
        /// <summary>Topology Builder's saved document (<c>.tbxml</c>).</summary>
        TopologyBuilder,

        /// <summary>The published topology (<c>Get-CsTopology -AsXml</c>).</summary>
        Published,
    }

    /// <summary>
    /// What the XML says, joined but not yet mapped: sites, clusters and the services installed on them, the same
    /// for both forms (their different ways of joining objects are resolved by <see cref="TopologyXmlReader"/>).
    /// </summary>
    internal sealed class SourceTopology
    {
        public SourceTopology(TopologyForm form)
        {
            Form = form;
        }

        public TopologyForm Form { get; }

        public string? DefaultDomain { get; set; }

        public List<string> Domains { get; } = new List<string>();

        /// <summary>Null when the XML has no <c>SimpleUrlConfiguration</c> (the to-do T-SIMPLEURLS).</summary>
        public List<SourceSimpleUrl>? SimpleUrls { get; set; }

        public List<SourceSite> Sites { get; } = new List<SourceSite>();

        public List<SourceCluster> Clusters { get; } = new List<SourceCluster>();

        public List<SourceService> Services { get; } = new List<SourceService>();
    }

    internal sealed class SourceSimpleUrl
    {
        public SourceSimpleUrl(string component, string domain, string activeUrl, int line)
        {
            Component = component;
            Domain = domain;
            ActiveUrl = activeUrl;
            Line = line;
        }

        public string Component { get; }

        public string Domain { get; }

        public string ActiveUrl { get; }

        public int Line { get; }
    }

    internal sealed class SourceSite
    {
        public SourceSite(XElement element, string name, string? siteKey, SourceSite? central)
        {
            Element = element;
            Name = name;
            SiteKey = siteKey;
            Central = central;
        }

        public XElement Element { get; }

        /// <summary>A <c>CentralSite</c> element; any other site element is a branch site.</summary>
        public bool IsCentral => Element.Name.LocalName == "CentralSite";

        public string Name { get; }

        /// <summary><c>@SiteId</c>, or <c>@OriginalSiteId</c> where an <c>OriginalTopology</c> site has no <c>@SiteId</c>.</summary>
        public string? SiteKey { get; }

        /// <summary>The enclosing central site of a branch site (<c>.tbxml</c>); null for central sites and published branch sites.</summary>
        public SourceSite? Central { get; }

        public string? City { get; set; }

        public string? State { get; set; }

        public string? CountryCode { get; set; }

        /// <summary>The DSL site id, given by <see cref="TopologyMapper"/>.</summary>
        public string Id { get; set; } = string.Empty;
    }

    internal sealed class SourceCluster
    {
        public SourceCluster(XElement element, string key, string fqdn, SourceSite? site)
        {
            Element = element;
            Key = key;
            Fqdn = fqdn;
            Site = site;
        }

        public XElement Element { get; }

        /// <summary><c>@UniqueId</c> (<c>.tbxml</c>) or <c>SiteId:Number</c> of its <c>ClusterId</c> (published).</summary>
        public string Key { get; }

        public string Fqdn { get; }

        /// <summary>Null when a published cluster's <c>ClusterId @SiteId</c> names no site.</summary>
        public SourceSite? Site { get; }

        public List<string> Machines { get; } = new List<string>();

        /// <summary>The services installed on this cluster or on one of its SQL instances, in document order.</summary>
        public List<SourceService> Services { get; } = new List<SourceService>();
    }

    internal sealed class SourceService
    {
        public SourceService(XElement element, string key, string roleName, string? version, string? clusterKey, bool onSqlInstance)
        {
            Element = element;
            Key = key;
            RoleName = roleName;
            Version = version;
            ClusterKey = clusterKey;
            OnSqlInstance = onSqlInstance;
        }

        public XElement Element { get; }

        /// <summary><c>@UniqueId</c> (<c>.tbxml</c>) or <c>SiteId:RoleName:Instance</c> of its <c>ServiceId</c> (published).</summary>
        public string Key { get; }

        public string RoleName { get; }

        /// <summary><c>@ServiceVersion</c> as written, or null.</summary>
        public string? Version { get; }

        /// <summary>The cluster it is installed on, directly or through a SQL instance that cluster hosts.</summary>
        public string? ClusterKey { get; }

        public bool OnSqlInstance { get; }

        /// <summary>The keys of the services it depends on, in document order.</summary>
        public List<string> Dependencies { get; } = new List<string>();

        public SourceCluster? Cluster { get; set; }
    }
}
