using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1024Tests : RuleTests<SingleLabelForestRule>
    {
        [Fact]
        public void Fires_at_the_forest_value_when_it_has_one_label()
        {
            var lint = Verify(ValidTopology.With("  prepared: true\n", "  forest: [|contoso|]\n  prepared: true\n"));

            Assert.Equal("The Active Directory forest 'contoso' has a single-label name: Lync Server does not support single-labeled domains", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_trailing_dot_adds_no_label()
        {
            Verify(ValidTopology.With("  prepared: true\n", "  forest: [|contoso.|]\n  prepared: true\n"));
        }

        [Theory]
        [InlineData("contoso.local")]
        [InlineData("corp.contoso.com")]
        public void A_name_of_two_or_more_labels_is_clean(string forest)
        {
            Verify(ValidTopology.With("  prepared: true\n", "  forest: " + forest + "\n  prepared: true\n"));
        }
    }
}
