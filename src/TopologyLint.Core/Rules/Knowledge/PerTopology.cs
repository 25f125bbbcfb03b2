using System;
using System.Runtime.CompilerServices;
using TopologyLint.Model;

namespace TopologyLint.Rules.Knowledge
{
    /// <summary>
    /// Something several rules derive from a topology, computed once per topology. Keyed weakly by the
    /// topology (the model is not changed once bound), so an entry goes with its topology and the rules stay
    /// stateless. Lazy because rules may run concurrently (the analyzer): a rule asking while another
    /// computes waits for it rather than computing again.
    /// </summary>
    internal sealed class PerTopology<T>
        where T : class
    {
        private readonly ConditionalWeakTable<Topology, Lazy<T>> _values = new ConditionalWeakTable<Topology, Lazy<T>>();
        private readonly Func<Topology, T> _compute;

        public PerTopology(Func<Topology, T> compute) => _compute = compute;

        public T Of(Topology topology) => _values.GetValue(topology, t => new Lazy<T>(() => _compute(t))).Value;
    }
}
