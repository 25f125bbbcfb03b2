using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TopologyLint.Model
{
    /// <summary>
    /// A <c>pattern</c> of a normalization rule, a translation rule or a route, read as RULES-v2 "Numbers and patterns"
    /// says: a .NET regular expression (<see cref="RegexOptions.None"/>) evaluated with a one-second timeout, a timeout
    /// counting as no match. A pattern that is not valid (TL4100) has no <see cref="Regex"/> and is skipped by every
    /// other rule and by the call path. Constructing one never runs the pattern.
    /// </summary>
    public sealed class NumberPattern
    {
        /// <summary>The match timeout of one evaluation.</summary>
        public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

        private static readonly Regex RuntimeMessagePrefix = new Regex(@"^(?:Invalid pattern '.*' at offset \d+\.|parsing '.*' -)\s*", RegexOptions.Singleline | RegexOptions.CultureInvariant, MatchTimeout);

        private NumberPattern(string text, Regex? regex, string? error)
        {
            Text = text;
            Regex = regex;
            Error = error;
        }

        /// <summary>The pattern as written.</summary>
        public string Text { get; }

        /// <summary>The compiled expression (with <see cref="MatchTimeout"/>); null when the pattern is not valid.</summary>
        public Regex? Regex { get; }

        /// <summary>Why the pattern is not valid, as .NET says it (e.g. "Not enough )'s."); null when it is valid.</summary>
        public string? Error { get; }

        public bool IsValid => Regex != null;

        /// <summary>Parses <paramref name="text"/>; never throws and never evaluates the pattern.</summary>
        public static NumberPattern Parse(string text)
        {
            try
            {
                return new NumberPattern(text, new Regex(text, RegexOptions.None, MatchTimeout), null);
            }
            catch (ArgumentException e)
            {
                return new NumberPattern(text, null, RuntimeMessagePrefix.Replace(e.Message, string.Empty, 1));
            }
        }

        /// <summary>Whether the pattern matches <paramref name="number"/> anywhere in it; false when invalid or when the evaluation times out.</summary>
        public bool IsMatch(string number)
        {
            if (Regex == null)
            {
                return false;
            }

            try
            {
                return Regex.IsMatch(number);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        /// <summary>
        /// Evaluates the pattern on <paramref name="number"/> once: its first match, or null when it does not match, is not
        /// valid, or the evaluation timed out (<paramref name="timedOut"/> then says so, so that callers can report it).
        /// </summary>
        public Match? FirstMatch(string number, out bool timedOut)
        {
            timedOut = false;
            if (Regex == null)
            {
                return null;
            }

            try
            {
                Match match = Regex.Match(number);
                return match.Success ? match : null;
            }
            catch (RegexMatchTimeoutException)
            {
                timedOut = true;
                return null;
            }
        }

        /// <summary>
        /// The first group reference of <paramref name="translation"/> that this pattern does not define (<c>$3</c> with two
        /// groups, <c>${area}</c> with no group of that name), as written; null when every reference is defined or the
        /// pattern is not valid. References are read as .NET reads a replacement pattern: <c>$$</c> is a dollar sign,
        /// <c>$</c> takes every digit that follows (<c>$10</c> is group 10, not group 1 and a zero), and a <c>$</c> that
        /// starts no reference is literal.
        /// </summary>
        public string? FirstUndefinedGroupReference(string translation)
        {
            if (Regex == null)
            {
                return null;
            }

            foreach ((string written, string group) in GroupReferences(translation))
            {
                bool defined = IsAsciiDigit(group[0])
                    ? int.TryParse(group, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && Array.IndexOf(Regex.GetGroupNumbers(), number) >= 0
                    : Regex.GroupNumberFromName(group) >= 0;
                if (!defined)
                {
                    return written;
                }
            }

            return null;
        }

        /// <summary>The group references of a .NET replacement pattern: each as written, and the group number or name it names.</summary>
        private static IEnumerable<(string Written, string Group)> GroupReferences(string translation)
        {
            int i = 0;
            while (i < translation.Length)
            {
                if (translation[i] != '$' || i + 1 == translation.Length)
                {
                    i++;
                    continue;
                }

                char next = translation[i + 1];
                if (next == '$')
                {
                    i += 2;
                }
                else if (IsAsciiDigit(next))
                {
                    int end = i + 1;
                    while (end < translation.Length && IsAsciiDigit(translation[end]))
                    {
                        end++;
                    }

                    yield return (translation.Substring(i, end - i), translation.Substring(i + 1, end - i - 1));
                    i = end;
                }
                else if (next == '{' && translation.IndexOf('}', i + 2) is int close && close > i + 2 && IsGroupName(translation, i + 2, close))
                {
                    yield return (translation.Substring(i, close - i + 1), translation.Substring(i + 2, close - i - 2));
                    i = close + 1;
                }
                else
                {
                    i++;
                }
            }
        }

        /// <summary>A name .NET reads inside <c>${…}</c>: digits only, or word characters.</summary>
        private static bool IsGroupName(string text, int start, int end)
        {
            bool digits = true;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                digits &= IsAsciiDigit(c);
                if (!(char.IsLetterOrDigit(c) || c == '_'))
                {
                    return false;
                }
            }

            return digits || !IsAsciiDigit(text[start]);
        }

        private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

        public override string ToString() => Text;
    }
}
