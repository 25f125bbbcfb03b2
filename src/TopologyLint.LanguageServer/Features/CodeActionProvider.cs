using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.LanguageServer.Protocol;
using TopologyLint.LanguageServer.Workspace;
using TopologyLint.Loading;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.LanguageServer.Features
{
    /// <summary>
    /// Quick fixes for the diagnostics the client sends back: suppress on this line or in this file (YAML only:
    /// JSON has no comments), and the TL1009 line-URI normalization.
    /// </summary>
    internal static class CodeActionProvider
    {
        public const string JustificationPlaceholder = "<justification>";

        public static List<CodeAction> Actions(OpenDocument document, IEnumerable<LspDiagnostic> diagnostics)
        {
            var actions = new List<CodeAction>();
            bool isYaml = !DocumentLoader.IsJson(document.Path);
            foreach (LspDiagnostic diagnostic in diagnostics.Where(d => d.Source == "topolint" && d.Code.StartsWith("TL", System.StringComparison.Ordinal)))
            {
                if (diagnostic.Code == "TL1009" && NormalizeLineUri(document.Text, diagnostic.Range) is { } fix)
                {
                    actions.Add(Action(document, $"Normalize the line URI to {fix.NewText}", diagnostic, fix, preferred: true));
                }

                if (isYaml && diagnostic.Range.Start.Line < document.Text.Lines.Count)
                {
                    TextLine line = document.Text.Lines[diagnostic.Range.Start.Line];
                    string indentation = Indentation(document.Text.ToString(line.Span));
                    var position = new Position(line.LineNumber, 0);
                    actions.Add(Action(document, $"Suppress {diagnostic.Code} on this line", diagnostic, new TextEdit
                    {
                        Range = new Protocol.Range(position, position),
                        NewText = $"{indentation}# topolint-disable-next-line {diagnostic.Code} -- {JustificationPlaceholder}\n",
                    }));
                    actions.Add(Action(document, $"Suppress {diagnostic.Code} in this file", diagnostic, new TextEdit
                    {
                        Range = new Protocol.Range(new Position(0, 0), new Position(0, 0)),
                        NewText = $"# topolint-disable {diagnostic.Code} -- {JustificationPlaceholder}\n",
                    }));
                }
            }

            return actions;
        }

        /// <summary>The line URI at <paramref name="range"/> without the separators TL1009 names, when that makes it normalized.</summary>
        private static TextEdit? NormalizeLineUri(SourceText text, Protocol.Range range)
        {
            int start = PositionConverter.ToOffset(text, range.Start, out bool startClamped);
            int end = PositionConverter.ToOffset(text, range.End, out bool endClamped);
            if (startClamped || endClamped || end <= start)
            {
                return null;
            }

            string written = text.ToString(TextSpan.FromBounds(start, end));
            int quote = written.Length >= 2 && (written[0] == '"' || written[0] == '\'') && written[written.Length - 1] == written[0] ? 1 : 0;
            string value = written.Substring(quote, written.Length - (2 * quote));
            var normalized = new StringBuilder();
            foreach (char c in value)
            {
                if (c != ' ' && c != '.' && c != '-' && c != '(' && c != ')')
                {
                    normalized.Append(c);
                }
            }

            string candidate = normalized.ToString();
            if (candidate.StartsWith("tel:", System.StringComparison.OrdinalIgnoreCase))
            {
                candidate = string.Concat("tel:", candidate.AsSpan(4));
            }

            if (candidate == value || !LineUri.TryParse(candidate, out _))
            {
                return null;
            }

            var inner = TextSpan.FromBounds(start + quote, end - quote);
            return new TextEdit { Range = PositionConverter.ToRange(text, inner), NewText = candidate };
        }

        private static CodeAction Action(OpenDocument document, string title, LspDiagnostic diagnostic, TextEdit edit, bool preferred = false)
        {
            var action = new CodeAction
            {
                Title = title,
                Diagnostics = new List<LspDiagnostic> { diagnostic },
                IsPreferred = preferred ? true : null,
            };
            action.Edit.Changes[document.Uri] = new List<TextEdit> { edit };
            return action;
        }

        private static string Indentation(string line)
        {
            int length = 0;
            while (length < line.Length && (line[length] == ' ' || line[length] == '\t'))
            {
                length++;
            }

            return line.Substring(0, length);
        }
    }
}
