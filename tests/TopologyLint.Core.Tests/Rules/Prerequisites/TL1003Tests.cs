using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1003Tests : RuleTests<EdgeServicesRule>
    {
        private static string MarkEdgePool(string yaml) => yaml.With("  - fqdn: edge.contoso.com\n", "  - [|fqdn|]: edge.contoso.com\n");

        [Fact]
        public void Fires_at_the_edge_pool_naming_the_missing_services()
        {
            var lint = Verify(MarkEdgePool(ValidTopology.With("edgeServices: [access, av, web-conferencing]", "edgeServices: [access]")));

            Assert.Equal("The edge pool 'edge.contoso.com' does not run av, web-conferencing", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_when_the_edge_pool_lists_no_services()
        {
            var lint = Verify(MarkEdgePool(ValidTopology.With("    edgeServices: [access, av, web-conferencing]\n", string.Empty)));

            Assert.EndsWith("does not run access, av, web-conferencing", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void The_services_may_be_listed_in_any_order()
        {
            Verify(ValidTopology.With("edgeServices: [access, av, web-conferencing]", "edgeServices: [web-conferencing, av, access]"));
        }

        [Fact]
        public void An_edge_services_value_that_is_not_a_list_is_left_to_the_schema()
        {
            Verify(ValidTopology.With("edgeServices: [access, av, web-conferencing]", "edgeServices: {|TL0002:access|}"));
        }
    }
}
