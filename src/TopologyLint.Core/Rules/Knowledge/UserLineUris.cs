using System;
using System.Collections.Generic;
using TopologyLint.Model;

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
            for (int index = 0; index < users.Count; index++)
            {
                if (TryParse(users[index].LineUri, out LineUri lineUri))
                {
                    lineUris[index] = lineUri;
                }
            }

            return new UserLineUris(lineUris);
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
    }
}
