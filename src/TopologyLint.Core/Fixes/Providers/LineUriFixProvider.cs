using System.Collections.Immutable;
using TopologyLint.Rules.Knowledge;
using TopologyLint.Rules.Prerequisites;
using TopologyLint.Syntax;

namespace TopologyLint.Fixes.Providers
{
    /// <summary>TL1009, safe: a line URI written as dialled becomes <c>tel:+E164[;ext=N]</c> when its number has a country code.</summary>
    public sealed class LineUriFixProvider : FixProvider
    {
        public override FixKind Kind => FixKind.Fix;

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TL1009");

        public override void RegisterFixes(FixContext context)
        {
            if (NodeFinder.ScalarAt(context.Document.Root, context.Span) is { Type: ScalarType.String } lineUri
                && LineUriNormalization.Normalize(lineUri.Value) is { } normalized
                && SyntaxEdits.ReplaceScalar(lineUri, normalized) is { } edit)
            {
                context.Register($"Write the line URI as '{normalized}'", edit);
            }
        }
    }
}
