using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TopologyLint.Configuration;
using TopologyLint.Engine;
using TopologyLint.LanguageServer.Protocol;
using TopologyLint.Loading;
using TopologyLint.Policy;

namespace TopologyLint.LanguageServer.Workspace
{
    /// <summary>
    /// The server's workspace: open buffers, which roots read which files, the last lint of each root, and the
    /// lints to run. Each root is linted after a quiet period (debounce); a newer request for the same root
    /// cancels the older one, and only the latest lint of a root publishes. Diagnostics are published for open
    /// documents only, each with the version of the buffer the lint read.
    /// </summary>
    internal sealed class LintCoordinator : IDisposable
    {
        private readonly object _gate = new object();
        private readonly Dictionary<string, OpenDocument> _open = new Dictionary<string, OpenDocument>(StringComparer.Ordinal);
        private readonly IncludeIndex _index = new IncludeIndex();
        private readonly Dictionary<string, LintResult> _results = new Dictionary<string, LintResult>(StringComparer.Ordinal);

        // Per open document, its last tree that parsed and the lints of the roots reading it then: the identifiers that
        // navigation and completion carry into the buffer while the text being typed does not parse.
        private readonly Dictionary<string, LastParsed> _lastParsed = new Dictionary<string, LastParsed>(StringComparer.Ordinal);
        private readonly Dictionary<string, PendingLint> _pending = new Dictionary<string, PendingLint>(StringComparer.Ordinal);
        private readonly Dictionary<string, ITopologyConfiguration> _configurations = new Dictionary<string, ITopologyConfiguration>(StringComparer.Ordinal);

        // The generation of the latest lint asked for of each root (by an edit or the workspace scan): only that one publishes.
        private readonly Dictionary<string, long> _latestGeneration = new Dictionary<string, long>(StringComparer.Ordinal);

        // Fragments opened or changed before the workspace scan knew which roots include them: scheduled by the scan when it ends.
        private readonly List<string> _awaitingScan = new List<string>();
        private readonly LoadedDocumentCache _documents = new LoadedDocumentCache();
        // Publications, and flush markers (a TaskCompletionSource completed when every publication before it was sent).
        private readonly Channel<object> _publications = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
        private readonly CancellationTokenSource _shutdown = new CancellationTokenSource();
        private readonly ILanguageClient _client;
        private readonly ITopologyFileSystem _disk;
        private readonly Task _publisher;
        private Task _scan = Task.CompletedTask;
        private bool _scanned = true;
        private long _generation;
        private long _publicationsSent;
        private long _lintsCompleted;
        private string? _globalConfigStart;
        private string? _baselinePath;
        private Baseline? _baseline;

        public LintCoordinator(ILanguageClient client, ITopologyFileSystem disk, TimeSpan debounce)
        {
            _client = client;
            _disk = disk;
            Debounce = debounce;
            _publisher = Task.Run(PublishInOrderAsync);
        }

        /// <summary>The quiet period before a root is linted; set by the client's initialization options before any document opens.</summary>
        public TimeSpan Debounce { get; set; }

        /// <summary>How many publications have been handed to the client so far.</summary>
        public long PublicationsSent => Interlocked.Read(ref _publicationsSent);

        /// <summary>How many lints ran to the end (published or superseded); a lint cancelled by a newer edit is not counted.</summary>
        public long LintsCompleted => Interlocked.Read(ref _lintsCompleted);

        public LoaderLimits Limits { get; set; } = LoaderLimits.Default;

        /// <summary>The trees of the files linted last, reused while their text is unchanged.</summary>
        public LoadedDocumentCache Documents => _documents;

