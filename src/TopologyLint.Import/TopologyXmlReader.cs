using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace TopologyLint.Import
{
    /// <summary>
    /// Reads either XML form into a <see cref="SourceTopology"/>: recognizes the form by its root element, joins
    /// clusters, SQL instances and services the way that form writes them, and
    /// matches elements below the root by local name only. A DTD is refused and no external entity is resolved.
    /// </summary>
    internal static partial class TopologyXmlReader
    {
        private const string TopologyBuilderNamespace = "urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008";
        private const string PublishedNamespace = "urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008";

        public static SourceTopology Read(byte[] bytes, string file, bool original, ImportWarnings warnings)
        {
            XElement root = Load(bytes, file).Root!;
            if (root.Name == XName.Get("TopologyBuilder", TopologyBuilderNamespace))
            {
                XElement? part = Child(root, original ? "OriginalTopology" : "NewTopology");
                if (part == null)
                {
                    throw new ImportException(original
                        ? $"{file}: --original: this Topology Builder document has no OriginalTopology (Topology Builder saves it after downloading the published topology)"
                        : $"{file}: this Topology Builder document has no NewTopology");
                }

                XElement topology = Child(part, "PartialTopology")
                    ?? throw new ImportException($"{At(file, part)}: {part.Name.LocalName} holds no PartialTopology");
                return ReadTopologyBuilder(topology, file, warnings);
            }

            if (original)
            {
                throw new ImportException($"{file}: --original reads a Topology Builder document (.tbxml); this is {Describe(root)}");
            }

            if (root.Name == XName.Get("Topology", PublishedNamespace))
            {
                return ReadPublished(root, file, warnings);
            }

            throw new ImportException($"{At(file, root)}: not a Lync Server topology: the root element is {Describe(root)}, expected TopologyBuilder (Topology Builder's .tbxml) or Topology (Get-CsTopology -AsXml)");
        }

        private static string Describe(XElement root)
            => root.Name.NamespaceName.Length == 0 ? $"'{root.Name.LocalName}'" : $"'{root.Name.LocalName}' in namespace '{root.Name.NamespaceName}'";

        /// <summary>
        /// Windows PowerShell's Out-File writes UTF-16 with a byte order mark, and keeps a declaration that says
        /// utf-8 if the text has one: a UTF-16 byte order mark wins over the declaration. Other files are read as
        /// their declaration (or UTF-8) says.
        /// </summary>
        private static XDocument Load(byte[] bytes, string file)
        {
            bool utf16 = bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
            using TextReader? text = utf16 ? new StringReader(SourceFile.Decode(bytes, file)) : null;
            using var stream = new MemoryStream(bytes, writable: false);
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                CloseInput = false,
            };
            try
            {
                using XmlReader reader = text != null ? XmlReader.Create(text, settings) : XmlReader.Create(stream, settings);
                return XDocument.Load(reader, LoadOptions.SetLineInfo);
            }
            catch (XmlException ex)
            {
                // XmlException's message ends with its own "Line n, position m.": the location goes in front instead.
                // The refusal of a DTD has no position (neither has the reader then): the file is named alone.
                string reason = ex.Message.Contains("DTD", StringComparison.Ordinal)
                    ? "a DTD is refused: topology XML has no document type declaration, and no entity is expanded"
                    : "not well-formed XML: " + TrailingPosition().Replace(ex.Message, string.Empty);
                throw new ImportException(ex.LineNumber > 0 ? $"{file}:{ex.LineNumber}:{ex.LinePosition}: {reason}" : $"{file}: {reason}", ex);
            }
        }

        private static SourceTopology ReadTopologyBuilder(XElement topology, string file, ImportWarnings warnings)
        {
            var source = new SourceTopology(TopologyForm.TopologyBuilder);
            ReadCommon(topology, source);

            // A service names the cluster or the SQL instance it is installed on by UniqueId.
            var clusterOfSqlInstance = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (XElement centralElement in Children(Child(topology, "CentralSites"), "CentralSite"))
            {
                SourceSite central = ReadSite(centralElement, null, source);
                ReadNestedClusters(centralElement, central, file, source, clusterOfSqlInstance, warnings);
                foreach (XElement branchElement in Child(centralElement, "RemoteSites")?.Elements() ?? Enumerable.Empty<XElement>())
                {
                    SourceSite branch = ReadSite(branchElement, central, source);
                    ReadNestedClusters(branchElement, branch, file, source, clusterOfSqlInstance, warnings);
                }
            }

            foreach (XElement element in Children(Child(topology, "Services"), "Service"))
            {
                string? key = Attribute(element, "UniqueId");
                string? role = Attribute(element, "RoleName");
                if (key == null || role == null)
                {
                    warnings.Add(file, element, "a Service without UniqueId or RoleName: skipped");
                    continue;
                }

                string? installedOn = Attribute(element, "InstalledOn");
                bool onSqlInstance = installedOn != null && clusterOfSqlInstance.ContainsKey(installedOn);
                var service = new SourceService(element, key, role, Attribute(element, "ServiceVersion"), onSqlInstance ? clusterOfSqlInstance[installedOn!] : installedOn, onSqlInstance);
                foreach (XElement dependency in Children(Child(element, "DependsOn"), "Dependency"))
                {
                    if (Attribute(dependency, "ServiceUniqueId") is string dependsOn)
                    {
                        service.Dependencies.Add(dependsOn);
                    }
                }

                source.Services.Add(service);
            }

            return source;
        }

        private static void ReadNestedClusters(XElement siteElement, SourceSite site, string file, SourceTopology source, Dictionary<string, string> clusterOfSqlInstance, ImportWarnings warnings)
        {
            foreach (XElement element in Children(Child(siteElement, "Clusters"), "Cluster"))
            {
                string? key = Attribute(element, "UniqueId");
                string? fqdn = Attribute(element, "Fqdn");
                if (key == null || fqdn == null)
                {
                    warnings.Add(file, element, "a Cluster without UniqueId or Fqdn: skipped");
                    continue;
                }

                var cluster = new SourceCluster(element, key, fqdn, site);

                // Topology Builder leaves out the machine's Fqdn in single-machine clusters: it is the cluster's.
                foreach (XElement machine in Children(Child(element, "Machines"), "Machine"))
                {
                    cluster.Machines.Add(Attribute(machine, "Fqdn") ?? fqdn);
                }

                foreach (XElement sql in Children(Child(element, "SqlInstances"), "SqlInstance"))
                {
                    if (Attribute(sql, "UniqueId") is string sqlKey)
                    {
                        clusterOfSqlInstance[sqlKey] = key;
                    }
                }

                source.Clusters.Add(cluster);
            }
        }

        private static SourceTopology ReadPublished(XElement topology, string file, ImportWarnings warnings)
        {
            var source = new SourceTopology(TopologyForm.Published);
            ReadCommon(topology, source);

            var sitesByKey = new Dictionary<string, SourceSite>(StringComparer.Ordinal);
            foreach (XElement element in Child(topology, "Sites")?.Elements() ?? Enumerable.Empty<XElement>())
            {
                SourceSite site = ReadSite(element, null, source);
                if (site.SiteKey != null)
                {
                    sitesByKey.TryAdd(site.SiteKey, site);
                }
            }

            foreach (XElement element in Children(Child(topology, "Clusters"), "Cluster"))
            {
                string? key = ClusterKey(Child(element, "ClusterId"));
                string? fqdn = Attribute(element, "Fqdn");
                if (key == null || fqdn == null)
                {
                    warnings.Add(file, element, "a Cluster without ClusterId or Fqdn: skipped");
                    continue;
                }

                string siteKey = Attribute(Child(element, "ClusterId")!, "SiteId")!;
                sitesByKey.TryGetValue(siteKey, out SourceSite? site);
                var cluster = new SourceCluster(element, key, fqdn, site);
                foreach (XElement machine in Children(element, "Machine"))
                {
                    cluster.Machines.Add(Attribute(machine, "Fqdn") ?? fqdn);
                }

                source.Clusters.Add(cluster);
            }

            foreach (XElement element in Children(Child(topology, "Services"), "Service"))
            {
                XElement? id = Child(element, "ServiceId");
                string? key = ServiceKey(id);
                if (key == null)
                {
                    warnings.Add(file, element, "a Service without a complete ServiceId (SiteId, RoleName, Instance): skipped");
                    continue;
                }

                XElement? installedOn = Child(element, "InstalledOn");
                XElement? onSql = Child(installedOn, "SqlInstanceId");
                string? clusterKey = ClusterKey(Child(onSql ?? installedOn, "ClusterId"));
                var service = new SourceService(element, key, Attribute(id!, "RoleName")!, Attribute(element, "ServiceVersion"), clusterKey, onSql != null);
                foreach (XElement dependency in Children(Child(element, "DependsOn"), "Dependency"))
                {
                    if (ServiceKey(Child(dependency, "ServiceId")) is string dependsOn)
                    {
                        service.Dependencies.Add(dependsOn);
                    }
                }

                source.Services.Add(service);
            }

            return source;
        }

        private static string? ClusterKey(XElement? clusterId)
            => Attribute(clusterId, "SiteId") is string site && Attribute(clusterId, "Number") is string number ? site + ":" + number : null;

        private static string? ServiceKey(XElement? serviceId)
            => Attribute(serviceId, "SiteId") is string site && Attribute(serviceId, "RoleName") is string role && Attribute(serviceId, "Instance") is string instance
                ? site + ":" + role + ":" + instance
                : null;

        /// <summary>Domains and simple URLs, written alike by both forms.</summary>
        private static void ReadCommon(XElement topology, SourceTopology source)
        {
            XElement? domains = Child(topology, "InternalDomains");
            source.DefaultDomain = Attribute(domains, "DefaultDomain");
            foreach (XElement domain in Children(domains, "InternalDomain"))
            {
                if (Attribute(domain, "Name") is string name)
                {
                    source.Domains.Add(name);
                }
            }

            if (Child(topology, "SimpleUrlConfiguration") is XElement simpleUrls)
            {
                source.SimpleUrls = new List<SourceSimpleUrl>();
                foreach (XElement url in Children(simpleUrls, "SimpleUrl"))
                {
                    source.SimpleUrls.Add(new SourceSimpleUrl(
                        Attribute(url, "Component") ?? string.Empty,
                        Attribute(url, "Domain") ?? string.Empty,
                        Attribute(url, "ActiveUrl") ?? string.Empty,
                        ((IXmlLineInfo)url).LineNumber));
                }
            }
        }

        private static SourceSite ReadSite(XElement element, SourceSite? central, SourceTopology source)
        {
            // Name is a child element in both samples; a branch site's form is unverified, so an attribute is read too.
            string name = Child(element, "Name")?.Value.Trim() ?? Attribute(element, "Name") ?? string.Empty;
            var site = new SourceSite(element, name, Attribute(element, "SiteId") ?? Attribute(element, "OriginalSiteId"), central);
            if (Child(element, "Location") is XElement location)
            {
                site.City = Attribute(location, "City");
                site.State = Attribute(location, "State");
                site.CountryCode = Attribute(location, "CountryCode");
            }

            source.Sites.Add(site);
            return site;
        }

        internal static XElement? Child(XElement? parent, string localName)
            => parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

        internal static IEnumerable<XElement> Children(XElement? parent, string localName)
            => parent?.Elements().Where(e => e.Name.LocalName == localName) ?? Enumerable.Empty<XElement>();

        /// <summary>An attribute's value, trimmed; null when absent or blank.</summary>
        internal static string? Attribute(XElement? element, string name)
        {
            string? value = element?.Attribute(name)?.Value.Trim();
            return string.IsNullOrEmpty(value) ? null : value;
        }

        internal static string At(string file, XObject at)
        {
            var info = (IXmlLineInfo)at;
            return info.HasLineInfo() ? $"{file}:{info.LineNumber}:{info.LinePosition}" : file;
        }

        [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
        private static partial Regex TrailingPosition();
    }
}
