using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1006Tests
    {
        [Theory]
        [InlineData("{version: \"2003\", servicePack: 2, unifiedMessaging: true}")]
        [InlineData("{version: \"2007\", servicePack: 0, unifiedMessaging: true}")]
        [InlineData("{version: \"2007\", unifiedMessaging: true}")]
        public void Fires_at_the_version_when_um_is_integrated_with_exchange_older_than_2007_sp1(string exchange)
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("{version: \"2013\", servicePack: 1, unifiedMessaging: true}", exchange));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL1006", DiagnosticSeverity.Error, 10, 21);
            Assert.Contains("older than Exchange 2007 SP1", diagnostic.GetMessage());
        }

        [Theory]
        [InlineData("{version: \"2007\", servicePack: 1, unifiedMessaging: true}")]
        [InlineData("{version: \"2016\", unifiedMessaging: true}")]
        [InlineData("{version: \"2003\", unifiedMessaging: false}")]
        public void Does_not_fire_from_exchange_2007_sp1_on_or_without_um(string exchange)
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("{version: \"2013\", servicePack: 1, unifiedMessaging: true}", exchange));

            RuleAssert.None(diagnostics, "TL1006");
        }
    }
}
