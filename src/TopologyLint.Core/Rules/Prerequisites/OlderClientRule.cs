using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>
    /// TL1013: a supported client deployment is older than Lync 2013 (Lync 2010; Office Communicator 2007 and 2007 R2
    /// are TL1032's); reported at its <c>product</c>.
    /// </summary>
    public sealed class OlderClientRule : ModelRule
    {
        public OlderClientRule()
            : base(
                "TL1013",
                "Client is older than Lync 2013",
                "The client '{0}'{1} is older than Lync 2013: its users miss the features new to this release",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Info,
                "Lync 2010 can sign in to Lync Server 2013, but its users do not get the features new to Lync 2013. Office Communicator 2007 and 2007 R2 are reported by TL1032 instead.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (ClientDeployment client in topology.Clients)
            {
                if (client.Product.Value is ClientProduct product && ClientSupport.MissesLync2013Features(product))
                {
                    context.Report(client.Product.Node!, client.Product.Node!.Value, ItemNames.SiteSuffix(client));
                }
            }
        }
    }
}
