using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Fare;

namespace TopologyLint.Model
{
    /// <summary>
    /// The language L(p) of a pattern in the <em>regular subset</em> (RULES-v2 "Numbers and patterns") as a finite
    /// automaton, built with Fare (dk.brics.automaton) from the parsed pattern. Sets of characters (<c>[…]</c>, <c>\d</c>,
    /// <c>.</c>) are computed by asking .NET itself which characters they match, so each is exactly the set .NET uses.
    /// A pattern outside the subset has no language here: it is never reported and never covers.
    /// </summary>
    /// <remarks>
    /// <see cref="Of"/> builds L(p) over all UTF-16 characters. <see cref="OfList"/> builds the languages of one list of
    /// patterns over that list's own small alphabet: one symbol for each class of characters that no set or literal of
    /// the list tells apart. Every pattern of the list treats the characters of a class alike, so inclusion and overlap
    /// between the list's languages are the same over the classes as over the characters, while the automata have a
    /// transition per class instead of one per character range: <c>\d</c> alone is 37 ranges of Unicode digits, and
    /// Fare's minimization grows with the ranges (about 100 ms for <c>^(\d{10})$</c>, under 5 ms over classes).
    /// </remarks>
    public static class PatternLanguage
    {
        /// <summary>
        /// The largest repetition count read (<c>{n}</c>, <c>{n,m}</c>): a larger one is taken as outside the subset, so that
        /// no pattern can make an automaton of unbounded size. Numbers hold at most a few dozen characters.
        /// </summary>
        public const int MaxRepetition = 1000;

        private static readonly ConditionalWeakTable<NumberPattern, LanguageBox> Languages = new ConditionalWeakTable<NumberPattern, LanguageBox>();

        /// <summary>How many pattern texts <see cref="ByText"/> and <see cref="Expressions"/> keep: the distinct patterns of a deployment are a few dozen.</summary>
        private const int MaxCachedTexts = 4096;

        /// <summary>
        /// Languages over all characters by pattern text, across models: building one costs milliseconds. Bounded; past the
        /// bound, not kept.
        /// </summary>
        private static readonly ConcurrentDictionary<string, LanguageBox> ByText = new ConcurrentDictionary<string, LanguageBox>(StringComparer.Ordinal);

        /// <summary>
        /// How long .NET may take on one sample number (<see cref="NumberOnlyMatchedBy"/>): a pattern that backtracks badly
        /// then proves nothing and the automata decide, instead of the one second a route's evaluation may take.
        /// </summary>
        private static readonly TimeSpan SampleTimeout = TimeSpan.FromMilliseconds(50);

        /// <summary>The patterns' expressions with <see cref="SampleTimeout"/>, by text. Bounded like <see cref="ByText"/>.</summary>
        private static readonly ConcurrentDictionary<string, Regex> SampleRegexes = new ConcurrentDictionary<string, Regex>(StringComparer.Ordinal);

        /// <summary>Parsed patterns by text (null: outside the subset), across models. Bounded like <see cref="ByText"/>.</summary>
        private static readonly ConcurrentDictionary<string, Expression?> Expressions = new ConcurrentDictionary<string, Expression?>(StringComparer.Ordinal);

        /// <summary>L(p) over all characters as a minimal automaton, or null when the pattern is not valid or not in the regular subset. Built once per pattern text. (Ask <see cref="BasicOperations.IsEmpty"/> whether it is empty: Fare's <c>Automaton.IsEmpty</c> is a representation flag.)</summary>
        public static Automaton? Of(NumberPattern pattern)
            => pattern.IsValid ? Languages.GetValue(pattern, p => Build(p.Text)).Automaton : null;

        /// <summary>
        /// The languages of the patterns of one list, each a minimal automaton over the list's own alphabet (see the
        /// remarks), in the list's order; null for an absent or invalid pattern or one outside the regular subset. Only
        /// compare them with each other (<see cref="IsCovered"/>, <see cref="Overlaps"/>): they do not run on numbers.
        /// </summary>
        public static IReadOnlyList<Automaton?> OfList(IReadOnlyList<NumberPattern?> patterns)
        {
            var expressions = patterns.Select(p => p is { IsValid: true } ? Parse(p.Text) : null).ToList();
            var alphabet = new ClassAlphabet(expressions.OfType<Expression>());
            return expressions.Select(e => e == null ? null : Minimized(e.Build(alphabet))).ToList();
        }

