using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Analysis;
using TopologyLint.Loading;
using TopologyLint.Policy;
using TopologyLint.Rules.Document;

namespace TopologyLint.Fixes.Providers
{
    /// <summary>
    /// Any diagnostic of a YAML document, a suggestion: a <c># topolint-disable-next-line ID -- </c> comment above the
    /// reported line, at its indentation, with the justification left for the person to write; or the ID added to
    /// such a comment already there. Not for the diagnostics about suppression comments themselves (the policy
    /// stage reports them after suppressions are applied, so no comment can silence them) nor for a document that
    /// is not well-formed.
    /// </summary>
    public sealed class SuppressionCommentSuggestionProvider : FixProvider
    {
        private static readonly string[] Unsuppressible = { DocumentDiagnostics.SyntaxError.Id, DocumentDiagnostics.UnknownSuppression.Id, DocumentDiagnostics.SuppressionUnused.Id };

        public override FixKind Kind => FixKind.Suggestion;

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(AnyDiagnostic);

        public override void RegisterFixes(FixContext context)
        {
            LoadedDocument document = context.Document;
            string id = context.Diagnostic.Id;
            if (SyntaxEdits.IsJson(document.File) || document.Root == null || Unsuppressible.Contains(id, StringComparer.Ordinal)
                || context.Span.Start > document.File.Text.Length)
            {
                return;
            }

            SourceText text = document.File.Text;
            int line = text.Lines.GetLinePosition(context.Span.Start).Line;
            string title = $"Suppress {id} on this line with a comment";
            SuppressionComment? above = document.Comments
                .Where(c => c.IsOnOwnLine && c.LineSpan.Start.Line == line - 1)
                .Select(c => SuppressionComment.TryParse(c, text))
                .FirstOrDefault(s => s != null && s.Scope == SuppressionScope.NextLine && !s.Ids.IsEmpty);
            if (above != null)
            {
                if (!above.Ids.Any(i => string.Equals(i.Text, id, StringComparison.OrdinalIgnoreCase)))
                {
                    context.Register(title, context.Edit(new TextSpan(above.Ids[above.Ids.Length - 1].Span.End, 0), ", " + id));
                }

                return;
            }

            TextLine reported = text.Lines[line];
            string comment = SyntaxEdits.Indentation(text, line) + "# topolint-disable-next-line " + id + " -- " + SyntaxEdits.LineBreak(text, line);
            context.Register(title, context.Edit(new TextSpan(reported.Start, 0), comment));
        }
    }
}
