using System.Collections.Generic;
using TopologyLint.Model;

namespace TopologyLint.Rules.Knowledge
{
    /// <summary>
    /// Which client products Lync Server 2013 supports, and how (TL1012, TL1032, TL1013). Explicit sets, not the
    /// enum's order: Lync Phone Edition is neither unsupported nor "older than Lync 2013" in the sense of missing
    /// desktop features, whatever its position in the enum.
    /// </summary>
    public static class ClientSupport
    {
        /// <summary>Clients older than Office Communicator 2007: every Microsoft page excludes them.</summary>
        private static readonly HashSet<ClientProduct> Unsupported = new HashSet<ClientProduct>
        {
            ClientProduct.WindowsMessenger,
            ClientProduct.OfficeCommunicator2005,
        };

        /// <summary>
        /// Office Communicator 2007 and 2007 R2: the v1 source page accepts them, but the client support table lists
        /// 2007 as not supported and 2007 R2 as interoperable for IM and presence only.
        /// </summary>
        private static readonly HashSet<ClientProduct> OfficeCommunicator2007 = new HashSet<ClientProduct>
        {
            ClientProduct.OfficeCommunicator2007,
            ClientProduct.OfficeCommunicator2007R2,
        };

        public static bool IsUnsupported(ClientProduct product) => Unsupported.Contains(product);

        public static bool IsOfficeCommunicator2007(ClientProduct product) => OfficeCommunicator2007.Contains(product);

        /// <summary>A supported client without the features new to Lync 2013: Lync 2010.</summary>
        public static bool MissesLync2013Features(ClientProduct product) => product == ClientProduct.Lync2010;
    }
}
