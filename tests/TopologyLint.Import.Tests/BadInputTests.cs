using System.Text;
using Xunit;

namespace TopologyLint.Import.Tests
{
    /// <summary>Input nothing can be imported from: one clear line that names the file (and line and column), never a stack trace.</summary>
    public sealed class BadInputTests : System.IDisposable
    {
        private const string MinimalPublished =
            "<Topology xmlns=\"urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008\">\n"
            + "  <InternalDomains DefaultDomain=\"contoso.com\"><InternalDomain Name=\"contoso.com\" /></InternalDomains>\n"
            + "</Topology>\n";

        private readonly ImportRun _run = new ImportRun();

        public void Dispose() => _run.Dispose();

        [Fact]
        public void A_missing_file_is_named()
        {
            string path = System.IO.Path.Combine(_run.Directory, "nowhere.tbxml");
            Assert.Equal(path + ": no such file", ImportRun.Refusal(path));
        }

        [Fact]
        public void A_directory_is_not_a_file()
        {
            Assert.Equal(_run.Directory + ": is a directory, not a file", ImportRun.Refusal(_run.Directory));
        }

        [Fact]
        public void Text_that_is_not_XML_is_refused_at_its_position()
        {
            string path = _run.Write("users.csv", "SipAddress,Enabled\nalice@contoso.com,True\n");
            Assert.Equal(path + ":1:1: not well-formed XML: Data at the root level is invalid.", ImportRun.Refusal(path));
        }

        [Fact]
        public void Malformed_XML_is_refused_at_its_position()
        {
            string path = _run.Write("broken.xml", "<Topology xmlns=\"urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008\">\n  <Sites>\n</Topology>\n");
            Assert.StartsWith(path + ":3:3: not well-formed XML: ", ImportRun.Refusal(path), System.StringComparison.Ordinal);
        }

