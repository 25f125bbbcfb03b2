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
using TopologyLint.Schema;
using TopologyLint.Syntax;

namespace TopologyLint.Engine
{
    /// <summary>Lints one root document (absolute path) and returns it with its fragments and the diagnostics found.</summary>
    public delegate LintedFile RootLinter(string rootPath, CancellationToken cancellationToken);

    /// <summary>
    /// The engine's one entry point, <see cref="Lint(IEnumerable{string}, CancellationToken)"/>: files in,
    /// one combined result out (de-duplicated, in one order, the policy applied). Every host (CLI, MSBuild
    /// task, Roslyn analyzer) calls it; they differ only in how they find files, read options and print.
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
        /// Lints root documents (absolute paths). A file that another of them includes is linted as part of that
        /// one, not again on its own; a finding two roots share (in a fragment both include) is reported once.
        /// A file named here that is shaped as a fragment and not named <c>*.topology.*</c> is linted as part of
        /// the roots of <see cref="LintOptions.FindRootsForFragments"/> that include it, or, when none does,
        /// checked as a fragment (the fragment schema, no whole-topology rules).
        /// </summary>
        public LintResult Lint(IEnumerable<string> paths, CancellationToken cancellationToken = default)
            => Lint(paths, LintFile, cancellationToken);

        /// <summary>
        /// The same, with each root document linted by <paramref name="lintRoot"/>: a host that keeps results of
        /// unchanged documents (the analyzer) hands them back, and the engine still combines and orders them.
        /// </summary>
        public LintResult Lint(IEnumerable<string> paths, RootLinter lintRoot, CancellationToken cancellationToken = default)
        {
            string[] named = paths.Distinct(TopologyFiles.PathComparer).OrderBy(p => p, StringComparer.Ordinal).ToArray();
            List<LintedFile> linted = LintAll(named, lintRoot, cancellationToken);
            var included = new HashSet<string>(linted.SelectMany(f => f.Documents.Skip(1)).Select(d => d.File.Path), TopologyFiles.PathComparer);
            List<LintedFile> lone = linted.Where(f => f.IsLoneFragment && !included.Contains(f.Path)).ToList();
            if (lone.Count > 0 && _options.FindRootsForFragments != null)
            {
                var namedSet = new HashSet<string>(named, TopologyFiles.PathComparer);
                string[] candidates = _options.FindRootsForFragments()
                    .Where(p => !namedSet.Contains(p))
                    .Distinct(TopologyFiles.PathComparer)
                    .OrderBy(p => p, StringComparer.Ordinal)
                    .ToArray();
                var wanted = new HashSet<string>(lone.Select(f => f.Path), TopologyFiles.PathComparer);
                foreach (LintedFile root in LintAll(candidates, lintRoot, cancellationToken))
                {
                    if (!root.IsLoneFragment && root.Documents.Skip(1).Any(d => wanted.Contains(d.File.Path)))
                    {
                        linted.Add(root);
                        included.UnionWith(root.Documents.Skip(1).Select(d => d.File.Path));
                    }
                }
            }

            var unbaselined = new LintResult(linted.Where(f => !included.Contains(f.Path)).OrderBy(f => f.Path, StringComparer.Ordinal).ToImmutableArray());
            return PolicyPipeline.FinishRun(unbaselined, _options.Baseline, _options.WarningsAsErrors);
        }

        private List<LintedFile> LintAll(string[] roots, RootLinter lintRoot, CancellationToken cancellationToken)
        {
            if (_options.RootLinted is { } rootLinted)
            {
                RootLinter unobserved = lintRoot;
                lintRoot = (path, token) =>
                {
                    LintedFile linted = unobserved(path, token);
                    rootLinted(path);
                    return linted;
                };
            }

            if (roots.Length > 1)
            {
                return LintInParallel(roots, lintRoot, cancellationToken).ToList();
            }

            // One file, the usual command line and editor case: Parallel.For's set-up (its assembly, its
            // event source, thread-pool workers that find no work) costs more than linting a small file.
            cancellationToken.ThrowIfCancellationRequested();
            return roots.Select(root => lintRoot(root, cancellationToken)).ToList();
        }

