using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Availability
{
    /// <summary>
    /// TL2202: a front-end pool A names a front-end pool B as <c>backupPool</c>, and B does not name A back (its
    /// <c>backupPool</c> is absent or another resolved pool), or A names itself; reported at A's <c>backupPool</c> value.
    /// </summary>
    public sealed class PoolPairReciprocityRule : ModelRule
    {
        public PoolPairReciprocityRule()
            : base(
                "TL2202",
                "Pool pairing is not reciprocal",
                "{0}",
                RuleCategory.Availability,
                DiagnosticSeverity.Error,
                "In Lync Server 2013, backup Registrar relationships between Front End pools are always one-to-one and reciprocal: if pool A backs up to pool B, pool B backs up to pool A.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (Pool pool in topology.Pools.Where(p => p.Role.Value == PoolRole.FrontEnd))
            {
                if (pool.BackupPool.Target is not { } partner)
                {
                    continue;
                }

                if (partner == pool)
                {
                    context.Report(pool.BackupPool.Node!, $"The pool '{pool}' names itself as its backup pool");
                }
                else if (partner.BackupPool.IsAbsent)
                {
                    context.Report(pool.BackupPool.Node!, $"The pool '{pool}' names '{partner}' as its backup pool, but '{partner}' names no backup pool: pairing is reciprocal");
                }
                else if (partner.BackupPool.Target is { } other && other != pool)
                {
                    context.Report(pool.BackupPool.Node!, $"The pool '{pool}' names '{partner}' as its backup pool, but '{partner}' names '{other}': pairing is one-to-one and reciprocal");
                }
            }
        }
    }
}
