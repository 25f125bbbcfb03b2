using System;
using Microsoft.CodeAnalysis.Text;

namespace TopologyLint.LanguageServer.Workspace
{
    /// <summary>
    /// Where a newer version of a text differs from an older one, as one region: what lies between their common
    /// beginning and their common end. Spans read in the older text are carried into the newer one through it. The
    /// server keeps no chain of edits between versions (<see cref="OpenDocument"/> drops Roslyn's, for memory), so the
    /// two texts are compared; two edits far apart make one region that covers both.
    /// </summary>
    internal readonly struct TextDifference
    {
        private const int ChunkLength = 4096;

        private readonly bool _unchanged;
        private readonly int _prefixLength;
        private readonly int _oldChangeEnd;
        private readonly int _lengthDelta;

        private TextDifference(bool unchanged, int prefixLength, int oldChangeEnd, int lengthDelta)
        {
            _unchanged = unchanged;
            _prefixLength = prefixLength;
            _oldChangeEnd = oldChangeEnd;
            _lengthDelta = lengthDelta;
        }

        public static TextDifference Between(SourceText older, SourceText newer)
        {
            int shorter = Math.Min(older.Length, newer.Length);
            int prefix = CommonPrefixLength(older, newer, shorter);
            if (prefix == older.Length && prefix == newer.Length)
            {
                return new TextDifference(unchanged: true, prefix, prefix, 0);
            }

            // The common end never reaches into the common beginning: an insertion of "ab" into "ab" is one region, not two overlapping ones.
            int suffix = CommonSuffixLength(older, newer, shorter - prefix);
            return new TextDifference(unchanged: false, prefix, older.Length - suffix, newer.Length - older.Length);
        }

        /// <summary>
        /// Where <paramref name="span"/> of the older text is in the newer one; null when the region changed it or
        /// touches it. A character typed right before or after an identifier makes it another identifier, so a span
        /// is kept only with the characters on both sides of it unchanged: it then reads the same in both texts.
        /// </summary>
        public TextSpan? Map(TextSpan span)
        {
            if (_unchanged || span.End < _prefixLength)
            {
                return span;
            }

            return span.Start > _oldChangeEnd ? new TextSpan(span.Start + _lengthDelta, span.Length) : null;
        }

        private static int CommonPrefixLength(SourceText older, SourceText newer, int limit)
        {
            var left = new char[ChunkLength];
            var right = new char[ChunkLength];
            for (int start = 0; start < limit; start += ChunkLength)
            {
                int count = Math.Min(ChunkLength, limit - start);
                older.CopyTo(start, left, 0, count);
                newer.CopyTo(start, right, 0, count);
                int common = left.AsSpan(0, count).CommonPrefixLength(right.AsSpan(0, count));
                if (common < count)
                {
                    return start + common;
                }
            }

            return limit;
        }

        private static int CommonSuffixLength(SourceText older, SourceText newer, int limit)
        {
            var left = new char[ChunkLength];
            var right = new char[ChunkLength];
            for (int length = 0; length < limit; length += ChunkLength)
            {
                int count = Math.Min(ChunkLength, limit - length);
                older.CopyTo(older.Length - length - count, left, 0, count);
                newer.CopyTo(newer.Length - length - count, right, 0, count);
                for (int index = count - 1; index >= 0; index--)
                {
                    if (left[index] != right[index])
                    {
                        return length + (count - 1 - index);
                    }
                }
            }

            return limit;
        }
    }
}
