using System.Linq;
using TopologyLint.Fixes;
using Xunit;

namespace TopologyLint.Core.Tests.Fixes
{
    /// <summary>Before/after snapshots of TL1034's suggestions: the one listed domain a typo away, and adding the domain to sipDomains.</summary>
    public class SipDomainSuggestionTests
    {
        private const string Head = "topology: t\nproduct: lync-server-2013\n";

        [Fact]
        public void A_domain_one_edit_from_one_listed_domain_is_rewritten_to_it_keeping_the_quotes()
        {
            string before = Head + "sipDomains: [contoso.com, fabrikam.com]\nusers:\n  - {sip: \"alice@Contoso.con\", enabled: true}   # typo\n";
            string after = Head + "sipDomains: [contoso.com, fabrikam.com]\nusers:\n  - {sip: \"alice@contoso.com\", enabled: true}   # typo\n";

            Assert.Equal(after, Apply(before, "Write the SIP domain as 'contoso.com'"));
        }

        [Fact]
        public void The_domain_is_added_to_a_block_sequence_of_sip_domains()
        {
            string before = Head + "sipDomains:\n  - contoso.com\nusers:\n  - {sip: alice@fabrikam.com, enabled: true}\n";
            string after = Head + "sipDomains:\n  - contoso.com\n  - fabrikam.com\nusers:\n  - {sip: alice@fabrikam.com, enabled: true}\n";

            Assert.Equal(after, Apply(before, "Add 'fabrikam.com' to sipDomains"));
        }

        [Fact]
        public void The_domain_is_added_to_sip_domains_in_json()
        {
            string before = "{\"topology\": \"t\", \"product\": \"lync-server-2013\", \"sipDomains\": [\"contoso.com\"], \"users\": [{\"sip\": \"a@fabrikam.com\", \"enabled\": true}]}\n";
            string after = "{\"topology\": \"t\", \"product\": \"lync-server-2013\", \"sipDomains\": [\"contoso.com\", \"fabrikam.com\"], \"users\": [{\"sip\": \"a@fabrikam.com\", \"enabled\": true}]}\n";

            Assert.Equal(after, Apply(before, "Add 'fabrikam.com' to sipDomains", "t.topology.json"));
        }

        [Theory]
        [InlineData("alice@fabrikam.com")]
        [InlineData("alice@contoso.co.uk")]
        [InlineData("alice@contoso.cm")]
        public void No_rewrite_without_exactly_one_near_listed_domain(string sip)
        {
            string text = Head + "sipDomains: [contoso.com, contoso.co]\nusers:\n  - {sip: " + sip + ", enabled: true}\n";

            var fixes = Fixing.FixesOf("t.topology.yaml", text, "TL1034", out _);

            Assert.DoesNotContain(fixes, f => f.Title.StartsWith("Write the SIP domain", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Nothing_is_a_safe_fix()
        {
            var fixes = Fixing.FixesOf("t.topology.yaml", Head + "sipDomains: [contoso.com]\nusers:\n  - {sip: alice@contoso.con, enabled: true}\n", "TL1034", out _);

            Assert.Equal(3, fixes.Length);
            Assert.All(fixes, f => Assert.Equal(FixKind.Suggestion, f.Kind));
        }

        private static string Apply(string before, string title, string fileName = "t.topology.yaml")
        {
            DiagnosticFix fix = Assert.Single(Fixing.FixesOf(fileName, before, "TL1034", out _), f => f.Title == title);
            return FixApplier.ApplyEdits(Microsoft.CodeAnalysis.Text.SourceText.From(before), fix.Edits);
        }
    }
}