        /// <summary>A method of its own, so that linting one file does not even load System.Threading.Tasks.Parallel.</summary>
        private LintedFile[] LintInParallel(string[] roots, RootLinter lintRoot, CancellationToken cancellationToken)
        {
            var linted = new LintedFile[roots.Length];
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxDegreeOfParallelism), CancellationToken = cancellationToken };
            Parallel.For(0, roots.Length, parallel, i => linted[i] = lintRoot(roots[i], cancellationToken));
            return linted;
        }

        /// <summary>Lints one root document and its include fragments (policy steps 1 and 2).</summary>
        public LintedFile LintFile(string path, CancellationToken cancellationToken = default)
        {
            var sink = new DiagnosticSink(_options.Configuration, path);
            LoadedDocument? root = FileReader.TryLoad(_fileSystem, path, _options.Limits, sink, _options.DocumentCache, cancellationToken, out string? refusal);
            if (root == null)
            {
                var unread = new LoadedDocument(new SourceFile(path, Microsoft.CodeAnalysis.Text.SourceText.From(string.Empty)), null, ImmutableArray<Comment>.Empty);
                sink.Report(DocumentDiagnostics.SyntaxError, path, default, default, $"The file cannot be linted: {refusal}");
                return PolicyPipeline.FinishRoot(path, ImmutableArray.Create(unread), sink);
            }

            if (!TopologyFiles.IsTopologyDocument(path) && IncludeResolver.IsFragmentShaped(root.Root))
            {
                return CheckFragment(root, sink);
            }

            return Lint(root, sink, cancellationToken);
        }

        /// <summary>
        /// Loads a root document and its include fragments and binds the model, running no rule (what <c>topolint call</c>
        /// needs). <paramref name="loadProblems"/> holds the TL0001 and TL0005 diagnostics, which stop such a command; the model
        /// is null when the root is not a mapping.
        /// </summary>
        public Topology? LoadTopology(string path, out ImmutableArray<Diagnostic> loadProblems)
        {
            var sink = new DiagnosticSink(_options.Configuration, path);
            byte[]? bytes = FileReader.TryRead(_fileSystem, path, _options.Limits, out string? refusal);
            if (bytes == null)
            {
                var unread = new LoadedDocument(new SourceFile(path, Microsoft.CodeAnalysis.Text.SourceText.From(string.Empty)), null, ImmutableArray<Comment>.Empty);
                sink.Report(DocumentDiagnostics.SyntaxError, path, default, default, $"The file cannot be read: {refusal}");
                loadProblems = PolicyPipeline.FinishRoot(path, ImmutableArray.Create(unread), sink).Diagnostics;
                return null;
            }

            LoadedDocument root = DocumentLoader.Load(path, bytes, _options.Limits, sink);
            var documents = new List<LoadedDocument> { root };
            documents.AddRange(new IncludeResolver(_fileSystem, _options.Limits, sink).LoadFragments(root));
            loadProblems = PolicyPipeline.FinishRoot(path, documents.ToImmutableArray(), sink).Diagnostics
                .Where(d => d.Id == DocumentDiagnostics.SyntaxError.Id || d.Id == DocumentDiagnostics.Include.Id)
                .ToImmutableArray();
            return root.Root is MappingNode rootMapping
                ? Binder.Bind(rootMapping, documents.Skip(1).Select(d => d.Root).OfType<MappingNode>())
                : null;
        }

        /// <summary>Lints a root document whose text the host already holds (an editor's buffer).</summary>
        public LintedFile LintText(string path, Microsoft.CodeAnalysis.Text.SourceText text, CancellationToken cancellationToken = default)
        {
            var sink = new DiagnosticSink(_options.Configuration, path);
            byte[] bytes = System.Text.Encoding.UTF8.GetBytes(text.ToString());
            return Lint(DocumentLoader.Load(path, bytes, _options.Limits, sink, _options.DocumentCache, cancellationToken), sink, cancellationToken);
        }

        private LintedFile Lint(LoadedDocument root, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            var documents = new List<LoadedDocument> { root };
            documents.AddRange(new IncludeResolver(_fileSystem, _options.Limits, sink, _options.DocumentCache, cancellationToken).LoadFragments(root));
            Topology? topology = root.Root is MappingNode rootMapping
                ? Binder.Bind(rootMapping, documents.Skip(1).Select(d => d.Root).OfType<MappingNode>(), cancellationToken)
                : null;

            foreach (TopologyRule rule in RuleCatalog.Rules)
            {
                cancellationToken.ThrowIfCancellationRequested();

                // A rule runs when it is on for any document of the root: off for the root but on for a fragment's path, its findings there count.
                if (rule is DocumentRule analyzing && documents.Any(d => sink.IsEnabled(d.File.Path, rule.Descriptor)))
                {
                    analyzing.Analyze(new RuleContext(rule.Descriptor, topology, documents, sink, _options.Configuration));
                }
            }

            return PolicyPipeline.FinishRoot(root.File.Path, documents.ToImmutableArray(), sink, _options.KeepTopology ? topology : null);
        }

        /// <summary>A fragment that no root includes, checked on its own: its keys and the fragment schema, no whole-topology rule.</summary>
        private static LintedFile CheckFragment(LoadedDocument fragment, DiagnosticSink sink)
        {
            var mapping = (MappingNode)fragment.Root!;
            IncludeResolver.CheckFragmentKeys(mapping, sink);
            DiagnosticDescriptor schema = RuleCatalog.Rules.OfType<SchemaRule>().Single().Descriptor;
            if (sink.IsEnabled(fragment.File.Path, schema))
            {
                foreach (SchemaViolation violation in fragment.SchemaViolations(asFragment: true))
                {
                    sink.Report(schema, violation.Node, violation.Message);
                }
            }

            return PolicyPipeline.FinishRoot(fragment.File.Path, ImmutableArray.Create(fragment), sink).AsLoneFragment();
        }
    }
}
