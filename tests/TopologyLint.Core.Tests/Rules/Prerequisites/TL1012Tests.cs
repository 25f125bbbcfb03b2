using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1012Tests : RuleTests<UnsupportedClientRule>
    {
        [Theory]
        [InlineData("windows-messenger")]
        [InlineData("office-communicator-2005")]
        public void Fires_at_the_product_of_a_client_older_than_office_communicator_2007(string product)
        {
            var lint = Verify(ValidTopology.With("product: lync-2013", "product: [|" + product + "|]"));

            Assert.Contains($"'{product}' at site 'hq'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
            Assert.DoesNotContain(lint.Result.Diagnostics, d => d.Id == "TL1013");
        }

        [Theory]
        [InlineData("office-communicator-2007")]
        [InlineData("lync-2010")]
        [InlineData("lync-phone-edition")]
        [InlineData("lync-2013")]
        public void Does_not_fire_from_office_communicator_2007_on(string product)
        {
            Verify(ValidTopology.With("product: lync-2013", "product: " + product));
        }
    }
}
