using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace TopologyLint.Core.Tests.Documentation
{
    /// <summary>
    /// The product documents itself: what the code and the docs cite must be in the repository. A
    /// citation of an upper-case Markdown file (the way design documents are named) must name a file
    /// the repository holds, and every relative Markdown link, with its #anchor, must resolve.
    /// </summary>
    public sealed class DocumentationReferenceTests
    {
        private static readonly string[] TextExtensions = { ".cs", ".md", ".csproj", ".props", ".targets", ".json", ".yaml", ".yml", ".txt", ".sh", ".xml", ".editorconfig", ".globalconfig" };

        /// <summary>An upper-case Markdown file name (the way design documents are named, with an optional <c>-v2</c>), alone or at the end of a path.</summary>
        private static readonly Regex UpperCaseDocument = new Regex(@"(?<![A-Za-z0-9_.-])(?<name>[A-Z][A-Z0-9_]*(?:-[A-Za-z0-9]+)*\.md)\b", RegexOptions.CultureInvariant);

        private static readonly Regex MarkdownLink = new Regex(@"\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)", RegexOptions.CultureInvariant);

        private static readonly Regex Heading = new Regex(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

        private static readonly Regex ExplicitAnchor = new Regex(@"<a\s+(?:name|id)=""(?<name>[^""]+)""", RegexOptions.CultureInvariant);

        public static IEnumerable<object[]> TextFiles() => RepositoryFiles(TextExtensions).Select(f => new object[] { f });

        public static IEnumerable<object[]> MarkdownFiles() => RepositoryFiles(new[] { ".md" }).Select(f => new object[] { f });

        [Theory]
        [MemberData(nameof(TextFiles))]
        public void Cited_documents_are_in_the_repository(string relativePath)
        {
            var documentNames = new HashSet<string>(RepositoryFiles(new[] { ".md" }).Select(Path.GetFileName)!, StringComparer.Ordinal);
            string[] missing = Lines(relativePath)
                .SelectMany((line, index) => UpperCaseDocument.Matches(line).Select(m => (Name: m.Groups["name"].Value, Line: index + 1)))
                .Where(c => !documentNames.Contains(c.Name))
                .Select(c => $"{relativePath}:{c.Line}: cites {c.Name}, which is not in the repository (cite a page under docs/)")
                .ToArray();

            Assert.Empty(missing);
        }

        [Theory]
        [MemberData(nameof(MarkdownFiles))]
        public void Relative_links_resolve(string relativePath)
        {
            string file = ExampleTwinTests.RepositoryPath(relativePath);
            var broken = new List<string>();
            foreach ((string target, int line) in Links(relativePath))
            {
                if (Regex.IsMatch(target, "^[a-zA-Z][a-zA-Z0-9+.-]*:", RegexOptions.CultureInvariant))
                {
                    continue; // https:, mailto: and the like: outside the repository.
                }

                int hash = target.IndexOf('#', StringComparison.Ordinal);
                string path = Uri.UnescapeDataString(hash >= 0 ? target.Substring(0, hash) : target);
                string? anchor = hash >= 0 ? target.Substring(hash + 1) : null;
                string resolved = path.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path));
                if (!File.Exists(resolved) && !Directory.Exists(resolved))
                {
                    broken.Add($"{relativePath}:{line}: {target}: no such file");
                }
                else if (anchor != null && resolved.EndsWith(".md", StringComparison.Ordinal) && !Anchors(resolved).Contains(anchor))
                {
                    broken.Add($"{relativePath}:{line}: {target}: no heading with that anchor");
                }
            }

            Assert.Empty(broken);
        }

        [Fact]
        public void The_checks_find_what_they_look_for()
        {
            // Guards against a pattern that silently matches nothing.
            Assert.Contains(MarkdownFiles(), f => (string)f[0] == "docs/architecture.md");
            Assert.Contains(Links("docs/architecture.md"), l => l.Target == "storage-model.md");
            string cited = string.Concat("SPEC", "-v2.md"); // made at run time, so that this file does not cite it
            Assert.Equal(cited, UpperCaseDocument.Match($"see {cited}, section 2").Groups["name"].Value);
            Assert.Equal(cited, UpperCaseDocument.Match($"(../shared/spec/{cited})").Groups["name"].Value);
            Assert.DoesNotMatch(UpperCaseDocument, "docs/readme.md");
            Assert.Contains("comments-anchors-and-merge-keys", Anchors(ExampleTwinTests.RepositoryPath("docs/topology.md")));
        }

        /// <summary>
        /// The repository's files with these extensions that git does not ignore (so not build output, packages
        /// or generated benchmark data, which a fresh clone lacks), as paths relative to its root with '/'.
        /// </summary>
        private static IEnumerable<string> RepositoryFiles(string[] extensions)
        {
            string root = ExampleTwinTests.RepositoryPath(".");
            var pending = new Stack<(string Directory, GitIgnoreRules Rules)>();
            pending.Push((root, GitIgnoreRules.None));
            var files = new List<string>();
            while (pending.Count > 0)
            {
                (string directory, GitIgnoreRules inherited) = pending.Pop();
                GitIgnoreRules rules = inherited.WithFileIn(directory, RelativeToRoot(root, directory));
                foreach (string sub in Directory.GetDirectories(directory))
                {
                    if (Path.GetFileName(sub) != ".git" && !rules.IsIgnored(RelativeToRoot(root, sub), isDirectory: true))
                    {
                        pending.Push((sub, rules));
                    }
                }

                files.AddRange(Directory.GetFiles(directory)
                    .Where(f => extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                    .Select(f => RelativeToRoot(root, f))
                    .Where(f => !rules.IsIgnored(f, isDirectory: false)));
            }

            return files.OrderBy(f => f, StringComparer.Ordinal);
        }

        private static string RelativeToRoot(string root, string path)
        {
            string relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            return relative == "." ? string.Empty : relative;
        }

        private static string[] Lines(string relativePath) => File.ReadAllLines(ExampleTwinTests.RepositoryPath(relativePath), Encoding.UTF8);

        /// <summary>The link targets of a Markdown file outside fenced code blocks and inline code, with their lines.</summary>
        private static IEnumerable<(string Target, int Line)> Links(string relativePath)
        {
            bool fenced = false;
            string[] lines = Lines(relativePath);
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    fenced = !fenced;
                    continue;
                }

                if (!fenced)
                {
                    string prose = Regex.Replace(lines[i], "`[^`]*`", string.Empty, RegexOptions.CultureInvariant);
                    foreach (Match link in MarkdownLink.Matches(prose))
                    {
                        yield return (link.Groups["target"].Value, i + 1);
                    }
                }
            }
        }

        /// <summary>The anchors GitHub gives a Markdown file's headings (lower case, punctuation dropped, spaces to hyphens, repeats numbered).</summary>
        private static HashSet<string> Anchors(string file)
        {
            string text = File.ReadAllText(file, Encoding.UTF8);
            var anchors = new HashSet<string>(StringComparer.Ordinal);
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            string withoutCode = Regex.Replace(text, "^```.*?^```", string.Empty, RegexOptions.Multiline | RegexOptions.Singleline | RegexOptions.CultureInvariant);
            foreach (Match heading in Heading.Matches(withoutCode))
            {
                string headingText = Regex.Replace(heading.Groups["text"].Value, @"\[([^\]]*)\]\([^)]*\)", "$1", RegexOptions.CultureInvariant);
                string slug = Regex.Replace(headingText.ToLowerInvariant(), @"[^\p{L}\p{Nd}\s_-]", string.Empty, RegexOptions.CultureInvariant).Replace(' ', '-');
                int count = seen.TryGetValue(slug, out int n) ? n : 0;
                seen[slug] = count + 1;
                anchors.Add(count == 0 ? slug : $"{slug}-{count}");
            }

            foreach (Match explicitAnchor in ExplicitAnchor.Matches(text))
            {
                anchors.Add(explicitAnchor.Groups["name"].Value);
            }

            return anchors;
        }
    }
}
