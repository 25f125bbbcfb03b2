using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Fare;

namespace TopologyLint.Model
{
    /// <summary>
    /// The language L(p) of a pattern in the <em>regular subset</em> (RULES-v2 "Numbers and patterns") as a finite
    /// automaton over UTF-16 characters, built with Fare (dk.brics.automaton) from the parsed pattern. Sets of characters
    /// (<c>[…]</c>, <c>\d</c>, <c>.</c>) are computed by asking .NET itself which characters they match, so each is exactly
    /// the set .NET uses; Fare keeps them as character ranges, which is the partition the patterns induce. A pattern
    /// outside the subset has no language here: it is never reported and never covers.
    /// </summary>
    public static class PatternLanguage
    {
        /// <summary>
        /// The largest repetition count read (<c>{n}</c>, <c>{n,m}</c>): a larger one is taken as outside the subset, so that
        /// no pattern can make an automaton of unbounded size. Numbers hold at most a few dozen characters.
        /// </summary>
        public const int MaxRepetition = 1000;

        private static readonly ConditionalWeakTable<NumberPattern, LanguageBox> Languages = new ConditionalWeakTable<NumberPattern, LanguageBox>();

        /// <summary>Character sets by the text that writes them; the same few (<c>\d</c>, <c>[2-9]</c>) recur across patterns.</summary>
        private static readonly ConcurrentDictionary<string, Automaton> CharacterSets = new ConcurrentDictionary<string, Automaton>(StringComparer.Ordinal);

        /// <summary>How many pattern texts <see cref="ByText"/> keeps: the distinct patterns of a deployment are a few dozen.</summary>
        private const int MaxCachedTexts = 4096;

        /// <summary>
        /// Languages by pattern text, across models: the same few patterns recur in every site's dial plan and in every
        /// edit an editor lints again, and building an automaton costs milliseconds. Bounded; past the bound, not kept.
        /// </summary>
        private static readonly ConcurrentDictionary<string, LanguageBox> ByText = new ConcurrentDictionary<string, LanguageBox>(StringComparer.Ordinal);

        /// <summary>L(p) as a minimal automaton, or null when the pattern is not valid or not in the regular subset. Built once per pattern text. (Ask <see cref="BasicOperations.IsEmpty"/> whether it is empty: Fare's <c>Automaton.IsEmpty</c> is a representation flag.)</summary>
        public static Automaton? Of(NumberPattern pattern)
            => pattern.IsValid ? Languages.GetValue(pattern, p => Build(p.Text)).Automaton : null;

        /// <summary>
        /// Whether every string <paramref name="later"/> matches is in <paramref name="earlierUnion"/>, the union of the earlier languages: L(later)
        /// ∩ complement(earlierUnion) is empty. <paramref name="later"/> must have a non-empty language.
        /// </summary>
        public static bool IsCovered(Automaton later, Automaton earlierUnion)
            => BasicOperations.IsEmpty(BasicOperations.Intersection(later, BasicOperations.Complement(earlierUnion)));

        /// <summary>Whether some string is in both languages.</summary>
        public static bool Overlaps(Automaton first, Automaton second) => !BasicOperations.IsEmpty(BasicOperations.Intersection(first, second));

        private static LanguageBox Build(string text)
        {
            if (ByText.TryGetValue(text, out LanguageBox? known))
            {
                return known;
            }

            var built = new LanguageBox(new Parser(text).ParsePattern());
            return ByText.Count < MaxCachedTexts ? ByText.GetOrAdd(text, built) : built;
        }

        private static Automaton CharacterSet(string written)
            => CharacterSets.GetOrAdd(written, text =>
            {
                // The set exactly as .NET reads it: every UTF-16 code unit the class (or escape, or '.') matches alone.
                var regex = new Regex(@"\A(?:" + text + @")\z", RegexOptions.None, NumberPattern.MatchTimeout);
                var ranges = new List<Automaton>();
                int start = -1;
                for (int c = 0; c <= char.MaxValue + 1; c++)
                {
                    bool inSet = c <= char.MaxValue && regex.IsMatch(((char)c).ToString());
                    if (inSet && start < 0)
                    {
                        start = c;
                    }
                    else if (!inSet && start >= 0)
                    {
                        ranges.Add(BasicAutomata.MakeCharRange((char)start, (char)(c - 1)));
                        start = -1;
                    }
                }

                return ranges.Count == 0 ? BasicAutomata.MakeEmpty() : BasicOperations.Union(ranges);
            });

