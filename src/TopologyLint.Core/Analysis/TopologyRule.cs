using Microsoft.CodeAnalysis;

namespace TopologyLint.Analysis
{
    /// <summary>
    /// A rule of the catalog: its descriptor says what it reports. Rules born in the loader
    /// (syntax, includes, duplicate keys) derive from this directly; rules over the document
    /// derive from <see cref="ModelRule"/>.
    /// </summary>
    public abstract class TopologyRule
    {
        public abstract DiagnosticDescriptor Descriptor { get; }
    }

    /// <summary>A rule that reads the bound model (or the node trees) and reports at nodes.</summary>
    public abstract class ModelRule : TopologyRule
    {
        public abstract void Analyze(RuleContext context);
    }
}
