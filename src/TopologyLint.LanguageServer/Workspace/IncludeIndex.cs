using System;
using System.Collections.Generic;
using System.Linq;

namespace TopologyLint.LanguageServer.Workspace
{
    /// <summary>
    /// Which root documents include which fragments, as the engine last loaded them: filled by the workspace
    /// scan and by every lint, and told of files created and deleted. Not thread-safe; the server locks it.
    /// </summary>
    internal sealed class IncludeIndex
    {
        private readonly Dictionary<string, string[]> _documentsByRoot = new Dictionary<string, string[]>(StringComparer.Ordinal);
        private readonly Dictionary<string, SortedSet<string>> _rootsByDocument = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);

        public IReadOnlyCollection<string> Roots => _documentsByRoot.Keys;

        public bool IsRoot(string path) => _documentsByRoot.ContainsKey(path);

        /// <summary>The documents a root was last linted with: itself first, then its fragments.</summary>
        public IReadOnlyList<string> DocumentsOf(string root) => _documentsByRoot.TryGetValue(root, out string[]? documents) ? documents : Array.Empty<string>();

        /// <summary>The roots whose lint reads <paramref name="path"/> (a root reads itself), in ordinal order.</summary>
        public IReadOnlyList<string> RootsReading(string path)
            => _rootsByDocument.TryGetValue(path, out SortedSet<string>? roots) ? roots.ToList() : new List<string>();

        public void SetDocuments(string root, IEnumerable<string> documents)
        {
            RemoveRoot(root);
            string[] list = new[] { root }.Concat(documents.Where(d => d != root)).Distinct(StringComparer.Ordinal).ToArray();
            _documentsByRoot[root] = list;
            foreach (string document in list)
            {
                if (!_rootsByDocument.TryGetValue(document, out SortedSet<string>? roots))
                {
                    _rootsByDocument[document] = roots = new SortedSet<string>(StringComparer.Ordinal);
                }

                roots.Add(root);
            }
        }

        public void RemoveRoot(string root)
        {
            if (!_documentsByRoot.TryGetValue(root, out string[]? old))
            {
                return;
            }

            _documentsByRoot.Remove(root);
            foreach (string document in old)
            {
                if (_rootsByDocument.TryGetValue(document, out SortedSet<string>? roots) && roots.Remove(root) && roots.Count == 0)
                {
                    _rootsByDocument.Remove(document);
                }
            }
        }
    }
}
