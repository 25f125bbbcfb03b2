using TopologyLint.Model;

namespace TopologyLint.Rules.Knowledge
{
    /// <summary>Exchange versions that Lync Server 2013 can integrate with for Unified Messaging (TL1006).</summary>
    public static class ExchangeSupport
    {
        /// <summary>
        /// True for Exchange older than Exchange 2007 SP1: Exchange 2003, or Exchange 2007 at RTM
        /// (service pack 0; an absent <c>servicePack</c> means RTM).
        /// </summary>
        public static bool IsOlderThan2007ServicePack1(ExchangeVersion version, long servicePack)
            => version == ExchangeVersion.Exchange2003
            || (version == ExchangeVersion.Exchange2007 && servicePack < 1);
    }
}
