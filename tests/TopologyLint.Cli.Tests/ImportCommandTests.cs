using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;
using static TopologyLint.Cli.Tests.CliTestDirectory;

namespace TopologyLint.Cli.Tests
{
    /// <summary><c>topolint import</c>: options, where the document goes, --force, and one-line refusals with exit 2.</summary>
    public sealed class ImportCommandTests : IDisposable
    {
        private const string Topology =
            "<Topology xmlns=\"urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008\">\n"
            + "  <InternalDomains DefaultDomain=\"contoso.com\"><InternalDomain Name=\"contoso.com\" /></InternalDomains>\n"
            + "  <Sites><CentralSite SiteId=\"1\"><Name>Redmond</Name></CentralSite></Sites>\n"
            + "  <Clusters><Cluster Fqdn=\"pool01.contoso.local\"><ClusterId SiteId=\"1\" Number=\"1\" /><Machine Fqdn=\"fe01.contoso.local\" /></Cluster></Clusters>\n"
            + "  <Services>\n"
            + "    <Service ServiceVersion=\"6\"><ServiceId SiteId=\"1\" RoleName=\"UserServices\" Instance=\"1\" /><InstalledOn><ClusterId SiteId=\"1\" Number=\"1\" /></InstalledOn></Service>\n"
            + "    <Service ServiceVersion=\"7\"><ServiceId SiteId=\"1\" RoleName=\"Registrar\" Instance=\"1\" /><InstalledOn><ClusterId SiteId=\"1\" Number=\"1\" /></InstalledOn></Service>\n"
            + "  </Services>\n"
            + "</Topology>\n";

        private readonly CliTestDirectory _directory = new CliTestDirectory();

        public void Dispose() => _directory.Dispose();

        [Fact]
        public void The_document_goes_to_standard_output_and_warnings_to_standard_error()
        {
            (int exit, string stdout, string stderr) = Run("import", _directory.Write("topology.xml", Topology));
            Assert.Equal(0, exit);
            Assert.StartsWith("# Imported by topolint import from topology.xml (published topology, ServiceVersion 7) on ", stdout, StringComparison.Ordinal);
            Assert.Contains("\ntopology: contoso.com\n", stdout, StringComparison.Ordinal);
            Assert.Equal($"topolint: warning: {_directory.File("topology.xml")}: ServiceVersion 7 is Skype for Business Server 2015, not Lync Server 2013 (6): imported, but the rules check Lync Server 2013 requirements\n", stderr);
        }

        [Fact]
        public void A_dash_output_is_standard_output()
        {
            string source = _directory.Write("topology.xml", Topology);
            Assert.Equal(Run("import", source).Stdout, Run("import", source, "--output", "-").Stdout);
        }

