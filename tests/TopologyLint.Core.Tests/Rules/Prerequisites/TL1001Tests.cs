using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1001Tests : RuleTests<FrontEndPoolRule>
    {
        [Fact]
        public void Fires_at_the_root_when_no_pool_is_a_front_end_pool()
        {
            var lint = Verify(ValidTopology.With("    role: front-end\n", "    role: director\n").MarkRoot());

            Assert.Contains("'test'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_standard_edition_pool_is_a_front_end_pool()
        {
            Verify(ValidTopology.With("    edition: enterprise\n", "    edition: standard\n"));
        }
    }
}