        /// <summary>Finds the root documents under the workspace folders and loads each once, to learn what they include.</summary>
        public void StartWorkspace(IReadOnlyList<string> folders, string? baselinePath)
        {
            _globalConfigStart = folders.Count > 0 ? folders[0] : null;
            if (baselinePath != null)
            {
                _baselinePath = Path.GetFullPath(baselinePath, _globalConfigStart ?? Directory.GetCurrentDirectory());
                ReloadBaseline();
            }

            CancellationToken cancellation = _shutdown.Token;
            lock (_gate)
            {
                _scanned = false;
            }

            _scan = Task.Run(
                () =>
                {
                    try
                    {
                        foreach (string root in folders.SelectMany(TopologyFiles.FindRoots).Distinct(StringComparer.Ordinal))
                        {
                            cancellation.ThrowIfCancellationRequested();
                            long generation;
                            lock (_gate)
                            {
                                generation = NewGeneration(root);
                            }

                            LintNow(root, generation, cancellation);
                        }
                    }
                    finally
                    {
                        ScheduleAwaitingScan();
                    }
                },
                cancellation);
        }

        public OpenDocument? GetOpen(string path)
        {
            lock (_gate)
            {
                return _open.TryGetValue(path, out OpenDocument? document) ? document : null;
            }
        }

        /// <summary>The last lint of every root that reads <paramref name="path"/>.</summary>
        public IReadOnlyList<LintResult> ResultsReading(string path)
        {
            lock (_gate)
            {
                return _index.RootsReading(path).Where(_results.ContainsKey).Select(r => _results[r]).ToList();
            }
        }

        /// <summary>
        /// Each document that the roots reading <paramref name="path"/> read (as their last lint found, or as the last lint in
        /// which <paramref name="path"/> parsed found: a root that does not parse reads no fragment), with its newest tree
        /// that parsed and its buffer when it is open; in the order the roots read them. A document that never parsed has no tree and is left out.
        /// </summary>
        public IReadOnlyList<ParsedDocument> NewestParsedTrees(string path)
        {
            lock (_gate)
            {
                IEnumerable<LintResult> results = ResultsReading(path);
                IEnumerable<string> documents = _index.RootsReading(path).SelectMany(_index.DocumentsOf);
                if (_lastParsed.TryGetValue(path, out LastParsed? whenParsed))
                {
                    results = results.Concat(whenParsed.Results);
                    documents = documents.Concat(whenParsed.Results.SelectMany(r => r.Files).SelectMany(f => f.Documents).Select(d => d.File.Path));
                }

                List<LoadedDocument> read = results.SelectMany(r => r.Files).SelectMany(f => f.Documents).ToList();
                var trees = new List<ParsedDocument>();
                foreach (string document in documents.Distinct(StringComparer.Ordinal))
                {
                    OpenDocument? open = _open.GetValueOrDefault(document);

                    // An open document's last parsed tree is its newest; else the current lints' come before the older ones.
                    LoadedDocument? tree = (open != null ? _lastParsed.GetValueOrDefault(document)?.Tree : null)
                        ?? read.FirstOrDefault(d => d.File.Path == document && d.Root != null);
                    if (tree != null)
                    {
                        trees.Add(new ParsedDocument(tree, open?.Text));
                    }
                }

                return trees;
            }
        }

        /// <summary>All root documents known, with their last lint.</summary>
        public IReadOnlyList<LintResult> AllResults()
        {
            lock (_gate)
            {
                return _results.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Value).ToList();
            }
        }

        private void RememberParsed(LintResult result)
        {
            foreach (LoadedDocument document in result.Files.SelectMany(f => f.Documents))
            {
                if (document.Root != null && _open.ContainsKey(document.File.Path))
                {
                    _lastParsed[document.File.Path] = new LastParsed(document, ResultsReading(document.File.Path));
                }
            }
        }

        public void Open(OpenDocument document)
        {
            lock (_gate)
            {
                _open[document.Path] = document;
            }

            ScheduleReadersOf(document.Path);
        }

        public void Change(string path, Func<OpenDocument, OpenDocument> change)
        {
            lock (_gate)
            {
                if (!_open.TryGetValue(path, out OpenDocument? document))
                {
                    throw new InvalidOperationException($"{path} was changed but is not open");
                }

                _open[path] = change(document);
            }

            ScheduleReadersOf(path);
        }

