using System;
using System.Collections.Generic;
using System.Threading;
using TopologyLint.Analysis;

namespace TopologyLint.Loading
{
    /// <summary>
    /// Loaded trees kept between lints, keyed by path and content: a file whose bytes are the same as when it
    /// was last loaded (with the same limits) is not parsed again; its tree is reused and what loading it
    /// reported is reported again, under the severities of the lint at hand. A host that lints the same files
    /// over and over (the language server) passes one through <see cref="Engine.LintOptions.DocumentCache"/>, so
    /// editing one fragment of a large deployment parses that fragment only. It holds the latest load of each
    /// path, so its size is that of the files it was last asked for. Safe to share between threads.
    /// </summary>
    public sealed class LoadedDocumentCache
    {
        private readonly object _gate = new object();
        private readonly Dictionary<string, Entry> _entries = new Dictionary<string, Entry>(Engine.TopologyFiles.PathComparer);
        private long _hits;

        /// <summary>How many paths have a load kept.</summary>
        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _entries.Count;
                }
            }
        }

        /// <summary>How many loads were answered from the cache: a host or a test sees that unchanged files were not parsed.</summary>
        public long Hits => Interlocked.Read(ref _hits);

        /// <summary>Forgets the load of <paramref name="path"/> (a file deleted or no longer read).</summary>
        public void Remove(string path)
        {
            lock (_gate)
            {
                _entries.Remove(path);
            }
        }

        /// <summary>The tree of <paramref name="bytes"/>, loaded now or reused; what loading it found is reported to <paramref name="sink"/> either way.</summary>
        internal LoadedDocument Load(string path, byte[] bytes, LoaderLimits limits, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            Entry? entry;
            lock (_gate)
            {
                _entries.TryGetValue(path, out entry);
            }

            if (entry != null && entry.Matches(bytes, limits))
            {
                Interlocked.Increment(ref _hits);
            }
            else
            {
                DiagnosticSink recorder = DiagnosticSink.Recorder();
                entry = new Entry(bytes, limits, DocumentLoader.Load(path, bytes, limits, recorder, cancellationToken), recorder);
                lock (_gate)
                {
                    _entries[path] = entry;
                }
            }

            entry.Reports.ReplayInto(sink);
            return entry.Document;
        }

        private sealed class Entry
        {
            private readonly byte[] _bytes;
            private readonly (long, int, long, int, int) _limits;

            public Entry(byte[] bytes, LoaderLimits limits, LoadedDocument document, DiagnosticSink reports)
            {
                // The bytes are kept to compare with, not copied: an ASCII file's text is these very bytes (AsciiText).
                _bytes = bytes;
                _limits = Key(limits);
                Document = document;
                Reports = reports;
            }

            public LoadedDocument Document { get; }

            public DiagnosticSink Reports { get; }

            /// <summary>Compared byte for byte, not by a hash: two texts are never taken for one.</summary>
            public bool Matches(byte[] bytes, LoaderLimits limits)
                => _limits == Key(limits) && (ReferenceEquals(bytes, _bytes) || new ReadOnlySpan<byte>(bytes).SequenceEqual(_bytes));

            private static (long, int, long, int, int) Key(LoaderLimits limits)
                => (limits.MaxFileBytes, limits.MaxDepth, limits.MaxAliasExpansion, limits.MaxScalarLength, limits.MaxIncludedFiles);
        }
    }
}
