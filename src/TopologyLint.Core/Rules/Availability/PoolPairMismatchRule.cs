using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Availability
{
    /// <summary>
    /// TL2201: two paired front-end pools differ in edition (both written), in <c>virtual</c> (absent is false), or
    /// in the operating systems of their servers (both known); once per pair, at the <c>backupPool</c> value of the
    /// pair's first pool, in document order, that names the other.
    /// </summary>
    public sealed class PoolPairMismatchRule : ModelRule
    {
        public PoolPairMismatchRule()
            : base(
                "TL2201",
                "Paired pools differ",
                "The paired pools '{0}' and '{1}' differ: {2}",
                RuleCategory.Availability,
                DiagnosticSeverity.Error,
                "Pools that are paired for disaster recovery must run the same operating system, pair Enterprise Edition with Enterprise Edition only, and physical with physical (or virtual with virtual) only. Topology Builder does not prevent an unequal pair.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            // A pair is visited from its first pool in document order that names the other, and then never again.
            var visited = new HashSet<Pool>();
            foreach (Pool pool in topology.Pools.Where(p => p.Role.Value == PoolRole.FrontEnd))
            {
                visited.Add(pool);
                if (pool.BackupPool.Target is not { } partner || partner == pool || (visited.Contains(partner) && partner.BackupPool.Target == pool))
                {
                    continue;
                }

                List<string> differences = Differences(pool, partner);
                if (differences.Count > 0)
                {
                    context.Report(pool.BackupPool.Node!, pool, partner, string.Join("; ", differences));
                }
            }
        }

        private static List<string> Differences(Pool a, Pool b)
        {
            var differences = new List<string>();
            if (a.Edition.Value is { } editionA && b.Edition.Value is { } editionB && editionA != editionB)
            {
                differences.Add($"edition {a.Edition.Node!.Value} and {b.Edition.Node!.Value}");
            }

            if (!a.Virtual.IsInvalid && !b.Virtual.IsInvalid && a.Virtual.IsTrue != b.Virtual.IsTrue)
            {
                differences.Add(a.Virtual.IsTrue ? "virtual and physical servers" : "physical and virtual servers");
            }

            SortedSet<string> systemsA = OperatingSystems(a);
            SortedSet<string> systemsB = OperatingSystems(b);
            if (systemsA.Count > 0 && systemsB.Count > 0 && !systemsA.SetEquals(systemsB))
            {
                differences.Add($"operating system {string.Join(", ", systemsA)} and {string.Join(", ", systemsB)}");
            }

            return differences;
        }

        /// <summary>The <c>os.name</c>s of the pool's servers that have one, as written.</summary>
        private static SortedSet<string> OperatingSystems(Pool pool)
            => new SortedSet<string>(
                pool.Servers.Select(s => s.Os.Value?.Name.Value).OfType<OperatingSystemName>().Select(DocumentNames<OperatingSystemName>.NameOf),
                System.StringComparer.Ordinal);
    }
}
