using System.IO;
using System.Linq;
using Xunit;

namespace TopologyLint.Import.Tests
{
    /// <summary>
    /// Each synthetic fixture imported and compared with its expected document, byte for byte (Fixtures/README.md
    /// says how to regenerate one after a deliberate change).
    /// </summary>
    public class ExpectedDocumentTests
    {
        public static TheoryData<string, string?, string> Imports => new TheoryData<string, string?, string>
        {
            { "fabrikam-enterprise.tbxml", null, "fabrikam-enterprise.expected.yaml" },
            { "contoso-standard.xml", "users.csv", "contoso-standard.users-csv.expected.yaml" },
            { "contoso-standard.xml", "users.json", "contoso-standard.users-json.expected.yaml" },
        };

        [Theory]
        [MemberData(nameof(Imports))]
        public void The_import_is_the_expected_document(string source, string? users, string expected)
        {
            ImportResult result = ImportRun.Import(ImportRun.Fixture(source), users == null ? null : ImportRun.Fixture(users));
            Assert.Equal(File.ReadAllText(ImportRun.Fixture(expected)), result.Text);
        }

        [Theory]
        [MemberData(nameof(Imports))]
        public void Importing_twice_gives_the_same_bytes(string source, string? users, string expected)
        {
            _ = expected;
            string first = ImportRun.Import(ImportRun.Fixture(source), users == null ? null : ImportRun.Fixture(users)).Text;
            string second = ImportRun.Import(ImportRun.Fixture(source), users == null ? null : ImportRun.Fixture(users)).Text;
            Assert.Equal(first, second);
        }

        [Fact]
        public void The_output_has_LF_line_ends_and_no_BOM()
        {
            string text = ImportRun.Import(ImportRun.Fixture("fabrikam-enterprise.tbxml")).Text;
            Assert.DoesNotContain('\r', text);
            Assert.NotEqual('\uFEFF', text[0]);
            Assert.EndsWith("\n", text, System.StringComparison.Ordinal);
        }

        [Fact]
        public void The_published_fixture_with_users_warns_about_each_doubtful_row_in_file_order()
        {
            ImportResult result = ImportRun.Import(ImportRun.Fixture("contoso-standard.xml"), ImportRun.Fixture("users.csv"));
            string[] warnings = result.Warnings.Lines.Select(l => l.Substring(l.IndexOf("users.csv", System.StringComparison.Ordinal))).ToArray();
            Assert.Equal(
                new[]
                {
                    "users.csv:8:1: no SipAddress: row skipped",
                    "users.csv:9:1: Enabled 'yes' is neither True nor False: not imported",
                    "users.csv:9:1: the SIP address 'alice@contoso.com' is also at " + ImportRun.Fixture("users.csv") + ":3:1: written twice (TL0004 reports it)",
                    "users.csv:10:1: the SipAddress 'erin \"the admin\"@contoso.com' is not user@domain: row skipped",
                    "users.csv: 1 user names the registrar pool 'pool99.contoso.local', which is no front-end or branch pool of the topology: written without registrarPool and site",
                },
                warnings);
        }

        [Fact]
        public void The_enterprise_fixture_imports_without_warnings()
        {
            Assert.Empty(ImportRun.Import(ImportRun.Fixture("fabrikam-enterprise.tbxml")).Warnings.Lines);
        }
    }
}
