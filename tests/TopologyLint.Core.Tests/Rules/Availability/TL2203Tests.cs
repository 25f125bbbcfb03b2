using System.Globalization;
using System.Linq;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Availability;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Availability
{
    public class TL2203Tests : RuleTests<PoolPairCapacityRule>
    {
        private const string Fe = "  - fqdn: fe.contoso.local\n";

        private const string MarkedFe = "  - [|fqdn|]: fe.contoso.local\n";

        [Fact]
        public void Fires_at_a_paired_pool_that_homes_more_than_40000_users()
        {
            var lint = Verify(PairedPools.With("    backupPool: fe2.contoso.local\n    plannedUsers: 40001\n", "edition: enterprise, backupPool: fe.contoso.local", Servers(12)).With(Fe, MarkedFe));

            Assert.Equal("The pool 'fe.contoso.local' is paired with 'fe2.contoso.local' and homes 40,001 users: at most 40,000 per paired pool are planned, so that one pool can carry both after a failover", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_each_pool_that_cannot_carry_both_after_a_failover()
        {
            var lint = Verify(PairedPools.With("    backupPool: fe2.contoso.local\n    plannedUsers: 10000\n", "edition: enterprise, backupPool: fe.contoso.local, plannedUsers: 9981")
                .With(Fe, MarkedFe)
                .With("{fqdn: fe2.contoso.local", "{[|fqdn|]: fe2.contoso.local"));

            Assert.Equal("The pool 'fe.contoso.local' would carry 19,981 users after a failover from 'fe2.contoso.local' (10,000 + 9,981), more than its 3 Front End Servers can carry (19,980, 6,660 each)", lint.OfRule[0].GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Users_homed_on_the_pools_count_once_each()
        {
            Verify(PairedPools.With("    backupPool: fe2.contoso.local\n", "edition: standard, backupPool: fe.contoso.local", "{fqdn: fe201.contoso.local}")
                .With("    edition: enterprise\n", "    edition: standard\n")
                .With("      - {fqdn: fe02.contoso.local, domainMember: true}\n      - {fqdn: fe03.contoso.local, domainMember: true}\n", string.Empty)
                .With("{sip: alice@contoso.com, site: hq,", "{sip: alice@contoso.com, site: hq, registrarPool: fe.contoso.local,")
                .With("    backupPool: fe2.contoso.local\n", "    backupPool: fe2.contoso.local\n    plannedUsers: 1\n")
                .With("edition: standard, backupPool: fe.contoso.local", "edition: standard, backupPool: fe.contoso.local, plannedUsers: 4999"));
        }

        [Fact]
        public void Fires_for_standard_edition_pools_above_5000_users_together()
        {
            Verify(PairedPools.With("    backupPool: fe2.contoso.local\n    plannedUsers: 1\n", "edition: standard, backupPool: fe.contoso.local, plannedUsers: 4999", "{fqdn: fe201.contoso.local}")
                .With("    edition: enterprise\n", "    edition: standard\n")
                .With("      - {fqdn: fe02.contoso.local, domainMember: true}\n      - {fqdn: fe03.contoso.local, domainMember: true}\n", string.Empty)
                .With("{sip: alice@contoso.com, site: hq,", "{sip: alice@contoso.com, site: hq, registrarPool: fe.contoso.local,")
                .With("{sip: bob@contoso.com, site: hq,", "{sip: bob@contoso.com, site: hq, registrarPool: fe.contoso.local,")
                .With(Fe, MarkedFe)
                .With("{fqdn: fe2.contoso.local", "{[|fqdn|]: fe2.contoso.local"));
        }

        [Fact]
        public void Users_listed_with_a_registrar_pool_are_homed_there()
        {
            string users = string.Concat(Enumerable.Range(1, 40_001).Select(i => $"  - {{sip: u{i}@contoso.com, site: hq, enabled: true, registrarPool: fe.contoso.local}}\n"));

            var lint = Verify(PairedPools.With("    backupPool: fe2.contoso.local\n", "edition: enterprise, backupPool: fe.contoso.local", Servers(12)).With(Fe, MarkedFe) + users);

            Assert.Contains("homes 40,001 users", lint.Single.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_pool_within_capacity_is_clean()
        {
            Verify(PairedPools.With("    backupPool: fe2.contoso.local\n    plannedUsers: 9990\n", "edition: enterprise, backupPool: fe.contoso.local, plannedUsers: 9990"));
        }

        [Fact]
        public void A_pairing_that_is_not_reciprocal_is_not_checked()
        {
            Verify(PairedPools.With("    backupPool: fe2.contoso.local\n    plannedUsers: 50000\n", "edition: enterprise"));
        }

        private static string Servers(int count)
            => string.Join(", ", Enumerable.Range(1, count).Select(i => $"{{fqdn: fe2{i:00}.contoso.local}}"));
    }
}
