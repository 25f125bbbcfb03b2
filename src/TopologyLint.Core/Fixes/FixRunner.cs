using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Engine;
using TopologyLint.Loading;

namespace TopologyLint.Fixes
{
    /// <summary>One file as <see cref="FixRunner"/> left it: its bytes before and after, and the fixes applied to it.</summary>
    public sealed class FixedFile
    {
        internal FixedFile(string path, byte[] original, byte[] @fixed, ImmutableArray<DiagnosticFix> applied)
        {
            Path = path;
            OriginalBytes = original;
            FixedBytes = @fixed;
            Applied = applied;
        }

        public string Path { get; }

        public byte[] OriginalBytes { get; }

        /// <summary>The fixed file: the original BOM (if any), then the fixed text in UTF-8.</summary>
        public byte[] FixedBytes { get; }

        /// <summary>Every fix applied to the file, over all passes, in the order applied; a fix's diagnostic locates it in the text of its pass.</summary>
        public ImmutableArray<DiagnosticFix> Applied { get; }
    }

    /// <summary>What <see cref="FixRunner.Run"/> did.</summary>
    public sealed class FixOutcome
    {
        internal FixOutcome(ImmutableArray<FixedFile> files, int passes, LintResult result)
        {
            Files = files;
            Passes = passes;
            Result = result;
        }

        /// <summary>The files changed, ordered by path; nothing is written: the host decides.</summary>
        public ImmutableArray<FixedFile> Files { get; }

        /// <summary>How many passes applied fixes.</summary>
        public int Passes { get; }

        /// <summary>The lint of the fixed texts, as <c>lint</c> would report them once written.</summary>
        public LintResult Result { get; }
    }

    /// <summary>
    /// Lints, applies the safe fixes that do not overlap, lints the fixed texts again and repeats while fixes apply,
    /// at most <see cref="MaxPasses"/> times (ESLint's bound: fixes that keep undoing each other must end). Works
    /// on texts in memory, served to the engine through the host's file system, so includes resolve as they will
    /// on disk and nothing is written until the host writes <see cref="FixOutcome.Files"/>.
    /// </summary>
    public sealed class FixRunner
    {
        public const int MaxPasses = 10;

        private readonly ITopologyFileSystem _fileSystem;
        private readonly LintOptions _options;

        public FixRunner(ITopologyFileSystem fileSystem, LintOptions options)
        {
            _fileSystem = fileSystem;
            _options = options;
        }

        /// <param name="roots">Root documents, as for <see cref="TopologyLinter.Lint(IEnumerable{string}, CancellationToken)"/>.</param>
        /// <param name="accept">Which fixes to apply; by default every <see cref="FixKind.Fix"/> (never a suggestion).</param>
        /// <param name="cancellationToken">Stops the run between files; nothing is written for a file not finished.</param>
        public FixOutcome Run(IEnumerable<string> roots, Func<DiagnosticFix, bool>? accept = null, CancellationToken cancellationToken = default)
        {
            string[] paths = roots.ToArray();
            var overlay = new OverlayFileSystem(_fileSystem);
            var linter = new TopologyLinter(overlay, _options);
            var applied = new Dictionary<string, List<DiagnosticFix>>(StringComparer.Ordinal);
            LintResult result = linter.Lint(paths, cancellationToken);
            int passes = 0;
            while (passes < MaxPasses && ApplyPass(result, overlay, accept, applied))
            {
                passes++;

                // The previous result (trees of every document) is unreachable before the next lint builds its own.
                result = null!;
                result = linter.Lint(paths, cancellationToken);
            }

            ImmutableArray<FixedFile> files = overlay.Changed
                .Where(c => !c.Value.AsSpan().SequenceEqual(overlay.Original(c.Key)))
                .OrderBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new FixedFile(c.Key, overlay.Original(c.Key), c.Value, applied[c.Key].ToImmutableArray()))
                .ToImmutableArray();
            return new FixOutcome(files, passes, result);
        }

