using System.Linq;
using Xunit;

namespace TopologyLint.Import.Tests
{
    /// <summary>The mappings of the import contract that the two fixtures do not already pin down, one case each.</summary>
    public sealed class MappingTests : System.IDisposable
    {
        private const string Published = "urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008";

        private readonly ImportRun _run = new ImportRun();

        public void Dispose() => _run.Dispose();

        /// <summary>A published topology of one site holding one Standard Edition server whose services say <paramref name="version"/>.</summary>
        private static string PublishedTopology(string site = "<CentralSite SiteId=\"1\"><Name>Redmond</Name></CentralSite>", string version = "6", string fqdn = "se01.contoso.local", string domains = "<InternalDomains DefaultDomain=\"contoso.com\"><InternalDomain Name=\"contoso.com\" /></InternalDomains>")
            => $"<Topology xmlns=\"{Published}\">{domains}<Sites>{site}</Sites>"
                + $"<Clusters><Cluster Fqdn=\"{fqdn}\"><ClusterId SiteId=\"1\" Number=\"1\" /><Machine Fqdn=\"{fqdn}\" /></Cluster></Clusters>"
                + "<Services>"
                + $"<Service ServiceVersion=\"{version}\"><ServiceId SiteId=\"1\" RoleName=\"UserServices\" Instance=\"1\" /><InstalledOn><ClusterId SiteId=\"1\" Number=\"1\" /></InstalledOn></Service>"
                + $"<Service ServiceVersion=\"6\"><ServiceId SiteId=\"1\" RoleName=\"Registrar\" Instance=\"1\" /><InstalledOn><ClusterId SiteId=\"1\" Number=\"1\" /></InstalledOn></Service>"
                + "</Services></Topology>";

        private string Import(string xml, string? users = null, string? name = null)
            => ImportRun.Import(_run.Write("t.xml", xml), users == null ? null : _run.Write(users.TrimStart().StartsWith('[') || users.TrimStart().StartsWith('{') ? "users.json" : "users.csv", users), name: name).Text;

        [Theory]
        [InlineData("7", "Skype for Business Server 2015")]
        [InlineData("8", "Skype for Business Server 2019")]
        [InlineData("5", "an unknown product version")]
        public void A_ServiceVersion_other_than_6_imports_with_a_warning_and_a_todo_before_product(string version, string product)
        {
            ImportResult result = ImportRun.Import(_run.Write("t.xml", PublishedTopology(version: version)));
            Assert.Contains(
                $"topology: contoso.com\n# topolint-todo: source is ServiceVersion {version} (not Lync Server 2013): the rules check Lync Server 2013 requirements\nproduct: lync-server-2013\n",
                result.Text,
                System.StringComparison.Ordinal);
            Assert.Equal($"ServiceVersion {version} is {product}, not Lync Server 2013 (6): imported, but the rules check Lync Server 2013 requirements", result.Warnings.Lines.Single().Split(": ", 2)[1]);
        }

