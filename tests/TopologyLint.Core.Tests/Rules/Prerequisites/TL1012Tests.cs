using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1012Tests
    {
        [Theory]
        [InlineData("windows-messenger")]
        [InlineData("office-communicator-2005")]
        public void Fires_at_the_product_of_a_client_older_than_office_communicator_2007(string product)
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("product: lync-2013", "product: " + product));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL1012", DiagnosticSeverity.Error, 41, 15);
            Assert.Contains($"'{product}' at site 'hq'", diagnostic.GetMessage());
            RuleAssert.None(diagnostics, "TL1013");
        }

        [Theory]
        [InlineData("office-communicator-2007")]
        [InlineData("lync-2010")]
        [InlineData("lync-phone-edition")]
        [InlineData("lync-2013")]
        public void Does_not_fire_from_office_communicator_2007_on(string product)
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("product: lync-2013", "product: " + product));

            RuleAssert.None(diagnostics, "TL1012");
        }
    }
}
