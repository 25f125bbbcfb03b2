using System;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.LanguageServer.Protocol;
using Range = TopologyLint.LanguageServer.Protocol.Range;

namespace TopologyLint.LanguageServer.Workspace
{
    /// <summary>
    /// LSP positions are 0-based lines and UTF-16 columns, exactly Roslyn's <see cref="LinePosition"/> over a
    /// <see cref="SourceText"/> (which the engine's nodes and diagnostics use), so conversion is a copy.
    /// </summary>
    internal static class PositionConverter
    {
        public static Position ToPosition(LinePosition position) => new Position(position.Line, position.Character);

        public static Range ToRange(LinePositionSpan span) => new Range(ToPosition(span.Start), ToPosition(span.End));

        public static Range ToRange(SourceText text, TextSpan span) => ToRange(text.Lines.GetLinePositionSpan(span));

        /// <summary>The offset of <paramref name="position"/>, clamped into the text (<paramref name="clamped"/> says whether it had to be).</summary>
        public static int ToOffset(SourceText text, Position position, out bool clamped)
        {
            clamped = false;
            if (position.Line < 0 || position.Character < 0)
            {
                clamped = true;
                return position.Line < 0 ? 0 : text.Lines[Math.Min(position.Line, text.Lines.Count - 1)].Start;
            }

            if (position.Line >= text.Lines.Count)
            {
                clamped = true;
                return text.Length;
            }

            TextLine line = text.Lines[position.Line];
            if (position.Character > line.End - line.Start)
            {
                // The character may point at the line break itself (LSP allows the line's length); beyond is clamped.
                clamped = position.Character > line.EndIncludingLineBreak - line.Start;
                return clamped ? line.End : Math.Min(line.Start + position.Character, line.EndIncludingLineBreak);
            }

            return line.Start + position.Character;
        }
    }
}