        [Fact]
        public void Lync_Server_2013_alone_has_no_version_todo_and_no_warning()
        {
            ImportResult result = ImportRun.Import(_run.Write("t.xml", PublishedTopology()));
            Assert.DoesNotContain("ServiceVersion 6 (not", result.Text, System.StringComparison.Ordinal);
            Assert.Empty(result.Warnings.Lines);
            Assert.Contains("x-imported:\n  source: t.xml\n  form: published\n  serviceVersion: 6\n", result.Text, System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("PocketDomainSite", "pocketdomainsite")]
        [InlineData("  North   America / HQ (1) ", "north-america-hq-1")]
        [InlineData("Zürich", "z-rich")]
        [InlineData("---", "")]
        public void A_site_id_is_its_name_lower_cased_with_runs_of_other_characters_as_one_hyphen(string name, string id)
        {
            Assert.Equal(id, TopologyMapper.Identifier(name));
        }

        [Fact]
        public void A_site_without_a_usable_name_is_named_by_its_SiteId()
        {
            string text = Import(PublishedTopology(site: "<CentralSite SiteId=\"1\"><Name>***</Name></CentralSite>"));
            Assert.Contains("  - id: site-1\n    kind: central\n", text, System.StringComparison.Ordinal);
            Assert.Contains("    site: site-1\n", text, System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("USA", "US")]
        [InlineData("UK", "GB")]
        [InlineData("GBR", "GB")]
        [InlineData("RUS", "RU")]
        [InlineData("ie", "IE")]
        [InlineData(" DEU ", "DE")]
        public void A_country_code_becomes_ISO_alpha_2(string code, string country)
        {
            Assert.Equal(country, CountryCodes.ToAlpha2(code));
        }

        [Theory]
        [InlineData("Ireland")]
        [InlineData("XYZ")]
        [InlineData("U.S.")]
        [InlineData("")]
        public void Any_other_country_text_is_dropped(string code)
        {
            Assert.Null(CountryCodes.ToAlpha2(code));
        }

        [Fact]
        public void A_dropped_country_is_named_in_the_site_todo_and_its_text_cannot_break_the_line()
        {
            string text = Import(PublishedTopology(site: "<CentralSite SiteId=\"1\"><Name>Redmond</Name><Location City=\"Redmond\" CountryCode=\"U.S.&#10;pools: []\" /></CentralSite>"));
            Assert.Contains(
                "  # topolint-todo: site redmond: street, postalCode and emergency (alternativeAccess, numbers, locationInformation) are not in the topology XML; country \"U.S.\\u000Apools: []\" not recognized\n  - id: redmond\n    kind: central\n    address: {city: Redmond}\n",
                text,
                System.StringComparison.Ordinal);
        }

        [Fact]
        public void Values_that_YAML_would_read_otherwise_are_quoted()
        {
            string text = Import(PublishedTopology(site: "<CentralSite SiteId=\"1\"><Name>Toronto</Name><Location City=\"No\" State=\"ON\" CountryCode=\"NO\" /></CentralSite>"));
            Assert.Contains("    address: {city: \"No\", region: \"ON\", country: \"NO\"}\n", text, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_cluster_fqdn_that_is_not_a_domain_name_is_skipped_with_a_warning()
        {
            ImportResult result = ImportRun.Import(_run.Write("t.xml", PublishedTopology(fqdn: "se 01.contoso.local")));
            Assert.DoesNotContain("pools:", result.Text, System.StringComparison.Ordinal);
            Assert.EndsWith(": the pool fqdn 'se 01.contoso.local' is not a domain name: skipped", result.Warnings.Lines.Single(), System.StringComparison.Ordinal);
        }

        [Fact]
        public void SIP_domains_put_the_default_first_and_drop_duplicates_ignoring_case()
        {
            string text = Import(PublishedTopology(domains: "<InternalDomains DefaultDomain=\"contoso.com\"><InternalDomain Name=\"contoso.net\" /><InternalDomain Name=\"CONTOSO.com\" /><InternalDomain Name=\"contoso.org\" /></InternalDomains>"));
            Assert.Contains("sipDomains: [contoso.com, contoso.net, contoso.org]\n", text, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Name_sets_the_topology_value()
        {
            Assert.Contains("\ntopology: \"Contoso: production\"\n", Import(PublishedTopology(), name: "Contoso: production"), System.StringComparison.Ordinal);
        }

        [Fact]
        public void Original_imports_OriginalTopology_whose_sites_have_only_an_OriginalSiteId()
        {
            const string Tb = "urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008";
            string Part(string name, string site) =>
                $"<PartialTopology><InternalDomains DefaultDomain=\"contoso.com\" /><CentralSites><CentralSite {site}><Name>{name}</Name><Clusters>"
                + "<Cluster UniqueId=\"1-1\" Fqdn=\"se01.contoso.local\"><Machines><Machine /></Machines><SqlInstances><SqlInstance UniqueId=\"sql1\" Name=\"rtc\" /></SqlInstances></Cluster>"
                + "</Clusters></CentralSite></CentralSites><Services>"
                + "<Service UniqueId=\"us\" RoleName=\"UserServices\" InstalledOn=\"1-1\" ServiceVersion=\"6\"><DependsOn><Dependency ServiceUniqueId=\"store\" /></DependsOn></Service>"
                + "<Service UniqueId=\"reg\" RoleName=\"Registrar\" InstalledOn=\"1-1\" ServiceVersion=\"6\" />"
                + "<Service UniqueId=\"store\" RoleName=\"UserStore\" InstalledOn=\"sql1\" ServiceVersion=\"6\" />"
                + "</Services></PartialTopology>";
            string path = _run.Write("t.tbxml", $"<TopologyBuilder xmlns=\"{Tb}\"><OriginalTopology>{Part("Published", "OriginalSiteId=\"1\"")}</OriginalTopology><NewTopology>{Part("Edited", "SiteId=\"1\"")}</NewTopology></TopologyBuilder>");

            string original = ImportRun.Import(path, original: true).Text;
            Assert.Contains("  - id: published\n", original, System.StringComparison.Ordinal);
            Assert.Contains("    edition: standard\n    site: published\n", original, System.StringComparison.Ordinal);
            Assert.Contains("      - {fqdn: se01.contoso.local}\n", original, System.StringComparison.Ordinal);
            Assert.Contains("  topology: OriginalTopology\n", original, System.StringComparison.Ordinal);
            Assert.Contains("  - id: edited\n", ImportRun.Import(path).Text, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_lone_JSON_user_object_is_one_user()
        {
            string text = Import(PublishedTopology(), "{\"SipAddress\": \"sip:alice@contoso.com\", \"Enabled\": true, \"RegistrarPool\": \"SE01.CONTOSO.LOCAL\"}");
            Assert.Contains("users:\n  - {sip: alice@contoso.com, site: redmond, registrarPool: se01.contoso.local, enabled: true}\n", text, System.StringComparison.Ordinal);
        }

        [Fact]
        public void CSV_columns_match_in_any_order_and_case_with_quoted_commas_and_line_breaks()
        {
            string text = Import(PublishedTopology(), "lineuri,Unknown,REGISTRARPOOL,sipaddress\r\n\"tel:+1,2\",\"a\r\nb\",se01.contoso.local,bob@contoso.com\r\n");
            Assert.Contains("  - {sip: bob@contoso.com, site: redmond, registrarPool: se01.contoso.local, lineUri: \"tel:+1,2\"}\n", text, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Users_without_a_registrar_pool_are_counted_and_the_first_five_named()
        {
            string csv = "SipAddress,RegistrarPool\n" + string.Concat(Enumerable.Range(1, 7).Select(i => $"u{i}@contoso.com,\n"));
            Assert.Contains(
                "# topolint-todo: users' site is their registrar pool's site: set it to where each user sits (their emergency location)\n# topolint-todo: 7 users have no registrar pool of this topology: u1@contoso.com, u2@contoso.com, u3@contoso.com, u4@contoso.com, u5@contoso.com\nusers:\n",
                Import(PublishedTopology(), csv),
                System.StringComparison.Ordinal);
        }

        [Fact]
        public void Without_users_the_document_says_where_they_come_from()
        {
            string text = Import(PublishedTopology());
            Assert.Contains("# topolint-todo: users are not in the topology XML (topolint import --users FILE)\n", text, System.StringComparison.Ordinal);
            Assert.DoesNotContain("users:", text, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_users_file_with_a_header_and_no_rows_imports_no_users_and_says_so()
        {
            ImportResult result = ImportRun.Import(_run.Write("t.xml", PublishedTopology()), _run.Write("users.csv", "\"SipAddress\",\"RegistrarPool\"\r\n"));
            Assert.Contains("# topolint-todo: users are not in the topology XML (topolint import --users FILE)\n", result.Text, System.StringComparison.Ordinal);
            Assert.EndsWith("users.csv: no user imported", result.Warnings.Lines.Single(), System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_flood_of_bad_rows_is_a_bounded_number_of_warning_lines()
        {
            string csv = "SipAddress\n" + string.Concat(Enumerable.Range(1, 250).Select(i => $"not-an-address-{i}\n")) + "ok@contoso.com\n";
            ImportResult result = ImportRun.Import(_run.Write("t.xml", PublishedTopology()), _run.Write("users.csv", csv));
            Assert.Equal(ImportWarnings.MaxLines + 1, result.Warnings.Lines.Count);
            Assert.Equal("150 more warnings not listed", result.Warnings.Lines[^1]);
        }
    }
}
