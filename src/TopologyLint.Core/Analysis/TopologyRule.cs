using Microsoft.CodeAnalysis;
using TopologyLint.Model;

namespace TopologyLint.Analysis
{
    /// <summary>
    /// A rule of the catalog: its descriptor, given once to the constructor, says what it reports. Rules
    /// that the loader or the policy stage report (syntax, includes, duplicate keys, suppressions) derive
    /// from this directly and take their descriptor from <see cref="DocumentDiagnostics"/>; rules that
    /// analyze derive from <see cref="DocumentRule"/> or, most of them, <see cref="ModelRule"/>.
    /// </summary>
    public abstract class TopologyRule
    {
        protected TopologyRule(DiagnosticDescriptor descriptor) => Descriptor = descriptor;

        public DiagnosticDescriptor Descriptor { get; }
    }

    /// <summary>A rule that reads the loaded documents themselves (the schema check); it runs whether or not a topology could be bound.</summary>
    public abstract class DocumentRule : TopologyRule
    {
        protected DocumentRule(DiagnosticDescriptor descriptor)
            : base(descriptor)
        {
        }

        public abstract void Analyze(RuleContext context);
    }

    /// <summary>
    /// A rule over the bound model: its descriptor and one method that is handed the topology. It runs only
    /// when the root document is a mapping (a document that is not gets TL0001 or TL0002 and nothing else).
    /// </summary>
    public abstract class ModelRule : DocumentRule
    {
        protected ModelRule(string id, string title, string messageFormat, string category, DiagnosticSeverity defaultSeverity, string description)
            : base(RuleDescriptors.Create(id, title, messageFormat, category, defaultSeverity, description))
        {
        }

        public sealed override void Analyze(RuleContext context)
        {
            if (context.Topology is { } topology)
            {
                Analyze(topology, context);
            }
        }

        /// <summary>Reports through <paramref name="context"/> what the rule finds in <paramref name="topology"/>.</summary>
        protected abstract void Analyze(Topology topology, RuleContext context);
    }
}
