using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1004Tests
    {
        [Fact]
        public void Fires_at_the_root_when_there_is_no_reverse_proxy()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("reverseProxies:\n  - {fqdn: rp.contoso.com, site: hq, publishes: [fe.contoso.local]}\n", string.Empty));

            RuleAssert.Single(diagnostics, "TL1004", DiagnosticSeverity.Error, 1, 1);
        }

        [Fact]
        public void A_reverse_proxy_that_publishes_nothing_yet_counts()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With(", publishes: [fe.contoso.local]}", "}"));

            RuleAssert.None(diagnostics, "TL1004");
        }
    }
}
