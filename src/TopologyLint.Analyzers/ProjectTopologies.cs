using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Configuration;
using TopologyLint.Engine;
using TopologyLint.Loading;

namespace TopologyLint.Analyzers
{
    /// <summary>
    /// The topology documents of one compilation, linted once (through the cache) and grouped by the
    /// file each diagnostic is located in, so each AdditionalFile action reports the diagnostics of its
    /// own file, which is how the IDE attributes them to the open document.
    /// </summary>
    internal sealed class ProjectTopologies
    {
        private readonly ImmutableArray<AdditionalText> _additionalFiles;
        private readonly AnalyzerConfigOptionsProvider _compilerOptions;
        private readonly LintCache _cache;
        private readonly object _gate = new object();
        private Dictionary<string, ImmutableArray<Diagnostic>>? _diagnosticsByFile;

        public ProjectTopologies(AnalyzerOptions options, LintCache cache)
        {
            _additionalFiles = options.AdditionalFiles;
            _compilerOptions = options.AnalyzerConfigOptionsProvider;
            _cache = cache;
        }

        public ImmutableArray<Diagnostic> DiagnosticsIn(string path, CancellationToken cancellationToken)
            => DiagnosticsByFile(cancellationToken).TryGetValue(TopologyFiles.Normalize(path), out ImmutableArray<Diagnostic> diagnostics)
                ? diagnostics
                : ImmutableArray<Diagnostic>.Empty;

        /// <summary>Computed by the first action that asks; not kept if it was cancelled, so a later run starts again.</summary>
        private Dictionary<string, ImmutableArray<Diagnostic>> DiagnosticsByFile(CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                return _diagnosticsByFile ??= LintAll(cancellationToken);
            }
        }

        /// <summary>
        /// The engine's entry point over every topology document among the AdditionalFiles, as the CLI calls it:
        /// a document another one includes is linted only as part of that one, and a finding in a fragment two
        /// roots include is reported once. Each root goes through the cache.
        /// </summary>
        private Dictionary<string, ImmutableArray<Diagnostic>> LintAll(CancellationToken cancellationToken)
        {
            var fileSystem = new AdditionalFileSystem(_additionalFiles, cancellationToken);
            List<KeyValuePair<string, SourceText>> editorConfigs = _additionalFiles
                .Where(f => TopologyFiles.IsEditorConfig(f.Path))
                .Select(f => new KeyValuePair<string, SourceText?>(TopologyFiles.Normalize(f.Path), f.GetText(cancellationToken)))
                .Where(c => c.Value != null)
                .Select(c => new KeyValuePair<string, SourceText>(c.Key, c.Value!))
                .GroupBy(c => c.Key, TopologyFiles.PathComparer)
                .Select(g => g.First())
                .OrderBy(c => c.Key, StringComparer.Ordinal)
                .ToList();
            var configuration = new CompilerOptionsConfiguration(EditorConfigSeverities.Create(editorConfigs), _compilerOptions, fileSystem);
            var lint = new CachedLinter(
                fileSystem,
                _cache,
                configuration,
                configurationKey: string.Join("\n", editorConfigs.Select(c => c.Key + "=" + Checksum(c.Value))),
                fileListKey: string.Join("\n", _additionalFiles.Select(f => TopologyFiles.Normalize(f.Path)).OrderBy(p => p, StringComparer.Ordinal)));

            IEnumerable<string> roots = _additionalFiles.Select(f => TopologyFiles.Normalize(f.Path)).Where(TopologyFiles.IsTopologyDocument);
            LintResult result = new TopologyLinter(fileSystem, new LintOptions { Configuration = configuration, MaxDegreeOfParallelism = 1 })
                .Lint(roots, lint.Lint, cancellationToken);
            return result.Diagnostics
                .GroupBy(d => TopologyFiles.Normalize(d.Location.GetLineSpan().Path), TopologyFiles.PathComparer)
                .ToDictionary(g => g.Key, g => g.ToImmutableArray(), TopologyFiles.PathComparer);
        }

