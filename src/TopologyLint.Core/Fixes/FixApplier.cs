using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace TopologyLint.Fixes
{
    /// <summary>
    /// Applies fixes to texts in one pass, as ESLint does: in the order given, a fix whose edits touch or overlap an
    /// edit already taken waits for the next pass (its diagnostic is found again on the fixed text, at its new
    /// place); a fix whose edits equal one already taken is the same fix found twice (a fragment linted with two
    /// root documents) and is dropped. A fix's edits are taken together or not at all.
    /// </summary>
    public static class FixApplier
    {
        /// <summary>The result of one pass.</summary>
        public sealed class Pass
        {
            internal Pass(ImmutableDictionary<string, string> texts, ImmutableArray<DiagnosticFix> applied, ImmutableArray<DiagnosticFix> deferred)
            {
                Texts = texts;
                Applied = applied;
                Deferred = deferred;
            }

            /// <summary>The new text of every file an applied fix changed, by path.</summary>
            public ImmutableDictionary<string, string> Texts { get; }

            public ImmutableArray<DiagnosticFix> Applied { get; }

            /// <summary>Fixes that overlapped one applied before them: for a further pass.</summary>
            public ImmutableArray<DiagnosticFix> Deferred { get; }
        }

        /// <summary>Applies what does not overlap; <paramref name="textOf"/> gives the current text of a path the edits name.</summary>
        public static Pass Apply(IEnumerable<DiagnosticFix> fixes, Func<string, SourceText> textOf)
        {
            var taken = new Dictionary<string, List<TextEdit>>(StringComparer.Ordinal);
            var applied = ImmutableArray.CreateBuilder<DiagnosticFix>();
            var deferred = ImmutableArray.CreateBuilder<DiagnosticFix>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (DiagnosticFix fix in fixes)
            {
                if (fix.Edits.IsEmpty || !seen.Add(string.Join("\u0000", fix.Edits.Select(e => e.ToString()))))
                {
                    continue;
                }

                if (fix.Edits.Any(edit => taken.TryGetValue(edit.Path, out List<TextEdit>? edits) && edits.Any(other => Touch(edit.Span, other.Span))))
                {
                    deferred.Add(fix);
                    continue;
                }

                foreach (TextEdit edit in fix.Edits)
                {
                    if (!taken.TryGetValue(edit.Path, out List<TextEdit>? edits))
                    {
                        taken[edit.Path] = edits = new List<TextEdit>();
                    }

                    edits.Add(edit);
                }

                applied.Add(fix);
            }

            var texts = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, List<TextEdit>> file in taken)
            {
                texts[file.Key] = ApplyEdits(textOf(file.Key), file.Value);
            }

            return new Pass(texts.ToImmutable(), applied.ToImmutable(), deferred.ToImmutable());
        }

        /// <summary>Applies edits that do not overlap to one text.</summary>
        public static string ApplyEdits(SourceText text, IEnumerable<TextEdit> edits)
        {
            var result = new StringBuilder(text.Length + 64);
            int position = 0;
            foreach (TextEdit edit in edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End))
            {
                if (edit.Span.Start < position || edit.Span.End > text.Length)
                {
                    throw new ArgumentException($"The edit {edit} overlaps another or lies outside the text", nameof(edits));
                }

                result.Append(text.ToString(TextSpan.FromBounds(position, edit.Span.Start))).Append(edit.NewText);
                position = edit.Span.End;
            }

            return result.Append(text.ToString(TextSpan.FromBounds(position, text.Length))).ToString();
        }

        /// <summary>Overlapping or adjacent (ESLint's rule too): two edits at one point would leave their order to chance.</summary>
        private static bool Touch(TextSpan a, TextSpan b) => a.Start <= b.End && b.Start <= a.End;
    }
}