        private sealed class LanguageBox
        {
            public LanguageBox(Automaton? automaton)
            {
                automaton?.Minimize();
                Automaton = automaton;
            }

            public Automaton? Automaton { get; }
        }

        /// <summary>A recursive-descent reader of the regular subset; any construct outside it makes the whole pattern null.</summary>
        private sealed class Parser
        {
            private const string ClassEscapes = "dDwWsS";
            private readonly string _text;
            private int _at;

            public Parser(string text) => _text = text;

            private bool AtEnd => _at >= _text.Length;

            private char Current => _text[_at];

            /// <summary>pattern := alternative ('|' alternative)*, each alternative anchored or not at either side.</summary>
            public Automaton? ParsePattern()
            {
                var alternatives = new List<Automaton>();
                while (true)
                {
                    bool anchoredStart = !AtEnd && Current == '^';
                    if (anchoredStart)
                    {
                        _at++;
                    }

                    Automaton? core = ParseSequence(topLevel: true, out bool anchoredEnd);
                    if (core == null)
                    {
                        return null;
                    }

                    // A side without an anchor matches anything there: L(\d{4}) holds a1234b.
                    var parts = new List<Automaton>();
                    if (!anchoredStart)
                    {
                        parts.Add(BasicAutomata.MakeAnyString());
                    }

                    parts.Add(core);
                    if (!anchoredEnd)
                    {
                        parts.Add(BasicAutomata.MakeAnyString());
                    }

                    alternatives.Add(BasicOperations.Concatenate(parts));
                    if (AtEnd)
                    {
                        return BasicOperations.Union(alternatives);
                    }

                    _at++; // '|'
                }
            }

            /// <summary>sequence := quantified*; stops before '|' or ')' (or the end). At the top level a final '$' anchors it.</summary>
            private Automaton? ParseSequence(bool topLevel, out bool anchoredEnd)
            {
                anchoredEnd = false;
                var items = new List<Automaton> { BasicAutomata.MakeEmptyString() };
                while (!AtEnd && Current != '|' && Current != ')')
                {
                    if (Current == '$')
                    {
                        _at++;
                        if (!topLevel || !(AtEnd || Current == '|'))
                        {
                            return null;
                        }

                        anchoredEnd = true;
                        break;
                    }

                    Automaton? item = ParseQuantified();
                    if (item == null)
                    {
                        return null;
                    }

                    items.Add(item);
                }

                if (topLevel && !AtEnd && Current == ')')
                {
                    return null;
                }

                return BasicOperations.Concatenate(items);
            }

            private Automaton? ParseQuantified()
            {
                Automaton? atom = ParseAtom();
                if (atom == null || AtEnd)
                {
                    return atom;
                }

                int min;
                int max;
                switch (Current)
                {
                    case '?':
                        (min, max) = (0, 1);
                        _at++;
                        break;
                    case '*':
                        (min, max) = (0, -1);
                        _at++;
                        break;
                    case '+':
                        (min, max) = (1, -1);
                        _at++;
                        break;
                    case '{' when TryReadBraces(out min, out max):
                        break;
                    default:
                        return atom;
                }

                if (min > MaxRepetition || max > MaxRepetition)
                {
                    return null;
                }

                // Lazy or greedy, a quantifier matches the same strings; a quantifier on a quantifier is outside the subset.
                if (!AtEnd && Current == '?')
                {
                    _at++;
                }

                if (!AtEnd && (Current == '*' || Current == '+' || Current == '?' || (Current == '{' && TryReadBraces(out _, out _))))
                {
                    return null;
                }

                return max < 0 ? BasicOperations.Repeat(atom, min) : BasicOperations.Repeat(atom, min, max);
            }

