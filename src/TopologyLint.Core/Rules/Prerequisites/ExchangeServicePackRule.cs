using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>
    /// TL1021: Exchange UM is integrated and Exchange is 2007 SP1 or SP2 (TL1006 accepts it, the Enterprise Voice
    /// software prerequisites ask for SP3); reported at the <c>servicePack</c> value.
    /// </summary>
    public sealed class ExchangeServicePackRule : ModelRule
    {
        public ExchangeServicePackRule()
            : base(
                "TL1021",
                "Exchange 2007 is older than SP3",
                "Exchange UM is integrated with Exchange 2007 service pack {0}: the Enterprise Voice software prerequisites ask for Exchange 2007 SP3, Exchange 2010 or Exchange 2013",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Info,
                "The Enterprise Voice deployment guidelines and the Exchange UM support page accept Exchange 2007 SP1 for Unified Messaging integration (TL1006's line), but the Enterprise Voice software prerequisites page asks for Exchange 2007 SP3, Exchange 2010 or Exchange 2013.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            // An absent servicePack means RTM (TL1006's); one that is not an integer is the schema's.
            if (topology.Exchange.Value is { } exchange
                && exchange.UnifiedMessaging.IsTrue
                && exchange.Version.Value is ExchangeVersion version
                && exchange.ServicePack.Value is long servicePack
                && ExchangeSupport.IsExchange2007BeforeServicePack3(version, servicePack))
            {
                context.Report(exchange.ServicePack.Node!, servicePack);
            }
        }
    }
}