        [Fact]
        public void An_XML_that_is_not_a_topology_names_its_root_element()
        {
            string path = _run.Write("project.xml", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
            Assert.Equal(
                path + ":1:2: not a Lync Server topology: the root element is 'Project', expected TopologyBuilder (Topology Builder's .tbxml) or Topology (Get-CsTopology -AsXml)",
                ImportRun.Refusal(path));
        }

        [Fact]
        public void A_root_element_of_the_right_name_in_another_namespace_is_not_a_topology()
        {
            string path = _run.Write("other.xml", "<Topology xmlns=\"urn:example\" />");
            Assert.Contains("the root element is 'Topology' in namespace 'urn:example'", ImportRun.Refusal(path), System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_DTD_is_refused_so_no_entity_is_expanded()
        {
            string path = _run.Write("bomb.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE Topology [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<Topology>&b;</Topology>\n");
            Assert.Equal(path + ": a DTD is refused: topology XML has no document type declaration, and no entity is expanded", ImportRun.Refusal(path));
        }

        [Fact]
        public void An_external_entity_is_refused_and_never_read()
        {
            string secret = _run.Write("secret.txt", "secret.contoso.com");
            string path = _run.Write("xxe.xml", $"<?xml version=\"1.0\"?>\n<!DOCTYPE Topology [<!ENTITY x SYSTEM \"file://{secret}\">]>\n<Topology xmlns=\"urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008\"><InternalDomains DefaultDomain=\"&x;\" /></Topology>\n");
            string message = ImportRun.Refusal(path);
            Assert.Contains("a DTD is refused", message, System.StringComparison.Ordinal);
            Assert.DoesNotContain("secret.contoso.com", message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Original_without_OriginalTopology_is_an_error()
        {
            string path = ImportRun.Fixture("fabrikam-enterprise.tbxml");
            Assert.Equal(
                path + ": --original: this Topology Builder document has no OriginalTopology (Topology Builder saves it after downloading the published topology)",
                ImportRun.Refusal(path, original: true));
        }

        [Fact]
        public void Original_on_a_published_topology_is_an_error()
        {
            string path = _run.Write("published.xml", MinimalPublished);
            Assert.StartsWith(path + ": --original reads a Topology Builder document (.tbxml); this is 'Topology'", ImportRun.Refusal(path, original: true), System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_topology_without_a_SIP_domain_is_refused()
        {
            string path = _run.Write("nodomain.xml", "<Topology xmlns=\"urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008\"><InternalDomains /></Topology>");
            Assert.Equal(path + ": no SIP domain (InternalDomains): a topology document needs at least one", ImportRun.Refusal(path));
        }

        [Fact]
        public void A_CSV_header_without_SipAddress_is_refused_at_the_header()
        {
            string users = _run.Write("users.csv", "#TYPE Selected.Microsoft.Rtc.Management.ADConnect.Schema.OCSADUser\n\"Name\",\"Enabled\"\n\"Alice\",\"True\"\n");
            Assert.StartsWith(users + ":2:1: the header has no SipAddress column", ImportRun.Refusal(_run.Write("t.xml", MinimalPublished), users), System.StringComparison.Ordinal);
        }

        [Fact]
        public void An_empty_users_file_is_refused()
        {
            string users = _run.Write("users.csv", "\n\n");
            Assert.StartsWith(users + ": empty", ImportRun.Refusal(_run.Write("t.xml", MinimalPublished), users), System.StringComparison.Ordinal);
        }

        [Fact]
        public void An_unclosed_quote_is_refused_where_it_opens()
        {
            string users = _run.Write("users.csv", "SipAddress,LineURI\n\"alice@contoso.com\",\"tel:+1425\n");
            Assert.Equal(users + ":2:21: the quoted field that starts here is not closed", ImportRun.Refusal(_run.Write("t.xml", MinimalPublished), users));
        }

        [Fact]
        public void Text_after_a_closing_quote_is_refused_where_it_is()
        {
            string users = _run.Write("users.csv", "SipAddress,LineURI\n\"alice@contoso.com\"x,\"tel:+1425\"\n");
            Assert.StartsWith(users + ":2:20: text after a closing quote", ImportRun.Refusal(_run.Write("t.xml", MinimalPublished), users), System.StringComparison.Ordinal);
        }

        [Fact]
        public void JSON_that_does_not_parse_is_refused_at_its_position()
        {
            string users = _run.Write("users.json", "[\n  {\"SipAddress\": \"alice@contoso.com\",}\n]\n");
            Assert.StartsWith(users + ":2:", ImportRun.Refusal(_run.Write("t.xml", MinimalPublished), users), System.StringComparison.Ordinal);
            Assert.Contains(": not valid JSON: ", ImportRun.Refusal(_run.Write("t.xml", MinimalPublished), users), System.StringComparison.Ordinal);
        }

        [Fact]
        public void JSON_that_is_not_users_is_refused()
        {
            string users = _run.Write("users.json", "[{\"Name\": \"Alice\"}]");
            Assert.StartsWith(users + ": no user has a SipAddress property", ImportRun.Refusal(_run.Write("t.xml", MinimalPublished), users), System.StringComparison.Ordinal);
        }

        [Fact]
        public void Bytes_that_are_not_UTF8_are_refused()
        {
            string users = _run.WriteBytes("users.csv", new byte[] { (byte)'S', (byte)'i', (byte)'p', 0xC3, 0x28, (byte)'\n' });
            Assert.StartsWith(users + ": not valid UTF-8", ImportRun.Refusal(_run.Write("t.xml", MinimalPublished), users), System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_missing_users_file_is_named()
        {
            string users = System.IO.Path.Combine(_run.Directory, "users.csv");
            Assert.Equal(users + ": no such file", ImportRun.Refusal(_run.Write("t.xml", MinimalPublished), users));
        }

        [Fact]
        public void No_input_leaves_an_exception_other_than_the_refusal()
        {
            // Truncations of a real form: every prefix is either imported or refused with one line.
            string text = System.IO.File.ReadAllText(ImportRun.Fixture("fabrikam-enterprise.tbxml"));
            for (int length = 0; length < text.Length; length += 97)
            {
                string path = _run.Write("cut.tbxml", text.Substring(0, length));
                try
                {
                    ImportRun.Import(path);
                }
                catch (ImportException ex)
                {
                    Assert.DoesNotContain('\n', ex.Message);
                }
            }
        }

        [Fact]
        public void An_XML_declaration_is_honoured()
        {
            byte[] latin1 = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n" + MinimalPublished.Replace("<InternalDomains", "<Sites><CentralSite SiteId=\"1\"><Name>Zürich</Name><Location City=\"Zürich\" /></CentralSite></Sites><InternalDomains", System.StringComparison.Ordinal));
            Assert.Contains("    address: {city: \"Zürich\"}\n", ImportRun.Import(_run.WriteBytes("latin1.xml", latin1)).Text, System.StringComparison.Ordinal);
        }

        [Fact]
        public void UTF16_with_a_byte_order_mark_reads_as_Windows_PowerShell_writes_it()
        {
            string csv = "\"SipAddress\",\"Enabled\"\r\n\"sip:alice@contoso.com\",\"True\"\r\n";
            foreach (Encoding encoding in new Encoding[] { new UnicodeEncoding(false, true), new UnicodeEncoding(true, true) })
            {
                string users = _run.WriteBytes("users.csv", Concat(encoding.GetPreamble(), encoding.GetBytes(csv)));
                Assert.Contains("  - {sip: alice@contoso.com, enabled: true}\n", ImportRun.Import(_run.Write("t.xml", MinimalPublished), users).Text, System.StringComparison.Ordinal);

                // Out-File keeps a declaration that says utf-8: the byte order mark wins.
                string xml = _run.WriteBytes("t16.xml", Concat(encoding.GetPreamble(), encoding.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n" + MinimalPublished)));
                Assert.Contains("sipDomains: [contoso.com]\n", ImportRun.Import(xml).Text, System.StringComparison.Ordinal);
            }
        }

        private static byte[] Concat(byte[] first, byte[] second)
        {
            byte[] all = new byte[first.Length + second.Length];
            first.CopyTo(all, 0);
            second.CopyTo(all, first.Length);
            return all;
        }
    }
}