        /// <summary>Whether the pattern is valid and in the regular subset: whether it has a language here.</summary>
        public static bool IsRegular(NumberPattern pattern) => pattern.IsValid && Parse(pattern.Text) != null;

        /// <summary>
        /// A number that .NET matches with <paramref name="later"/> and with none of <paramref name="earlier"/> (patterns
        /// outside the regular subset left out: they never cover), among a few strings built from the later pattern
        /// (no line feed, so .NET and the automata agree on them); null when none of them is one, or when the later pattern
        /// is outside the subset. A number found proves that the later pattern is not covered without building an
        /// automaton (Fare's first use costs tens of milliseconds in a fresh process); null proves nothing. An evaluation
        /// that takes longer than <see cref="SampleTimeout"/> makes a string no proof.
        /// </summary>
        public static string? NumberOnlyMatchedBy(NumberPattern later, IEnumerable<NumberPattern?> earlier)
        {
            if (!later.IsValid || Parse(later.Text) is not { } expression)
            {
                return null;
            }

            Regex laterRegex = SampleRegex(later.Text);
            var covering = earlier.OfType<NumberPattern>().Where(IsRegular).Select(p => SampleRegex(p.Text)).ToList();
            foreach (string number in Samples(expression))
            {
                if (number.IndexOf('\n') < 0 && Matches(laterRegex, number) == true && covering.All(r => Matches(r, number) == false))
                {
                    return number;
                }
            }

            return null;
        }

        /// <summary>Whether .NET matches, or null when it took longer than <see cref="SampleTimeout"/>.</summary>
        private static bool? Matches(Regex regex, string number)
        {
            try
            {
                return regex.IsMatch(number);
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
        }

        private static Regex SampleRegex(string text)
        {
            if (SampleRegexes.TryGetValue(text, out Regex? known))
            {
                return known;
            }

            var regex = new Regex(text, RegexOptions.None, SampleTimeout);
            return SampleRegexes.Count < MaxCachedTexts ? SampleRegexes.GetOrAdd(text, regex) : regex;
        }

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

            var built = new LanguageBox(Parse(text)?.Build(AllCharacters.Instance));
            return ByText.Count < MaxCachedTexts ? ByText.GetOrAdd(text, built) : built;
        }

        private static Expression? Parse(string text)
        {
            if (Expressions.TryGetValue(text, out Expression? known))
            {
                return known;
            }

            Expression? parsed = new Parser(text).ParsePattern();
            return Expressions.Count < MaxCachedTexts ? Expressions.GetOrAdd(text, parsed) : parsed;
        }

        /// <summary>How many ways of building a string <see cref="Samples"/> tries: three repetition counts times three members of each set.</summary>
        private const int SampleVariants = 9;

