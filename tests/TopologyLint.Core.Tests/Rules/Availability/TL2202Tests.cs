using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Availability;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Availability
{
    public class TL2202Tests : RuleTests<PoolPairReciprocityRule>
    {
        [Fact]
        public void Fires_at_the_backup_pool_when_the_partner_names_none()
        {
            var lint = Verify(PairedPools.With("    backupPool: [|fe2.contoso.local|]\n", "edition: enterprise"));

            Assert.Equal("The pool 'fe.contoso.local' names 'fe2.contoso.local' as its backup pool, but 'fe2.contoso.local' names no backup pool: pairing is reciprocal", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_when_the_partner_names_a_third_pool()
        {
            var lint = Verify(PairedPools.With("    backupPool: [|FE2.contoso.local|]\n", "edition: enterprise, backupPool: fe3.contoso.local")
                .With("reverseProxies:\n", "  - {fqdn: fe3.contoso.local, role: front-end, edition: enterprise, site: hq, backupPool: fe2.contoso.local, servers: [{fqdn: fe301.contoso.local}, {fqdn: fe302.contoso.local}, {fqdn: fe303.contoso.local}]}\nreverseProxies:\n"));

            Assert.EndsWith("but 'fe2.contoso.local' names 'fe3.contoso.local': pairing is one-to-one and reciprocal", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_when_a_pool_names_itself()
        {
            var lint = Verify(ValidTopology.With("    edition: enterprise\n", "    edition: enterprise\n    backupPool: [|fe.contoso.local|]\n"));

            Assert.Equal("The pool 'fe.contoso.local' names itself as its backup pool", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_reciprocal_pair_is_clean()
        {
            Verify(PairedPools.With("    backupPool: fe2.contoso.local\n", "edition: enterprise, backupPool: fe.contoso.local"));
        }

        [Fact]
        public void An_unresolved_backup_pool_of_the_partner_is_left_to_TL0003()
        {
            Verify(PairedPools.With("    backupPool: fe2.contoso.local\n", "edition: enterprise, backupPool: {|TL0003:nowhere.contoso.local|}"));
        }
    }
}
