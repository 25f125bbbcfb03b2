using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace TopologyLint.Core.Tests.Documentation
{
    /// <summary>
    /// What a repository's <c>.gitignore</c> files exclude, read without git (a source archive has no
    /// <c>.git</c>, and a worktree's <c>.git</c> is only a pointer): tests that walk the repository then see
    /// the same files in a fresh clone as in a working copy with build output or generated benchmark data.
    /// Follows gitignore(5) for what patterns are written with: comments, <c>!</c>, a trailing <c>/</c>
    /// (directories only), a leading or inner <c>/</c> (relative to the <c>.gitignore</c>'s directory, else
    /// any level below it), <c>*</c>, <c>?</c>, <c>[...]</c>, <c>**</c> and <c>\</c> escapes.
    /// </summary>
    internal sealed class GitIgnoreRules
    {
        public static readonly GitIgnoreRules None = new GitIgnoreRules(ImmutableList<Rule>.Empty);

        /// <summary>Outer files first, and in each its lines in order: the last rule that matches decides.</summary>
        private readonly ImmutableList<Rule> _rules;

        private GitIgnoreRules(ImmutableList<Rule> rules) => _rules = rules;

        /// <summary>These rules and those of <paramref name="directory"/>'s own <c>.gitignore</c>, if it has one.</summary>
        /// <param name="directory">The directory on disk.</param>
        /// <param name="relativeDirectory">The same directory relative to the repository root, with '/'; empty for the root.</param>
        public GitIgnoreRules WithFileIn(string directory, string relativeDirectory)
        {
            string file = Path.Combine(directory, ".gitignore");
            return File.Exists(file) ? With(relativeDirectory, File.ReadAllLines(file, Encoding.UTF8)) : this;
        }

        /// <summary>These rules and the patterns of a <c>.gitignore</c> in <paramref name="relativeDirectory"/>.</summary>
        public GitIgnoreRules With(string relativeDirectory, IEnumerable<string> lines)
            => new GitIgnoreRules(_rules.AddRange(lines.Select(line => Rule.Parse(relativeDirectory, line)).OfType<Rule>()));

        /// <summary>Whether git ignores the file or directory at <paramref name="relativePath"/> (from the repository root, with '/').</summary>
        public bool IsIgnored(string relativePath, bool isDirectory)
        {
            for (int i = _rules.Count - 1; i >= 0; i--)
            {
                if (_rules[i].Matches(relativePath, isDirectory))
                {
                    return !_rules[i].Negated;
                }
            }

            return false;
        }

        private sealed class Rule
        {
            private readonly string _baseDirectory;
            private readonly Regex _pattern;
            private readonly bool _anchored;
            private readonly bool _directoriesOnly;

            private Rule(string baseDirectory, Regex pattern, bool anchored, bool directoriesOnly, bool negated)
            {
                _baseDirectory = baseDirectory;
                _pattern = pattern;
                _anchored = anchored;
                _directoriesOnly = directoriesOnly;
                Negated = negated;
            }

            public bool Negated { get; }

            /// <summary>The rule a line states; null for a blank line or a comment.</summary>
            public static Rule? Parse(string baseDirectory, string line)
            {
                string pattern = TrimTrailingSpaces(line);
                if (pattern.Length == 0 || pattern[0] == '#')
                {
                    return null;
                }

                bool negated = pattern[0] == '!';
                if (negated)
                {
                    pattern = pattern.Substring(1);
                }

                bool directoriesOnly = pattern.EndsWith('/');
                pattern = pattern.TrimEnd('/');
                bool anchored = pattern.Contains('/', StringComparison.Ordinal);
                pattern = pattern.TrimStart('/');
                return pattern.Length == 0 ? null : new Rule(baseDirectory, new Regex("^" + ToRegex(pattern) + "$", RegexOptions.CultureInvariant), anchored, directoriesOnly, negated);
            }

            public bool Matches(string relativePath, bool isDirectory)
            {
                if (_directoriesOnly && !isDirectory)
                {
                    return false;
                }

                string prefix = _baseDirectory.Length == 0 ? string.Empty : _baseDirectory + "/";
                if (!relativePath.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return false;
                }

                string belowBase = relativePath.Substring(prefix.Length);
                return _pattern.IsMatch(_anchored ? belowBase : belowBase.Substring(belowBase.LastIndexOf('/') + 1));
            }

            /// <summary>Trailing spaces are not part of a pattern unless escaped with a backslash.</summary>
            private static string TrimTrailingSpaces(string line)
            {
                int end = line.Length;
                while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\'))
                {
                    end--;
                }

                return line.Substring(0, end);
            }

            private static string ToRegex(string glob)
            {
                var regex = new StringBuilder();
                for (int i = 0; i < glob.Length; i++)
                {
                    char c = glob[i];
                    if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*' && (i == 0 || glob[i - 1] == '/') && (i + 2 == glob.Length || glob[i + 2] == '/'))
                    {
                        // "**/" matches zero or more whole directories; a final "**" everything below.
                        regex.Append(i + 2 == glob.Length ? ".*" : "(?:.*/)?");
                        i += 2;
                    }
                    else if (c == '*')
                    {
                        regex.Append("[^/]*");
                    }
                    else if (c == '?')
                    {
                        regex.Append("[^/]");
                    }
                    else if (c == '[' && glob.IndexOf(']', i + 1) is int close and > 0)
                    {
                        string members = glob.Substring(i + 1, close - i - 1);
                        regex.Append('[').Append(members.StartsWith('!') ? string.Concat("^", members.AsSpan(1)) : members).Append(']');
                        i = close;
                    }
                    else if (c == '\\' && i + 1 < glob.Length)
                    {
                        regex.Append(Regex.Escape(glob[++i].ToString()));
                    }
                    else
                    {
                        regex.Append(Regex.Escape(c.ToString()));
                    }
                }

                return regex.ToString();
            }
        }
    }
}