        [Fact]
        public void Output_writes_the_file_as_UTF8_without_BOM_and_prints_nothing()
        {
            string source = _directory.Write("topology.xml", Topology);
            string target = _directory.File("contoso.topology.yaml");
            (int exit, string stdout, _) = Run("import", source, "--output", target, "--name", "contoso", "--users", _directory.Write("users.csv", "SipAddress,RegistrarPool\nalice@contoso.com,pool01.contoso.local\n"));
            Assert.Equal(0, exit);
            Assert.Empty(stdout);
            byte[] bytes = File.ReadAllBytes(target);
            Assert.NotEqual(0xEF, bytes[0]);
            string text = Encoding.UTF8.GetString(bytes);
            Assert.Contains("\ntopology: contoso\n", text, StringComparison.Ordinal);
            Assert.Contains("\n  - {sip: alice@contoso.com, site: redmond, registrarPool: pool01.contoso.local}\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain("yaml-language-server", text, StringComparison.Ordinal);
            Assert.Single(Directory.GetFiles(_directory.Path, "*.yaml"));
        }

        [Fact]
        public void An_existing_output_is_kept_without_force_and_replaced_with_it()
        {
            string source = _directory.Write("topology.xml", Topology);
            string target = _directory.Write("contoso.topology.yaml", "# mine\n");

            (int exit, string stdout, string stderr) = Run("import", source, "--output", target);
            Assert.Equal(2, exit);
            Assert.Empty(stdout);
            Assert.Equal($"topolint: '{target}' exists: pass --force to replace it\n", stderr);
            Assert.Equal("# mine\n", File.ReadAllText(target));

            Assert.Equal(0, Run("import", source, "--output", target, "--force").ExitCode);
            Assert.StartsWith("# Imported by topolint import", File.ReadAllText(target), StringComparison.Ordinal);
            Assert.Equal(new[] { "contoso.topology.yaml", "topology.xml" }, Directory.GetFiles(_directory.Path).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void A_refused_import_writes_nothing_even_with_force()
        {
            string target = _directory.Write("contoso.topology.yaml", "# mine\n");
            (int exit, _, string stderr) = Run("import", _directory.Write("notes.txt", "not xml"), "--output", target, "--force");
            Assert.Equal(2, exit);
            Assert.Equal($"topolint: {_directory.File("notes.txt")}:1:1: not well-formed XML: Data at the root level is invalid.\n", stderr);
            Assert.Equal("# mine\n", File.ReadAllText(target));
        }

        [Fact]
        public void A_missing_source_is_one_line_and_exit_2()
        {
            string missing = _directory.File("nowhere.tbxml");
            (int exit, string stdout, string stderr) = Run("import", missing);
            Assert.Equal(2, exit);
            Assert.Empty(stdout);
            Assert.Equal($"topolint: {missing}: no such file\n", stderr);
        }

        [Fact]
        public void An_unwritable_output_directory_is_one_line_and_exit_2()
        {
            string target = _directory.File(Path.Combine("no-such-dir", "contoso.topology.yaml"));
            (int exit, _, string stderr) = Run("import", _directory.Write("topology.xml", Topology.Replace("ServiceVersion=\"7\"", "ServiceVersion=\"6\"", StringComparison.Ordinal)), "--output", target);
            Assert.Equal(2, exit);
            Assert.Equal($"topolint: cannot write '{target}': the directory '{Path.GetDirectoryName(target)}' does not exist\n", stderr);
        }

        [Fact]
        public void A_schema_folder_above_the_output_gives_the_editor_modeline()
        {
            _directory.Write(Path.Combine("schema", "topology.schema.json"), "{}");
            string target = _directory.File(Path.Combine("topologies", "prod", "contoso.topology.yaml"));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            Assert.Equal(0, Run("import", _directory.Write("topology.xml", Topology), "--output", target).ExitCode);
            Assert.StartsWith("# yaml-language-server: $schema=../../schema/topology.schema.json\n# Imported by", File.ReadAllText(target), StringComparison.Ordinal);
        }

        [Fact]
        public void Original_on_a_published_topology_is_refused()
        {
            (int exit, _, string stderr) = Run("import", _directory.Write("topology.xml", Topology), "--original");
            Assert.Equal(2, exit);
            Assert.StartsWith($"topolint: {_directory.File("topology.xml")}: --original reads a Topology Builder document (.tbxml)", stderr, StringComparison.Ordinal);
        }

        [Fact]
        public void A_source_is_required()
        {
            (int exit, _, string stderr) = Run("import");
            Assert.Equal(2, exit);
            Assert.StartsWith("topolint: ", stderr, StringComparison.Ordinal);
            Assert.Equal(1, stderr.Count(c => c == '\n'));
        }

        [Fact]
        public void The_imported_document_lints_without_syntax_errors()
        {
            string target = _directory.File("contoso.topology.yaml");
            Assert.Equal(0, Run("import", _directory.Write("topology.xml", Topology), "--output", target).ExitCode);
            (_, string report, _) = Run("lint", target, "--no-color");
            Assert.DoesNotContain("TL0001", report, StringComparison.Ordinal);
            Assert.DoesNotContain("TL0002", report, StringComparison.Ordinal);
        }
    }
}
