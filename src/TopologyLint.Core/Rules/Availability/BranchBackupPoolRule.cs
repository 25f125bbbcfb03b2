using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Availability
{
    /// <summary>
    /// TL2102: a Survivable Branch Appliance or Server (a) names no <c>backupPool</c>, at the pool; or (b) its
    /// <c>backupPool</c> is not in the central site of its branch, at the value. (b) is checked only for a pool in a
    /// branch site whose central site is known and central (otherwise TL1102 reports the association).
    /// </summary>
    public sealed class BranchBackupPoolRule : ModelRule
    {
        public BranchBackupPoolRule()
            : base(
                "TL2102",
                "Survivable branch pool is not backed by a front-end pool of its central site",
                "{0}",
                RuleCategory.Availability,
                DiagnosticSeverity.Error,
                "Each Survivable Branch Appliance or Server is associated with an Enterprise Edition Front End pool or a Standard Edition server in the central site of its branch: that pool is its backup Registrar, which serves the branch's users when the appliance is down.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (Pool pool in topology.Pools.Where(p => p.IsSurvivableBranch))
            {
                Reference<Pool> backup = pool.BackupPool;
                if (backup.IsAbsent)
                {
                    context.Report(pool.Node.ReportNode, $"The {pool.Role.Node!.Value} pool '{pool}' names no backupPool: name the front-end pool of its central site that backs up its Registrar");
                }
                else if (backup.Target is { } backupPool
                    && pool.Site.Target is { IsBranch: true } branch
                    && branch.AssociatedCentralSite is { IsCentral: true } central
                    && backupPool.Site.Target is { } backupSite
                    && backupSite != central)
                {
                    context.Report(backup.Node!, $"The backup pool '{backupPool}' of '{pool}' is in the site '{backupSite}', not in '{central}', the central site of the branch '{branch}'");
                }
            }
        }
    }
}
