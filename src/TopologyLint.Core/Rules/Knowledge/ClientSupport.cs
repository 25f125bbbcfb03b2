using System.Collections.Generic;
using TopologyLint.Model;

namespace TopologyLint.Rules.Knowledge
{
    /// <summary>
    /// Which client products Lync Server 2013 supports (TL1012, TL1013). Explicit sets, not the enum's
    /// order: Lync Phone Edition is neither unsupported nor "older than Lync 2013" in the sense of
    /// missing desktop features, whatever its position in the enum.
    /// </summary>
    public static class ClientSupport
    {
        /// <summary>Clients older than Office Communicator 2007: Lync Server 2013 does not support them.</summary>
        private static readonly HashSet<ClientProduct> Unsupported = new HashSet<ClientProduct>
        {
            ClientProduct.WindowsMessenger,
            ClientProduct.OfficeCommunicator2005,
        };

        /// <summary>Supported clients older than Lync 2013: their users miss the features new to this release.</summary>
        private static readonly HashSet<ClientProduct> OlderThanLync2013 = new HashSet<ClientProduct>
        {
            ClientProduct.OfficeCommunicator2007,
            ClientProduct.OfficeCommunicator2007R2,
            ClientProduct.Lync2010,
        };

        public static bool IsUnsupported(ClientProduct product) => Unsupported.Contains(product);

        public static bool IsOlderThanLync2013(ClientProduct product) => OlderThanLync2013.Contains(product);
    }
}
