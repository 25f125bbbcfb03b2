using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Engine;
using TopologyLint.Loading;
using Xunit;

namespace TopologyLint.Core.Tests.Hostile
{
    /// <summary>
    /// The property behind every hostile-input test, checked on random damage to real documents: whatever
    /// the bytes, the engine returns (it may find nothing), never throws, and places every diagnostic
    /// inside its document with line and column agreeing with the offset. Seeds are fixed, so a failure
    /// names the seed and mutation that reproduce it; fuzz/run.sh explores the same property without bound.
    /// </summary>
    public class MutationPropertyTests
    {
        private const int MutationsPerDocument = 285;

        public static TheoryData<string> Documents => new TheoryData<string>
        {
            "examples/contoso/contoso.topology.yaml",
            "examples/contoso/fragments/branch-users.yaml",
            "examples/contoso-json/contoso.topology.json",
            "examples/contoso-json/fragments/branch-users.json",
            "fuzz/corpus/anchors.yaml",
            "fuzz/corpus/directives.yaml",
            "fuzz/corpus/dup.json",
        };

        private delegate byte[] Mutation(Random random, byte[] document);

        private static readonly (string Name, Mutation Apply)[] Mutations =
        {
            ("delete a line", (random, d) => EditLines(random, d, (lines, i) => lines.RemoveAt(i))),
            ("duplicate a line", (random, d) => EditLines(random, d, (lines, i) => lines.Insert(i, lines[i]))),
            ("swap two lines", (random, d) => EditLines(random, d, (lines, i) => Swap(lines, i, random.Next(lines.Count)))),
            ("swap indentation", (random, d) => EditLines(random, d, (lines, i) => SwapIndentation(lines, i, random.Next(lines.Count)))),
            ("indent a line", (random, d) => EditLines(random, d, (lines, i) => lines[i] = new string(' ', random.Next(1, 5)) + lines[i])),
            ("truncate", (random, d) => d.Take(random.Next(d.Length + 1)).ToArray()),
            ("overwrite random bytes", (random, d) => OverwriteBytes(random, d)),
            ("insert a syntax character", (random, d) => Insert(random, d, (byte)"[]{}:,-?*&!|>'\"#%@`\t\n\\"[random.Next(22)])),
        };

        [Theory]
        [MemberData(nameof(Documents))]
        public void Damaged_document_gives_positioned_diagnostics_and_never_throws(string relative)
        {
            string path = ExampleTwinTests.RepositoryPath(relative);
            byte[] original = File.ReadAllBytes(path);
            var fileSystem = new MutatedFileSystem(path);
            var linter = new TopologyLinter(fileSystem, new LintOptions { MaxDegreeOfParallelism = 1 });
            var random = new Random(relative.Length * 7919);
            for (int i = 0; i < MutationsPerDocument; i++)
            {
                (string name, Mutation apply) = Mutations[random.Next(Mutations.Length)];
                byte[] mutated = apply(random, original);
                if (random.Next(4) == 0)
                {
                    mutated = Mutations[random.Next(Mutations.Length)].Apply(random, mutated); // Sometimes two kinds of damage at once.
                }

                fileSystem.Root = mutated;
                LintedFile linted;
                try
                {
                    linted = linter.LintFile(path);
                }
                catch (Exception ex)
                {
                    throw new Xunit.Sdk.XunitException($"mutation {i} ({name}) of {relative} threw {ex.GetType().Name}: {ex.Message}\n{Encoding.UTF8.GetString(mutated)}");
                }

                var texts = linted.Documents.ToDictionary(d => d.File.Path, d => d.File.Text);
                foreach (Diagnostic diagnostic in linted.Diagnostics)
                {
                    string file = diagnostic.Location.GetLineSpan().Path;
                    Assert.True(texts.ContainsKey(file), $"mutation {i} ({name}): {diagnostic.Id} is in '{file}', not a linted document");
                    PositionAssert.WithinText(diagnostic, texts[file]);
                }
            }
        }

        private static byte[] EditLines(Random random, byte[] document, Action<List<string>, int> edit)
        {
            var lines = Encoding.UTF8.GetString(document).Split('\n').ToList();
            edit(lines, random.Next(lines.Count));
            return Encoding.UTF8.GetBytes(string.Join("\n", lines));
        }

        private static void Swap(List<string> lines, int a, int b) => (lines[a], lines[b]) = (lines[b], lines[a]);

        private static void SwapIndentation(List<string> lines, int a, int b)
        {
            string indentA = Indentation(lines[a]);
            string indentB = Indentation(lines[b]);
            (lines[a], lines[b]) = (string.Concat(indentB, lines[a].AsSpan(indentA.Length)), string.Concat(indentA, lines[b].AsSpan(indentB.Length)));
        }

        private static string Indentation(string line) => line.Substring(0, line.Length - line.TrimStart(' ').Length);

        private static byte[] OverwriteBytes(Random random, byte[] document)
        {
            byte[] copy = (byte[])document.Clone();
            for (int n = random.Next(1, 5); n > 0 && copy.Length > 0; n--)
            {
                copy[random.Next(copy.Length)] = (byte)random.Next(256);
            }

            return copy;
        }

        private static byte[] Insert(Random random, byte[] document, byte value)
        {
            int at = random.Next(document.Length + 1);
            return document.Take(at).Append(value).Concat(document.Skip(at)).ToArray();
        }

        /// <summary>The disk, except that the root document reads as the mutated bytes; its fragments stay intact.</summary>
        private sealed class MutatedFileSystem : ITopologyFileSystem
        {
            private readonly string _rootPath;

            public MutatedFileSystem(string rootPath) => _rootPath = rootPath;

            public byte[] Root { get; set; } = Array.Empty<byte>();

            public FileEntry GetEntry(string path)
                => path == _rootPath ? new FileEntry(FileEntryKind.File, Root.Length) : PhysicalFileSystem.Instance.GetEntry(path);

            public byte[] ReadAllBytes(string path, long maxBytes)
                => path == _rootPath ? Root : PhysicalFileSystem.Instance.ReadAllBytes(path, maxBytes);

            public string GetRealPath(string path) => PhysicalFileSystem.Instance.GetRealPath(path);

            public IReadOnlyList<string> Glob(string directory, string pattern) => PhysicalFileSystem.Instance.Glob(directory, pattern);
        }
    }
}
