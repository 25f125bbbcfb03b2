using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Availability
{
    /// <summary>
    /// TL2203: of two front-end pools that name each other, pool A homes more than 40,000 users, or cannot carry both
    /// pools' users after a failover (6,660 per server for Enterprise Edition or no edition, 5,000 for Standard
    /// Edition); reported at A. Homed counts come from the model, which counts each user once.
    /// </summary>
    public sealed class PoolPairCapacityRule : ModelRule
    {
        private const long MaximumHomedPerPairedPool = 40_000;
        private const long UsersPerEnterpriseServer = 6_660;
        private const long UsersPerStandardEditionServer = 5_000;

        public PoolPairCapacityRule()
            : base(
                "TL2203",
                "Paired pool cannot take over its partner's users",
                "{0}",
                RuleCategory.Availability,
                DiagnosticSeverity.Warning,
                "Capacity planning for paired Front End pools assumes at most 40,000 users homed in each of the two pools, so that either pool can carry all 80,000 after a failover. A pool must also have the servers to carry both pools' users: one Front End Server per 6,660 users (Enterprise Edition), or 5,000 users on a Standard Edition server.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (Pool pool in topology.Pools.Where(p => p.Role.Value == PoolRole.FrontEnd && !p.Edition.IsInvalid))
            {
                if (pool.BackupPool.Target is not { } partner || partner == pool || partner.BackupPool.Target != pool)
                {
                    continue;
                }

                long capacity = pool.Edition.Value == PoolEdition.Standard ? UsersPerStandardEditionServer : UsersPerEnterpriseServer * pool.Servers.Count;
                long afterFailover = pool.Homed + partner.Homed;
                if (pool.Homed > MaximumHomedPerPairedPool)
                {
                    context.Report(pool.Node.ReportNode, string.Format(CultureInfo.InvariantCulture, "The pool '{0}' is paired with '{1}' and homes {2:N0} users: at most 40,000 per paired pool are planned, so that one pool can carry both after a failover", pool, partner, pool.Homed));
                }
                else if (afterFailover > capacity)
                {
                    context.Report(pool.Node.ReportNode, string.Format(CultureInfo.InvariantCulture, "The pool '{0}' would carry {1:N0} users after a failover from '{2}' ({3:N0} + {4:N0}), more than its {5:N0}", pool, afterFailover, partner, pool.Homed, partner.Homed, CapacityText(pool, capacity)));
                }
            }
        }

        private static string CapacityText(Pool pool, long capacity)
            => pool.Edition.Value == PoolEdition.Standard
                ? string.Format(CultureInfo.InvariantCulture, "Standard Edition server can carry ({0:N0})", capacity)
                : string.Format(CultureInfo.InvariantCulture, "{0} Front End Servers can carry ({1:N0}, 6,660 each)", pool.Servers.Count, capacity);
    }
}
