using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>TL1013: a supported client deployment is older than Lync 2013; reported at its <c>product</c>.</summary>
    public sealed class OlderClientRule : ModelRule
    {
        public OlderClientRule()
            : base(
                "TL1013",
                "Client is older than Lync 2013",
                "The client '{0}'{1} is older than Lync 2013: its users miss the features new to this release",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Info,
                "Office Communicator 2007, Office Communicator 2007 R2 and Lync 2010 can sign in to Lync Server 2013, but their users do not get the features new to Lync 2013.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (ClientDeployment client in topology.Clients)
            {
                if (client.Product.Value is ClientProduct product && ClientSupport.IsOlderThanLync2013(product))
                {
                    context.Report(client.Product.Node!, client.Product.Node!.Value, ItemNames.SiteSuffix(client));
                }
            }
        }
    }
}
