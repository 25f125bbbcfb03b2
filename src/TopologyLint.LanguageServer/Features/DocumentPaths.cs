using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace TopologyLint.LanguageServer.Features
{
    /// <summary>What the cursor is on: a key of a mapping or a value, the schema path there, and the scalar being typed.</summary>
    internal sealed class PathContext
    {
        public PathContext(IReadOnlyList<string> path, bool isKey, bool isSequenceItem, TextSpan token, string name, char quote, bool isClosed, bool colonFollows, int missingSeparatorAt, IReadOnlyCollection<string> siblingKeys)
        {
            Path = path;
            Name = name;
            IsKey = isKey;
            IsSequenceItem = isSequenceItem;
            Token = token;
            Quote = quote;
            IsClosed = isClosed;
            ColonFollows = colonFollows;
            MissingSeparatorAt = missingSeparatorAt;
            SiblingKeys = siblingKeys;
        }

        /// <summary>For a key, the path of its mapping; for a value, the path of the value (its key, or "*" for an item).</summary>
        public IReadOnlyList<string> Path { get; }

        public bool IsKey { get; }

        /// <summary>A value right after a block sequence's "- ": an item, which may also be the first key of an item's mapping.</summary>
        public bool IsSequenceItem { get; }

        /// <summary>The scalar at the cursor with its quotes (an empty span at the cursor when there is none).</summary>
        public TextSpan Token { get; }

        /// <summary>The token's text without its quotes.</summary>
        public string Name { get; }

        /// <summary>The token's opening quote ('"' or '\''), or '\0' for a plain scalar.</summary>
        public char Quote { get; }

        /// <summary>Whether a quoted token has its closing quote.</summary>
        public bool IsClosed { get; }

        /// <summary>For a key: whether a ':' already follows it.</summary>
        public bool ColonFollows { get; }

        /// <summary>For a key of a flow mapping written after a value with no ',' yet: where the ',' goes; else -1.</summary>
        public int MissingSeparatorAt { get; }

        /// <summary>For a key: the other keys of its mapping, before and after the cursor.</summary>
        public IReadOnlyCollection<string> SiblingKeys { get; }
    }

    /// <summary>
    /// Where in a document a position lies, read from the text as typed (YAML block and flow style, and JSON, which
    /// is YAML flow style): a document being edited rarely parses, so this scans tolerantly, as yaml-language-server
    /// and vscode-json-languageservice do, instead of reading the loader's tree. It scans from the start to the cursor,
    /// then on only to the end of the cursor's mapping (to learn the keys written after it), passing over block lines
    /// and whole flow collections that cannot hold the cursor or a key of its mapping. Every request that needs a path
    /// at a position (completion, hover on a key) reads it here.
    /// </summary>
    internal static class DocumentPaths
    {
        /// <summary>
        /// The key or value at <paramref name="offset"/>; null where nothing can be typed (inside a comment, after a
        /// value). Without <paramref name="siblingKeys"/>, the scan stops at the cursor and a key's SiblingKeys are only those before it.
        /// </summary>
        public static PathContext? At(SourceText text, int offset, bool siblingKeys = true) => new Scanner(text, offset, siblingKeys).Run();

        /// <summary>A mapping or sequence being read: its path, and for a mapping its keys and the key whose value comes next.</summary>
        private sealed class Frame
        {
            public Frame(bool isMapping, bool isFlow, int indent, List<string> path)
            {
                IsMapping = isMapping;
                IsFlow = isFlow;
                Indent = indent;
                Path = path;
            }

            public bool IsMapping { get; }

            public bool IsFlow { get; }

            /// <summary>Block style: the column of its keys or dashes.</summary>
            public int Indent { get; }

            public List<string> Path { get; }

            public string? Key { get; set; }

            /// <summary>Flow mapping: a key and its ':' were read, the value comes next.</summary>
            public bool AwaitsValue { get; set; }

            /// <summary>Flow mapping: where its last value ends while no ',' has followed it, else -1.</summary>
            public int ValueEnd { get; set; } = -1;

            public List<(string Key, TextSpan Span)> Keys { get; } = new List<(string, TextSpan)>();
        }

        private sealed class Scanner
        {
            private readonly string _chars;
            private readonly TextLineCollection _lines;
            private readonly int _cursor;
            private readonly List<Frame> _frames = new List<Frame>();
            private PathContext? _found;
            private bool _resolved;

            // Once the cursor is on a key, the mapping whose keys are collected until it ends, and how to finish the answer.
            private Frame? _target;
            private System.Func<IReadOnlyCollection<string>, PathContext>? _complete;

            private readonly bool _siblingKeys;

            // The cursor's line, and the column left of which its block ancestors start.
            private readonly int _cursorLine;
            private readonly int _cursorIndent;

            public Scanner(SourceText text, int offset, bool siblingKeys)
            {
                _siblingKeys = siblingKeys;
                // One string to index (the buffer's own when it was never edited): an edited SourceText indexes through its changes.
                _chars = text.ToString();
                _lines = text.Lines;
                _cursor = System.Math.Clamp(offset, 0, text.Length);
                TextLine cursorLine = _lines.GetLineFromPosition(_cursor);
                _cursorLine = cursorLine.LineNumber;
                _cursorIndent = System.Math.Min(SkipSpaces(cursorLine.Start, cursorLine.End), _cursor) - cursorLine.Start;
            }

            private bool Done => _resolved && _target == null;

            private Frame? Top => _frames.Count > 0 ? _frames[_frames.Count - 1] : null;

            public PathContext? Run()
            {
                int line = 0;
                while (line < _lines.Count && !Done)
                {
                    line = BlockLine(line);
                }

                Finish();
                return _found;
            }

            /// <summary>Reads one line of block structure (and any flow collection it opens); returns the next line to read.</summary>
            private int BlockLine(int lineNumber)
            {
                TextLine line = _lines[lineNumber];
                int start = line.Start;
                int end = line.End;
                int p = start;
                while (p < end && _chars[p] == ' ')
                {
                    p++;
                }

                if (!_resolved && start > _cursor)
                {
                    // The cursor was after something that takes no typing (a closed flow collection).
                    Resolve(null);
                    return lineNumber;
                }

                if (p < end && _chars[p] != '#' && CannotMatter(lineNumber, p - start))
                {
                    return lineNumber + 1;
                }

                bool cursorHere = !_resolved && start <= _cursor && _cursor <= end;
                if (p == end || _chars[p] == '#')
                {
                    if (cursorHere && _cursor <= p)
                    {
                        // A blank line: a key of the mapping at the cursor's column.
                        PopBlock(_cursor - start, isDash: false);
                        ResolveKey(OpenBlockMapping(_cursor - start), new TextSpan(_cursor, 0), '\0', true, colonFollows: false);
                    }
                    else if (cursorHere)
                    {
                        Resolve(null);
                    }

                    return lineNumber + 1;
                }

                if (_cursor >= start && _cursor < p && !_resolved)
                {
                    Resolve(null);
                    return lineNumber + 1;
                }

                PopBlock(p - start, _chars[p] == '-' && (p + 1 == end || _chars[p + 1] == ' '));
                if (Done)
                {
                    return lineNumber + 1;
                }

                bool afterDash = false;
                while (p < end)
                {
                    int column = p - start;
                    char c = _chars[p];
                    if (c == '-' && (p + 1 == end || _chars[p + 1] == ' '))
                    {
                        if (!(Top is { IsFlow: false, IsMapping: false } sequence && sequence.Indent == column))
                        {
                            Push(new Frame(false, false, column, ChildPath()));
                        }

                        p++;
                        while (p < end && _chars[p] == ' ')
                        {
                            p++;
                        }

                        // After "- " (not right after the dash, where a value would make "-value").
                        if (!_resolved && _cursor > column + start + 1 && (_cursor < p || (_cursor == p && p == end)))
                        {
                            ResolveItem(new TextSpan(_cursor, 0), '\0', true, p - start);
                        }

                        afterDash = true;
                        continue;
                    }

                    if (c == '{' || c == '[')
                    {
                        return Flow(p);
                    }

                    if (c == '#' || c == '|' || c == '>')
                    {
                        // A comment, or a block scalar (its lines are more indented, so they read as values).
                        return lineNumber + 1;
                    }

                    (TextSpan scalar, char quote, bool closed) = Scalar(p, end, flow: false);
                    int after = SkipSpaces(scalar.End, end);
                    bool isKey = after < end && _chars[after] == ':' && (after + 1 == end || _chars[after + 1] == ' ' || quote != '\0');
                    if (!isKey)
                    {
                        if (!_resolved && scalar.Start <= _cursor && _cursor <= scalar.End)
                        {
                            if (afterDash)
                            {
                                ResolveItem(scalar, quote, closed, column);
                            }
                            else
                            {
                                ResolveKey(OpenBlockMapping(column), scalar, quote, closed, colonFollows: false);
                            }
                        }
                        else if (!_resolved && _cursor > scalar.End && _cursor <= end)
                        {
                            Resolve(null);
                        }

                        return lineNumber + 1;
                    }

                    Frame mapping = OpenBlockMapping(column);
                    if (!_resolved && scalar.Start <= _cursor && _cursor <= scalar.End)
                    {
                        ResolveKey(mapping, scalar, quote, closed, colonFollows: true);
                    }

                    mapping.Key = Unquote(scalar, quote, closed);
                    mapping.Keys.Add((mapping.Key, scalar));
                    p = SkipSpaces(after + 1, end);
                    if (!_resolved && after < _cursor && _cursor <= end && (_cursor <= p || p == end))
                    {
                        ResolveValue(mapping.Path.Append(mapping.Key).ToList(), new TextSpan(_cursor, 0), '\0', true);
                    }

                    if (p == end || _chars[p] == '#')
                    {
                        return lineNumber + 1;
                    }

                    if (_chars[p] == '{' || _chars[p] == '[')
                    {
                        return Flow(p);
                    }

                    if (_chars[p] == '|' || _chars[p] == '>')
                    {
                        return SkipBlockScalar(lineNumber, column);
                    }

                    (TextSpan value, char valueQuote, bool valueClosed) = Scalar(p, end, flow: false);
                    if (!_resolved && value.Start <= _cursor && _cursor <= value.End)
                    {
                        ResolveValue(mapping.Path.Append(mapping.Key).ToList(), value, valueQuote, valueClosed);
                    }
                    else if (!_resolved && _cursor > value.End && _cursor <= end)
                    {
                        Resolve(null);
                    }

                    return lineNumber + 1;
                }

                return lineNumber + 1;
            }

            /// <summary>Reads a flow collection from its opening bracket at <paramref name="p"/> to its close (or the end); returns the line after it.</summary>
            private int Flow(int p)
            {
                int depth = 0;
                int end = _chars.Length;
                TextLine opening = _lines.GetLineFromPosition(p);
                int openingIndent = SkipSpaces(opening.Start, opening.End) - opening.Start;
                while (p < end && !Done)
                {
                    char c = _chars[p];
                    if (char.IsWhiteSpace(c))
                    {
                        int next = p;
                        while (next < end && char.IsWhiteSpace(_chars[next]))
                        {
                            next++;
                        }

                        if (!_resolved && p <= _cursor && _cursor < next)
                        {
                            ResolveGap();
                        }

                        if (next < end && Unclosed(p, next, openingIndent))
                        {
                            // A line back at the opening line's indentation: the collection was left open (being typed).
                            while (Top is { IsFlow: true })
                            {
                                Pop();
                            }

                            return _lines.GetLineFromPosition(next).LineNumber;
                        }

                        p = next;
                        continue;
                    }

                    if (!_resolved && _cursor == p && c is ',' or '}' or ']' or ':')
                    {
                        ResolveGap();
                    }

                    switch (c)
                    {
                        case '#' when p > 0 && char.IsWhiteSpace(_chars[p - 1]):
                            if (!_resolved && p < _cursor && _cursor <= _lines.GetLineFromPosition(p).End)
                            {
                                Resolve(null);
                            }

                            p = _lines.GetLineFromPosition(p).End;
                            continue;
                        case '{':
                        case '[':
                            if (ClosedOutOfTheWay(p, openingIndent) is int close and >= 0)
                            {
                                // A whole collection that neither holds the cursor nor is the mapping whose keys are collected: one value.
                                ValueEnded(close + 1);
                                p = close + 1;
                                if (depth == 0)
                                {
                                    return _lines.GetLineFromPosition(close).LineNumber + 1;
                                }

                                continue;
                            }

                            Push(new Frame(c == '{', true, 0, ChildPath()));
                            depth++;
                            p++;
                            continue;
                        case '}':
                        case ']':
                            PopFlow();
                            depth--;
                            p++;
                            if (depth == 0)
                            {
                                return _lines.GetLineFromPosition(p - 1).LineNumber + 1;
                            }

                            ValueEnded(p);
                            continue;
                        case ',':
                            if (Top is { IsMapping: true } separated)
                            {
                                separated.Key = null;
                                separated.AwaitsValue = false;
                                separated.ValueEnd = -1;
                            }

                            p++;
                            continue;
                        case ':':
                            if (Top is { IsMapping: true } colon)
                            {
                                colon.AwaitsValue = true;
                            }

                            p++;
                            continue;
                    }

                    (TextSpan scalar, char quote, bool closed) = Scalar(p, _lines.GetLineFromPosition(p).End, flow: true);
                    int after = SkipSpaces(scalar.End, end);
                    bool colonFollows = after < end && _chars[after] == ':';
                    bool cursorOn = !_resolved && scalar.Start <= _cursor && _cursor <= scalar.End;
                    if (Top is { IsMapping: true } mapping && !mapping.AwaitsValue)
                    {
                        // A key, with or without its ':' yet (YAML reads "{a, b}" as keys with null values).
                        if (cursorOn)
                        {
                            ResolveKey(mapping, scalar, quote, closed, colonFollows, mapping.ValueEnd);
                        }

                        mapping.Key = Unquote(scalar, quote, closed);
                        mapping.Keys.Add((mapping.Key, scalar));
                        mapping.ValueEnd = -1;
                    }
                    else
                    {
                        if (cursorOn)
                        {
                            ResolveValue(ChildPath(), scalar, quote, closed);
                        }

                        ValueEnded(scalar.End);
                    }

                    p = System.Math.Max(scalar.End, p + 1);
                }

                return _lines.Count;
            }

            /// <summary>
            /// Whether a block line at <paramref name="indent"/> can change the answer: before the cursor, one indented
            /// more than the cursor's line is no ancestor of it (its flow collections and text blocks are indented more
            /// still); once the cursor is on a key, one indented more than its mapping holds no key of it.
            /// </summary>
            private bool CannotMatter(int lineNumber, int indent)
                => _resolved
                    ? _target is { IsFlow: false } target && indent > target.Indent
                    : lineNumber < _cursorLine && indent > _cursorIndent;

            /// <summary>
            /// The matching bracket of the collection opened at <paramref name="open"/> when it closes before the cursor
            /// (or after it, once the cursor was placed), found by a scan that only skips quoted scalars and comments;
            /// -1 when the collection is left open (then it is read token by token, which knows where it ends).
            /// </summary>
            private int ClosedOutOfTheWay(int open, int openingIndent)
            {
                int limit = _resolved ? _chars.Length : _cursor;
                int depth = 0;
                bool tokenStart = true;
                for (int p = open; p < limit; p++)
                {
                    char c = _chars[p];
                    switch (c)
                    {
                        case '{':
                        case '[':
                            depth++;
                            tokenStart = true;
                            continue;
                        case '}':
                        case ']':
                            if (--depth == 0)
                            {
                                return p;
                            }

                            tokenStart = false;
                            continue;
                        case ',':
                        case ':':
                            tokenStart = true;
                            continue;
                        case '\n':
                            int next = SkipSpaces(p + 1, _chars.Length);
                            if (next < _chars.Length && next - (p + 1) <= openingIndent && _chars[next] is not ('}' or ']' or '\n' or '\r'))
                            {
                                return -1;
                            }

                            continue;
                        case ' ':
                        case '\t':
                        case '\r':
                            continue;
                        case '#' when char.IsWhiteSpace(_chars[p - 1]):
                            p = _lines.GetLineFromPosition(p).End - 1;
                            continue;
                        case '"':
                        case '\'':
                            if (tokenStart)
                            {
                                p = ClosingQuote(p);
                            }

                            tokenStart = false;
                            continue;
                        default:
                            tokenStart = false;
                            continue;
                    }
                }

                return -1;
            }

            /// <summary>Where the quoted scalar opened at <paramref name="open"/> ends: its closing quote, else the last character of its line.</summary>
            private int ClosingQuote(int open)
            {
                char quote = _chars[open];
                for (int q = open + 1; q < _chars.Length && _chars[q] != '\n'; q++)
                {
                    if (quote == '"' && _chars[q] == '\\')
                    {
                        q++;
                    }
                    else if (_chars[q] == quote)
                    {
                        if (quote == '\'' && q + 1 < _chars.Length && _chars[q + 1] == '\'')
                        {
                            q++;
                            continue;
                        }

                        return q;
                    }
                }

                return _lines.GetLineFromPosition(open).End - 1;
            }

            /// <summary>Whether the whitespace from <paramref name="from"/> ends a line and the next starts, not with a closing bracket, at or left of <paramref name="openingIndent"/>.</summary>
            private bool Unclosed(int from, int next, int openingIndent)
            {
                TextLine line = _lines.GetLineFromPosition(next);
                return line.Start > from && next - line.Start <= openingIndent && _chars[next] is not ('}' or ']');
            }

            /// <summary>The cursor between tokens of a flow collection: a key awaited, or a value (of a key, or an item).</summary>
            private void ResolveGap()
            {
                var here = new TextSpan(_cursor, 0);
                if (Top is { IsMapping: true } mapping && !mapping.AwaitsValue)
                {
                    if (mapping.Key == null || mapping.ValueEnd >= 0)
                    {
                        // A key: after '{' or ',', or after a value whose ',' is still to be written.
                        ResolveKey(mapping, here, '\0', true, colonFollows: false, mapping.ValueEnd);
                    }
                    else
                    {
                        // After a key and before its ':': nothing to type there.
                        Resolve(null);
                    }
                }
                else
                {
                    ResolveValue(ChildPath(), here, '\0', true);
                }
            }

            private void ResolveKey(Frame mapping, TextSpan token, char quote, bool closed, bool colonFollows, int missingSeparatorAt = -1)
            {
                _resolved = true;
                _target = mapping;
                var path = new List<string>(mapping.Path);
                _complete = siblings => new PathContext(path, true, false, token, Unquote(token, quote, closed), quote, closed, colonFollows, missingSeparatorAt, siblings);
                StopUnlessSiblingKeys();
            }

            private void ResolveItem(TextSpan token, char quote, bool closed, int itemColumn)
            {
                // "- |" and "- ro|": an item of the sequence, or the first key of the item's mapping (keys written below it).
                var path = ChildPath();
                _resolved = true;
                _target = new Frame(true, false, itemColumn, path);
                Push(_target);
                _complete = siblings => new PathContext(path, false, true, token, Unquote(token, quote, closed), quote, closed, false, -1, siblings);
                StopUnlessSiblingKeys();
            }

            private void StopUnlessSiblingKeys()
            {
                if (!_siblingKeys)
                {
                    Finish();
                }
            }

            private void ResolveValue(List<string> path, TextSpan token, char quote, bool closed)
                => Resolve(new PathContext(path, false, false, token, Unquote(token, quote, closed), quote, closed, false, -1, System.Array.Empty<string>()));

            /// <summary>A value of the innermost flow mapping ended at <paramref name="end"/>: the next token is its next key, after a ','.</summary>
            private void ValueEnded(int end)
            {
                if (Top is { IsFlow: true, IsMapping: true } mapping)
                {
                    mapping.AwaitsValue = false;
                    mapping.ValueEnd = end;
                }
            }

            private void Resolve(PathContext? context)
            {
                _resolved = true;
                _found = context;
            }

            private void Finish()
            {
                if (_complete != null && _target != null)
                {
                    _found = _complete(_target.Keys.Where(k => !k.Span.Contains(_cursor) && k.Span.End != _cursor).Select(k => k.Key).ToList());
                    _target = null;
                }
            }

            /// <summary>The block mapping whose keys start at <paramref name="column"/>: the open one, or a new one in the value of the key above.</summary>
            private Frame OpenBlockMapping(int column)
            {
                if (Top is { IsFlow: false, IsMapping: true } open && open.Indent == column)
                {
                    return open;
                }

                var mapping = new Frame(true, false, column, ChildPath());
                Push(mapping);
                return mapping;
            }

            /// <summary>Closes the block collections a line at <paramref name="column"/> ends (flow collections left open by a typo too).</summary>
            private void PopBlock(int column, bool isDash)
            {
                while (Top is { } top && (top.IsFlow || top.Indent > column || (top.Indent == column && !top.IsMapping && !isDash)))
                {
                    Pop();
                }
            }

            private void PopFlow()
            {
                if (Top is { IsFlow: true })
                {
                    Pop();
                }
            }

            private void Pop()
            {
                Frame popped = _frames[_frames.Count - 1];
                _frames.RemoveAt(_frames.Count - 1);
                if (popped == _target)
                {
                    Finish();
                }
            }

            private void Push(Frame frame) => _frames.Add(frame);

            /// <summary>The path of a value in the innermost collection: its mapping's current key, or "*" for a sequence's item.</summary>
            private List<string> ChildPath()
            {
                if (Top is not { } top)
                {
                    return new List<string>();
                }

                var path = new List<string>(top.Path) { top.IsMapping ? top.Key ?? string.Empty : "*" };
                return path;
            }

            /// <summary>A scalar from <paramref name="p"/>: quoted up to its closing quote (or the line's end), plain up to what ends it.</summary>
            private (TextSpan Span, char Quote, bool Closed) Scalar(int p, int lineEnd, bool flow)
            {
                char first = _chars[p];
                if (first == '"' || first == '\'')
                {
                    int q = p + 1;
                    while (q < lineEnd)
                    {
                        char c = _chars[q];
                        if (first == '"' && c == '\\')
                        {
                            q += 2;
                            continue;
                        }

                        if (c == first)
                        {
                            if (first == '\'' && q + 1 < lineEnd && _chars[q + 1] == '\'')
                            {
                                q += 2;
                                continue;
                            }

                            return (TextSpan.FromBounds(p, q + 1), first, true);
                        }

                        q++;
                    }

                    return (TextSpan.FromBounds(p, System.Math.Min(q, lineEnd)), first, false);
                }

                int end = p;
                while (end < lineEnd)
                {
                    char c = _chars[end];
                    bool endsAfter = end + 1 == lineEnd || _chars[end + 1] == ' ' || (flow && _chars[end + 1] is ',' or '[' or ']' or '{' or '}');
                    if ((c == ':' && endsAfter) || (c == '#' && end > p && _chars[end - 1] == ' ') || (flow && c is ',' or '[' or ']' or '{' or '}'))
                    {
                        break;
                    }

                    end++;
                }

                while (end > p && _chars[end - 1] == ' ')
                {
                    end--;
                }

                return (TextSpan.FromBounds(p, end), '\0', true);
            }

            private string Unquote(TextSpan span, char quote, bool closed)
            {
                if (quote == '\0')
                {
                    return _chars.Substring(span.Start, span.Length);
                }

                int start = span.Start + 1;
                int end = closed ? span.End - 1 : span.End;
                return _chars.Substring(start, System.Math.Max(0, end - start));
            }

            private int SkipSpaces(int p, int end)
            {
                while (p < end && _chars[p] == ' ')
                {
                    p++;
                }

                return p;
            }

            /// <summary>Skips a block scalar's lines (those more indented than its key's column).</summary>
            private int SkipBlockScalar(int lineNumber, int keyColumn)
            {
                int next = lineNumber + 1;
                while (next < _lines.Count)
                {
                    TextLine line = _lines[next];
                    int p = line.Start;
                    while (p < line.End && _chars[p] == ' ')
                    {
                        p++;
                    }

                    if (p < line.End && p - line.Start <= keyColumn)
                    {
                        break;
                    }

                    if (!_resolved && line.Start <= _cursor && _cursor <= line.End)
                    {
                        Resolve(null);
                    }

                    next++;
                }

                return next;
            }
        }
    }
}
