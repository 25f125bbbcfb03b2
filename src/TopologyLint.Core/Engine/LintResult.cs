using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TopologyLint.Loading;

namespace TopologyLint.Engine
{
    /// <summary>One root document as linted: it and its fragments, and the diagnostics found in them.</summary>
    public sealed class LintedFile
    {
        internal LintedFile(string path, ImmutableArray<LoadedDocument> documents, ImmutableArray<Diagnostic> diagnostics)
        {
            Path = path;
            Documents = documents;
            Diagnostics = diagnostics;
        }

        public string Path { get; }

        /// <summary>The root document first, then its fragments in include order.</summary>
        public ImmutableArray<LoadedDocument> Documents { get; }

        /// <summary>Sorted by file, line, column, ID and message.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }
    }

    /// <summary>Everything one call of the engine found, in a deterministic order.</summary>
    public sealed class LintResult
    {
        internal LintResult(ImmutableArray<LintedFile> files, ImmutableArray<Diagnostic> diagnostics)
        {
            Files = files;
            Diagnostics = diagnostics;
        }

        /// <summary>The root documents linted, ordered by path.</summary>
        public ImmutableArray<LintedFile> Files { get; }

        /// <summary>All diagnostics, sorted by file, line, column, ID and message.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }
    }
}
