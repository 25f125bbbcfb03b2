using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.ExternalAccess
{
    /// <summary>TL5007: two front-end or director pools have the same <c>externalWebFqdn</c>; reported at the later value.</summary>
    public sealed class ExternalWebFqdnRule : ModelRule
    {
        public ExternalWebFqdnRule()
            : base(
                "TL5007",
                "Two pools have the same external web services FQDN",
                "The externalWebFqdn '{0}' of '{1}' is already that of '{2}': each pool needs an external web services FQDN of its own",
                RuleCategory.ExternalAccess,
                DiagnosticSeverity.Error,
                "The reverse proxy tells pools apart by their external web services FQDN: with more than one Front End pool (or a Director), each one's must be unique.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            // Domain names compare case-insensitively, as DNS does.
            var first = new Dictionary<string, Pool>(StringComparer.OrdinalIgnoreCase);
            foreach (Pool pool in topology.Pools)
            {
                if (pool.Role.Value is not (PoolRole.FrontEnd or PoolRole.Director) || pool.ExternalWebFqdn.Node is not { } fqdn)
                {
                    continue;
                }

                if (first.TryGetValue(fqdn.Value, out Pool? earlier))
                {
                    context.Report(fqdn, fqdn.Value, pool, earlier);
                }
                else
                {
                    first.Add(fqdn.Value, pool);
                }
            }
        }
    }
}
