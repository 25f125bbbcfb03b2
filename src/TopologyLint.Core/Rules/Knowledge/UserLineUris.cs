using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using TopologyLint.Model;
using TopologyLint.Syntax;

namespace TopologyLint.Rules.Knowledge
{
    /// <summary>
    /// Every user's parsed <c>lineUri</c>, by the user's index in <see cref="Topology.Users"/>; <see cref="LineUri.None"/>
    /// where the line URI is absent, not a string or not normalized. TL1009 and TL1010 both need every user's number,
    /// and on a large topology reading each user's string (scattered over the heap) is most of what they cost, so
    /// the strings are read once per topology rather than once per rule.
    /// </summary>
    public sealed class UserLineUris
    {
        private static readonly PerTopology<UserLineUris> ByTopology = new PerTopology<UserLineUris>(Parse);

        // A file's text never changes (an edit makes a new file), so what its users' line URIs parse to is kept with the
        // file: a language server re-linting one edited fragment of fifty reads the other 49 files' line URIs no more.
        private static readonly ConditionalWeakTable<SourceFile, FileRun> ByFile = new ConditionalWeakTable<SourceFile, FileRun>();

        /// <summary>Longer line URIs (none is normalized: 5 + 15 + 5 + 10 characters at most) are read as strings.</summary>
        private const int MaxInlineLength = 64;

        private readonly LineUri[] _lineUris;

        private UserLineUris(LineUri[] lineUris) => _lineUris = lineUris;

        public int Count => _lineUris.Length;

        public LineUri this[int userIndex] => _lineUris[userIndex];

        public static UserLineUris Of(Topology topology)
            => ByTopology.Of(topology);

        private static UserLineUris Parse(Topology topology)
        {
            ItemList<User> users = topology.Users;
            var lineUris = new LineUri[users.Count];
            int start = 0;
            while (start < users.Count)
            {
                // Users are bound document by document: each run of one file's users is read as a whole.
                SourceFile file = users[start].Node.File;
                int end = start + 1;
                while (end < users.Count && users[end].Node.File == file)
                {
                    end++;
                }

                ReadRun(users, start, end, ByFile.GetValue(file, _ => new FileRun()), lineUris);
                start = end;
            }

            return new UserLineUris(lineUris);
        }

        /// <summary>
        /// The line URIs of users <paramref name="start"/> to <paramref name="end"/> (one file's), into <paramref name="lineUris"/>:
        /// copied from <paramref name="last"/> when the same users of the same file were read before, else parsed and kept there.
        /// </summary>
        private static void ReadRun(ItemList<User> users, int start, int end, FileRun last, LineUri[] lineUris)
        {
            FileRun.Read? read = last.Last;
            if (read != null && read.Matches(users, start, end))
            {
                Array.Copy(read.LineUris, 0, lineUris, start, end - start);
                return;
            }

            var nodes = new MappingNode[end - start];
            var parsed = new LineUri[end - start];
            for (int index = start; index < end; index++)
            {
                nodes[index - start] = users[index].Node;
                if (TryParse(users[index].LineUri, out LineUri lineUri))
                {
                    parsed[index - start] = lineUri;
                }
            }

            Array.Copy(parsed, 0, lineUris, start, parsed.Length);
            last.Last = new FileRun.Read(nodes, parsed);
        }

        /// <summary>Parses a line URI where it is written when it can (no string per user), else its text.</summary>
        private static bool TryParse(TextField field, out LineUri lineUri)
        {
            if (field.InlineSource is { } source && source.Span.Length <= MaxInlineLength)
            {
                Span<char> chars = stackalloc char[source.Span.Length];
                source.Text.CopyTo(source.Span.Start, chars);
                return LineUri.TryParse(chars, out lineUri);
            }

            lineUri = default;
            return field.Text is { } text && LineUri.TryParse(text, out lineUri);
        }

        /// <summary>The users of one file as a topology last read them, and their line URIs.</summary>
        private sealed class FileRun
        {
            // Replaced whole, never changed: two topologies sharing a fragment may be linted at once.
            private volatile Read? _last;

            public Read? Last
            {
                get => _last;
                set => _last = value;
            }

            public sealed class Read
            {
                public Read(MappingNode[] nodes, LineUri[] lineUris)
                {
                    Nodes = nodes;
                    LineUris = lineUris;
                }

                public MappingNode[] Nodes { get; }

                public LineUri[] LineUris { get; }

                /// <summary>Whether users <paramref name="start"/> to <paramref name="end"/> are these users (the same nodes, in order): a duplicate sip elsewhere may leave one out.</summary>
                public bool Matches(ItemList<User> users, int start, int end)
                {
                    if (Nodes.Length != end - start)
                    {
                        return false;
                    }

                    for (int index = start; index < end; index++)
                    {
                        if (!ReferenceEquals(Nodes[index - start], users[index].Node))
                        {
                            return false;
                        }
                    }

                    return true;
                }
            }
        }
    }
}
