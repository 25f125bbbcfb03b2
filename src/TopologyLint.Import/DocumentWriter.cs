using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace TopologyLint.Import
{
    /// <summary>
    /// Writes the imported document (docs/import.md): the keys in a fixed order, one
    /// <c># topolint-todo:</c> line before each gap (the texts of "What the XML lacks"), users one flow mapping a
    /// line. The same input gives the same bytes; lines end with LF.
    /// </summary>
    internal sealed class DocumentWriter
    {
        private readonly StringBuilder _text = new StringBuilder();

        public static string Write(ImportedTopology topology, ImportedUsers? users, DocumentHeader header)
        {
            var writer = new DocumentWriter();
            writer.WriteDocument(topology, users, header);
            return writer._text.ToString();
        }

        private void WriteDocument(ImportedTopology topology, ImportedUsers? users, DocumentHeader header)
        {
            if (header.SchemaPath != null)
            {
                Line("# yaml-language-server: $schema=" + YamlText.CommentText(header.SchemaPath));
            }

            string version = topology.ServiceVersion?.ToString(CultureInfo.InvariantCulture) ?? "unknown";
            Line($"# Imported by topolint import from {YamlText.CommentText(header.SourceName)} ({FormName(topology.Form, header.Original)}, ServiceVersion {version}) on {header.Date}.");
            Line("topology: " + YamlText.Scalar(header.Name ?? topology.DefaultDomain));
            if (topology.OtherVersions.Count > 0)
            {
                ToDo("", $"source is ServiceVersion {string.Join(", ", topology.OtherVersions)} (not Lync Server 2013): the rules check Lync Server 2013 requirements");
            }

            Line("product: lync-server-2013");
            Line("sipDomains: " + FlowList(topology.SipDomains));

            ToDo("", "activeDirectory (forest, prepared, administrators) is not in the topology XML");
            ToDo("", "pki.certificationAuthority is not in the topology XML");
            ToDo("", "exchange (version, servicePack, unifiedMessaging) is not in the topology XML");
            if (topology.SimpleUrls == null)
            {
                ToDo("", "simpleUrls are not in this XML (Get-CsSimpleUrlConfiguration)");
            }

            List<string> externalWeb = topology.Pools.Select(p => p.ExternalWebFqdn).OfType<string>().Distinct(System.StringComparer.OrdinalIgnoreCase).ToList();
            ToDo("", "reverseProxies are not in the topology XML; external web FQDNs to publish: " + (externalWeb.Count == 0 ? "none" : string.Join(", ", externalWeb)));
            ToDo("", "clients are not in the topology XML");
            if (users == null)
            {
                ToDo("", "users are not in the topology XML (topolint import --users FILE)");
            }

            ToDo("", "voice and network (PSTN usages, dial plans, voice policies, routes, media bypass, CAC, network sites, location policies) are not in the topology XML");

            WriteSites(topology.Sites);
            WritePools(topology.Pools);
            WriteGateways(topology.Gateways, topology.Trunks);
            WriteSimpleUrls(topology.SimpleUrls);
            if (users != null)
            {
                WriteUsers(users);
            }

            Line("x-imported:");
            Line("  source: " + YamlText.Scalar(header.SourceName));
            Line("  form: " + (topology.Form == TopologyForm.Published ? "published" : "tbxml"));
            if (topology.Form == TopologyForm.TopologyBuilder)
            {
                Line("  topology: " + (header.Original ? "OriginalTopology" : "NewTopology"));
            }

            if (topology.ServiceVersion is int serviceVersion)
            {
                Line("  serviceVersion: " + serviceVersion.ToString(CultureInfo.InvariantCulture));
            }

            if (topology.OtherClusters.Count > 0)
            {
                Line("  otherClusters:");
                foreach (ImportedOtherCluster cluster in topology.OtherClusters)
                {
                    Line($"    - {{fqdn: {YamlText.Scalar(cluster.Fqdn)}, roles: {FlowList(cluster.Roles)}}}");
                }
            }
        }

        private static string FormName(TopologyForm form, bool original)
            => form == TopologyForm.Published ? "published topology" : original ? "Topology Builder document, OriginalTopology" : "Topology Builder document";

        private void WriteSites(List<ImportedSite> sites)
        {
            if (sites.Count == 0)
            {
                return;
            }

            Line("sites:");
            foreach (ImportedSite site in sites)
            {
                string country = site.UnrecognizedCountry == null ? string.Empty : $"; country \"{site.UnrecognizedCountry}\" not recognized";
                ToDo("  ", $"site {site.Id}: street, postalCode and emergency (alternativeAccess, numbers, locationInformation) are not in the topology XML{country}");
                if (site.BranchSource != null)
                {
                    ToDo("  ", $"imported from {site.BranchSource}: check kind, centralSite, role (survivable-branch-appliance or -server) and backupPool");
                }

                Line("  - id: " + site.Id);
                Line("    kind: " + (site.Central ? "central" : "branch"));
                if (site.CentralSite != null)
                {
                    Line("    centralSite: " + site.CentralSite);
                }

                var address = new List<string>();
                AddField(address, "city", site.City);
                AddField(address, "region", site.Region);
                AddField(address, "country", site.Country);
                if (address.Count > 0)
                {
                    Line("    address: {" + string.Join(", ", address) + "}");
                }
            }
        }

        private void WritePools(List<ImportedPool> pools)
        {
            if (pools.Count == 0)
            {
                return;
            }

            Line("pools:");
            foreach (ImportedPool pool in pools)
            {
                if (pool.BranchSource != null)
                {
                    ToDo("  ", $"imported from {pool.BranchSource}: check kind, centralSite, role (survivable-branch-appliance or -server) and backupPool");
                }

                Line("  - fqdn: " + YamlText.Scalar(pool.Fqdn));
                Line("    role: " + RoleName(pool.Role));
                if (pool.Edition != null)
                {
                    Line("    edition: " + pool.Edition);
                }

                Line("    site: " + pool.Site);
                if (pool.EdgeServices.Count > 0)
                {
                    Line("    edgeServices: [" + string.Join(", ", pool.EdgeServices) + "]");
                }

                if (pool.EdgePool != null)
                {
                    Line("    edgePool: " + YamlText.Scalar(pool.EdgePool));
                }

                if (pool.ExternalWebFqdn != null)
                {
                    Line("    externalWebFqdn: " + YamlText.Scalar(pool.ExternalWebFqdn));
                }

                ToDo("    ", $"servers of {pool.Fqdn}: os and domainMember are not in the topology XML");
                Line("    servers:");
                foreach (string server in pool.Servers)
                {
                    Line("      - {fqdn: " + YamlText.Scalar(server) + "}");
                }
            }
        }

        private static string RoleName(ImportedRole role) => role switch
        {
            ImportedRole.FrontEnd => "front-end",
            ImportedRole.Director => "director",
            ImportedRole.Edge => "edge",
            ImportedRole.Mediation => "mediation",
            _ => "survivable-branch-server",
        };

        private void WriteGateways(List<ImportedGateway> gateways, List<ImportedTrunk> trunks)
        {
            if (gateways.Count > 0)
            {
                Line("gateways:");
                foreach (ImportedGateway gateway in gateways)
                {
                    Line($"  - {{fqdn: {YamlText.Scalar(gateway.Fqdn)}, site: {gateway.Site}}}");
                }
            }

            if (trunks.Count == 0)
            {
                return;
            }

            Line("trunks:");
            foreach (ImportedTrunk trunk in trunks)
            {
                ToDo("  ", $"trunk {trunk.Name}: connection (tdm or sip-trunk) and its trunk configuration (mediaBypass, srtp, translationRules) are not in the topology XML");
                Line("  - name: " + YamlText.Scalar(trunk.Name));
                Line("    gateway: " + YamlText.Scalar(trunk.Gateway));
                if (trunk.GatewayPort is int gatewayPort)
                {
                    Line("    gatewayPort: " + gatewayPort.ToString(CultureInfo.InvariantCulture));
                }

                if (trunk.Transport != null)
                {
                    Line("    transport: " + trunk.Transport);
                }

                Line("    mediationPool: " + YamlText.Scalar(trunk.MediationPool));
                if (trunk.MediationPort is int mediationPort)
                {
                    Line("    mediationPort: " + mediationPort.ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        private void WriteSimpleUrls(ImportedSimpleUrls? urls)
        {
            if (urls == null || (urls.Meet.Count == 0 && urls.Dialin == null && urls.Admin == null))
            {
                return;
            }

            Line("simpleUrls:");
            if (urls.Meet.Count > 0)
            {
                Line("  meet:");
                foreach (KeyValuePair<string, string> meet in urls.Meet)
                {
                    Line($"    - {{domain: {YamlText.Scalar(meet.Key)}, url: {YamlText.Quoted(meet.Value)}}}");
                }
            }

            if (urls.Dialin != null)
            {
                Line("  dialin: " + YamlText.Quoted(urls.Dialin));
            }

            if (urls.Admin != null)
            {
                Line("  admin: " + YamlText.Quoted(urls.Admin));
            }
        }

        private void WriteUsers(ImportedUsers users)
        {
            ToDo("", "users' site is their registrar pool's site: set it to where each user sits (their emergency location)");
            if (users.WithoutPool > 0)
            {
                string have = users.WithoutPool == 1 ? "user has" : "users have";
                ToDo("", $"{users.WithoutPool} {have} no registrar pool of this topology: {string.Join(", ", users.WithoutPoolExamples)}");
            }

            Line("users:");
            var fields = new List<string>(6);
            foreach (ImportedUser user in users.Users)
            {
                fields.Clear();
                fields.Add("sip: " + YamlText.Scalar(user.Sip));
                AddField(fields, "site", user.Site);
                AddField(fields, "registrarPool", user.RegistrarPool);
                AddField(fields, "enabled", user.Enabled);
                AddField(fields, "enterpriseVoice", user.EnterpriseVoice);
                if (user.LineUri != null)
                {
                    fields.Add("lineUri: " + YamlText.Quoted(user.LineUri));
                }

                Line("  - {" + string.Join(", ", fields) + "}");
            }
        }

        private static void AddField(List<string> fields, string key, string? value)
        {
            if (value != null)
            {
                fields.Add(key + ": " + YamlText.Scalar(value));
            }
        }

        private static void AddField(List<string> fields, string key, bool? value)
        {
            if (value is bool set)
            {
                fields.Add(key + ": " + (set ? "true" : "false"));
            }
        }

        private static string FlowList(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(YamlText.Scalar)) + "]";

        private void ToDo(string indent, string text) => Line(indent + "# topolint-todo: " + YamlText.CommentText(text));

        private void Line(string line) => _text.Append(line).Append('\n');
    }

    /// <summary>What the document's first lines and <c>topology</c> say that the XML does not: where it came from and when.</summary>
    internal sealed class DocumentHeader
    {
        public DocumentHeader(string sourceName, string date)
        {
            SourceName = sourceName;
            Date = date;
        }

        public string SourceName { get; }

        /// <summary>The UTC date, yyyy-MM-dd: a day, so that importing twice gives the same bytes.</summary>
        public string Date { get; }

        public string? Name { get; set; }

        public bool Original { get; set; }

        public string? SchemaPath { get; set; }
    }
}
