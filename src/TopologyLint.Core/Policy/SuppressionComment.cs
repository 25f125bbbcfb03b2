using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Loading;

namespace TopologyLint.Policy
{
    /// <summary>How far a suppression comment reaches.</summary>
    public enum SuppressionScope
    {
        /// <summary><c># topolint-disable-next-line ID[, ID] [-- justification]</c>: the line after the comment.</summary>
        NextLine,

        /// <summary><c># topolint-disable ID [-- justification]</c>: from the comment to the end of the file.</summary>
        RestOfFile,
    }

    /// <summary>One rule ID as written in a suppression comment, with where it is written.</summary>
    public sealed class SuppressionId
    {
        public SuppressionId(string text, TextSpan span)
        {
            Text = text;
            Span = span;
        }

        /// <summary>As written; may be an ID the catalog does not know.</summary>
        public string Text { get; }

        public TextSpan Span { get; }
    }

    /// <summary>A <c>topolint-disable</c> comment of a YAML document (docs/topology.md, "Suppressions").</summary>
    public sealed class SuppressionComment
    {
        private const string NextLineKeyword = "topolint-disable-next-line";
        private const string RestOfFileKeyword = "topolint-disable";
        private const string JustificationSeparator = "--";

        private SuppressionComment(Comment comment, SuppressionScope scope, ImmutableArray<SuppressionId> ids, string? justification)
        {
            Comment = comment;
            Scope = scope;
            Ids = ids;
            Justification = justification;
        }

        public Comment Comment { get; }

        public SuppressionScope Scope { get; }

        public ImmutableArray<SuppressionId> Ids { get; }

        /// <summary>The text after <c>--</c>, trimmed; null when there is none.</summary>
        public string? Justification { get; }

        /// <summary>0-based line of the comment.</summary>
        public int Line => Comment.LineSpan.Start.Line;

        /// <summary>Whether a diagnostic starting on <paramref name="line"/> (0-based) is in this comment's reach.</summary>
        public bool Covers(int line) => Scope == SuppressionScope.NextLine ? line == Line + 1 : line >= Line;

        /// <summary>Reads a comment as a suppression, or returns null when it is an ordinary comment.</summary>
        public static SuppressionComment? TryParse(Comment comment, SourceText text)
        {
            // Work on the source text itself so that the IDs' spans are exact offsets into the file.
            string raw = text.ToString(comment.Span);
            int position = SkipWhitespace(raw, 0);
            if (position < raw.Length && raw[position] == '#')
            {
                position = SkipWhitespace(raw, position + 1);
            }


            SuppressionScope scope;
            if (StartsWithKeyword(raw, position, NextLineKeyword))
            {
                scope = SuppressionScope.NextLine;
                position += NextLineKeyword.Length;
            }
            else if (StartsWithKeyword(raw, position, RestOfFileKeyword))
            {
                scope = SuppressionScope.RestOfFile;
                position += RestOfFileKeyword.Length;
            }
            else
            {
                return null;
            }

            int separator = raw.IndexOf(JustificationSeparator, position, StringComparison.Ordinal);
            int idsEnd = separator < 0 ? raw.Length : separator;
            string? justification = separator < 0 ? null : raw.Substring(separator + JustificationSeparator.Length).Trim();
            return new SuppressionComment(comment, scope, ReadIds(raw, position, idsEnd, comment.Span.Start), string.IsNullOrEmpty(justification) ? null : justification);
        }

        private static ImmutableArray<SuppressionId> ReadIds(string raw, int start, int end, int offset)
        {
            var ids = ImmutableArray.CreateBuilder<SuppressionId>();
            int position = start;
            while (position < end)
            {
                if (raw[position] == ',' || char.IsWhiteSpace(raw[position]))
                {
                    position++;
                    continue;
                }

                int idStart = position;
                while (position < end && raw[position] != ',' && !char.IsWhiteSpace(raw[position]))
                {
                    position++;
                }

                ids.Add(new SuppressionId(raw.Substring(idStart, position - idStart), new TextSpan(offset + idStart, position - idStart)));
            }

            return ids.ToImmutable();
        }

        /// <summary>The keyword, followed by the end of the comment or white space (so <c>topolint-disable-next-line</c> is not read as <c>topolint-disable</c>).</summary>
        private static bool StartsWithKeyword(string raw, int position, string keyword)
            => string.CompareOrdinal(raw, position, keyword, 0, keyword.Length) == 0
               && (position + keyword.Length == raw.Length || char.IsWhiteSpace(raw[position + keyword.Length]));

        private static int SkipWhitespace(string raw, int position)
        {
            while (position < raw.Length && char.IsWhiteSpace(raw[position]))
            {
                position++;
            }

            return position;
        }
    }
}
