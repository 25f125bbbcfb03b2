using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1013Tests : RuleTests<OlderClientRule>
    {
        [Theory]
        [InlineData("office-communicator-2007")]
        [InlineData("office-communicator-2007-r2")]
        [InlineData("lync-2010")]
        public void Fires_at_the_product_of_a_supported_client_older_than_lync_2013(string product)
        {
            var lint = Verify(ValidTopology.With("product: lync-2013", "product: [|" + product + "|]"));

            Assert.Contains($"'{product}'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("lync-phone-edition")]
        [InlineData("lync-2013")]
        [InlineData("windows-messenger")]
        public void Does_not_fire_on_lync_2013_lync_phone_edition_or_unsupported_clients(string product)
        {
            Verify(ValidTopology.With("product: lync-2013", "product: " + product));
        }
    }
}
