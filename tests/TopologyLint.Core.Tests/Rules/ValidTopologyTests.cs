using TopologyLint.Core.Tests.Rules.Testing;
using Xunit;

namespace TopologyLint.Core.Tests.Rules
{
    public class ValidTopologyTests
    {
        [Fact]
        public void The_valid_topology_passes_every_rule()
        {
            Assert.Empty(InMemoryLint.Run((ValidTopology.FileName, ValidTopology.Yaml)).Diagnostics);
        }

        [Fact]
        public void A_document_that_is_not_a_mapping_gets_no_enterprise_voice_diagnostic()
        {
            var diagnostics = InMemoryLint.Run((ValidTopology.FileName, "- topology: test\n- product: lync-server-2013\n")).Diagnostics;

            Assert.NotEmpty(diagnostics);
            Assert.DoesNotContain(diagnostics, d => string.CompareOrdinal(d.Id, "TL1001") >= 0);
        }
    }
}