        /// <summary>The text's checksum and encoding: the engine reads the bytes, so either changing is a change.</summary>
        internal static string Checksum(SourceText? text)
            => text == null ? string.Empty : BitConverter.ToString(text.GetChecksum().ToArray()) + ":" + text.Encoding?.WebName;

        /// <summary>Lints root documents, reusing the cached result when neither they nor anything they read changed.</summary>
        private sealed class CachedLinter
        {
            private readonly AdditionalFileSystem _fileSystem;
            private readonly LintCache _cache;
            private readonly ITopologyConfiguration _configuration;
            private readonly string _configurationKey;
            private readonly string _fileListKey;

            public CachedLinter(AdditionalFileSystem fileSystem, LintCache cache, ITopologyConfiguration configuration, string configurationKey, string fileListKey)
            {
                _fileSystem = fileSystem;
                _cache = cache;
                _configuration = configuration;
                _configurationKey = configurationKey;
                _fileListKey = fileListKey;
            }

            public LintedFile Lint(string root, CancellationToken cancellationToken)
            {
                string rootChecksum = Checksum(_fileSystem.GetText(root));
                if (_cache.TryGet(root, out CachedLint? cached)
                    && cached!.RootChecksum == rootChecksum
                    && cached.ConfigurationKey == _configurationKey
                    && cached.FileListKey == _fileListKey
                    && cached.FragmentChecksums.All(f => Checksum(_fileSystem.GetText(f.Key)) == f.Value)
                    && cached.OptionsRead.All(o => _configuration.GetOption(o.Path, o.Key) == o.Value))
                {
                    return cached.Result;
                }

                var files = new ReadRecorder(_fileSystem);
                var options = new OptionRecorder(_configuration);
                LintedFile result = new TopologyLinter(files, new LintOptions { Configuration = options, MaxDegreeOfParallelism = 1 }).LintFile(root, cancellationToken);
                ImmutableArray<KeyValuePair<string, string>> fragments = files.Read
                    .Where(path => !TopologyFiles.PathComparer.Equals(path, root))
                    .Select(path => new KeyValuePair<string, string>(path, Checksum(_fileSystem.GetText(path))))
                    .ToImmutableArray();
                _cache.Set(root, new CachedLint(rootChecksum, _configurationKey, _fileListKey, fragments, options.Read.ToImmutableArray(), result));
                return result;
            }
        }

        /// <summary>Notes every option the rules read for one root (severities come from the .editorconfig texts, which are part of the key).</summary>
        private sealed class OptionRecorder : ITopologyConfiguration
        {
            private readonly ITopologyConfiguration _inner;

            public OptionRecorder(ITopologyConfiguration inner) => _inner = inner;

            public List<OptionRead> Read { get; } = new List<OptionRead>();

            public ReportDiagnostic? GetSeverity(string filePath, DiagnosticDescriptor descriptor) => _inner.GetSeverity(filePath, descriptor);

            public OptionLocation? LocateOption(string filePath, string key) => _inner.LocateOption(filePath, key);

            public string? GetOption(string filePath, string key)
            {
                string? value = _inner.GetOption(filePath, key);
                Read.Add(new OptionRead(filePath, key, value));
                return value;
            }
        }

        /// <summary>Notes every file the engine reads for one root, including fragments it then refused, so a change to any of them is seen.</summary>
        private sealed class ReadRecorder : ITopologyFileSystem
        {
            private readonly AdditionalFileSystem _inner;

            public ReadRecorder(AdditionalFileSystem inner) => _inner = inner;

            public List<string> Read { get; } = new List<string>();

            public FileEntry GetEntry(string path) => _inner.GetEntry(path);

            public byte[] ReadAllBytes(string path, long maxBytes)
            {
                Read.Add(TopologyFiles.Normalize(path));
                return _inner.ReadAllBytes(path, maxBytes);
            }

            public string GetRealPath(string path) => _inner.GetRealPath(path);

            public IReadOnlyList<string> Glob(string directory, string pattern) => _inner.Glob(directory, pattern);
        }
    }
}
