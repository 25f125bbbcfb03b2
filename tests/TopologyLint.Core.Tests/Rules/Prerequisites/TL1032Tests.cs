using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1032Tests : RuleTests<OfficeCommunicatorClientRule>
    {
        [Fact]
        public void Fires_at_the_product_of_an_office_communicator_2007_deployment()
        {
            var lint = Verify(ValidTopology.With("product: lync-2013", "product: [|office-communicator-2007|]"));

            Assert.Equal("The client 'office-communicator-2007' at site 'hq' is listed as not supported with Lync Server 2013 by the client support table", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_the_product_of_an_office_communicator_2007_r2_deployment()
        {
            var lint = Verify(ValidTopology.With("product: lync-2013", "product: [|office-communicator-2007-r2|]"));

            Assert.Equal("The client 'office-communicator-2007-r2' at site 'hq' works with Lync Server 2013 for IM and presence only: its users join meetings with Lync Web App", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_once_per_deployment()
        {
            var lint = Verify(ValidTopology.With(
                "  - {product: lync-2013, site: hq, count: 10}\n",
                "  - {product: lync-2013, site: hq, count: 10}\n  - {product: [|office-communicator-2007-r2|], site: hq, count: 5}\n  - {product: [|office-communicator-2007-r2|], count: 5}\n"));

            Assert.EndsWith("'office-communicator-2007-r2' works with Lync Server 2013 for IM and presence only: its users join meetings with Lync Web App", lint.OfRule[1].GetMessage(CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("lync-2010", "TL1013")]
        [InlineData("office-communicator-2005", "TL1012")]
        [InlineData("windows-messenger", "TL1012")]
        public void Does_not_fire_on_other_older_clients(string product, string otherRule)
        {
            Verify(ValidTopology.With("product: lync-2013", "product: {|" + otherRule + ":" + product + "|}"));
        }

        [Theory]
        [InlineData("lync-2013")]
        [InlineData("lync-phone-edition")]
        [InlineData("{|TL0002:office-communicator-2007-r3|}")]
        public void Does_not_fire_on_current_clients_or_a_product_the_schema_reports(string product)
        {
            Verify(ValidTopology.With("product: lync-2013", "product: " + product));
        }
    }
}
