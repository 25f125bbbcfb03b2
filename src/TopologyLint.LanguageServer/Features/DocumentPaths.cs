using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Syntax;

namespace TopologyLint.LanguageServer.Features
{
    /// <summary>
    /// Where in a document's tree a position lies, as schema path segments (array items become "*"). Descends
    /// only along the last child starting at or before the position, so a large document costs its depth.
    /// </summary>
    internal static class DocumentPaths
    {
        /// <summary>A node on the way down, the path to it, and the key that leads to it (when a mapping's value).</summary>
        private readonly struct Step
        {
            public Step(DocumentNode node, List<string> path, MappingEntry? entry)
            {
                Node = node;
                Path = path;
                Entry = entry;
            }

            public DocumentNode Node { get; }

            public List<string> Path { get; }

            public MappingEntry? Entry { get; }
        }

        /// <summary>The deepest mapping on the way to <paramref name="offset"/> whose keys start at <paramref name="keyColumn"/>: the one a key typed there belongs to.</summary>
        public static (MappingNode Mapping, List<string> Path)? MappingForKeyAt(DocumentNode root, SourceText text, int offset, int keyColumn)
        {
            (MappingNode, List<string>)? best = null;
            foreach (Step step in Descend(root, offset))
            {
                if (step.Node is MappingNode mapping && mapping.Entries.Count > 0
                    && text.Lines.GetLinePosition(mapping.Entries[0].KeySpan.Start).Character == keyColumn)
                {
                    best = (mapping, step.Path);
                }
            }

            return best;
        }

        /// <summary>The key or scalar value holding <paramref name="offset"/>, with its path; null when none does.</summary>
        public static (ScalarNode Node, List<string> Path, bool IsKey)? ScalarAt(DocumentNode root, int offset)
        {
            foreach (Step step in Descend(root, offset))
            {
                if (step.Entry is { } entry && entry.KeySpan.Start <= offset && offset <= entry.KeySpan.End)
                {
                    return (entry.Key, step.Path, true);
                }

                if (step.Node is ScalarNode scalar && scalar.Span.Start <= offset && offset <= scalar.Span.End)
                {
                    return (scalar, step.Path, false);
                }
            }

            return null;
        }

        private static IEnumerable<Step> Descend(DocumentNode root, int offset)
        {
            var path = new List<string>();
            DocumentNode? node = root;
            MappingEntry? via = null;
            while (node != null)
            {
                yield return new Step(node, new List<string>(path), via);
                DocumentNode? next = null;
                via = null;
                switch (node)
                {
                    case MappingNode mapping:
                        foreach (MappingEntry entry in mapping.Entries)
                        {
                            if (entry.KeySpan.Start <= offset)
                            {
                                via = entry;
                            }
                        }

                        if (via is { } chosen)
                        {
                            path.Add(chosen.KeyText);
                            next = chosen.Value;
                        }

                        break;
                    case SequenceNode sequence:
                        for (int i = sequence.Items.Count - 1; i >= 0; i--)
                        {
                            if (sequence.Items[i].Span.Start <= offset)
                            {
                                path.Add("*");
                                next = sequence.Items[i];
                                break;
                            }
                        }

                        break;
                }

                node = next;
            }
        }
    }
}
