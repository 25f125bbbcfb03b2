using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using TopologyLint.Engine;
using TopologyLint.Loading;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TopologyLint.Core.Tests.YamlLoading
{
    /// <summary>
    /// A metamorphic property: a comment added where YAML allows one changes no diagnostic. Every YAML file of
    /// the examples and the test documents is varied with a comment trailing each line (after <c>]</c>,
    /// <c>}</c>, anchored scalars, inside multi-line flow collections), a comment line before each line,
    /// and comments at the end of the file; each variant must give the same (file, ID, line, column) list
    /// as the original once inserted lines are taken back out. A second property: a
    /// <c>topolint-disable-next-line</c> comment written in any of those places suppresses what it names.
    /// </summary>
    public class CommentPropertyTests
    {
        private const string Trailing = "  # c: [not] {yaml} #";

        /// <summary>Each file, and the document linted to see it (a fragment is seen through the file that includes it).</summary>
        public static TheoryData<string, string> Documents => new TheoryData<string, string>
        {
            { "examples/contoso/contoso.topology.yaml", "examples/contoso/contoso.topology.yaml" },
            { "examples/contoso/fragments/branch-users.yaml", "examples/contoso/contoso.topology.yaml" },
            { "examples/broken/availability.topology.yaml", "examples/broken/availability.topology.yaml" },
            { "examples/broken/emergency.topology.yaml", "examples/broken/emergency.topology.yaml" },
            { "examples/broken/numbers.topology.yaml", "examples/broken/numbers.topology.yaml" },
            { "examples/broken/fragments/reno-users.yaml", "examples/broken/numbers.topology.yaml" },
            { "examples/broken/prerequisites.topology.yaml", "examples/broken/prerequisites.topology.yaml" },
            { "fuzz/corpus/anchors.yaml", "fuzz/corpus/anchors.yaml" },
            { "fuzz/corpus/contoso.yaml", "fuzz/corpus/contoso.yaml" },
            { "fuzz/corpus/directives.yaml", "fuzz/corpus/directives.yaml" },
            { "fuzz/corpus/fragment.yaml", "fuzz/corpus/fragment.yaml" },
            { "fuzz/corpus/include-dup.yaml", "fuzz/corpus/include-dup.yaml" },
            { "fuzz/corpus/include.yaml", "fuzz/corpus/include.yaml" },
            { "tests/TopologyLint.Core.Tests/YamlLoading/yaml-as-written.topology.yaml", "tests/TopologyLint.Core.Tests/YamlLoading/yaml-as-written.topology.yaml" },
        };

        [Theory]
        [MemberData(nameof(Documents))]
        public void A_comment_at_any_legal_place_changes_no_diagnostic(string relative, string root)
        {
            var subject = new Subject(relative, root);
            string[] expected = subject.Lint(subject.Original).Reported;
            Assert.DoesNotContain(expected, d => d.StartsWith(subject.Path + "|TL0001", StringComparison.Ordinal));
            int variants = 0;
            foreach (Variant variant in subject.Variants("c: [not] {yaml} #"))
            {
                variants++;
                string[] actual = subject.Lint(variant.Text).Reported.Select(d => subject.TakeOut(d, variant.InsertedLine)).ToArray();
                if (!expected.SequenceEqual(actual))
                {
                    Assert.Fail($"{variant.Description} of {relative} changed the diagnostics:\n  expected {string.Join(", ", expected)}\n  actual   {string.Join(", ", actual)}\n{variant.Text}");
                }
            }

            Assert.True(variants > subject.Lines.Length, $"only {variants} variants of {relative}");
        }

        [Theory]
        [InlineData("examples/broken/availability.topology.yaml")]
        [InlineData("examples/broken/emergency.topology.yaml")]
        [InlineData("examples/broken/numbers.topology.yaml")]
        [InlineData("examples/broken/prerequisites.topology.yaml")]
        [InlineData("tests/TopologyLint.Core.Tests/YamlLoading/yaml-as-written.topology.yaml")]
        public void A_next_line_suppression_at_any_legal_place_suppresses_its_rule(string relative)
        {
            var subject = new Subject(relative, relative);
            Outcome original = subject.Lint(subject.Original);
            var own = original.Reported.Where(d => d.StartsWith(subject.Path + "|", StringComparison.Ordinal)).Select(Parse).Distinct().ToList();
            Assert.NotEmpty(own);
            int checkedPlaces = 0;
            foreach ((string id, int line, _) in own)
            {
                int index = line - 1;
                foreach (Variant variant in subject.Variants($"topolint-disable-next-line {id} -- property test").Where(v => v.CoversLine(index)))
                {
                    checkedPlaces++;
                    Outcome outcome = subject.Lint(variant.Text);
                    string[] reported = outcome.Reported.Select(d => subject.TakeOut(d, variant.InsertedLine)).ToArray();
                    string suppressedHere = subject.Path + "|" + id + "@" + line + ":";
                    Assert.True(
                        !reported.Any(d => d.StartsWith(suppressedHere, StringComparison.Ordinal)) && outcome.Suppressed.Any(d => d.StartsWith(subject.Path + "|" + id, StringComparison.Ordinal)),
                        $"{variant.Description} did not suppress {id} on line {line}:\n  {string.Join(", ", reported)}\n{variant.Text}");
                    Assert.DoesNotContain(reported, d => d.Contains("|TL0007@", StringComparison.Ordinal) || d.Contains("|TL0001@", StringComparison.Ordinal));
                }
            }

            Assert.True(checkedPlaces >= own.Count, $"only {checkedPlaces} places checked");
        }

        private static (string Id, int Line, int Column) Parse(string diagnostic)
        {
            string rest = diagnostic.Substring(diagnostic.IndexOf('|') + 1);
            string[] parts = rest.Split('@', ':');
            return (parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
        }

        private sealed class Outcome
        {
            public Outcome(string[] reported, string[] suppressed)
            {
                Reported = reported;
                Suppressed = suppressed;
            }

            public string[] Reported { get; }

            public string[] Suppressed { get; }
        }

        /// <summary>A variant: its text, the 0-based line it inserted (or -1), and the original line its comment reaches as a next-line suppression.</summary>
        private sealed class Variant
        {
            public Variant(string text, int insertedLine, int nextLine, string description)
            {
                Text = text;
                InsertedLine = insertedLine;
                NextLine = nextLine;
                Description = description;
            }

            public string Text { get; }

            public int InsertedLine { get; }

            public int NextLine { get; }

            public string Description { get; }

            public bool CoversLine(int line) => NextLine == line;
        }

        private sealed class Subject
        {
            private readonly string _root;
            private readonly SubstitutedFileSystem _fileSystem;
            private readonly TopologyLinter _linter;
            private readonly List<(int Start, int End, bool IsBlock)> _scalars = new List<(int, int, bool)>();

            public Subject(string relative, string root)
            {
                Path = ExampleTwinTests.RepositoryPath(relative);
                _root = ExampleTwinTests.RepositoryPath(root);
                Original = File.ReadAllText(Path);
                Lines = Original.Split('\n');
                _fileSystem = new SubstitutedFileSystem(Path);
                _linter = new TopologyLinter(_fileSystem, new LintOptions { MaxDegreeOfParallelism = 1 });
                var parser = new Parser(new Scanner(new StringReader(Original), skipComments: true));
                while (parser.MoveNext())
                {
                    if (parser.Current is Scalar scalar)
                    {
                        _scalars.Add(((int)scalar.Start.Index, (int)scalar.End.Index, scalar.Style == ScalarStyle.Literal || scalar.Style == ScalarStyle.Folded));
                    }
                }
            }

            public string Path { get; }

            public string Original { get; }

            public string[] Lines { get; }

            public Outcome Lint(string text)
            {
                _fileSystem.Text = Encoding.UTF8.GetBytes(text);
                LintedFile linted = _linter.LintFile(_root);
                return new Outcome(linted.Diagnostics.Select(Describe).ToArray(), linted.SuppressedDiagnostics.Select(s => Describe(s.Diagnostic)).ToArray());
            }

            /// <summary>A diagnostic of this subject's variant as it would be in the original: lines after an inserted one move up.</summary>
            public string TakeOut(string diagnostic, int insertedLine)
            {
                if (insertedLine < 0 || !diagnostic.StartsWith(Path + "|", StringComparison.Ordinal))
                {
                    return diagnostic;
                }

                (string id, int line, int column) = Parse(diagnostic);
                return $"{Path}|{id}@{(line - 1 >= insertedLine + 1 ? line - 1 : line)}:{column}";
            }

            /// <summary>The variants with one comment: trailing each line, on a line of its own before each line, at the end.</summary>
            public IEnumerable<Variant> Variants(string comment)
            {
                int offset = 0;
                for (int i = 0; i < Lines.Length; i++)
                {
                    string line = Lines[i].TrimEnd('\r');
                    int lineEnd = offset + line.Length;
                    if (line.Length > 0 && CanTrail(offset, lineEnd) && !HasComment(offset, line))
                    {
                        yield return new Variant(Replace(i, string.Concat(line, "  # ", comment, Lines[i].AsSpan(line.Length))), -1, i + 1, $"a comment trailing line {i + 1}");
                    }

                    if (!IsInsideScalar(offset))
                    {
                        string indentation = line.Substring(0, line.Length - line.TrimStart(' ').Length);
                        yield return new Variant(Original.Insert(offset, indentation + "# " + comment + "\n"), i, i, $"a comment line before line {i + 1}");
                    }

                    offset += Lines[i].Length + 1;
                }

                string ending = Original.EndsWith('\n') ? string.Empty : "\n";
                yield return new Variant(Original + ending + "# " + comment, -1, -1, "a comment at the end without a line break");
                yield return new Variant(Original + ending + "\n  # " + comment + "\n", -1, -1, "a comment at the end after a blank line");
            }

            private string Replace(int index, string line)
            {
                var lines = (string[])Lines.Clone();
                lines[index] = line;
                return string.Join("\n", lines);
            }

            /// <summary>Whether a comment may follow the line's end: not inside a scalar, except a block scalar's header line.</summary>
            private bool CanTrail(int lineStart, int lineEnd)
                => !_scalars.Any(s => s.Start < lineEnd && lineEnd < s.End && !(s.IsBlock && s.Start >= lineStart))
                   && !_scalars.Any(s => s.IsBlock && s.Start < lineStart && lineStart < s.End);

            /// <summary>Whether the line already ends in a comment, which a trailing one would only extend.</summary>
            private bool HasComment(int lineStart, string line)
            {
                for (int i = 0; i < line.Length; i++)
                {
                    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t') && !IsInsideScalar(lineStart + i))
                    {
                        return true;
                    }
                }

                return false;
            }

            private bool IsInsideScalar(int position) => _scalars.Any(s => s.Start < position && position < s.End);

            private static string Describe(Diagnostic diagnostic)
            {
                FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                return $"{span.Path}|{diagnostic.Id}@{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}";
            }
        }

        /// <summary>The disk, except that one file reads as the variant's text.</summary>
        private sealed class SubstitutedFileSystem : ITopologyFileSystem
        {
            private readonly string _path;

            public SubstitutedFileSystem(string path) => _path = path;

            public byte[] Text { get; set; } = Array.Empty<byte>();

            public FileEntry GetEntry(string path)
                => path == _path ? new FileEntry(FileEntryKind.File, Text.Length) : PhysicalFileSystem.Instance.GetEntry(path);

            public byte[] ReadAllBytes(string path, long maxBytes)
                => path == _path ? Text : PhysicalFileSystem.Instance.ReadAllBytes(path, maxBytes);

            public string GetRealPath(string path) => PhysicalFileSystem.Instance.GetRealPath(path);

            public IReadOnlyList<string> Glob(string directory, string pattern) => PhysicalFileSystem.Instance.Glob(directory, pattern);
        }
    }
}
