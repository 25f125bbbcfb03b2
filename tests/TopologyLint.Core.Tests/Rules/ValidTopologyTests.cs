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
    }
}
