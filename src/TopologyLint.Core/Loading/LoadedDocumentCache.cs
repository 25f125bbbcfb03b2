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
    /// <remarks>
    /// On a file system with stamps (<see cref="IFileStamps"/>, the disk), a file is not even read when its length
    /// and last write time are those it had when its bytes were last compared, as MSBuild skips a target whose
    /// inputs' timestamps did not change. A stamp is trusted only when the file was last written
    /// <see cref="SettleTime"/> before it was taken, so that a write in the same tick of a coarse clock, after the
    /// read, cannot hide behind an unchanged stamp (git's "racily clean" entries); a file written since is compared
    /// byte for byte until it settles. A host that hears of changes (the language server's watched files) also
    /// calls <see cref="Remove"/>, which covers a tool that writes a file and then sets its old time back.
    /// </remarks>
    public sealed class LoadedDocumentCache
    {
        /// <summary>How long before a stamp is taken a file must have been last written for the stamp to be trusted: more than any file system's timestamp granularity (FAT's is 2 s).</summary>
        internal static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(3);

        private readonly object _gate = new object();
        private readonly Dictionary<string, Entry> _entries = new Dictionary<string, Entry>(Engine.TopologyFiles.PathComparer);
        private long _hits;
        private long _unreadHits;

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

        /// <summary>How many of <see cref="Hits"/> were told by the file's stamp, without reading the file.</summary>
        public long UnreadHits => Interlocked.Read(ref _unreadHits);

        /// <summary>Forgets the load of <paramref name="path"/> (a file deleted or no longer read).</summary>
        public void Remove(string path)
        {
            lock (_gate)
            {
                _entries.Remove(path);
            }
        }

        /// <summary>
        /// The stamp of <paramref name="path"/> when its file system gives stamps and the file was last written at least
        /// <see cref="SettleTime"/> ago; null otherwise (the file is then read and compared). Taken before the file is read.
        /// </summary>
        internal static FileStamp? SettledStamp(ITopologyFileSystem fileSystem, string path)
        {
            DateTime now = DateTime.UtcNow;
            return fileSystem is IFileStamps stamps && stamps.TryGetStamp(path, out FileStamp stamp) && stamp.LastWriteTimeUtc <= now - SettleTime
                ? stamp
                : null;
        }

        /// <summary>
        /// The tree kept for <paramref name="path"/> when the file still has the (settled) stamp it had when its bytes
        /// were last compared, with what loading it found reported to <paramref name="sink"/>; null when the file must be read.
        /// </summary>
        internal LoadedDocument? TryReuse(string path, FileStamp? stamp, LoaderLimits limits, DiagnosticSink sink)
        {
            if (stamp == null)
            {
                return null;
            }

            Entry? entry;
            lock (_gate)
            {
                _entries.TryGetValue(path, out entry);
            }

            if (entry == null || entry.Stamp != stamp || !entry.HasLimits(limits))
            {
                return null;
            }

            Interlocked.Increment(ref _hits);
            Interlocked.Increment(ref _unreadHits);
            entry.Reports.ReplayInto(sink);
            return entry.Document;
        }

        /// <summary>
        /// The tree of <paramref name="bytes"/>, loaded now or reused; what loading it found is reported to <paramref name="sink"/>
        /// either way. <paramref name="stamp"/>, the file's settled stamp taken before it was read (null: none), is kept with the
        /// tree, so that the next lint need not read the file while the stamp stays the same.
        /// </summary>
        internal LoadedDocument Load(string path, byte[] bytes, FileStamp? stamp, LoaderLimits limits, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            Entry? entry;
            lock (_gate)
            {
                _entries.TryGetValue(path, out entry);
            }

            if (entry != null && entry.Matches(bytes, limits))
            {
                Interlocked.Increment(ref _hits);
                if (entry.Stamp != stamp)
                {
                    // The same bytes under a new stamp (touched, or settled since): the next lint compares the new one.
                    Entry restamped = entry.WithStamp(stamp);
                    lock (_gate)
                    {
                        if (_entries.TryGetValue(path, out Entry? current) && ReferenceEquals(current, entry))
                        {
                            _entries[path] = restamped;
                        }
                    }
                }
            }
            else
            {
                DiagnosticSink recorder = DiagnosticSink.Recorder();
                entry = new Entry(bytes, stamp, limits, DocumentLoader.Load(path, bytes, limits, recorder, cancellationToken), recorder);
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

            public Entry(byte[] bytes, FileStamp? stamp, LoaderLimits limits, LoadedDocument document, DiagnosticSink reports)
                : this(bytes, stamp, Key(limits), document, reports)
            {
            }

            private Entry(byte[] bytes, FileStamp? stamp, (long, int, long, int, int) limits, LoadedDocument document, DiagnosticSink reports)
            {
                // The bytes are kept to compare with, not copied: an ASCII file's text is these very bytes (AsciiText).
                _bytes = bytes;
                Stamp = stamp;
                _limits = limits;
                Document = document;
                Reports = reports;
            }

            /// <summary>The file's settled stamp when its bytes were last compared; null when it had none.</summary>
            public FileStamp? Stamp { get; }

            public LoadedDocument Document { get; }

            public DiagnosticSink Reports { get; }

            public bool HasLimits(LoaderLimits limits) => _limits == Key(limits);

            /// <summary>Compared byte for byte, not by a hash: two texts are never taken for one.</summary>
            public bool Matches(byte[] bytes, LoaderLimits limits)
                => HasLimits(limits) && (ReferenceEquals(bytes, _bytes) || new ReadOnlySpan<byte>(bytes).SequenceEqual(_bytes));

            public Entry WithStamp(FileStamp? stamp) => new Entry(_bytes, stamp, _limits, Document, Reports);

            private static (long, int, long, int, int) Key(LoaderLimits limits)
                => (limits.MaxFileBytes, limits.MaxDepth, limits.MaxAliasExpansion, limits.MaxScalarLength, limits.MaxIncludedFiles);
        }
    }
}
