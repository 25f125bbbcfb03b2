using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Loading;
using TopologyLint.Model;
using TopologyLint.Policy;
using TopologyLint.Rules.Document;
using TopologyLint.Syntax;

namespace TopologyLint.Engine
{
    /// <summary>
    /// The engine's one entry point: files in, diagnostics out. Every host (CLI, MSBuild task,
    /// Roslyn analyzer) calls this same method; they differ only in how they find files, read
    /// options and print.
    /// </summary>
    public sealed class TopologyLinter
    {
        private readonly ITopologyFileSystem _fileSystem;
        private readonly LintOptions _options;

        public TopologyLinter(ITopologyFileSystem fileSystem, LintOptions? options = null)
        {
            _fileSystem = fileSystem;
            _options = options ?? new LintOptions();
        }

        /// <summary>
        /// Lints root documents (absolute paths). A file that another of them includes is linted as
        /// part of that one, not again on its own.
        /// </summary>
        public LintResult Lint(IEnumerable<string> paths, CancellationToken cancellationToken = default)
        {
            string[] roots = paths.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToArray();
            LintedFile[] linted;
            if (roots.Length > 1)
            {
                linted = LintInParallel(roots, cancellationToken);
            }
            else
            {
                // One file, the usual command line and editor case: Parallel.For's set-up (its assembly, its
                // event source, thread-pool workers that find no work) costs more than linting a small file.
                cancellationToken.ThrowIfCancellationRequested();
                linted = roots.Length == 1 ? new[] { LintRoot(roots[0], cancellationToken) } : Array.Empty<LintedFile>();
            }

            var included = new HashSet<string>(linted.SelectMany(f => f.Documents.Skip(1)).Select(d => d.File.Path), StringComparer.Ordinal);
            return new LintResult(linted.Where(f => !included.Contains(f.Path)).ToImmutableArray());
        }

        /// <summary>A method of its own, so that linting one file does not even load System.Threading.Tasks.Parallel.</summary>
        private LintedFile[] LintInParallel(string[] roots, CancellationToken cancellationToken)
        {
            var linted = new LintedFile[roots.Length];
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxDegreeOfParallelism), CancellationToken = cancellationToken };
            Parallel.For(0, roots.Length, parallel, i => linted[i] = LintRoot(roots[i], cancellationToken));
            return linted;
        }

        private LintedFile LintRoot(string path, CancellationToken cancellationToken)
        {
            LintedFile linted = LintFile(path, cancellationToken);
            _options.RootLinted?.Invoke(path);
            return linted;
        }

        /// <summary>Lints one root document and its include fragments.</summary>
        public LintedFile LintFile(string path, CancellationToken cancellationToken = default)
        {
            var sink = new DiagnosticSink(_options.Configuration);
            byte[]? bytes = FileReader.TryRead(_fileSystem, path, _options.Limits, out string? refusal);
            if (bytes == null)
            {
                var unread = new LoadedDocument(new SourceFile(path, Microsoft.CodeAnalysis.Text.SourceText.From(string.Empty)), null, ImmutableArray<Comment>.Empty);
                sink.Report(SyntaxErrorRule.Rule, path, default, default, $"The file cannot be linted: {refusal}");
                return Finish(path, ImmutableArray.Create(unread), sink);
            }

            LoadedDocument root = DocumentLoader.Load(path, bytes, _options.Limits, sink);
            return Lint(root, sink, cancellationToken);
        }

        /// <summary>Lints a root document whose text the host already holds (an editor's buffer).</summary>
        public LintedFile LintText(string path, Microsoft.CodeAnalysis.Text.SourceText text, CancellationToken cancellationToken = default)
        {
            var sink = new DiagnosticSink(_options.Configuration);
            return Lint(DocumentLoader.Load(path, text, _options.Limits, sink), sink, cancellationToken);
        }

        private LintedFile Lint(LoadedDocument root, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            var documents = new List<LoadedDocument> { root };
            documents.AddRange(new IncludeResolver(_fileSystem, _options.Limits, sink).LoadFragments(root));
            Topology? topology = root.Root is MappingNode rootMapping
                ? Binder.Bind(rootMapping, documents.Skip(1).Select(d => d.Root).OfType<MappingNode>())
                : null;

            foreach (TopologyRule rule in RuleCatalog.Rules)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (rule is ModelRule modelRule && sink.IsEnabled(root.File.Path, rule.Descriptor))
                {
                    modelRule.Analyze(new RuleContext(rule.Descriptor, topology, documents, sink, _options.Configuration));
                }
            }

            return Finish(root.File.Path, documents.ToImmutableArray(), sink);
        }

        /// <summary>The policy stage (docs/architecture.md): severities were applied as diagnostics were reported; here inline suppressions are.</summary>
        private static LintedFile Finish(string path, ImmutableArray<LoadedDocument> documents, DiagnosticSink sink)
        {
            var (reported, suppressed) = InlineSuppressions.Apply(documents, sink);
            return new LintedFile(
                path,
                documents,
                reported.OrderBy(d => d, DiagnosticOrder.Instance).ToImmutableArray(),
                suppressed.OrderBy(s => s.Diagnostic, DiagnosticOrder.Instance).ToImmutableArray());
        }
    }
}
