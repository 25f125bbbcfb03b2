using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Availability;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Availability
{
    public class TL2201Tests : RuleTests<PoolPairMismatchRule>
    {
        [Fact]
        public void Fires_once_at_the_first_pools_backup_pool_when_editions_differ()
        {
            var lint = Verify(PairedPools.With("    backupPool: [|fe2.contoso.local|]\n", "edition: standard, backupPool: fe.contoso.local", "{fqdn: fe201.contoso.local}"));

            Assert.Equal("The paired pools 'fe.contoso.local' and 'fe2.contoso.local' differ: edition enterprise and standard", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_when_one_pool_is_virtual_and_lists_every_difference()
        {
            var lint = Verify(PairedPools.With(
                "    virtual: true\n    backupPool: [|fe2.contoso.local|]\n",
                "edition: enterprise, backupPool: fe.contoso.local",
                "{fqdn: fe201.contoso.local, os: {name: windows-server-2012, edition: standard}}, {fqdn: fe202.contoso.local}, {fqdn: fe203.contoso.local}")
                .With("{fqdn: fe01.contoso.local, domainMember: true}", "{fqdn: fe01.contoso.local, os: {name: windows-server-2012-r2, edition: standard}, domainMember: true}"));

            Assert.Equal("The paired pools 'fe.contoso.local' and 'fe2.contoso.local' differ: virtual and physical servers; operating system windows-server-2012-r2 and windows-server-2012", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_the_pool_that_names_the_other_when_only_the_second_does()
        {
            Verify(PairedPools.With(string.Empty, "edition: standard, backupPool: [|fe.contoso.local|]", "{fqdn: fe201.contoso.local}"));
        }

        [Fact]
        public void Equal_pools_are_clean()
        {
            Verify(PairedPools.With("    virtual: false\n    backupPool: fe2.contoso.local\n", "edition: enterprise, backupPool: fe.contoso.local"));
        }

        [Fact]
        public void An_absent_edition_or_operating_system_is_not_compared()
        {
            Verify(PairedPools.With(
                "    backupPool: fe2.contoso.local\n",
                "backupPool: fe.contoso.local",
                "{fqdn: fe201.contoso.local, os: {name: windows-server-2012, edition: standard}}, {fqdn: fe202.contoso.local}, {fqdn: fe203.contoso.local}"));
        }
    }
}
