using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace TopologyLint.Loading
{
    /// <summary>
    /// Finds a YAML document's comments in its text, beside YamlDotNet's parser run without comments.
    /// YamlDotNet's comment mode rejects valid documents (a comment after a closing <c>]</c>, inside a
    /// multi-line flow mapping, after an anchored scalar: aaubry/YamlDotNet#1004) and drops the last ones;
    /// the parser without it is well tested. Outside scalars, aliases, anchors, tags and directives, a
    /// <c>#</c> at the start of a line or after white space always starts a comment, so the scanner is told
    /// each scalar's and alias's span, in document order, and takes every such <c>#</c> between them.
    /// Candidates are found with a vectorized search for <c>#</c>, so a document without comments costs one
    /// pass over its bytes.
    /// </summary>
    internal sealed class CommentScanner
    {
        private readonly SourceText _text;
        private readonly byte[]? _asciiBytes;
        private readonly int _asciiStart;
        private readonly string? _chars;
        private readonly ImmutableArray<Comment>.Builder _comments = ImmutableArray.CreateBuilder<Comment>();
        private int _nextHash;

        /// <param name="text">The document's text.</param>
        /// <param name="chars">The same text as a string, when it is not <see cref="AsciiText"/> (searched instead of the bytes).</param>
        public CommentScanner(SourceText text, string? chars)
        {
            _text = text;
            if (text is AsciiText ascii)
            {
                (_asciiBytes, _asciiStart) = ascii.Bytes;
            }
            else
            {
                _chars = chars ?? text.ToString();
            }

            _nextHash = FindHash(0);
        }

        public ImmutableArray<Comment> Comments => _comments.ToImmutable();

        /// <summary>
        /// Takes the comments before a scalar or alias at <paramref name="span"/>, and then skips it. A block
        /// scalar (<paramref name="isBlock"/>) may end its header line with a comment; its content may not.
        /// </summary>
        public void Skip(TextSpan span, bool isBlock)
        {
            if (span.IsEmpty)
            {
                // An empty scalar is placed at the next token; the text before that token is scanned with it.
                return;
            }

            TakeBefore(span.Start);
            if (isBlock && _nextHash < span.End)
            {
                int headerEnd = HeaderEnd(span.Start, span.End);
                TakeBefore(headerEnd);
            }

            if (_nextHash < span.End)
            {
                _nextHash = FindHash(span.End);
            }
        }

        /// <summary>Takes the comments before <paramref name="end"/>: the rest of the document, or the text up to where it stopped being readable.</summary>
        public void TakeBefore(int end)
        {
            while (_nextHash < end)
            {
                int hash = _nextHash;
                if (hash == 0 || IsWhiteSpaceOrBreak(_text[hash - 1]))
                {
                    TextLine line = _text.Lines.GetLineFromPosition(hash);
                    var span = TextSpan.FromBounds(hash, line.End);
                    bool isOnOwnLine = IsBlank(line.Start, hash);
                    _comments.Add(new Comment(_text.ToString(new TextSpan(hash + 1, line.End - hash - 1)).Trim(), _text.Lines.GetLinePositionSpan(span), span, isOnOwnLine));
                    _nextHash = FindHash(line.End);
                }
                else
                {
                    // Part of an anchor, a tag or a directive (&a#1, !x#y).
                    _nextHash = FindHash(hash + 1);
                }
            }
        }

        /// <summary>The end of a block scalar's header: the line holding its indicator, after any anchor or tag on lines before.</summary>
        private int HeaderEnd(int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (_text[i] == '|' || _text[i] == '>')
                {
                    return _text.Lines.GetLineFromPosition(i).End;
                }
            }

            return end;
        }

        private bool IsBlank(int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                if (_text[i] != ' ' && _text[i] != '\t')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsWhiteSpaceOrBreak(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';

        /// <summary>The next <c>#</c> at or after <paramref name="from"/>, or the text's length when there is none.</summary>
        private int FindHash(int from)
        {
            if (from >= _text.Length)
            {
                return _text.Length;
            }

            int found = _asciiBytes != null
                ? new ReadOnlySpan<byte>(_asciiBytes, _asciiStart + from, _text.Length - from).IndexOf((byte)'#')
                : _chars!.AsSpan(from).IndexOf('#');
            return found < 0 ? _text.Length : from + found;
        }
    }
}
