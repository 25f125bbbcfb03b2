using System.Linq;
using Xunit;

namespace TopologyLint.Core.Tests.Rules
{
    public class ValidTopologyTests
    {
        [Fact]
        public void The_valid_topology_passes_every_rule()
        {
            Assert.Empty(ValidTopology.Lint(ValidTopology.Yaml).Positions());
        }

        [Fact]
        public void A_document_that_is_not_a_mapping_gets_no_enterprise_voice_diagnostic()
        {
            var diagnostics = ValidTopology.Lint("- topology: test\n- product: lync-server-2013\n");

            Assert.NotEmpty(diagnostics);
            Assert.DoesNotContain(diagnostics, d => string.CompareOrdinal(d.Id, "TL1001") >= 0);
        }
    }
}
