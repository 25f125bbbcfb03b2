using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace TopologyLint.Analysis
{
    /// <summary>
    /// Every rule of the engine, discovered from this assembly so that adding a rule means adding
    /// one class and nothing else.
    /// </summary>
    public static class RuleCatalog
    {
        private static readonly Lazy<ImmutableArray<TopologyRule>> LazyRules = new Lazy<ImmutableArray<TopologyRule>>(Discover);

        private static readonly Lazy<ImmutableDictionary<string, TopologyRule>> LazyById =
            new Lazy<ImmutableDictionary<string, TopologyRule>>(() => LazyRules.Value.ToImmutableDictionary(r => r.Descriptor.Id, StringComparer.OrdinalIgnoreCase));

        /// <summary>All rules, ordered by ID.</summary>
        public static ImmutableArray<TopologyRule> Rules => LazyRules.Value;

        public static ImmutableArray<DiagnosticDescriptor> Descriptors => Rules.Select(r => r.Descriptor).ToImmutableArray();

        public static bool TryGet(string id, out TopologyRule? rule) => LazyById.Value.TryGetValue(id, out rule);

        private static ImmutableArray<TopologyRule> Discover()
        {
            var rules = new List<TopologyRule>();
            foreach (Type type in typeof(RuleCatalog).Assembly.GetTypes())
            {
                if (!type.IsAbstract && typeof(TopologyRule).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is { } constructor)
                {
                    rules.Add((TopologyRule)constructor.Invoke(null));
                }
            }

            return rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToImmutableArray();
        }
    }
}
