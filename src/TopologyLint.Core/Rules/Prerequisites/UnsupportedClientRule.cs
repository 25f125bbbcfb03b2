using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>TL1012: a client deployment is older than Office Communicator 2007; reported at its <c>product</c>.</summary>
    public sealed class UnsupportedClientRule : ModelRule
    {
        public UnsupportedClientRule()
            : base(
                "TL1012",
                "Client is not supported by Lync Server 2013",
                "The client '{0}'{1} is older than Office Communicator 2007 and cannot sign in to Lync Server 2013",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "Lync Server 2013 supports Office Communicator 2007 and later clients; Windows Messenger and Office Communicator 2005 cannot connect.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (ClientDeployment client in topology.Clients)
            {
                if (client.Product.Value is ClientProduct product && ClientSupport.IsUnsupported(product))
                {
                    context.Report(client.Product.Node!, client.Product.Node!.Value, ItemNames.SiteSuffix(client));
                }
            }
        }
    }
}
