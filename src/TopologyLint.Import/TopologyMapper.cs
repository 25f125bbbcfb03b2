using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TopologyLint.Import
{
    /// <summary>
    /// Maps what the XML says to DSL values, element by element (docs/import.md, "What is imported"). It never
    /// invents a value: what the XML does not hold is left out (the writer puts a to-do there), and a value that
    /// would not satisfy the schema is skipped with a warning, so that the output lints without TL0002.
    /// </summary>
    internal static partial class TopologyMapper
    {
        public static ImportedTopology Map(SourceTopology source, string file, ImportWarnings warnings)
        {
            var topology = new ImportedTopology(source.Form);
            MapDomains(source, topology, file, warnings);
            MapVersions(source, topology);
            MapSites(source, topology);

            var clustersByKey = new Dictionary<string, SourceCluster>(StringComparer.Ordinal);
            foreach (SourceCluster cluster in source.Clusters)
            {
                clustersByKey.TryAdd(cluster.Key, cluster);
            }

            var servicesByKey = new Dictionary<string, SourceService>(StringComparer.Ordinal);
            foreach (SourceService service in source.Services)
            {
                servicesByKey.TryAdd(service.Key, service);
                if (service.ClusterKey != null && clustersByKey.TryGetValue(service.ClusterKey, out SourceCluster? cluster))
                {
                    service.Cluster = cluster;
                    cluster.Services.Add(service);
                }
                else
                {
                    warnings.Add(file, service.Element, $"the {service.RoleName} service is installed on no cluster of this topology: ignored");
                }
            }

            var pools = new Dictionary<SourceCluster, ImportedPool>();
            var gateways = new List<(SourceCluster Cluster, ImportedGateway Gateway)>();
            foreach (SourceCluster cluster in source.Clusters)
            {
                ClassifyCluster(cluster, topology, pools, gateways, file, warnings);
            }

            foreach (SourceCluster cluster in source.Clusters.Where(pools.ContainsKey))
            {
                AddPoolDetails(cluster, pools[cluster], pools, servicesByKey, file, warnings);
            }

            // Pools grouped by role (front-end, director, edge, mediation, survivable-branch-server), each in XML order.
            topology.Pools.AddRange(source.Clusters.Where(pools.ContainsKey).Select(c => pools[c]).OrderBy(p => p.Role));
            foreach ((SourceCluster cluster, ImportedGateway gateway) in gateways)
            {
                topology.Gateways.Add(gateway);
                AddRootTrunk(cluster, gateway, pools, servicesByKey, topology, file, warnings);
            }

            MapSimpleUrls(source, topology, file, warnings);
            return topology;
        }

        /// <summary>The schema's domain name pattern (pool, server and gateway fqdns, SIP domains).</summary>
        public static bool IsDomainName(string text) => DomainName().IsMatch(text);

        private static void MapDomains(SourceTopology source, ImportedTopology topology, string file, ImportWarnings warnings)
        {
            IEnumerable<string> ordered = source.DefaultDomain == null ? source.Domains : new[] { source.DefaultDomain }.Concat(source.Domains);
            foreach (string domain in ordered.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (IsDomainName(domain))
                {
                    topology.SipDomains.Add(domain);
                }
                else
                {
                    warnings.Add(file, $"the SIP domain '{domain}' is not a domain name: skipped");
                }
            }

            if (topology.SipDomains.Count == 0)
            {
                throw new ImportException($"{file}: no SIP domain (InternalDomains): a topology document needs at least one");
            }

            topology.DefaultDomain = topology.SipDomains[0];
        }

        private static void MapVersions(SourceTopology source, ImportedTopology topology)
        {
            var versions = new SortedSet<string>(source.Services.Select(s => s.Version).OfType<string>(), Comparer<string>.Create(CompareVersions));
            foreach (string version in versions)
            {
                if (int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
                {
                    topology.ServiceVersion = number;
                }

                if (version != "6")
                {
                    topology.OtherVersions.Add(version);
                }
            }
        }

        /// <summary>Numbers in numeric order, then any other text in ordinal order.</summary>
        private static int CompareVersions(string a, string b)
        {
            bool aNumber = int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out int x);
            bool bNumber = int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out int y);
            return aNumber && bNumber ? x.CompareTo(y) : aNumber != bNumber ? (aNumber ? -1 : 1) : string.CompareOrdinal(a, b);
        }

        private static void MapSites(SourceTopology source, ImportedTopology topology)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (int index = 0; index < source.Sites.Count; index++)
            {
                SourceSite site = source.Sites[index];
                string suffix = Identifier(site.SiteKey ?? string.Empty) is { Length: > 0 } key ? key : (index + 1).ToString(CultureInfo.InvariantCulture);
                string id = Identifier(site.Name);
                id = id.Length == 0 ? "site-" + suffix : ids.Contains(id) ? id + "-" + suffix : id;
                for (int counter = 2; !ids.Add(id); counter++)
                {
                    id = Identifier(site.Name) + "-" + suffix + "-" + counter.ToString(CultureInfo.InvariantCulture);
                }

                site.Id = id;
                var imported = new ImportedSite(id, site.IsCentral)
                {
                    CentralSite = site.Central?.Id,
                    City = site.City,
                    Region = site.State,
                };
                if (site.CountryCode != null)
                {
                    imported.Country = CountryCodes.ToAlpha2(site.CountryCode);
                    imported.UnrecognizedCountry = imported.Country == null ? site.CountryCode : null;
                }

                if (!site.IsCentral)
                {
                    imported.BranchSource = Source(site.Element);
                }

                topology.Sites.Add(imported);
            }
        }

        /// <summary>
        /// A site id from a name: lower-cased, each run of characters outside [a-z0-9] replaced by '-', leading and
        /// trailing '-' removed.
        /// </summary>
        internal static string Identifier(string name)
        {
            var id = new StringBuilder(name.Length);
            foreach (char c in name.ToLowerInvariant())
            {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                {
                    id.Append(c);
                }
                else if (id.Length > 0 && id[id.Length - 1] != '-')
                {
                    id.Append('-');
                }
            }

            return id.ToString().TrimEnd('-');
        }

        private static void ClassifyCluster(SourceCluster cluster, ImportedTopology topology, Dictionary<SourceCluster, ImportedPool> pools, List<(SourceCluster, ImportedGateway)> gateways, string file, ImportWarnings warnings)
        {
            SourceService? registrar = Service(cluster, "Registrar");
            bool director = registrar != null && string.Equals(TopologyXmlReader.Attribute(TopologyXmlReader.Child(registrar.Element, "RegistrarService"), "IsDirector"), "true", StringComparison.OrdinalIgnoreCase);
            bool central = cluster.Site?.IsCentral ?? false;
            ImportedRole? role =
                director ? ImportedRole.Director
                : registrar != null && Service(cluster, "UserServices") != null && central ? ImportedRole.FrontEnd
                : registrar != null && Service(cluster, "MediationServer") != null && cluster.Site != null && !central ? ImportedRole.SurvivableBranchServer
                : Service(cluster, "EdgeServer") != null ? ImportedRole.Edge
                : registrar == null && Service(cluster, "MediationServer") != null ? ImportedRole.Mediation
                : null;
            bool gateway = role == null && Service(cluster, "PstnGateway") != null;
            if (role == null && !gateway)
            {
                topology.OtherClusters.Add(new ImportedOtherCluster(cluster.Fqdn, cluster.Services.Select(s => s.RoleName).Distinct(StringComparer.Ordinal).ToList()));
                return;
            }

            string what = gateway ? "gateway" : "pool";
            if (!IsDomainName(cluster.Fqdn))
            {
                warnings.Add(file, cluster.Element, $"the {what} fqdn '{cluster.Fqdn}' is not a domain name: skipped");
                return;
            }

            if (cluster.Site == null)
            {
                warnings.Add(file, cluster.Element, $"the {what} '{cluster.Fqdn}' is in no site of this topology: skipped");
                return;
            }

            if (gateway)
            {
                gateways.Add((cluster, new ImportedGateway(cluster.Fqdn, cluster.Site.Id)));
                return;
            }

            var pool = new ImportedPool(cluster.Fqdn, role!.Value, cluster.Site.Id);
            foreach (string machine in cluster.Machines)
            {
                if (IsDomainName(machine))
                {
                    pool.Servers.Add(machine);
                }
                else
                {
                    warnings.Add(file, cluster.Element, $"the server fqdn '{machine}' of '{cluster.Fqdn}' is not a domain name: skipped");
                }
            }

            if (pool.Servers.Count == 0)
            {
                warnings.Add(file, cluster.Element, $"the pool '{cluster.Fqdn}' has no server (Machine): skipped");
                return;
            }

            if (role == ImportedRole.SurvivableBranchServer)
            {
                pool.BranchSource = Source(cluster.Element);
            }

            pools.Add(cluster, pool);
        }

        private static void AddPoolDetails(SourceCluster cluster, ImportedPool pool, Dictionary<SourceCluster, ImportedPool> pools, Dictionary<string, SourceService> servicesByKey, string file, ImportWarnings warnings)
        {
            switch (pool.Role)
            {
                case ImportedRole.FrontEnd:
                    // Standard Edition holds its own user store (the back end on a SQL instance of the same cluster).
                    SourceService? userStore = Dependencies(Service(cluster, "UserServices")!, servicesByKey).FirstOrDefault(s => s.RoleName == "UserStore");
                    pool.Edition = userStore != null && userStore.OnSqlInstance && userStore.Cluster == cluster ? "standard" : "enterprise";
                    SourceService? edge = Dependencies(Service(cluster, "Registrar")!, servicesByKey).FirstOrDefault(s => s.RoleName == "EdgeServer");
                    if (edge?.Cluster != null && pools.TryGetValue(edge.Cluster, out ImportedPool? edgePool) && edgePool.Role == ImportedRole.Edge)
                    {
                        pool.EdgePool = edgePool.Fqdn;
                    }

                    pool.ExternalWebFqdn = ExternalWebFqdn(cluster, file, warnings);
                    break;
                case ImportedRole.Director:
                    pool.ExternalWebFqdn = ExternalWebFqdn(cluster, file, warnings);
                    break;
                case ImportedRole.Edge:
                    var owners = new HashSet<string>(
                        TopologyXmlReader.Children(TopologyXmlReader.Child(Service(cluster, "EdgeServer")!.Element, "Ports"), "Port").Select(p => TopologyXmlReader.Attribute(p, "Owner") ?? string.Empty),
                        StringComparer.OrdinalIgnoreCase);
                    foreach ((string owner, string service) in EdgeComponents)
                    {
                        if (owners.Contains(owner))
                        {
                            pool.EdgeServices.Add(service);
                        }
                    }

                    break;
            }
        }

        /// <summary>Edge components by port owner, in the order the DSL lists them.</summary>
        private static readonly (string Owner, string Service)[] EdgeComponents =
        {
            ("urn:component:AccessEdge", "access"),
            ("urn:component:DataEdge", "web-conferencing"),
            ("urn:component:MediaRelayEdge", "av"),
        };

        private static string? ExternalWebFqdn(SourceCluster cluster, string file, ImportWarnings warnings)
        {
            XElement? settings = TopologyXmlReader.Child(TopologyXmlReader.Child(Service(cluster, "WebServices")?.Element, "WebService"), "ExternalSettings");
            string? host = TopologyXmlReader.Attribute(settings, "Host");
            if (host != null && !IsDomainName(host))
            {
                warnings.Add(file, settings!, $"the external web services FQDN '{host}' of '{cluster.Fqdn}' is not a domain name: skipped");
                return null;
            }

            return host;
        }

        private static void AddRootTrunk(SourceCluster cluster, ImportedGateway gateway, Dictionary<SourceCluster, ImportedPool> pools, Dictionary<string, SourceService> servicesByKey, ImportedTopology topology, string file, ImportWarnings warnings)
        {
            SourceService service = Service(cluster, "PstnGateway")!;
            List<SourceService> mediation = Dependencies(service, servicesByKey).Where(s => s.RoleName == "MediationServer").ToList();
            if (mediation.Count == 0)
            {
                warnings.Add(file, service.Element, $"the gateway '{gateway.Fqdn}' depends on no Mediation Server: no trunk imported");
                return;
            }

            if (mediation.Count > 1)
            {
                warnings.Add(file, service.Element, $"the gateway '{gateway.Fqdn}' depends on {mediation.Count} Mediation Servers: only the root trunk (the first) is imported, additional trunks are not recognized yet");
            }

            if (mediation[0].Cluster is not SourceCluster mediationCluster || !pools.TryGetValue(mediationCluster, out ImportedPool? mediationPool))
            {
                warnings.Add(file, service.Element, $"the Mediation Server of the gateway '{gateway.Fqdn}' is on no imported pool: no trunk imported");
                return;
            }

            var trunk = new ImportedTrunk(gateway.Fqdn, gateway.Fqdn, mediationPool.Fqdn);
            XElement? port = TopologyXmlReader.Children(TopologyXmlReader.Child(service.Element, "Ports"), "Port")
                .FirstOrDefault(p => string.Equals(TopologyXmlReader.Attribute(p, "Owner"), "urn:component:GatewayComp", StringComparison.OrdinalIgnoreCase));
            trunk.GatewayPort = Port(TopologyXmlReader.Attribute(port, "Port"));
            string? protocol = TopologyXmlReader.Attribute(port, "Protocol");
            trunk.Transport = string.Equals(protocol, "Tls", StringComparison.OrdinalIgnoreCase) ? "tls" : string.Equals(protocol, "Tcp", StringComparison.OrdinalIgnoreCase) ? "tcp" : null;
            if (protocol != null && trunk.Transport == null)
            {
                warnings.Add(file, port!, $"the gateway '{gateway.Fqdn}' listens on protocol '{protocol}', neither Tls nor Tcp: no transport imported");
            }

            trunk.MediationPort = Port(TopologyXmlReader.Attribute(TopologyXmlReader.Child(service.Element, "PstnGatewayService"), "MediationServerPort"));
            topology.Trunks.Add(trunk);
        }

        private static int? Port(string? text)
            => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port >= 1 && port <= 65535 ? port : null;

        private static void MapSimpleUrls(SourceTopology source, ImportedTopology topology, string file, ImportWarnings warnings)
        {
            if (source.SimpleUrls == null)
            {
                return;
            }

            var urls = new ImportedSimpleUrls();
            foreach (SourceSimpleUrl url in source.SimpleUrls)
            {
                string component = url.Component.ToUpperInvariant();
                if (url.ActiveUrl.Length == 0)
                {
                    warnings.Add(file, url.Line, 1, $"the {url.Component} simple URL has no ActiveUrl: skipped");
                }
                else if (component == "MEET")
                {
                    if (IsDomainName(url.Domain))
                    {
                        urls.Meet.Add(new KeyValuePair<string, string>(url.Domain, url.ActiveUrl));
                    }
                    else
                    {
                        warnings.Add(file, url.Line, 1, $"the Meet simple URL's domain '{url.Domain}' is not a domain name: skipped");
                    }
                }
                else if (component == "DIALIN" || component == "CSCP")
                {
                    bool dialin = component == "DIALIN";
                    if ((dialin ? urls.Dialin : urls.Admin) != null)
                    {
                        warnings.Add(file, url.Line, 1, $"a second {url.Component} simple URL: only the first is imported (the DSL has one)");
                    }
                    else if (dialin)
                    {
                        urls.Dialin = url.ActiveUrl;
                    }
                    else
                    {
                        urls.Admin = url.ActiveUrl;
                    }
                }
                else
                {
                    warnings.Add(file, url.Line, 1, $"the simple URL component '{url.Component}' is not recognized: skipped");
                }
            }

            topology.SimpleUrls = urls;
        }

        private static SourceService? Service(SourceCluster cluster, string roleName)
            => cluster.Services.FirstOrDefault(s => s.RoleName == roleName);

        private static IEnumerable<SourceService> Dependencies(SourceService service, Dictionary<string, SourceService> servicesByKey)
        {
            foreach (string key in service.Dependencies)
            {
                if (servicesByKey.TryGetValue(key, out SourceService? dependency))
                {
                    yield return dependency;
                }
            }
        }

        /// <summary>"RemoteSite (line 40)": the element an unverified mapping read, for the to-do T-BRANCH.</summary>
        private static string Source(XElement element)
        {
            var info = (System.Xml.IXmlLineInfo)element;
            return info.HasLineInfo() ? $"{element.Name.LocalName} (line {info.LineNumber.ToString(CultureInfo.InvariantCulture)})" : element.Name.LocalName;
        }

        [GeneratedRegex(@"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$")]
        private static partial Regex DomainName();
    }
}
