using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Document;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Document
{
    public class TL0004Tests : RuleTests<DuplicateIdentifierRule>
    {
        private const string Head = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\n";

        [Fact]
        public void Second_site_id_is_reported_at_its_identifier()
        {
            var lint = Verify(("a.topology.yaml", Head + "sites:\n  - {id: redmond, kind: central}\n  - {id: [|redmond|], kind: branch}\n"));

            Assert.Equal("The site id 'redmond' is already defined at line 5", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Server_fqdn_equal_to_a_pool_fqdn_is_reported_case_insensitively()
        {
            Verify(("a.topology.yaml", Head + "sites: [{id: s, kind: central}]\npools:\n  - {fqdn: fe.contoso.com, role: front-end, site: s, servers: [{fqdn: [|FE.contoso.com|]}]}\n"));
        }

        [Fact]
        public void Duplicate_user_in_a_fragment_names_the_other_file()
        {
            var lint = Verify(
                ("a.topology.yaml", Head + "include: [more.yaml]\nusers:\n  - sip: Alice@contoso.com\n"),
                ("more.yaml", "users:\n  - sip: [|alice@contoso.com|]\n"));

            Assert.Contains("a.topology.yaml line 6", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Distinct_identifiers_give_nothing()
        {
            Verify(("a.topology.yaml", Head + "sites:\n  - {id: redmond, kind: central}\n  - {id: dublin, kind: central}\nusers: [{sip: a@contoso.com}, {sip: b@contoso.com}]\n"));
        }
    }
}
