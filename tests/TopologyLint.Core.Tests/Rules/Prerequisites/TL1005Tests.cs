using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1005Tests
    {
        [Fact]
        public void Fires_at_the_root_when_no_user_is_enabled()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.Yaml.Replace("enabled: true", "enabled: false"));

            RuleAssert.Single(diagnostics, "TL1005", DiagnosticSeverity.Error, 1, 1);
        }

        [Fact]
        public void One_enabled_user_is_enough()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("sip: bob@contoso.com, site: hq, enabled: true", "sip: bob@contoso.com, site: hq, enabled: false"));

            RuleAssert.None(diagnostics, "TL1005");
        }
    }
}
