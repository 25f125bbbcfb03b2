using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>TL1006: Exchange UM is integrated but Exchange is older than 2007 SP1; reported at the <c>version</c> value.</summary>
    public sealed class ExchangeVersionRule : ModelRule
    {
        public ExchangeVersionRule()
            : base(
                "TL1006",
                "Exchange is too old for Unified Messaging integration",
                "Exchange UM is integrated, but Exchange {0} service pack {1} is older than Exchange 2007 SP1",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "Lync Server 2013 integrates with Exchange Unified Messaging from Exchange Server 2007 SP1 on; Exchange 2003 and Exchange 2007 RTM cannot provide voice mail to Enterprise Voice users.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            Exchange? exchange = topology.Exchange.Value;

            // A servicePack that is not an integer is the schema's to report; an absent one means RTM.
            if (exchange == null
                || !exchange.UnifiedMessaging.IsTrue
                || exchange.Version.Value is not ExchangeVersion version
                || exchange.ServicePack.IsInvalid)
            {
                return;
            }

            long servicePack = exchange.ServicePack.Value ?? 0;
            if (ExchangeSupport.IsOlderThan2007ServicePack1(version, servicePack))
            {
                context.Report(exchange.Version.Node!, exchange.Version.Node!.Value, servicePack);
            }
        }
    }
}
