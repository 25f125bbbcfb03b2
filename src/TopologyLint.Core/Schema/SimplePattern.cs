using System;
using System.Collections.Generic;

namespace TopologyLint.Schema
{
    /// <summary>
    /// A schema pattern of the simplest shape, <c>^</c>, a sequence of character classes or literal characters
    /// each with an optional quantifier, <c>$</c> (<c>^[a-z0-9][a-z0-9-]*$</c>, <c>^[^@\s]+@[^@\s]+$</c>), matched
    /// on a span of characters: TL0002 checks such a pattern on every user's SIP address and site, and the
    /// <see cref="System.Text.RegularExpressions.Regex"/> it replaces needs each value as a string, which a value
    /// stored inline in its mapping is not. It answers exactly as <c>new Regex(pattern, RegexOptions.None).IsMatch</c>:
    /// <c>$</c> also matches before a final line feed, and <c>\s</c> is <see cref="char.IsWhiteSpace(char)"/>, as in
    /// .NET's regular expressions. A pattern of any other shape is left to the regular expression.
    /// </summary>
    internal sealed class SimplePattern
    {
        /// <summary>Longer values are matched by the regular expression (the span is copied to the stack).</summary>
        public const int MaxLength = 256;

        private readonly Item[] _items;

        // Whether taking as many characters as each item can is the only way to match: true when no item of variable
        // length shares a character with what may follow it (the patterns of the schema), and then one pass decides.
        private readonly bool _greedyIsExact;

        private SimplePattern(Item[] items)
        {
            _items = items;
            _greedyIsExact = true;
            for (int i = 0; i < items.Length; i++)
            {
                for (int j = i + 1; j < items.Length && items[i].Min < items[i].Max; j++)
                {
                    _greedyIsExact &= !items[i].Class.Overlaps(items[j].Class);
                    if (items[j].Min > 0)
                    {
                        break;
                    }
                }
            }
        }

        /// <summary>The pattern compiled, or null when it is not of the simple shape.</summary>
        public static SimplePattern? TryCompile(string pattern)
        {
            if (pattern.Length < 2 || pattern[0] != '^' || pattern[pattern.Length - 1] != '$')
            {
                return null;
            }

            var items = new List<Item>();
            int at = 1;
            int end = pattern.Length - 1;
            while (at < end)
            {
                CharClass? atom = pattern[at] == '[' ? ParseClass(pattern, ref at, end) : ParseLiteral(pattern, ref at);
                if (atom == null || !TryParseQuantifier(pattern, ref at, end, out int min, out int max))
                {
                    return null;
                }

                items.Add(new Item(atom, min, max));
            }

            return new SimplePattern(items.ToArray());
        }

        /// <summary>Whether the whole of <paramref name="value"/> (at most <see cref="MaxLength"/> characters) matches.</summary>
        public bool IsMatch(ReadOnlySpan<char> value)
            => _greedyIsExact ? IsGreedyMatch(value) : IsMatchAnyWay(value);

        private bool IsGreedyMatch(ReadOnlySpan<char> value)
        {
            int n = value.Length;
            int position = 0;
            foreach (Item item in _items)
            {
                int count = 0;
                while (position < n && count < item.Max && item.Class.Contains(value[position]))
                {
                    position++;
                    count++;
                }

                if (count < item.Min)
                {
                    return false;
                }
            }

            return position == n || (position == n - 1 && value[n - 1] == '\n');
        }

        private bool IsMatchAnyWay(ReadOnlySpan<char> value)
        {
            // Where each item can end, from where the one before it can end: the text is at most MaxLength long.
            int n = value.Length;
            Span<bool> reach = stackalloc bool[n + 1];
            Span<bool> next = stackalloc bool[n + 1];
            reach[0] = true;
            foreach (Item item in _items)
            {
                next.Clear();
                bool any = false;
                for (int start = 0; start <= n; start++)
                {
                    if (!reach[start])
                    {
                        continue;
                    }

                    if (item.Min == 0)
                    {
                        next[start] = any = true;
                    }

                    for (int count = 1, position = start; position < n && count <= item.Max && item.Class.Contains(value[position]); count++)
                    {
                        position++;
                        if (count >= item.Min)
                        {
                            if (next[position] && item.Max == int.MaxValue)
                            {
                                // An earlier start went on from here through the same characters, unbounded: one pass per item.
                                break;
                            }

                            next[position] = any = true;
                        }
                    }
                }

                if (!any)
                {
                    return false;
                }

                Span<bool> swap = reach;
                reach = next;
                next = swap;
            }

            // $ without RegexOptions.Multiline: at the end, or before a line feed that ends the text.
            return reach[n] || (n > 0 && value[n - 1] == '\n' && reach[n - 1]);
        }

        private static CharClass? ParseLiteral(string pattern, ref int at)
        {
            char c = pattern[at];
            if (!IsPlain(c))
            {
                return null;
            }

            at++;
            return new CharClass(negated: false, whiteSpace: false, new[] { (c, c) });
        }

