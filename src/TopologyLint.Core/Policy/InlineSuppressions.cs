using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Analysis;
using TopologyLint.Engine;
using TopologyLint.Loading;
using TopologyLint.Rules.Document;

namespace TopologyLint.Policy
{
    /// <summary>
    /// The policy stage's inline part: splits a linted file's diagnostics into those that count and those a
    /// <c>topolint-disable</c> comment suppresses, and reports the comments themselves when they name an
    /// unknown rule (TL0008) or suppress nothing (TL0007).
    /// </summary>
    internal static class InlineSuppressions
    {
        public static (ImmutableArray<Diagnostic> Reported, ImmutableArray<SuppressedDiagnostic> Suppressed) Apply(IReadOnlyList<LoadedDocument> documents, DiagnosticSink sink)
        {
            Diagnostic[] found = sink.Diagnostics.ToArray();
            var comments = documents
                .SelectMany(d => d.Comments.Select(c => SuppressionComment.TryParse(c, d.File.Text)).OfType<SuppressionComment>().Select(s => (Document: d, Suppression: s)))
                .ToList();
            if (comments.Count == 0)
            {
                return (found.ToImmutableArray(), ImmutableArray<SuppressedDiagnostic>.Empty);
            }

            var used = new HashSet<SuppressionId>();
            var reported = ImmutableArray.CreateBuilder<Diagnostic>();
            var suppressed = ImmutableArray.CreateBuilder<SuppressedDiagnostic>();
            foreach (Diagnostic diagnostic in found)
            {
                FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                SuppressionComment? first = null;
                foreach (var (document, suppression) in comments)
                {
                    if (document.File.Path == span.Path && suppression.Covers(span.StartLinePosition.Line))
                    {
                        foreach (SuppressionId id in suppression.Ids.Where(i => IsRule(i, diagnostic.Id)))
                        {
                            used.Add(id);
                            first ??= suppression;
                        }
                    }
                }

                if (first is null)
                {
                    reported.Add(diagnostic);
                }
                else
                {
                    suppressed.Add(new SuppressedDiagnostic(diagnostic, first.Justification));
                }
            }

            ReportComments(comments, used, found, sink);
            reported.AddRange(sink.Diagnostics.Skip(found.Length));
            return (reported.ToImmutable(), suppressed.ToImmutable());
        }

        private static void ReportComments(List<(LoadedDocument Document, SuppressionComment Suppression)> comments, HashSet<SuppressionId> used, Diagnostic[] found, DiagnosticSink sink)
        {
            // Rules do not look at a document that is not well-formed, so silence there proves nothing.
            bool rulesRan = !found.Any(d => d.Id == SyntaxErrorRule.Rule.Id);
            foreach (var (document, suppression) in comments)
            {
                SourceText text = document.File.Text;
                string path = document.File.Path;
                if (suppression.Ids.IsEmpty)
                {
                    sink.Report(UnknownSuppressionRule.Rule, path, suppression.Comment.Span, suppression.Comment.LineSpan, "the comment names no rule ID");
                    continue;
                }

                foreach (SuppressionId id in suppression.Ids)
                {
                    LinePositionSpan lineSpan = text.Lines.GetLinePositionSpan(id.Span);
                    if (!RuleCatalog.TryGet(id.Text, out TopologyRule? rule))
                    {
                        sink.Report(UnknownSuppressionRule.Rule, path, id.Span, lineSpan, $"'{id.Text}' is not a rule ID; `topolint rules` lists them");
                    }
                    else if (rulesRan && !used.Contains(id) && sink.IsEnabled(path, rule!.Descriptor))
                    {
                        // A rule turned off for this file reports nothing: its suppression is not stale, just idle.
                        string reach = suppression.Scope == SuppressionScope.NextLine ? "on the next line" : "in the rest of the file";
                        sink.Report(SuppressionUnusedRule.Rule, path, id.Span, lineSpan, rule.Descriptor.Id, reach);
                    }
                }
            }
        }

        private static bool IsRule(SuppressionId id, string ruleId) => string.Equals(id.Text, ruleId, System.StringComparison.OrdinalIgnoreCase);
    }
}
