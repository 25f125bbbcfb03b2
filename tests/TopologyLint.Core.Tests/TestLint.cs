using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using TopologyLint.Engine;
using TopologyLint.Loading;

namespace TopologyLint.Core.Tests
{
    /// <summary>Lints documents written to a fresh temporary directory, through the engine's one entry point.</summary>
    internal sealed class TestLint : System.IDisposable
    {
        public TestLint()
        {
            Directory = Path.Combine(Path.GetTempPath(), "topolint-tests", System.Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(Directory);
        }

        public string Directory { get; }

        public string Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

        public string WriteBytes(string relativePath, byte[] bytes)
        {
            string path = Path.Combine(Directory, relativePath);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        public IReadOnlyList<Diagnostic> Lint(string relativePath, string text, LintOptions? options = null)
            => Run(new[] { Write(relativePath, text) }, options).Diagnostics;

        [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Kept beside Lint on the temp-directory instance, so 66 tests read lint.Run(lint.Write(...)).")]
        public LintResult Run(IEnumerable<string> paths, LintOptions? options = null)
            => new TopologyLinter(PhysicalFileSystem.Instance, options ?? new LintOptions { MaxDegreeOfParallelism = 1 }).Lint(paths);

        public void Dispose()
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary directory does not fail a test.
            }
        }
    }

    internal static class DiagnosticAssertions
    {
        /// <summary>"TL0006@13:5" for each diagnostic: ID and 1-based start line and column.</summary>
        public static string[] Positions(this IEnumerable<Diagnostic> diagnostics)
            => diagnostics.Select(d =>
            {
                FileLinePositionSpan span = d.Location.GetLineSpan();
                return $"{d.Id}@{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}";
            }).ToArray();

        public static (int Line, int Column, int EndLine, int EndColumn) Span(this Diagnostic diagnostic)
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            return (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1);
        }
    }
}