            /// <summary><c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c> at the current position (max -1 for none); anything else is a literal '{' to .NET.</summary>
            private bool TryReadBraces(out int min, out int max)
            {
                Match braces = Regex.Match(_text.Substring(_at), @"\A\{([0-9]+)(,([0-9]*))?\}", RegexOptions.None, NumberPattern.MatchTimeout);
                min = max = 0;
                if (!braces.Success
                    || !int.TryParse(braces.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out min))
                {
                    min = MaxRepetition + 1;
                    return braces.Success;
                }

                max = !braces.Groups[2].Success ? min
                    : braces.Groups[3].Value.Length == 0 ? -1
                    : int.TryParse(braces.Groups[3].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int upper) ? upper : MaxRepetition + 1;
                _at += braces.Length;
                return true;
            }

            private Automaton? ParseAtom()
            {
                char c = Current;
                switch (c)
                {
                    case '(':
                        return ParseGroup();
                    case '[':
                        return ParseClass();
                    case '.':
                        _at++;
                        return CharacterSet(".");
                    case '\\':
                        return ParseEscape();
                    case '^':
                    case '*':
                    case '+':
                    case '?':
                        return null;
                    case '{' when TryPeekBraces():
                        return null;
                    default:
                        _at++;
                        return BasicAutomata.MakeChar(c);
                }
            }

            private bool TryPeekBraces()
            {
                int at = _at;
                bool braces = TryReadBraces(out _, out _);
                _at = at;
                return braces;
            }

            /// <summary><c>(…)</c>, <c>(?:…)</c> or <c>(?&lt;name&gt;…)</c>; every other <c>(?</c> construct is outside the subset.</summary>
            private Automaton? ParseGroup()
            {
                _at++;
                if (!AtEnd && Current == '?')
                {
                    if (_at + 1 < _text.Length && _text[_at + 1] == ':')
                    {
                        _at += 2;
                    }
                    else if (Regex.Match(_text.Substring(_at), @"\A\?<[\p{L}\p{Nd}_]+>", RegexOptions.None, NumberPattern.MatchTimeout) is { Success: true } name)
                    {
                        _at += name.Length;
                    }
                    else
                    {
                        return null;
                    }
                }

                var alternatives = new List<Automaton>();
                while (true)
                {
                    Automaton? sequence = ParseSequence(topLevel: false, out _);
                    if (sequence == null || AtEnd)
                    {
                        return null;
                    }

                    alternatives.Add(sequence);
                    if (Current == ')')
                    {
                        _at++;
                        return BasicOperations.Union(alternatives);
                    }

                    _at++; // '|'
                }
            }

            /// <summary><c>\d \D \w \W \s \S</c>, or an escaped character that is not a letter or digit (<c>\+</c>, <c>\.</c>).</summary>
            private Automaton? ParseEscape()
            {
                if (_at + 1 >= _text.Length)
                {
                    return null;
                }

                char escaped = _text[_at + 1];
                _at += 2;
                if (ClassEscapes.IndexOf(escaped) >= 0)
                {
                    return CharacterSet("\\" + escaped);
                }

                return char.IsLetterOrDigit(escaped) || escaped == '_' ? null : BasicAutomata.MakeChar(escaped);
            }

            /// <summary>
            /// <c>[…]</c> with characters, escaped characters, ranges, negation and class escapes; subtraction and other
            /// escapes are outside the subset. Its set is then read from .NET (<see cref="CharacterSet"/>).
            /// </summary>
            private Automaton? ParseClass()
            {
                int start = _at;
                _at++;
                if (!AtEnd && Current == '^')
                {
                    _at++;
                }

                bool first = true;
                while (!AtEnd && (Current != ']' || first))
                {
                    first = false;
                    if (Current == '\\')
                    {
                        if (_at + 1 >= _text.Length)
                        {
                            return null;
                        }

                        char escaped = _text[_at + 1];
                        if ((char.IsLetterOrDigit(escaped) || escaped == '_') && ClassEscapes.IndexOf(escaped) < 0)
                        {
                            return null;
                        }

                        _at += 2;
                    }
                    else if (Current == '-' && _at + 1 < _text.Length && _text[_at + 1] == '[')
                    {
                        return null;
                    }
                    else if (Current == '[' && _at + 1 < _text.Length && _text[_at + 1] == ':')
                    {
                        // .NET reads "[:name:]" inside a class specially in places; keep it out.
                        return null;
                    }
                    else
                    {
                        _at++;
                    }
                }

                if (AtEnd)
                {
                    return null;
                }

                _at++;
                return CharacterSet(_text.Substring(start, _at - start));
            }
        }
    }
}
