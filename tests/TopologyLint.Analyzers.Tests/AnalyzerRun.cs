using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Analyzers;

namespace TopologyLint.Analyzers.Tests
{
    /// <summary>An AdditionalFile held in memory, as the IDE hands an open document to an analyzer.</summary>
    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text, System.Text.Encoding? encoding = null)
        {
            Path = path;
            _text = SourceText.From(text, encoding);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Runs the analyzer the way the compiler does: a C# compilation with the topology documents as AdditionalFiles.</summary>
    internal static class AnalyzerRun
    {
        private static readonly CSharpCompilation Compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("internal static class Program { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        public static ImmutableArray<Diagnostic> Diagnostics(TopologyAnalyzer analyzer, params AdditionalText[] additionalFiles)
            => Compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), new AnalyzerOptions(additionalFiles.ToImmutableArray()))
                .GetAnalyzerDiagnosticsAsync()
                .GetAwaiter()
                .GetResult();

        public static ImmutableArray<Diagnostic> Diagnostics(params AdditionalText[] additionalFiles)
            => Diagnostics(new TopologyAnalyzer(), additionalFiles);
    }

    /// <summary>A fresh temporary directory, for documents the engine must also read from disk.</summary>
    internal sealed class TempDirectory : IDisposable
    {
        public TempDirectory()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "topolint-analyzer-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Write(string relativePath, string text)
        {
            string path = System.IO.Path.Combine(Path, relativePath);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return path;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary directory does not fail a test.
            }
        }
    }

    internal static class DiagnosticText
    {
        /// <summary>"TL0006 Error 7:5-7:9 message" (1-based), everything a front end must agree on, file name aside.</summary>
        public static string Describe(this Diagnostic diagnostic)
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            return $"{diagnostic.Id} {diagnostic.Severity} {span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}-{span.EndLinePosition.Line + 1}:{span.EndLinePosition.Character + 1} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        }

        /// <summary>"TL0006@7:5" (1-based).</summary>
        public static string Position(this Diagnostic diagnostic)
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            return $"{diagnostic.Id}@{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}";
        }

        public static IEnumerable<string> Positions(this IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(Position);
    }

    internal static class Repository
    {
        /// <summary>The repository root (the directory holding Directory.Build.props above the test assembly).</summary>
        public static string Root
        {
            get
            {
                string? directory = AppContext.BaseDirectory;
                while (directory != null && !File.Exists(Path.Combine(directory, "Directory.Build.props")))
                {
                    directory = Path.GetDirectoryName(directory);
                }

                return directory ?? throw new InvalidOperationException("The repository root (Directory.Build.props) is not above " + AppContext.BaseDirectory);
            }
        }
    }
}
