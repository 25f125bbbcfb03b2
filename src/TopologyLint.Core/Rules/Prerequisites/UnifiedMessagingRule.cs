using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>
    /// TL1007: no <c>exchange</c> section (reported at the root), or <c>unifiedMessaging</c> is not true
    /// (reported at its value, or at the <c>exchange</c> mapping when the key is absent).
    /// </summary>
    public sealed class UnifiedMessagingRule : ModelRule
    {
        public UnifiedMessagingRule()
            : base(
                "TL1007",
                "Exchange Unified Messaging is not integrated",
                "{0}: Enterprise Voice users get no voice mail, rich notifications or call logs",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Warning,
                "Voice mail, missed-call notifications and call logs for Enterprise Voice users come from Exchange Unified Messaging integrated with Lync Server 2013.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            Exchange? exchange = topology.Exchange.Value;
            if (exchange == null)
            {
                // An exchange value that is not a mapping is the schema's to report.
                if (topology.Exchange.IsAbsent)
                {
                    context.Report(topology.ReportNode, $"The topology '{ItemNames.Of(topology)}' has no exchange section");
                }

                return;
            }

            Field<bool> unifiedMessaging = exchange.UnifiedMessaging;
            if (unifiedMessaging.IsAbsent)
            {
                context.Report(exchange.Node.ReportNode, "exchange.unifiedMessaging is not set");
            }
            else if (unifiedMessaging.Value == false)
            {
                context.Report(unifiedMessaging.Node!, "exchange.unifiedMessaging is false");
            }
        }
    }
}
