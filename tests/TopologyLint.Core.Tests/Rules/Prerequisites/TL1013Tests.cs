using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1013Tests : RuleTests<OlderClientRule>
    {
        [Fact]
        public void Fires_at_the_product_of_a_lync_2010_deployment()
        {
            var lint = Verify(ValidTopology.With("product: lync-2013", "product: [|lync-2010|]"));

            Assert.Equal("The client 'lync-2010' at site 'hq' is older than Lync 2013: its users miss the features new to this release", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("lync-phone-edition")]
        [InlineData("lync-2013")]
        [InlineData("windows-messenger")]
        public void Does_not_fire_on_lync_2013_lync_phone_edition_or_unsupported_clients(string product)
        {
            Verify(ValidTopology.With("product: lync-2013", "product: " + product));
        }

        [Theory]
        [InlineData("office-communicator-2007")]
        [InlineData("office-communicator-2007-r2")]
        public void Leaves_office_communicator_2007_to_tl1032(string product)
        {
            Verify(ValidTopology.With("product: lync-2013", "product: {|TL1032:" + product + "|}"));
        }
    }
}
