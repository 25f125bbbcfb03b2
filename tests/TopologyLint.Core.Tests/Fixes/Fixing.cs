using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using TopologyLint.Engine;
using TopologyLint.Fixes;
using TopologyLint.Loading;
using Xunit;

namespace TopologyLint.Core.Tests.Fixes
{
    /// <summary>Lints one document in a temporary directory and applies one of a diagnostic's fixes, as an editor would.</summary>
    internal static class Fixing
    {
        public static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

        /// <summary>The fixes of the one diagnostic of <paramref name="id"/> in the document.</summary>
        public static ImmutableArray<DiagnosticFix> FixesOf(string fileName, string text, string id, out Diagnostic diagnostic)
        {
            using var lint = new TestLint();
            LintResult result = lint.Run(new[] { lint.Write(fileName, text) });
            diagnostic = Assert.Single(result.Diagnostics, d => d.Id == id);
            return FixCatalog.GetFixes(result.Files.Single(), diagnostic);
        }

        /// <summary>The document after the one fix of that kind for the one diagnostic of <paramref name="id"/>.</summary>
        public static string Apply(string fileName, string text, string id, FixKind kind)
        {
            ImmutableArray<DiagnosticFix> fixes = FixesOf(fileName, text, id, out _);
            DiagnosticFix fix = Assert.Single(fixes, f => f.Kind == kind && !IsSuppression(f));
            return FixApplier.ApplyEdits(Microsoft.CodeAnalysis.Text.SourceText.From(text), fix.Edits);
        }

        /// <summary>The suppression-comment suggestion for the one diagnostic of <paramref name="id"/>, applied.</summary>
        public static string ApplySuppression(string fileName, string text, string id)
        {
            ImmutableArray<DiagnosticFix> fixes = FixesOf(fileName, text, id, out _);
            DiagnosticFix fix = Assert.Single(fixes, IsSuppression);
            Assert.Equal(FixKind.Suggestion, fix.Kind);
            return FixApplier.ApplyEdits(Microsoft.CodeAnalysis.Text.SourceText.From(text), fix.Edits);
        }

        /// <summary>Runs the safe fixes over files on disk, as <c>topolint fix</c> does before writing.</summary>
        public static FixOutcome Run(params string[] paths)
            => new FixRunner(PhysicalFileSystem.Instance, new LintOptions { MaxDegreeOfParallelism = 1 }).Run(paths);

        public static bool IsSuppression(DiagnosticFix fix) => fix.Title.StartsWith("Suppress ", System.StringComparison.Ordinal);

        public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

        public static string Decode(byte[] bytes) => new UTF8Encoding(false).GetString(bytes);
    }
}
