using System.Globalization;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Capacity
{
    /// <summary>TL6002: load(P) of a front-end pool exceeds 80,000 users; reported at the pool.</summary>
    public sealed class PoolUserLimitRule : ModelRule
    {
        /// <summary>The most users a Front End pool may home, counting those of the branch pools it backs up.</summary>
        public const long MaximumUsers = 80_000;

        public PoolUserLimitRule()
            : base(
                "TL6002",
                "Front-end pool has more than 80,000 users",
                "The front-end pool '{0}' has a load of {1} users{2}; a Front End pool holds at most 80,000",
                RuleCategory.Capacity,
                DiagnosticSeverity.Error,
                "Lync Server 2013 supports at most 80,000 users in a Front End pool; the users of the Survivable Branch Appliances and Servers it backs up count, since they fail over to it.")
        {
        }

        /// <summary>Whether TL6002 fires for <paramref name="pool"/> (TL6009 then stays silent).</summary>
        public static bool Exceeds(Pool pool) => pool.Role.Value == PoolRole.FrontEnd && pool.Load > MaximumUsers;

        /// <summary>" (n homed, m from the branch pools it backs up)" when branch pools add to the load, so the number can be traced.</summary>
        public static string LoadDetail(Pool pool)
            => pool.Load == pool.Homed
                ? string.Empty
                : string.Format(CultureInfo.InvariantCulture, " ({0:N0} homed, {1:N0} from the branch pools it backs up)", pool.Homed, pool.Load - pool.Homed);

        protected override void Analyze(Topology topology, RuleContext context)
        {
            // load(P) is counted by the model in one pass over the users: nothing here visits a user.
            foreach (Pool pool in topology.Pools)
            {
                if (Exceeds(pool))
                {
                    context.Report(pool.Node.ReportNode, pool, pool.Load.ToString("N0", CultureInfo.InvariantCulture), LoadDetail(pool));
                }
            }
        }
    }
}
