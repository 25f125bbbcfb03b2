using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Engine;
using TopologyLint.LanguageServer.Protocol;
using TopologyLint.LanguageServer.Workspace;
using TopologyLint.Syntax;

namespace TopologyLint.LanguageServer.Features
{
    /// <summary>
    /// Hover on a diagnostic: its rule ID, title, message and help page; else on a reference: the item it names;
    /// else on a key: the schema's description.
    /// </summary>
    internal static class HoverProvider
    {
        public static Hover? Hover(OpenDocument document, Position position, IReadOnlyList<LintResult> results, TopologySymbols symbols)
        {
            var at = new LinePosition(position.Line, position.Character);
            List<Diagnostic> here = DiagnosticConverter.InFile(document.Path, results)
                .Where(d => Covers(d.Location.GetLineSpan().Span, at))
                .ToList();
            if (here.Count == 0)
            {
                return OnNode(document, symbols, PositionConverter.ToOffset(document.Text, position, out _));
            }

            var markdown = new StringBuilder();
            foreach (Diagnostic diagnostic in here)
            {
                DiagnosticDescriptor descriptor = diagnostic.Descriptor;
                if (markdown.Length > 0)
                {
                    markdown.Append("\n\n---\n\n");
                }

                markdown.Append("**").Append(descriptor.Id).Append("**: ").Append(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\n\n");
                markdown.Append(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
                if (!string.IsNullOrEmpty(descriptor.HelpLinkUri))
                {
                    markdown.Append("\n\n[").Append(descriptor.Id).Append(" help](").Append(descriptor.HelpLinkUri).Append(')');
                }

                markdown.Append(" · `topolint explain ").Append(descriptor.Id).Append('`');
            }

            return new Hover
            {
                Contents = new MarkupContent { Value = markdown.ToString() },
                Range = PositionConverter.ToRange(here[0].Location.GetLineSpan().Span),
            };
        }

        private static Hover? OnNode(OpenDocument document, TopologySymbols symbols, int offset)
        {
            if (symbols.At(document.Path, offset) is { IsDefinition: false } reference)
            {
                SymbolOccurrence? target = symbols.Definitions(reference).FirstOrDefault();
                string text = target?.Item is { } item
                    ? $"**{reference.Kind}** `{reference.Name}`{Detail(item)}\n\nDefined in {System.IO.Path.GetFileName(target.Path)}, line {target.Text.Lines.GetLineFromPosition(target.Span.Start).LineNumber + 1}"
                    : $"`{reference.Name}` names no {reference.Kind.ToString().ToLowerInvariant()} (TL0003)";
                return new Hover { Contents = new MarkupContent { Value = text }, Range = PositionConverter.ToRange(reference.Text, reference.Span) };
            }

            if (DocumentPaths.At(document.Text, offset, siblingKeys: false) is { IsKey: true, Token.IsEmpty: false } key
                && SchemaNavigator.At(key.Path.Append(key.Name)) is { } schema && SchemaNavigator.Description(schema) is { } description)
            {
                return new Hover { Contents = new MarkupContent { Value = $"**{key.Name}**\n\n{description}" }, Range = PositionConverter.ToRange(document.Text, key.Token) };
            }

            return null;
        }

        private static string Detail(MappingNode item)
            => (item["role"] ?? item["kind"] ?? item["connection"]) is ScalarNode detail ? $" ({detail.Value})" : string.Empty;

        private static bool Covers(LinePositionSpan span, LinePosition at) => span.Start <= at && (at < span.End || (span.Start == span.End && at == span.Start));
    }
}