        public void Close(string path)
        {
            OpenDocument? closed;
            lock (_gate)
            {
                if (!_open.Remove(path, out closed))
                {
                    return;
                }

                _lastParsed.Remove(path);
            }

            _publications.Writer.TryWrite(new PublishDiagnosticsParams { Uri = closed.Uri });

            // Other open documents read the disk's text of this file from now on.
            lock (_gate)
            {
                foreach (string root in _index.RootsReading(path).Where(r => _index.DocumentsOf(r).Any(_open.ContainsKey)))
                {
                    Schedule(root);
                }
            }
        }

        public void FilesChanged(IEnumerable<FileEvent> events)
        {
            var roots = new SortedSet<string>(StringComparer.Ordinal);
            lock (_gate)
            {
                foreach (FileEvent change in events)
                {
                    if (!DocumentUris.TryGetPath(change.Uri, out string path))
                    {
                        continue;
                    }

                    if (TopologyFiles.IsConfiguration(path) || path == _baselinePath)
                    {
                        _configurations.Clear();
                        if (path == _baselinePath)
                        {
                            ReloadBaseline();
                        }

                        roots.UnionWith(_index.Roots);
                        continue;
                    }

                    if (_open.ContainsKey(path))
                    {
                        continue; // The buffer, not the disk, is what the server lints.
                    }

                    roots.UnionWith(_index.RootsReading(path));

                    // Read again, not trusted to its stamp: a tool may have written it and set its old time back.
                    _documents.Remove(path);

                    if (change.Type == FileChangeTypeCode.Deleted && _index.IsRoot(path))
                    {
                        roots.Remove(path);
                        _index.RemoveRoot(path);
                        _results.Remove(path);
                        _latestGeneration.Remove(path);
                    }
                    else if (change.Type == FileChangeTypeCode.Created && TopologyFiles.IsRootDocument(path))
                    {
                        roots.Add(path);
                    }
                }

                foreach (string root in roots)
                {
                    Schedule(root);
                }
            }
        }

        /// <summary>Completes when the workspace scan, every lint asked for so far and their publications are done (tests and the benchmark wait on it).</summary>
        public async Task WhenIdleAsync()
        {
            await _scan.ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            while (true)
            {
                Task[] running;
                lock (_gate)
                {
                    running = _pending.Values.Select(p => p.Task).ToArray();
                }

                if (running.Length == 0)
                {
                    break;
                }

                await Task.WhenAll(running.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
            }

            var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_publications.Writer.TryWrite(flushed))
            {
                await flushed.Task.ConfigureAwait(false);
            }
        }

        public void Dispose()
        {
            _shutdown.Cancel();
            lock (_gate)
            {
                foreach (PendingLint pending in _pending.Values)
                {
                    pending.Cancellation.Cancel();
                }
            }

            _publications.Writer.TryComplete();
        }

        private void ScheduleReadersOf(string path)
        {
            lock (_gate)
            {
                if (!_scanned && !TopologyFiles.IsRootDocument(path))
                {
                    // Until the scan knows which roots include a fragment, linting it alone would report a fragment as a
                    // broken root. The scan schedules it as its last step, so whoever waits for the scan sees that lint pending.
                    _awaitingScan.Add(path);
                    return;
                }

                List<string> roots = _index.RootsReading(path).ToList();
                if (roots.Count == 0 || (TopologyFiles.IsRootDocument(path) && !roots.Contains(path)))
                {
                    roots.Add(path);
                }

                foreach (string root in roots)
                {
                    Schedule(root);
                }
            }
        }

        /// <summary>Marks the workspace scan done and schedules the lints asked for while it ran.</summary>
        private void ScheduleAwaitingScan()
        {
            List<string> waiting;
            lock (_gate)
            {
                _scanned = true;
                waiting = new List<string>(_awaitingScan);
                _awaitingScan.Clear();
            }

            foreach (string path in waiting.Distinct(StringComparer.Ordinal))
            {
                ScheduleReadersOf(path);
            }
        }

