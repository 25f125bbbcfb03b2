using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Engine;
using TopologyLint.LanguageServer.Protocol;
using TopologyLint.LanguageServer.Workspace;

namespace TopologyLint.LanguageServer.Features
{
    /// <summary>Hover on a diagnostic: its rule ID, title, message and help page.</summary>
    internal static class HoverProvider
    {
        public static Hover? Hover(OpenDocument document, Position position, IReadOnlyList<LintResult> results)
        {
            var at = new LinePosition(position.Line, position.Character);
            List<Diagnostic> here = DiagnosticConverter.InFile(document.Path, results)
                .Where(d => Covers(d.Location.GetLineSpan().Span, at))
                .ToList();
            if (here.Count == 0)
            {
                return null;
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

        private static bool Covers(LinePositionSpan span, LinePosition at) => span.Start <= at && (at < span.End || (span.Start == span.End && at == span.Start));
    }
}
