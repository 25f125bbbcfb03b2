using TopologyLint.Model;

namespace TopologyLint.Rules.Knowledge
{
    /// <summary>Exchange versions that Lync Server 2013 can integrate with for Unified Messaging (TL1006, TL1021).</summary>
    public static class ExchangeSupport
    {
        /// <summary>
        /// True for Exchange older than Exchange 2007 SP1: Exchange 2003, or Exchange 2007 at RTM
        /// (service pack 0; an absent <c>servicePack</c> means RTM).
        /// </summary>
        public static bool IsOlderThan2007ServicePack1(ExchangeVersion version, long servicePack)
            => version == ExchangeVersion.Exchange2003
            || (version == ExchangeVersion.Exchange2007 && servicePack < 1);

        /// <summary>
        /// True for Exchange 2007 SP1 or SP2: accepted by the Enterprise Voice deployment guidelines and the UM support
        /// page (TL1006 is silent), but the Enterprise Voice software prerequisites ask for SP3.
        /// </summary>
        public static bool IsExchange2007BeforeServicePack3(ExchangeVersion version, long servicePack)
            => version == ExchangeVersion.Exchange2007 && servicePack is 1 or 2;
    }
}
