using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Analysis;
using TopologyLint.Syntax;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TopologyLint.Loading
{
    /// <summary>
    /// Builds the node tree from YamlDotNet's low-level parser events. Collections are assembled on an
    /// explicit stack (no recursion, so deep input cannot overflow the stack), and their spans are
    /// computed from their children because the parser's collection marks have zero width.
    /// </summary>
    internal sealed class YamlTreeBuilder
    {
        private readonly SourceFile _file;
        private readonly int _length;
        private readonly LoaderLimits _limits;
        private readonly TreeAssembler _assembler;
        private readonly CommentScanner _comments;
        private readonly Dictionary<string, (DocumentNode Node, long Size)> _anchors = new Dictionary<string, (DocumentNode, long)>(StringComparer.Ordinal);
        private long _aliasExpansion;
        private Mark _lastEnd = Mark.Empty;
        private bool _parserFailed;

        public YamlTreeBuilder(SourceFile file, LoaderLimits limits, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            _file = file;
            _length = file.Text.Length;
            _limits = limits;
            _assembler = new TreeAssembler(file, limits, sink, cancellationToken);
            _comments = new CommentScanner(file.Text, null);
        }

        public LoadedDocument Build()
        {
            TextReader reader = TabsOnBlankLinesAsSpaces(_file.Text) is { } patched
                ? new StringReader(patched)
                : _file.Text is AsciiText ascii ? ascii.OpenReader() : new StringReader(_file.Text.ToString());
            try
            {
                // Comments are found in the text (CommentScanner): YamlDotNet's comment mode rejects valid documents.
                if (Parse(new Parser(new Scanner(reader, skipComments: true))))
                {
                    _comments.TakeBefore(_file.Text.Length);
                }
            }
            catch (YamlException ex)
            {
                ReportParserError(ex, Span(ex.Start, ex.End));
            }
            catch (StopLoadingException)
            {
                // The limit that stopped loading has been reported.
            }

            return _assembler.Finish(_comments.Comments);
        }

        /// <summary>Reads every event into the tree; false when the parser failed outside a <see cref="YamlException"/> (reported).</summary>
        private bool Parse(Parser parser)
        {
            int documents = 0;
            while (MoveNext(parser))
            {
                // Scalars first: most events are.
                switch (parser.Current)
                {
                    case Scalar scalar:
                        if (scalar.Value.Length > _limits.MaxScalarLength)
                        {
                            _assembler.Fail(DocumentDiagnostics.SyntaxError, Span(scalar.Start, scalar.Start), $"A scalar is longer than the limit of {_limits.MaxScalarLength} characters (LoaderLimits.MaxScalarLength)");
                        }

                        TextSpan scalarSpan = Span(scalar.Start, scalar.End);
                        _comments.Skip(scalarSpan, isBlock: scalar.Style == ScalarStyle.Literal || scalar.Style == ScalarStyle.Folded);
                        ScalarNode? node = _assembler.AddScalar(scalarSpan, scalar.Value, TypeOf(scalar), needsNode: !scalar.Anchor.IsEmpty);
                        if (node != null)
                        {
                            Register(scalar.Anchor, node, 1);
                        }

                        break;
                    case MappingStart mapping:
                        _assembler.Open(NodeKind.Mapping, Span(mapping.Start, mapping.End), IsBracketed(mapping.Style == MappingStyle.Flow, mapping.Start, '{'), mapping.Anchor.IsEmpty ? null : mapping.Anchor.Value);
                        break;
                    case SequenceStart sequence:
                        _assembler.Open(NodeKind.Sequence, Span(sequence.Start, sequence.End), IsBracketed(sequence.Style == SequenceStyle.Flow, sequence.Start, '['), sequence.Anchor.IsEmpty ? null : sequence.Anchor.Value);
                        break;
                    case MappingEnd end:
                        CloseCollection(end);
                        break;
                    case SequenceEnd end:
                        CloseCollection(end);
                        break;
                    case AnchorAlias alias:
                        AddAlias(alias);
                        break;
                    case DocumentStart start:
                        if (++documents > 1)
                        {
                            _assembler.Fail(DocumentDiagnostics.SyntaxError, Span(start.Start, start.End), "A topology file holds one YAML document, but '---' starts a second one here: remove it");
                        }

                        break;
                }
            }

            return !_parserFailed;
        }

        /// <summary>
        /// Advances the parser. YamlDotNet reports most malformed input as a YamlException, but on some
        /// (an unclosed flow collection, a %TAG that is not a URI, an escaped lone surrogate) it throws
        /// InvalidOperationException, ArgumentException and the like from deep inside the scanner. Whatever
        /// else the parser throws is a syntax error of this document, after the last event it produced.
        /// </summary>
        private bool MoveNext(Parser parser)
        {
            try
            {
                if (!parser.MoveNext())
                {
                    return false;
                }

                _lastEnd = parser.Current!.End;
                return true;
            }
            catch (Exception ex) when (!(ex is YamlException) && !(ex is OutOfMemoryException))
            {
                ReportParserError(ex, Span(_lastEnd, _lastEnd));
                _parserFailed = true;
                return false;
            }
        }

        /// <summary>Reports what the parser threw as TL0001, in words and at a place a person can act on, and keeps the comments before it.</summary>
        private void ReportParserError(Exception error, TextSpan at)
        {
            if (error is ArgumentException { ParamName: { } name } argument)
            {
                error = new ArgumentException(argument.Message.Replace($" (Parameter '{name}')", string.Empty));
            }

            (TextSpan place, string message) = YamlSyntaxErrors.Describe(error, at, _file.Text, _assembler.InnermostOpenBracket());
            _assembler.ReportFatal(DocumentDiagnostics.SyntaxError, place, message);
            _comments.TakeBefore(Math.Min(at.Start, place.Start));
        }

        private void CloseCollection(ParsingEvent end)
        {
            (DocumentNode node, long size, string? anchor) = _assembler.Close(Span(end.Start, end.End));
            Register(anchor, node, size);
        }

        private void Register(AnchorName anchor, DocumentNode node, long size) => Register(anchor.IsEmpty ? null : anchor.Value, node, size);

        private void Register(string? anchor, DocumentNode node, long size)
        {
            if (anchor != null)
            {
                _anchors[anchor] = (node, size);
            }
        }

        private void AddAlias(AnchorAlias alias)
        {
            TextSpan span = Span(alias.Start, alias.End);
            _comments.Skip(span, isBlock: false);
            if (!_anchors.TryGetValue(alias.Value.Value, out (DocumentNode Node, long Size) target))
            {
                _assembler.Fail(DocumentDiagnostics.SyntaxError, span, $"Alias '*{alias.Value.Value}' names no anchor defined before it");
                return;
            }

            _aliasExpansion += target.Size;
            if (_aliasExpansion > _limits.MaxAliasExpansion)
            {
                _assembler.Fail(DocumentDiagnostics.SyntaxError, span, $"Aliases expand to more than {_limits.MaxAliasExpansion} nodes (LoaderLimits.MaxAliasExpansion); the document is refused");
            }

            // The alias shares the anchored node: diagnostics on it point where it was written.
            _assembler.AddExisting(target.Node, target.Size, span);
        }

        /// <summary>
        /// The text for the parser when a line holding only white space has a tab: YAML allows such a line
        /// anywhere a blank line may stand, but YamlDotNet rejects it (aaubry/YamlDotNet#288). Its tabs are
        /// given to the parser as spaces, one for one, so no offset moves; null when there is no such line.
        /// </summary>
        private static string? TabsOnBlankLinesAsSpaces(SourceText text)
        {
            char[]? chars = null;
            string? decoded = text is AsciiText ? null : text.ToString();
            for (int tab = IndexOfTab(text, decoded, 0); tab >= 0; )
            {
                TextLine line = text.Lines.GetLineFromPosition(tab);
                bool isBlank = true;
                for (int i = line.Start; i < line.End && isBlank; i++)
                {
                    isBlank = text[i] == ' ' || text[i] == '\t';
                }

                if (isBlank)
                {
                    chars ??= (decoded ?? text.ToString()).ToCharArray();
                    for (int i = line.Start; i < line.End; i++)
                    {
                        chars[i] = ' ';
                    }
                }

                tab = IndexOfTab(text, decoded, line.EndIncludingLineBreak);
            }

            return chars == null ? null : new string(chars);
        }

        private static int IndexOfTab(SourceText text, string? decoded, int from)
        {
            if (from >= text.Length)
            {
                return -1;
            }

            int found;
            if (decoded == null)
            {
                (byte[] bytes, int start) = ((AsciiText)text).Bytes;
                found = new ReadOnlySpan<byte>(bytes, start + from, text.Length - from).IndexOf((byte)'\t');
                return found < 0 ? -1 : from + found;
            }

            return decoded.IndexOf('\t', from);
        }

        /// <summary>
        /// Whether a flow collection starts with its bracket. A single pair in a flow sequence (<c>[x: 1]</c>) is a
        /// flow mapping without braces, whose start mark YamlDotNet does not place: it is spanned like a block
        /// mapping, from its key to the end of its value.
        /// </summary>
        private bool IsBracketed(bool isFlow, Mark start, char bracket)
            => isFlow && start.Index >= 0 && start.Index < _file.Text.Length && _file.Text[(int)start.Index] == bracket;

        private static ScalarType TypeOf(Scalar scalar)
        {
            if (scalar.Style != ScalarStyle.Plain || !scalar.Tag.IsEmpty && scalar.Tag.Value == "tag:yaml.org,2002:str")
            {
                return ScalarType.String;
            }

            return CoreSchema.Resolve(scalar.Value);
        }

        /// <summary>
        /// A span from the parser's marks. Only their character offsets are used: line and column come from
        /// the source text when a node is reported, because YamlDotNet's own line and column disagree with
        /// it at the end of the input.
        /// </summary>
        private TextSpan Span(Mark start, Mark end)
        {
            int from = (int)Math.Min(Math.Max(0, start.Index), _length);
            int to = (int)Math.Min(Math.Max(from, end.Index), _length);
            return TextSpan.FromBounds(from, to);
        }
    }
}
