using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1007Tests
    {
        private const string Exchange = "exchange: {version: \"2013\", servicePack: 1, unifiedMessaging: true}\n";

        [Fact]
        public void Fires_at_the_root_when_there_is_no_exchange_section()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With(Exchange, string.Empty));

            RuleAssert.Single(diagnostics, "TL1007", DiagnosticSeverity.Warning, 1, 1);
        }

        [Fact]
        public void Fires_at_the_value_when_unified_messaging_is_false()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("unifiedMessaging: true", "unifiedMessaging: false"));

            RuleAssert.Single(diagnostics, "TL1007", DiagnosticSeverity.Warning, 10, 63);
        }

        [Fact]
        public void Fires_at_the_exchange_section_when_unified_messaging_is_absent()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With(", unifiedMessaging: true", string.Empty));

            RuleAssert.Single(diagnostics, "TL1007", DiagnosticSeverity.Warning, 10, 12);
        }

        [Fact]
        public void Does_not_fire_when_um_is_integrated_whatever_the_service_pack()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("servicePack: 1, ", string.Empty));

            RuleAssert.None(diagnostics, "TL1007");
        }
    }
}