        /// <summary>A new generation for a lint of <paramref name="root"/>, from now on the only one of it that publishes. Called under the gate.</summary>
        private long NewGeneration(string root)
        {
            long generation = Interlocked.Increment(ref _generation);
            _latestGeneration[root] = generation;
            return generation;
        }

        /// <summary>Asks for a lint of <paramref name="root"/> after the debounce, cancelling the one pending. Called under the gate.</summary>
        private void Schedule(string root)
        {
            if (_pending.TryGetValue(root, out PendingLint? previous))
            {
                previous.Cancellation.Cancel();
            }

            long generation = NewGeneration(root);
            var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_shutdown.Token);
            var pending = new PendingLint(generation, cancellation);
            _pending[root] = pending;
            pending.Task = Task.Run(async () =>
            {
                try
                {
                    if (Debounce > TimeSpan.Zero)
                    {
                        await Task.Delay(Debounce, cancellation.Token).ConfigureAwait(false);
                    }

                    LintNow(root, generation, cancellation.Token);
                }
                catch (OperationCanceledException)
                {
                    // A newer edit asked for a newer lint.
                }
                finally
                {
                    lock (_gate)
                    {
                        if (_pending.TryGetValue(root, out PendingLint? current) && current.Generation == generation)
                        {
                            _pending.Remove(root);
                        }
                    }

                    cancellation.Dispose();
                }
            });
        }

        private void LintNow(string root, long generation, CancellationToken cancellationToken)
        {
            Dictionary<string, OpenDocument> buffers;
            ITopologyConfiguration configuration;
            Baseline? baseline;
            lock (_gate)
            {
                buffers = new Dictionary<string, OpenDocument>(_open, StringComparer.Ordinal);
                configuration = ConfigurationFor(root);
                baseline = _baseline;
            }

            LintResult result;
            try
            {
                result = EngineAdapter.LintRoot(root, new OverlayFileSystem(buffers, _disk), _documents, configuration, baseline, Limits, cancellationToken);
                Interlocked.Increment(ref _lintsCompleted);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                _ = _client.LogAsync(MessageTypeCode.Error, $"topolint: linting {root} failed: {ex.GetType().Name}: {ex.Message}");
                return;
            }

            lock (_gate)
            {
                if (!_latestGeneration.TryGetValue(root, out long latest))
                {
                    return; // The root was deleted, or is a fragment that a root reads after all.
                }

                // Which files the root reads is learnt even from a lint a newer one supersedes: a fragment opened while the
                // workspace scan ran is then linted with its root, not alone, however the lints of the root interleave. A
                // fragment that does not parse is not among the documents, but its syntax error is: the root still reads it.
                List<string> documents = result.Files.SelectMany(f => f.Documents).Select(d => d.File.Path)
                    .Concat(result.Diagnostics.Select(d => d.Location.GetLineSpan().Path).Where(p => p.Length > 0))
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                _index.SetDocuments(root, documents);
                ForgetLoneFragmentsReadBy(root, documents);
                if (latest != generation)
                {
                    return; // A newer lint of this root was asked for (an edit, or the scan); it publishes.
                }

                // The documents of the last publication too: one the root no longer reads is cleared of its findings.
                IEnumerable<string> before = _results.TryGetValue(root, out LintResult? previous)
                    ? previous.Files.SelectMany(f => f.Documents).Select(d => d.File.Path)
                    : Enumerable.Empty<string>();
                _results[root] = result;
                RememberParsed(result);
                bool readStaleText = false;
                foreach (string path in before.Concat(_index.DocumentsOf(root)).Distinct(StringComparer.Ordinal))
                {
                    if (!_open.TryGetValue(path, out OpenDocument? open))
                    {
                        continue;
                    }

                    if (!buffers.TryGetValue(path, out OpenDocument? read))
                    {
                        // Opened after this lint read the disk: its diagnostics are published by a lint that reads the buffer.
                        readStaleText = true;
                        continue;
                    }

                    IEnumerable<LintResult> readers = _index.RootsReading(path).Where(_results.ContainsKey).Select(r => _results[r]);
                    _publications.Writer.TryWrite(new PublishDiagnosticsParams
                    {
                        Uri = open.Uri,
                        Version = read.Version,
                        Diagnostics = DiagnosticConverter.InFile(path, readers).Select(DiagnosticConverter.ToLsp).ToList(),
                    });
                }

                if (readStaleText)
                {
                    // Opened before this root was known to read it (an include just added), so no lint of the root was asked for then: one now.
                    Schedule(root);
                }
            }
        }

        /// <summary>
        /// A fragment linted alone (no root was known to include it when it was opened) stops being linted alone once a
        /// root reads it: its findings come from that root from now on. Called under the gate.
        /// </summary>
        private void ForgetLoneFragmentsReadBy(string root, IEnumerable<string> documents)
        {
            foreach (string fragment in documents.Where(d => d != root && !TopologyFiles.IsRootDocument(d) && _index.IsRoot(d)).ToList())
            {
                _index.RemoveRoot(fragment);
                _results.Remove(fragment);
                _latestGeneration.Remove(fragment);
                if (_pending.TryGetValue(fragment, out PendingLint? pending))
                {
                    pending.Cancellation.Cancel();
                }
            }
        }

        /// <summary>Sends publications one at a time, in the order lints finished.</summary>
        private async Task PublishInOrderAsync()
        {
            await foreach (object item in _publications.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                if (item is not PublishDiagnosticsParams publication)
                {
                    ((TaskCompletionSource)item).SetResult();
                    continue;
                }

                try
                {
                    await _client.PublishDiagnosticsAsync(publication).ConfigureAwait(false);
                    Interlocked.Increment(ref _publicationsSent);
                }
                catch (Exception ex) when (ex is ObjectDisposedException || ex is IOException || ex is StreamJsonRpc.ConnectionLostException)
                {
                    return; // The client went away.
                }
            }
        }

        private ITopologyConfiguration ConfigurationFor(string root)
        {
            if (_configurations.TryGetValue(root, out ITopologyConfiguration? cached))
            {
                return cached;
            }

            ITopologyConfiguration configuration;
            try
            {
                var editorConfig = new EditorConfigConfiguration(ConfigurationDiscovery.Find(new[] { root }, _globalConfigStart ?? Path.GetDirectoryName(root)!));
                foreach (Diagnostic problem in editorConfig.Problems)
                {
                    _ = _client.LogAsync(MessageTypeCode.Warning, "topolint: " + problem.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
                }

                configuration = editorConfig;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                _ = _client.LogAsync(MessageTypeCode.Warning, $"topolint: cannot read configuration for {root}: {ex.Message}; linting with the defaults");
                configuration = DefaultConfiguration.Instance;
            }

            _configurations[root] = configuration;
            return configuration;
        }

        private void ReloadBaseline()
        {
            _baseline = null;
            try
            {
                if (_baselinePath != null && File.Exists(_baselinePath))
                {
                    if (Baseline.TryParse(_baselinePath, File.ReadAllText(_baselinePath), out Baseline? baseline, out string? error))
                    {
                        _baseline = baseline;
                    }
                    else
                    {
                        _ = _client.LogAsync(MessageTypeCode.Warning, $"topolint: baseline '{_baselinePath}' is {error}; ignored");
                    }
                }
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                _ = _client.LogAsync(MessageTypeCode.Warning, $"topolint: cannot read baseline '{_baselinePath}': {ex.Message}");
            }
        }

        private sealed class LastParsed
        {
            public LastParsed(LoadedDocument tree, IReadOnlyList<LintResult> results)
            {
                Tree = tree;
                Results = results;
            }

            public LoadedDocument Tree { get; }

            public IReadOnlyList<LintResult> Results { get; }
        }

        private sealed class PendingLint
        {
            public PendingLint(long generation, CancellationTokenSource cancellation)
            {
                Generation = generation;
                Cancellation = cancellation;
            }

            public long Generation { get; }

            public CancellationTokenSource Cancellation { get; }

            public Task Task { get; set; } = Task.CompletedTask;
        }
    }
}
