using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Engine;

namespace TopologyLint.Formatting
{
    /// <summary>What a formatter prints: the engine's result and the directory paths are shown relative to.</summary>
    public sealed class LintReport
    {
        public LintReport(LintResult result, string baseDirectory)
        {
            Result = result;
            BaseDirectory = Path.GetFullPath(baseDirectory);
        }

        public LintResult Result { get; }

        public string BaseDirectory { get; }

        public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

        /// <summary>Diagnostics silenced by suppression comments; only formats that can mark a result as suppressed (SARIF) show them.</summary>
        public ImmutableArray<SuppressedDiagnostic> SuppressedDiagnostics => Result.SuppressedDiagnostics;

        /// <summary>
        /// What counts and what was suppressed (<see cref="Diagnostic.IsSuppressed"/>, justification in
        /// <see cref="DiagnosticProperties.Justification"/>), in the one diagnostic order.
        /// </summary>
        public ImmutableArray<Diagnostic> DiagnosticsIncludingSuppressed
            => Result.Diagnostics.Concat(Result.SuppressedDiagnostics.Select(s => s.Diagnostic)).OrderBy(d => d, DiagnosticOrder.Instance).ToImmutableArray();

        public int Count(DiagnosticSeverity severity) => Result.Diagnostics.Count(d => d.Severity == severity);

        /// <summary>The path as shown to users: relative to <see cref="BaseDirectory"/> with forward slashes when inside it.</summary>
        public string DisplayPath(string path) => DisplayPath(path, BaseDirectory);

        /// <summary>The path as shown to users: relative to <paramref name="baseDirectory"/> with forward slashes when inside it.</summary>
        public static string DisplayPath(string path, string baseDirectory)
        {
            string full = Path.GetFullPath(path);
            string root = baseDirectory.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? baseDirectory : baseDirectory + Path.DirectorySeparatorChar;
            return full.StartsWith(root, StringComparison.Ordinal)
                ? full.Substring(root.Length).Replace(Path.DirectorySeparatorChar, '/')
                : full;
        }
    }
}