        /// <summary>Applies one pass of fixes to the overlay; false when none applied.</summary>
        private static bool ApplyPass(LintResult result, OverlayFileSystem overlay, Func<DiagnosticFix, bool>? accept, Dictionary<string, List<DiagnosticFix>> applied)
        {
            var texts = result.Files.SelectMany(f => f.Documents).GroupBy(d => d.File.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().File.Text, StringComparer.Ordinal);
            IEnumerable<DiagnosticFix> fixes = result.Files
                .SelectMany(file => file.Diagnostics.SelectMany(d => FixCatalog.GetFixes(file, d, FixKind.Fix)))
                .Where(f => accept == null || accept(f));
            FixApplier.Pass pass = FixApplier.Apply(fixes, path => texts[path]);
            foreach (KeyValuePair<string, string> text in pass.Texts)
            {
                overlay.Set(text.Key, Encode(overlay.Original(text.Key), text.Value));
            }

            foreach (DiagnosticFix fix in pass.Applied)
            {
                foreach (string path in fix.Edits.Select(e => e.Path).Distinct())
                {
                    if (!applied.TryGetValue(path, out List<DiagnosticFix>? list))
                    {
                        applied[path] = list = new List<DiagnosticFix>();
                    }

                    list.Add(fix);
                }
            }

            return !pass.Applied.IsEmpty;
        }

        /// <summary>The fixed text as the file's bytes: UTF-8, with the BOM the original had (the engine reads UTF-8 only).</summary>
        private static byte[] Encode(byte[] original, string text)
        {
            int bom = TextDecoder.Utf8BomLength(original);
            byte[] encoded = new UTF8Encoding(false).GetBytes(text);
            byte[] bytes = new byte[bom + encoded.Length];
            Array.Copy(original, bytes, bom);
            Array.Copy(encoded, 0, bytes, bom, encoded.Length);
            return bytes;
        }

        /// <summary>The host's files, with the fixed ones served from memory.</summary>
        private sealed class OverlayFileSystem : ITopologyFileSystem
        {
            private readonly ITopologyFileSystem _inner;
            private readonly Dictionary<string, byte[]> _originals = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            private readonly object _gate = new object();

            public OverlayFileSystem(ITopologyFileSystem inner) => _inner = inner;

            public Dictionary<string, byte[]> Changed { get; } = new Dictionary<string, byte[]>(StringComparer.Ordinal);

            public void Set(string path, byte[] bytes)
            {
                lock (_gate)
                {
                    Changed[path] = bytes;
                }
            }

            /// <summary>The bytes on disk before any fix, read once.</summary>
            public byte[] Original(string path)
            {
                lock (_gate)
                {
                    if (!_originals.TryGetValue(path, out byte[]? bytes))
                    {
                        _originals[path] = bytes = _inner.ReadAllBytes(path, long.MaxValue - 1);
                    }

                    return bytes;
                }
            }

            public FileEntry GetEntry(string path)
            {
                lock (_gate)
                {
                    if (Changed.TryGetValue(path, out byte[]? bytes))
                    {
                        return new FileEntry(FileEntryKind.File, bytes.LongLength);
                    }
                }

                return _inner.GetEntry(path);
            }

            public byte[] ReadAllBytes(string path, long maxBytes)
            {
                lock (_gate)
                {
                    if (Changed.TryGetValue(path, out byte[]? bytes))
                    {
                        return bytes;
                    }
                }

                byte[] read = _inner.ReadAllBytes(path, maxBytes);
                lock (_gate)
                {
                    // What the engine read first is what the fixes' spans refer to.
                    if (!_originals.ContainsKey(path))
                    {
                        _originals[path] = read;
                    }
                }

                return read;
            }

            public string GetRealPath(string path) => _inner.GetRealPath(path);

            public System.Collections.Generic.IReadOnlyList<string> Glob(string directory, string pattern) => _inner.Glob(directory, pattern);
        }
    }
}
