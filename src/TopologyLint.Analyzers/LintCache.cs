using System.Collections.Generic;
using System.Collections.Immutable;
using TopologyLint.Engine;

namespace TopologyLint.Analyzers
{
    /// <summary>
    /// What one root document gave, and what it was linted from: the root's checksum, the
    /// configuration and file list it was linted with, the checksum of every fragment it read and
    /// the value of every option its rules read.
    /// </summary>
    internal sealed class CachedLint
    {
        public CachedLint(string rootChecksum, string configurationKey, string fileListKey, ImmutableArray<KeyValuePair<string, string>> fragmentChecksums, ImmutableArray<OptionRead> optionsRead, LintedFile result)
        {
            OptionsRead = optionsRead;
            RootChecksum = rootChecksum;
            ConfigurationKey = configurationKey;
            FileListKey = fileListKey;
            FragmentChecksums = fragmentChecksums;
            Result = result;
        }

        public string RootChecksum { get; }

        public string ConfigurationKey { get; }

        public string FileListKey { get; }

        /// <summary>(path, checksum) of each fragment read; a changed fragment makes the entry stale.</summary>
        public ImmutableArray<KeyValuePair<string, string>> FragmentChecksums { get; }

        /// <summary>Each option the rules read and the value they got; another value now makes the entry stale.</summary>
        public ImmutableArray<OptionRead> OptionsRead { get; }

        public LintedFile Result { get; }
    }

    /// <summary>One option a rule read while linting a root document.</summary>
    internal sealed class OptionRead
    {
        public OptionRead(string path, string key, string? value)
        {
            Path = path;
            Key = key;
            Value = value;
        }

        public string Path { get; }

        public string Key { get; }

        public string? Value { get; }
    }

    /// <summary>
    /// A small least-recently-used map from a root document's path to its last lint, shared by every
    /// compilation the analyzer instance sees (the IDE runs it on every keystroke), so a document that
    /// did not change is not parsed again. Bounded so that a long IDE session cannot grow it.
    /// </summary>
    internal sealed class LintCache
    {
        private readonly int _capacity;
        private readonly object _gate = new object();
        private readonly Dictionary<string, LinkedListNode<KeyValuePair<string, CachedLint>>> _entries = new Dictionary<string, LinkedListNode<KeyValuePair<string, CachedLint>>>(TopologyFiles.PathComparer);
        private readonly LinkedList<KeyValuePair<string, CachedLint>> _recency = new LinkedList<KeyValuePair<string, CachedLint>>();

        public LintCache(int capacity) => _capacity = capacity;

        public bool TryGet(string path, out CachedLint? entry)
        {
            lock (_gate)
            {
                if (_entries.TryGetValue(path, out LinkedListNode<KeyValuePair<string, CachedLint>>? node))
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                    entry = node.Value.Value;
                    return true;
                }
            }

            entry = null;
            return false;
        }

        public void Set(string path, CachedLint entry)
        {
            lock (_gate)
            {
                if (_entries.TryGetValue(path, out LinkedListNode<KeyValuePair<string, CachedLint>>? existing))
                {
                    _recency.Remove(existing);
                }

                _entries[path] = _recency.AddFirst(new KeyValuePair<string, CachedLint>(path, entry));
                while (_entries.Count > _capacity)
                {
                    _entries.Remove(_recency.Last!.Value.Key);
                    _recency.RemoveLast();
                }
            }
        }
    }
}