        /// <summary>Strings in the expression's language, each built one way (<see cref="Expression.Sample"/>), without repeats.</summary>
        private static IEnumerable<string> Samples(Expression expression)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int variant = 0; variant < SampleVariants; variant++)
            {
                var sample = new System.Text.StringBuilder();
                if (expression.Sample(variant, sample) && seen.Add(sample.ToString()))
                {
                    yield return sample.ToString();
                }
            }
        }

        private static Automaton Minimized(Automaton automaton)
        {
            automaton.Minimize();
            return automaton;
        }

        private sealed class LanguageBox
        {
            public LanguageBox(Automaton? automaton)
            {
                automaton?.Minimize();
                Automaton = automaton;
            }

            public Automaton? Automaton { get; }
        }

        /// <summary>A set of UTF-16 characters as .NET reads a class, a class escape or '.', as ranges in ascending order; read once per text.</summary>
        private sealed class CharacterSet
        {
            private static readonly ConcurrentDictionary<string, CharacterSet> ByText = new ConcurrentDictionary<string, CharacterSet>(StringComparer.Ordinal);

            /// <summary>Every UTF-16 code unit once, in order: a set's members are where it matches in this text.</summary>
            private static readonly Lazy<string> EveryCharacter = new Lazy<string>(() => new string(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).ToArray()));

            private readonly Lazy<Automaton> _automaton;
            private readonly Lazy<IReadOnlyList<char>> _sampleMembers;

            private CharacterSet(List<(char First, char Last)> ranges)
            {
                Ranges = ranges;
                _sampleMembers = new Lazy<IReadOnlyList<char>>(() =>
                {
                    List<char> members = Ranges.SelectMany(r => Enumerable.Range(r.First, Math.Min(r.Last - r.First + 1, 128))).Where(c => c != '\n').Select(c => (char)c).ToList();
                    List<char> ascii = members.Where(c => c < 128).ToList();
                    var chosen = new List<char>();
                    chosen.AddRange(members.Take(1));
                    if (ascii.Count > 0)
                    {
                        chosen.Add(ascii[ascii.Count - 1]);
                        chosen.Add(ascii[ascii.Count / 2]);
                    }

                    return chosen.Distinct().ToList();
                });
                _automaton = new Lazy<Automaton>(() => Ranges.Count == 0 ? BasicAutomata.MakeEmpty() : BasicOperations.Union(Ranges.Select(r => BasicAutomata.MakeCharRange(r.First, r.Last)).ToList()));
            }

            public List<(char First, char Last)> Ranges { get; }

            /// <summary>
            /// Members to build sample strings with: the first, and the last and middle ASCII ones (so <c>\d</c> gives
            /// 0, 9 and 4); never a line feed. Empty for an empty set.
            /// </summary>
            public IReadOnlyList<char> SampleMembers => _sampleMembers.Value;

            /// <summary>The set as an automaton over all characters.</summary>
            public Automaton Automaton => _automaton.Value;

            public static CharacterSet Of(string written)
                => ByText.GetOrAdd(written, text =>
                {
                    // The set exactly as .NET reads it: the set matches one code unit, so one scan of every code unit finds
                    // each member as a match of its own (the same answer as asking each character alone, 65,536 times faster to ask).
                    var regex = new Regex("(?:" + text + ")", RegexOptions.None, NumberPattern.MatchTimeout);
                    var ranges = new List<(char First, char Last)>();
                    for (Match member = regex.Match(EveryCharacter.Value); member.Success; member = member.NextMatch())
                    {
                        char c = (char)member.Index;
                        if (ranges.Count > 0 && ranges[ranges.Count - 1].Last == c - 1)
                        {
                            ranges[ranges.Count - 1] = (ranges[ranges.Count - 1].First, c);
                        }
                        else
                        {
                            ranges.Add((c, c));
                        }
                    }

                    return new CharacterSet(ranges);
                });
        }

        /// <summary>The symbols an <see cref="Expression"/> is built over.</summary>
        private abstract class Alphabet
        {
            public abstract Automaton Literal(char character);

            public abstract Automaton Set(CharacterSet set);

            public abstract Automaton AnyString();
        }

        /// <summary>Every UTF-16 character is its own symbol: the language as .NET matches it.</summary>
        private sealed class AllCharacters : Alphabet
        {
            public static readonly AllCharacters Instance = new AllCharacters();

            public override Automaton Literal(char character) => BasicAutomata.MakeChar(character);

            public override Automaton Set(CharacterSet set) => set.Automaton;

            public override Automaton AnyString() => BasicAutomata.MakeAnyString();
        }

        /// <summary>
        /// One symbol per class of characters that the sets and literals of some expressions do not tell apart: two
        /// characters are in one class when every set holds both or neither and neither is a literal of its own. Symbols
        /// are numbered from 0 in the order of each class's first character.
        /// </summary>
        private sealed class ClassAlphabet : Alphabet
        {
            private readonly char[] _symbolOf = new char[char.MaxValue + 1];
            private readonly int _symbols;

            public ClassAlphabet(IEnumerable<Expression> expressions)
            {
                var sets = new List<CharacterSet>();
                var literals = new List<char>();
                foreach (Expression expression in expressions)
                {
                    expression.AddAtoms(sets, literals);
                }

                // Refine the partition {all characters} by each set (its members leave their class for a new one) and each literal.
                int[] classOf = new int[char.MaxValue + 1];
                int classes = 1;
                foreach (CharacterSet set in sets.Distinct())
                {
                    var split = new Dictionary<int, int>();
                    foreach ((char first, char last) in set.Ranges)
                    {
                        for (int c = first; c <= last; c++)
                        {
                            if (!split.TryGetValue(classOf[c], out int moved))
                            {
                                moved = classes++;
                                split[classOf[c]] = moved;
                            }

                            classOf[c] = moved;
                        }
                    }
                }

                foreach (char literal in literals.Distinct())
                {
                    classOf[literal] = classes++;
                }

                int[] symbolOfClass = Enumerable.Repeat(-1, classes).ToArray();
                for (int c = 0; c <= char.MaxValue; c++)
                {
                    if (symbolOfClass[classOf[c]] < 0)
                    {
                        symbolOfClass[classOf[c]] = _symbols++;
                    }

                    _symbolOf[c] = (char)symbolOfClass[classOf[c]];
                }
            }

            public override Automaton Literal(char character) => BasicAutomata.MakeChar(_symbolOf[character]);

            public override Automaton Set(CharacterSet set)
            {
                if (set.Ranges.Count == 0)
                {
                    return BasicAutomata.MakeEmpty();
                }

                bool[] inSet = new bool[_symbols];
                foreach ((char first, char last) in set.Ranges)
                {
                    for (int c = first; c <= last; c++)
                    {
                        inSet[_symbolOf[c]] = true;
                    }
                }

                return BasicAutomata.MakeCharSet(new string(Enumerable.Range(0, _symbols).Where(s => inSet[s]).Select(s => (char)s).ToArray()));
            }

            public override Automaton AnyString() => BasicOperations.Repeat(BasicAutomata.MakeCharRange('\0', (char)(_symbols - 1)));
        }

        /// <summary>A pattern of the regular subset as read, before it is built over an alphabet.</summary>
        private abstract class Expression
        {
            public abstract Automaton Build(Alphabet alphabet);

            /// <summary>Adds the character sets and literal characters the expression reads.</summary>
            public abstract void AddAtoms(List<CharacterSet> sets, List<char> literals);

            /// <summary>
            /// Appends a string of the expression's language, built the way <paramref name="variant"/> picks (a repetition's
            /// count, a set's member, an alternative); false when that way finds none (an empty set).
            /// </summary>
            public abstract bool Sample(int variant, System.Text.StringBuilder into);
        }

        private sealed class Literal(char character) : Expression
        {
            public override Automaton Build(Alphabet alphabet) => alphabet.Literal(character);

            public override void AddAtoms(List<CharacterSet> sets, List<char> literals) => literals.Add(character);

            public override bool Sample(int variant, System.Text.StringBuilder into)
            {
                into.Append(character);
                return true;
            }
        }

        private sealed class Set(CharacterSet characters) : Expression
        {
            public override Automaton Build(Alphabet alphabet) => alphabet.Set(characters);

            public override void AddAtoms(List<CharacterSet> sets, List<char> literals) => sets.Add(characters);

            public override bool Sample(int variant, System.Text.StringBuilder into)
            {
                IReadOnlyList<char> members = characters.SampleMembers;
                if (members.Count == 0)
                {
                    return false;
                }

                into.Append(members[variant / 3 % members.Count]);
                return true;
            }
        }

        /// <summary>Any string: what an unanchored side of an alternative allows.</summary>
        private sealed class AnyString : Expression
        {
            public static readonly AnyString Instance = new AnyString();

            public override Automaton Build(Alphabet alphabet) => alphabet.AnyString();

            public override void AddAtoms(List<CharacterSet> sets, List<char> literals)
            {
            }

            /// <summary>The empty string: an unanchored side adds nothing the pattern needs.</summary>
            public override bool Sample(int variant, System.Text.StringBuilder into) => true;
        }

        private sealed class Sequence(List<Expression> items) : Expression
        {
            public override Automaton Build(Alphabet alphabet)
                => items.Count == 0 ? BasicAutomata.MakeEmptyString() : BasicOperations.Concatenate(items.Select(i => i.Build(alphabet)).ToList());

            public override void AddAtoms(List<CharacterSet> sets, List<char> literals) => items.ForEach(i => i.AddAtoms(sets, literals));

            public override bool Sample(int variant, System.Text.StringBuilder into) => items.All(i => i.Sample(variant, into));
        }

        private sealed class Alternation(List<Expression> alternatives) : Expression
        {
            public override Automaton Build(Alphabet alphabet) => BasicOperations.Union(alternatives.Select(a => a.Build(alphabet)).ToList());

            public override void AddAtoms(List<CharacterSet> sets, List<char> literals) => alternatives.ForEach(a => a.AddAtoms(sets, literals));

            /// <summary>The variant's alternative, else the next one that has a sample.</summary>
            public override bool Sample(int variant, System.Text.StringBuilder into)
            {
                for (int i = 0; i < alternatives.Count; i++)
                {
                    int length = into.Length;
                    if (alternatives[(variant + i) % alternatives.Count].Sample(variant, into))
                    {
                        return true;
                    }

                    into.Length = length;
                }

                return false;
            }
        }

        /// <summary><c>{min,max}</c>; max -1 for none.</summary>
        private sealed class Repetition(Expression item, int min, int max) : Expression
        {
            public override Automaton Build(Alphabet alphabet)
                => max < 0 ? BasicOperations.Repeat(item.Build(alphabet), min) : BasicOperations.Repeat(item.Build(alphabet), min, max);

            public override void AddAtoms(List<CharacterSet> sets, List<char> literals) => item.AddAtoms(sets, literals);

            /// <summary>The item <c>min</c>, <c>min + 1</c> or <c>min + 2</c> times, as the variant picks, at most <c>max</c>.</summary>
            public override bool Sample(int variant, System.Text.StringBuilder into)
            {
                int count = min + (variant % 3);
                if (max >= 0 && count > max)
                {
                    count = max;
                }

                for (int i = 0; i < count; i++)
                {
                    if (!item.Sample(variant, into))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>A recursive-descent reader of the regular subset into an <see cref="Expression"/>; any construct outside it makes the whole pattern null.</summary>
        private sealed class Parser
        {
            private const string ClassEscapes = "dDwWsS";
            private readonly string _text;
            private int _at;

            public Parser(string text) => _text = text;

            private bool AtEnd => _at >= _text.Length;

            private char Current => _text[_at];

            /// <summary>pattern := alternative ('|' alternative)*, each alternative anchored or not at either side.</summary>
            public Alternation? ParsePattern()
            {
                var alternatives = new List<Expression>();
                while (true)
                {
                    bool anchoredStart = !AtEnd && Current == '^';
                    if (anchoredStart)
                    {
                        _at++;
                    }

                    Expression? core = ParseSequence(topLevel: true, out bool anchoredEnd);
                    if (core == null)
                    {
                        return null;
                    }

                    // A side without an anchor matches anything there: L(\d{4}) holds a1234b.
                    var parts = new List<Expression>();
                    if (!anchoredStart)
                    {
                        parts.Add(AnyString.Instance);
                    }

                    parts.Add(core);
                    if (!anchoredEnd)
                    {
                        parts.Add(AnyString.Instance);
                    }

                    alternatives.Add(new Sequence(parts));
                    if (AtEnd)
                    {
                        return new Alternation(alternatives);
                    }

                    _at++; // '|'
                }
            }

            /// <summary>sequence := quantified*; stops before '|' or ')' (or the end). At the top level a final '$' anchors it.</summary>
            private Sequence? ParseSequence(bool topLevel, out bool anchoredEnd)
            {
                anchoredEnd = false;
                var items = new List<Expression>();
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

                    Expression? item = ParseQuantified();
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

                return new Sequence(items);
            }

            private Expression? ParseQuantified()
            {
                Expression? atom = ParseAtom();
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

                return new Repetition(atom, min, max);
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

            private Expression? ParseAtom()
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
                        return new Set(CharacterSet.Of("."));
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
                        return new Literal(c);
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
            private Alternation? ParseGroup()
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

                var alternatives = new List<Expression>();
                while (true)
                {
                    Expression? sequence = ParseSequence(topLevel: false, out _);
                    if (sequence == null || AtEnd)
                    {
                        return null;
                    }

                    alternatives.Add(sequence);
                    if (Current == ')')
                    {
                        _at++;
                        return new Alternation(alternatives);
                    }

                    _at++; // '|'
                }
            }

            /// <summary><c>\d \D \w \W \s \S</c>, or an escaped character that is not a letter or digit (<c>\+</c>, <c>\.</c>).</summary>
            private Expression? ParseEscape()
            {
                if (_at + 1 >= _text.Length)
                {
                    return null;
                }

                char escaped = _text[_at + 1];
                _at += 2;
                if (ClassEscapes.IndexOf(escaped) >= 0)
                {
                    return new Set(CharacterSet.Of("\\" + escaped));
                }

                return char.IsLetterOrDigit(escaped) || escaped == '_' ? null : new Literal(escaped);
            }

            /// <summary>
            /// <c>[…]</c> with characters, escaped characters, ranges, negation and class escapes; subtraction and other
            /// escapes are outside the subset. Its set is then read from .NET (<see cref="CharacterSet"/>).
            /// </summary>
            private Set? ParseClass()
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
                return new Set(CharacterSet.Of(_text.Substring(start, _at - start)));
            }
        }
    }
}
