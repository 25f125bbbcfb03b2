using System.Globalization;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Capacity
{
    /// <summary>
    /// TL6009: load(P) of a front-end pool exceeds 6,660 users per server (Enterprise Edition, or no edition) or 2,500
    /// (Standard Edition); not reported where TL6002 is. Reported at the pool.
    /// </summary>
    public sealed class UsersPerServerRule : ModelRule
    {
        public const long EnterpriseUsersPerServer = 6_660;

        public const long StandardEditionUsers = 2_500;

        public UsersPerServerRule()
            : base(
                "TL6009",
                "Front-end pool has too few servers for its users",
                "The front-end pool '{0}' has a load of {1} users{2}, more than {3}",
                RuleCategory.Capacity,
                DiagnosticSeverity.Warning,
                "Microsoft's capacity planning for Lync Server 2013 calls for one Front End Server per 6,660 users homed in an Enterprise Edition pool, and warns that a Standard Edition server may suffer with more than 2,500 users.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (Pool pool in topology.Pools)
            {
                if (pool.Role.Value != PoolRole.FrontEnd || pool.Edition.IsInvalid || PoolUserLimitRule.Exceeds(pool))
                {
                    continue;
                }

                bool standard = pool.Edition.Value == PoolEdition.Standard;
                long capacity = standard ? StandardEditionUsers : EnterpriseUsersPerServer * pool.Servers.Count;
                if (pool.Load > capacity)
                {
                    string limit = standard ? "the 2,500 a Standard Edition server carries" : EnterpriseLimit(pool.Servers.Count);
                    context.Report(pool.Node.ReportNode, pool, pool.Load.ToString("N0", CultureInfo.InvariantCulture), PoolUserLimitRule.LoadDetail(pool), limit);
                }
            }
        }

        private static string EnterpriseLimit(int servers) => servers switch
        {
            0 => "0: it has no servers",
            1 => "6,660 for its one server",
            _ => string.Format(CultureInfo.InvariantCulture, "{0:N0}, 6,660 for each of its {1} servers", EnterpriseUsersPerServer * servers, servers),
        };
    }
}
