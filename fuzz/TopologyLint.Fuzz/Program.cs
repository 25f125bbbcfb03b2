using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SharpFuzz;
using TopologyLint.Analysis;
using TopologyLint.Configuration;
using TopologyLint.Engine;
using TopologyLint.Loading;

namespace TopologyLint.Fuzz
{
    /// <summary>
    /// AFL++ harness (SharpFuzz): `load` fuzzes the loader alone, `lint` the whole engine. Each input is
    /// read both as YAML and as JSON. Any exception, and any diagnostic positioned outside the document
    /// or whose line and column disagree with its offset, is a crash for AFL to report.
    /// </summary>
    public static class Program
    {
        private const string Directory = "/fuzz/";

        public static int Main(string[] args)
        {
            if (args.Length != 1 || (args[0] != "load" && args[0] != "lint"))
            {
                Console.Error.WriteLine("usage: TopologyLint.Fuzz load|lint   (input on standard input, under afl-fuzz)");
                return 2;
            }

            Action<byte[]> target = args[0] == "load" ? Load : Lint;
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                target(buffer.ToArray());
            });
            return 0;
        }

        private static void Load(byte[] input)
        {
            foreach (string path in new[] { Directory + "input.topology.yaml", Directory + "input.topology.json" })
            {
                var sink = new DiagnosticSink(DefaultConfiguration.Instance);
                LoadedDocument document = DocumentLoader.Load(path, input, LoaderLimits.Default, sink);
                CheckPositions(sink.Diagnostics, new Dictionary<string, SourceText> { [path] = document.File.Text });
            }
        }

        private static void Lint(byte[] input)
        {
            var linter = new TopologyLinter(new SingleInputFileSystem(input), new LintOptions { MaxDegreeOfParallelism = 1 });
            foreach (string path in new[] { Directory + "input.topology.yaml", Directory + "input.topology.json" })
            {
                LintedFile linted = linter.LintFile(path);
                var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
                foreach (LoadedDocument document in linted.Documents)
                {
                    texts[document.File.Path] = document.File.Text;
                }

                CheckPositions(linted.Diagnostics, texts);
            }
        }

        private static void CheckPositions(IEnumerable<Diagnostic> diagnostics, IReadOnlyDictionary<string, SourceText> texts)
        {
            foreach (Diagnostic diagnostic in diagnostics)
            {
                FileLinePositionSpan lineSpan = diagnostic.Location.GetLineSpan();
                if (!texts.TryGetValue(lineSpan.Path, out SourceText? text))
                {
                    continue; // A fragment that was refused before it was read has no text.
                }

                TextSpan span = diagnostic.Location.SourceSpan;
                if (span.End > text.Length
                    || text.Lines.GetLinePosition(span.Start) != lineSpan.StartLinePosition
                    || text.Lines.GetLinePosition(span.End) != lineSpan.EndLinePosition)
                {
                    throw new InvalidOperationException($"{diagnostic.Id} at {span} / {lineSpan.Span} does not match the text ({text.Length} chars): {diagnostic.GetMessage()}");
                }
            }
        }

        /// <summary>Every file under /fuzz/ holds the fuzz input, so includes load it again as a fragment.</summary>
        private sealed class SingleInputFileSystem : ITopologyFileSystem
        {
            private readonly byte[] _input;

            public SingleInputFileSystem(byte[] input) => _input = input;

            public FileEntry GetEntry(string path)
                => path.StartsWith(Directory, StringComparison.Ordinal) ? new FileEntry(FileEntryKind.File, _input.Length) : new FileEntry(FileEntryKind.Missing, 0);

            public byte[] ReadAllBytes(string path, long maxBytes) => _input;

            public string GetRealPath(string path) => Path.GetFullPath(path);

            /// <summary>Every glob matches two files, one of them the root document itself (a cycle).</summary>
            public IReadOnlyList<string> Glob(string directory, string pattern) => new[] { Directory + "globbed.yaml", Directory + "input.topology.yaml" };
        }
    }
}
