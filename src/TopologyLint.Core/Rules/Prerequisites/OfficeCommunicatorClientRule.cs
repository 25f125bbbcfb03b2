using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>
    /// TL1032: a client deployment is Office Communicator 2007 (not supported, by the client support table) or
    /// 2007 R2 (IM and presence only); reported at its <c>product</c>.
    /// </summary>
    public sealed class OfficeCommunicatorClientRule : ModelRule
    {
        public OfficeCommunicatorClientRule()
            : base(
                "TL1032",
                "Office Communicator 2007 client is only partly supported",
                "The client '{0}'{1} {2}",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Warning,
                "The Lync Server 2013 client support table lists Office Communicator 2007 as not supported and Office Communicator 2007 R2 as interoperable for IM and presence only (no conferencing: its users join meetings with Lync Web App). The Enterprise Voice deployment guidelines still accept Office Communicator 2007 as a minimum, so this is a warning, not an error.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (ClientDeployment client in topology.Clients)
            {
                if (client.Product.Value is ClientProduct product && ClientSupport.IsOfficeCommunicator2007(product))
                {
                    string limitation = product == ClientProduct.OfficeCommunicator2007
                        ? "is listed as not supported with Lync Server 2013 by the client support table"
                        : "works with Lync Server 2013 for IM and presence only: its users join meetings with Lync Web App";
                    context.Report(client.Product.Node!, client.Product.Node!.Value, ItemNames.SiteSuffix(client), limitation);
                }
            }
        }
    }
}
