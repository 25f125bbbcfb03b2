using System.Globalization;
using System.Linq;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.ExternalAccess;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.ExternalAccess
{
    public class TL5008Tests : RuleTests<SimpleUrlRule>
    {
        private const string Meet = "    - {domain: contoso.com, url: \"https://meet.contoso.com\"}\n";
        private const string Dialin = "  dialin: \"https://dialin.contoso.com\"\n";

        private static string WithSimpleUrls(string meet = Meet, string dialin = Dialin, string admin = "  admin: \"https://admin.contoso.com\"\n", string firstKey = "meet")
            => ValidTopology.Yaml + "simpleUrls:\n  " + firstKey + ":\n" + meet + dialin + admin;

        private static string MessageOf(VerifiedLint lint) => lint.Single.GetMessage(CultureInfo.InvariantCulture);

        [Fact]
        public void Simple_urls_for_every_domain_are_fine()
        {
            Verify(WithSimpleUrls());
        }

        [Fact]
        public void Without_simple_urls_the_rule_does_not_run()
        {
            Verify(ValidTopology.Yaml);
        }

        [Fact]
        public void A_sip_domain_without_a_meet_url_is_reported_at_simple_urls()
        {
            var lint = Verify(WithSimpleUrls(firstKey: "[|meet|]").With("sipDomains: [contoso.com]", "sipDomains: [contoso.com, fabrikam.com]"));

            Assert.Equal("The simple URLs have no meet URL for the SIP domain 'fabrikam.com': each SIP domain needs its own Meet simple URL", MessageOf(lint));
        }

        [Fact]
        public void A_second_meet_url_for_a_domain_is_reported_at_its_domain()
        {
            var lint = Verify(WithSimpleUrls(Meet + "    - {domain: [|CONTOSO.com|], url: \"https://meet2.contoso.com\"}\n"));

            Assert.Equal("The SIP domain 'contoso.com' has a second meet URL (the first is 'https://meet.contoso.com'): each SIP domain has exactly one Meet simple URL", MessageOf(lint));
        }

        [Fact]
        public void A_meet_domain_that_names_nothing_gets_tl0003_and_leaves_the_domain_without_a_meet_url()
        {
            Verify(WithSimpleUrls("    - {domain: {|TL0003:fabrikam.com|}, url: \"https://meet.fabrikam.com\"}\n", firstKey: "[|meet|]"));
        }

        [Fact]
        public void No_dialin_url_is_reported_at_simple_urls()
        {
            var lint = Verify(WithSimpleUrls(dialin: string.Empty, firstKey: "[|meet|]"));

            Assert.Equal("The simple URLs have no dialin URL: the organization needs a Dial-in simple URL", MessageOf(lint));
        }

        [Fact]
        public void The_admin_url_is_optional()
        {
            Verify(WithSimpleUrls(admin: string.Empty));
        }

        [Fact]
        public void A_url_without_https_is_reported_at_the_url()
        {
            var lint = Verify(WithSimpleUrls(dialin: "  dialin: [|\"http://dialin.contoso.com\"|]\n"));

            Assert.Equal("The dialin URL 'http://dialin.contoso.com' does not start with https://: every simple URL must", MessageOf(lint));
        }

        [Fact]
        public void The_scheme_compares_case_insensitively()
        {
            Verify(WithSimpleUrls(dialin: "  dialin: \"HTTPS://dialin.contoso.com\"\n"));
        }

        [Fact]
        public void A_port_is_reported_at_the_url()
        {
            var lint = Verify(WithSimpleUrls("    - {domain: contoso.com, url: [|\"https://meet.contoso.com:443/x\"|]}\n"));

            Assert.Equal("The meet URL 'https://meet.contoso.com:443/x' of 'contoso.com' holds a port ('meet.contoso.com:443'): simple URLs cannot contain port information", MessageOf(lint));
        }

        [Fact]
        public void A_colon_in_the_path_is_no_port()
        {
            Verify(WithSimpleUrls(admin: "  admin: \"https://admin.contoso.com/a:b\"\n"));
        }

        [Fact]
        public void A_port_without_a_scheme_is_a_port()
        {
            Verify(WithSimpleUrls(admin: "  admin: [|[|\"admin.contoso.com:444\"|]|]\n"));
        }

        [Fact]
        public void A_scheme_with_one_slash_is_no_port()
        {
            Verify(WithSimpleUrls(admin: "  admin: [|\"https:/admin.contoso.com\"|]\n"));
        }

        [Fact]
        public void A_pool_fqdn_in_a_url_is_reported_at_the_url()
        {
            var lint = Verify(WithSimpleUrls(admin: "  admin: [|\"https://FE.contoso.local/admin\"|]\n"));

            Assert.Equal("The admin URL 'https://FE.contoso.local/admin' contains the FQDN of the pool 'fe.contoso.local': simple URLs cannot contain the FQDN of a pool", MessageOf(lint));
        }

        [Fact]
        public void An_equal_url_is_reported_at_the_later_one()
        {
            var lint = Verify(WithSimpleUrls(admin: "  admin: [|\"https://DIALIN.contoso.com/\"|]\n"));

            Assert.Equal("The admin URL 'https://DIALIN.contoso.com/' is the same as the dialin URL 'https://dialin.contoso.com': each simple URL must be unique", MessageOf(lint));
        }

        [Fact]
        public void A_prefix_is_reported_at_the_longer_url()
        {
            var lint = Verify(WithSimpleUrls(
                "    - {domain: contoso.com, url: [|\"https://lync.contoso.com/Meet/Dialin\"|]}\n",
                "  dialin: \"https://lync.contoso.com/meet/\"\n"));

            Assert.Equal("The dialin URL 'https://lync.contoso.com/meet/' is a prefix of the meet URL 'https://lync.contoso.com/Meet/Dialin' of 'contoso.com': a simple URL cannot be a prefix of another", MessageOf(lint));
        }

        [Fact]
        public void A_prefix_counts_whole_path_segments()
        {
            Verify(WithSimpleUrls(
                "    - {domain: contoso.com, url: \"https://lync.contoso.com/Meetings\"}\n",
                "  dialin: \"https://lync.contoso.com/Meet\"\n"));
        }

        [Fact]
        public void One_url_can_break_several_requirements()
        {
            // The dialin URL lacks https, holds a port and names a pool; the admin URL does too, and repeats the dialin URL.
            var lint = Verify(WithSimpleUrls(
                dialin: "  dialin: [|[|[|\"http://fe.contoso.local:80\"|]|]|]\n",
                admin: "  admin: [|[|[|[|\"http://fe.contoso.local:80\"|]|]|]|]\n"));

            Assert.Equal(4, lint.OfRule.Count(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("The admin URL", System.StringComparison.Ordinal)));
        }
    }
}
