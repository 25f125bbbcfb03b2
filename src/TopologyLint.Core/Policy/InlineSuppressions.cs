using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Analysis;
using TopologyLint.Engine;
using TopologyLint.Loading;

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
                .SelectMany(d => d.SuppressionComments.Select(s => (Document: d, Suppression: s)))
                .ToList();
            if (comments.Count == 0)
            {
                return (found.ToImmutableArray(), ImmutableArray<SuppressedDiagnostic>.Empty);
            }

            // Indexed so that a file with many comments and many diagnostics stays linear: next-line comments by
            // the line they cover, rest-of-file IDs by file and rule, sorted by line.
            var nextLine = new Dictionary<(string Path, int Line), List<SuppressionComment>>();
            var restOfFile = new Dictionary<(string Path, string RuleId), List<(SuppressionComment Comment, SuppressionId Id)>>();
            foreach (var (document, suppression) in comments)
            {
                if (suppression.Scope == SuppressionScope.NextLine)
                {
                    var key = (document.File.Path, suppression.Line + 1);
                    if (!nextLine.TryGetValue(key, out List<SuppressionComment>? list))
                    {
                        nextLine[key] = list = new List<SuppressionComment>();
                    }

                    list.Add(suppression);
                }
                else
                {
                    foreach (SuppressionId id in suppression.Ids)
                    {
                        var key = (document.File.Path, id.Text.ToUpperInvariant());
                        if (!restOfFile.TryGetValue(key, out var list))
                        {
                            restOfFile[key] = list = new List<(SuppressionComment, SuppressionId)>();
                        }

                        list.Add((suppression, id));
                    }
                }
            }

            foreach (var disables in restOfFile.Values)
            {
                // Fragments and the root are separate keys; within a file the parser gives comments in order, but the first must be the earliest.
                disables.Sort((a, b) => a.Comment.Line.CompareTo(b.Comment.Line));
            }

            var used = new HashSet<SuppressionId>();
            var lastLineSuppressed = new Dictionary<(string Path, string RuleId), int>();
            var reported = ImmutableArray.CreateBuilder<Diagnostic>();
            var suppressed = ImmutableArray.CreateBuilder<SuppressedDiagnostic>();
            foreach (Diagnostic diagnostic in found)
            {
                FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                int line = span.StartLinePosition.Line;
                SuppressionComment? by = null;
                if (nextLine.TryGetValue((span.Path, line), out List<SuppressionComment>? above))
                {
                    foreach (SuppressionComment suppression in above)
                    {
                        foreach (SuppressionId id in suppression.Ids.Where(i => IsRule(i, diagnostic.Id)))
                        {
                            used.Add(id);
                            by ??= suppression;
                        }
                    }
                }

                var ruleKey = (span.Path, diagnostic.Id.ToUpperInvariant());
                if (restOfFile.TryGetValue(ruleKey, out var disables) && disables[0].Comment.Line <= line)
                {
                    // Every disable at or above this line covers it; which of them counts as used is settled below.
                    by ??= disables[0].Comment;
                    lastLineSuppressed[ruleKey] = Math.Max(line, lastLineSuppressed.TryGetValue(ruleKey, out int last) ? last : line);
                }

                if (by is null || diagnostic.Id == DocumentDiagnostics.SyntaxError.Id)
                {
                    // TL0001, like a compiler's syntax error, cannot be suppressed.
                    reported.Add(diagnostic);
                }
                else
                {
                    suppressed.Add(new SuppressedDiagnostic(AsSuppressed(diagnostic, by.Justification), by.Justification));
                }
            }

            foreach (var entry in restOfFile)
            {
                if (lastLineSuppressed.TryGetValue(entry.Key, out int last))
                {
                    used.UnionWith(entry.Value.Where(d => d.Comment.Line <= last).Select(d => d.Id));
                }
            }

            ReportComments(comments, used, found, sink);
            reported.AddRange(sink.Diagnostics.Skip(found.Length));
            return (reported.ToImmutable(), suppressed.ToImmutable());
        }

        private static void ReportComments(List<(LoadedDocument Document, SuppressionComment Suppression)> comments, HashSet<SuppressionId> used, Diagnostic[] found, DiagnosticSink sink)
        {
            // Rules do not look at a document that is not well-formed, so silence there proves nothing.
            bool rulesRan = !found.Any(d => d.Id == DocumentDiagnostics.SyntaxError.Id);
            foreach (var (document, suppression) in comments)
            {
                SourceText text = document.File.Text;
                string path = document.File.Path;
                if (suppression.Ids.IsEmpty)
                {
                    sink.Report(DocumentDiagnostics.UnknownSuppression, path, suppression.Comment.Span, suppression.Comment.LineSpan, "the comment names no rule ID");
                    continue;
                }

                foreach (SuppressionId id in suppression.Ids)
                {
                    LinePositionSpan lineSpan = text.Lines.GetLinePositionSpan(id.Span);
                    if (!RuleCatalog.TryGet(id.Text, out TopologyRule? rule))
                    {
                        sink.Report(DocumentDiagnostics.UnknownSuppression, path, id.Span, lineSpan, $"'{id.Text}' is not a rule ID; `topolint rules` lists them");
                    }
                    else if (rulesRan && !used.Contains(id) && sink.IsEnabled(path, rule!.Descriptor))
                    {
                        // A rule turned off for this file reports nothing here: its suppression is not stale, just idle.
                        // (On for this file, it ran: a rule runs when it is on for any document of the root.)
                        string reach = suppression.Scope == SuppressionScope.NextLine ? "on the next line" : "in the rest of the file";
                        sink.Report(DocumentDiagnostics.SuppressionUnused, path, id.Span, lineSpan, rule.Descriptor.Id, reach);
                    }
                }
            }
        }

        /// <summary>The same diagnostic with Roslyn's <see cref="Diagnostic.IsSuppressed"/> set and the justification in its properties, so any consumer of a diagnostic alone can tell.</summary>
        private static Diagnostic AsSuppressed(Diagnostic diagnostic, string? justification)
            => PolicyPipeline.Rewrite(diagnostic, diagnostic.Severity, isSuppressed: true, justification == null ? diagnostic.Properties : diagnostic.Properties.SetItem(DiagnosticProperties.Justification, justification));

        private static bool IsRule(SuppressionId id, string ruleId) => string.Equals(id.Text, ruleId, StringComparison.OrdinalIgnoreCase);
    }
}
