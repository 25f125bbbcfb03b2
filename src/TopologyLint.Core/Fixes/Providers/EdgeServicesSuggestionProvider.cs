using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopologyLint.Rules.Prerequisites;
using TopologyLint.Syntax;

namespace TopologyLint.Fixes.Providers
{
    /// <summary>
    /// TL1003, a suggestion: adds the missing services to the edge pool's <c>edgeServices</c> (or writes the key).
    /// Only a suggestion: whether the pool runs a service is a fact of the deployment, not of the document.
    /// </summary>
    public sealed class EdgeServicesSuggestionProvider : FixProvider
    {
        private static readonly string[] Services = { "access", "av", "web-conferencing" };

        public override FixKind Kind => FixKind.Suggestion;

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TL1003");

        public override void RegisterFixes(FixContext context)
        {
            if (!(NodeFinder.MappingWithFirstKeyAt(context.Document.Root, context.Span) is { } pool))
            {
                return;
            }

            DocumentNode? written = pool["edgeServices"];
            var present = new HashSet<string>((written as SequenceNode)?.Items.OfType<ScalarNode>().Select(s => s.Value) ?? Enumerable.Empty<string>());
            string[] missing = Services.Where(s => !present.Contains(s)).ToArray();
            if (missing.Length == 0)
            {
                return;
            }

            TextEdit? edit = written switch
            {
                SequenceNode services => SyntaxEdits.AppendToSequence(services, missing),
                null => SyntaxEdits.AddEntry(pool, "edgeServices", SyntaxEdits.FlowSequence(pool.File, missing)),
                _ => null,
            };
            if (edit != null)
            {
                context.Register("Add " + string.Join(", ", missing) + " to the pool's edgeServices", edit);
            }
        }
    }
}
