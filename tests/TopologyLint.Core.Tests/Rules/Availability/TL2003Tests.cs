using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Availability
{
    public class TL2003Tests
    {
        private const string Pstn = "pstn:\n  - {id: hq-pri, site: hq, connection: tdm, gateways: [gw01.contoso.local], mediationPool: med.contoso.local}\n";

        [Fact]
        public void Fires_at_the_root_when_enterprise_voice_users_have_no_pstn_connection()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With(Pstn, string.Empty));

            RuleAssert.Single(diagnostics, "TL2003", DiagnosticSeverity.Warning, 1, 1);
        }

        [Fact]
        public void No_pstn_connection_is_needed_without_enterprise_voice_users()
        {
            string yaml = ValidTopology.With(Pstn, string.Empty).Replace("enterpriseVoice: true", "enterpriseVoice: false");

            var diagnostics = ValidTopology.Lint(yaml);

            RuleAssert.None(diagnostics, "TL2003");
        }
    }
}