        /// <summary>A bracketed class of single characters, ranges and <c>\s</c>, optionally negated; null for anything else.</summary>
        private static CharClass? ParseClass(string pattern, ref int at, int end)
        {
            at++;
            bool negated = at < end && pattern[at] == '^';
            if (negated)
            {
                at++;
            }

            var ranges = new List<(char, char)>();
            bool whiteSpace = false;
            bool first = true;
            while (at < end && (pattern[at] != ']' || first))
            {
                char c = pattern[at];
                if (c == '\\')
                {
                    if (at + 1 >= end || pattern[at + 1] != 's')
                    {
                        return null;
                    }

                    whiteSpace = true;
                    at += 2;
                }
                else if (c == '[' || c == ']' || (c == '-' && !first && pattern[at + 1] != ']'))
                {
                    // Nested classes, subtraction and a leading ']' are not simple.
                    return null;
                }
                else if (at + 2 < end && pattern[at + 1] == '-' && pattern[at + 2] != ']')
                {
                    char last = pattern[at + 2];
                    if (last == '\\' || last == '[' || last < c)
                    {
                        return null;
                    }

                    ranges.Add((c, last));
                    at += 3;
                }
                else
                {
                    ranges.Add((c, c));
                    at++;
                }

                first = false;
            }

            if (at >= end || first)
            {
                return null;
            }

            at++;
            return new CharClass(negated, whiteSpace, ranges.ToArray());
        }

        private static bool TryParseQuantifier(string pattern, ref int at, int end, out int min, out int max)
        {
            (min, max) = (1, 1);
            if (at >= end)
            {
                return true;
            }

            switch (pattern[at])
            {
                case '*':
                    (min, max) = (0, int.MaxValue);
                    at++;
                    break;
                case '+':
                    (min, max) = (1, int.MaxValue);
                    at++;
                    break;
                case '?':
                    (min, max) = (0, 1);
                    at++;
                    break;
                case '{':
                    int close = pattern.IndexOf('}', at);
                    if (close < 0 || close >= end)
                    {
                        return false;
                    }

                    string[] bounds = pattern.Substring(at + 1, close - at - 1).Split(',');
                    if (bounds.Length > 2 || !TryParseCount(bounds[0], out min))
                    {
                        return false;
                    }

                    max = min;
                    if ((bounds.Length == 2 && !(bounds[1].Length == 0 ? SetUnbounded(out max) : TryParseCount(bounds[1], out max))) || max < min)
                    {
                        return false;
                    }

                    at = close + 1;
                    break;
                default:
                    return true;
            }

            // A lazy or possessive quantifier, or a quantifier of a quantifier: not simple.
            return at >= end || (pattern[at] != '?' && pattern[at] != '+' && pattern[at] != '*' && pattern[at] != '{');
        }

        private static bool SetUnbounded(out int max)
        {
            max = int.MaxValue;
            return true;
        }

        private static bool TryParseCount(string text, out int count)
        {
            count = 0;
            if (text.Length == 0 || text.Length > 4)
            {
                return false;
            }

            foreach (char c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }

                count = (count * 10) + (c - '0');
            }

            return true;
        }

        /// <summary>A character that stands for itself outside a class.</summary>
        private static bool IsPlain(char c) => c < 0x80 && (char.IsLetterOrDigit(c) || c == '@' || c == '-' || c == ':' || c == '_' || c == '/' || c == '=' || c == ';' || c == ',' || c == '%' || c == '!' || c == '~' || c == '\'' || c == '"' || c == '<' || c == '>' || c == '&');

        private readonly struct Item
        {
            public Item(CharClass characters, int min, int max)
            {
                Class = characters;
                Min = min;
                Max = max;
            }

            public CharClass Class { get; }

            public int Min { get; }

            public int Max { get; }
        }

        private sealed class CharClass
        {
            private readonly bool _negated;
            private readonly bool _whiteSpace;
            private readonly (char First, char Last)[] _ranges;

            // Which ASCII characters the class holds, a bit each: nearly every value is ASCII.
            private readonly ulong _asciiLow;
            private readonly ulong _asciiHigh;

            public CharClass(bool negated, bool whiteSpace, (char First, char Last)[] ranges)
            {
                _negated = negated;
                _whiteSpace = whiteSpace;
                _ranges = ranges;
                for (char c = (char)0; c < 128; c++)
                {
                    if (ContainsAny(c))
                    {
                        if (c < 64)
                        {
                            _asciiLow |= 1UL << c;
                        }
                        else
                        {
                            _asciiHigh |= 1UL << (c - 64);
                        }
                    }
                }
            }

            /// <summary>Whether some character is in both classes (outside ASCII, whether both hold any such character).</summary>
            public bool Overlaps(CharClass other)
                => (_asciiLow & other._asciiLow) != 0 || (_asciiHigh & other._asciiHigh) != 0 || (HasNonAscii && other.HasNonAscii);

            private bool HasNonAscii => _negated || _whiteSpace || Array.Exists(_ranges, r => r.Last >= 128);

            public bool Contains(char c)
                => c < 64 ? ((_asciiLow >> c) & 1) != 0
                    : c < 128 ? ((_asciiHigh >> (c - 64)) & 1) != 0
                    : ContainsAny(c);

            private bool ContainsAny(char c)
            {
                bool found = _whiteSpace && char.IsWhiteSpace(c);
                for (int i = 0; i < _ranges.Length && !found; i++)
                {
                    found = c >= _ranges[i].First && c <= _ranges[i].Last;
                }

                return found != _negated;
            }
        }
    }
}
