using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Engine;
using TopologyLint.Fixes;
using TopologyLint.LanguageServer.Protocol;
using TopologyLint.LanguageServer.Workspace;
using TopologyLint.Loading;
using LspTextEdit = TopologyLint.LanguageServer.Protocol.TextEdit;

namespace TopologyLint.LanguageServer.Features
{
    /// <summary>
    /// Quick fixes for the diagnostics the client sends back: every fix and suggestion of Core's fix model (fixes
    /// preferred), then "suppress in this file" (YAML only: JSON has no comments). "Suppress on this line" is the fix
    /// model's own suggestion, so it is not written here a second time.
    /// </summary>
    internal static class CodeActionProvider
    {
        public const string JustificationPlaceholder = "<justification>";

        public static List<CodeAction> Actions(OpenDocument document, IEnumerable<LspDiagnostic> diagnostics, IReadOnlyList<LintResult> results, Func<string, string> uriOf)
        {
            var actions = new List<CodeAction>();
            bool isYaml = !DocumentLoader.IsJson(document.Path);
            foreach (LspDiagnostic diagnostic in diagnostics.Where(d => d.Source == "topolint" && d.Code.StartsWith("TL", StringComparison.Ordinal)))
            {
                foreach ((LintResult result, Diagnostic found) in EngineDiagnostics(document.Path, diagnostic, results))
                {
                    foreach (DiagnosticFix fix in FixCatalog.GetFixes(result, found))
                    {
                        if (ToWorkspaceEdit(fix, result, uriOf) is { } edit)
                        {
                            actions.Add(new CodeAction
                            {
                                Title = fix.Title,
                                Diagnostics = new List<LspDiagnostic> { diagnostic },
                                IsPreferred = fix.Kind == FixKind.Fix ? true : null,
                                Edit = edit,
                            });
                        }
                    }
                }

                if (isYaml)
                {
                    var action = new CodeAction
                    {
                        Title = $"Suppress {diagnostic.Code} in this file",
                        Diagnostics = new List<LspDiagnostic> { diagnostic },
                    };
                    action.Edit.Changes[document.Uri] = new List<LspTextEdit>
                    {
                        new LspTextEdit
                        {
                            Range = new Protocol.Range(new Position(0, 0), new Position(0, 0)),
                            NewText = $"# topolint-disable {diagnostic.Code} -- {JustificationPlaceholder}\n",
                        },
                    };
                    actions.Add(action);
                }
            }

            return actions;
        }

        /// <summary>The engine's diagnostics the client's one stands for (same file, ID and range), once per finding, with the lint that reported each.</summary>
        private static IEnumerable<(LintResult Result, Diagnostic Diagnostic)> EngineDiagnostics(string path, LspDiagnostic wanted, IReadOnlyList<LintResult> results)
        {
            var seen = new List<Diagnostic>();
            foreach (LintResult result in results)
            {
                foreach (Diagnostic diagnostic in result.Diagnostics)
                {
                    FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                    if (span.Path == path && diagnostic.Id == wanted.Code && PositionConverter.ToRange(span.Span).ToString() == wanted.Range.ToString()
                        && !seen.Any(s => DiagnosticOrder.Instance.Compare(s, diagnostic) == 0))
                    {
                        seen.Add(diagnostic);
                        yield return (result, diagnostic);
                    }
                }
            }
        }

        /// <summary>
        /// The fix's edits grouped by file, as 0-based UTF-16 ranges of the text the engine linted; a fragment's edits
        /// go under its own URI. Null when an edit names a file the lint did not read.
        /// </summary>
        private static WorkspaceEdit? ToWorkspaceEdit(DiagnosticFix fix, LintResult result, Func<string, string> uriOf)
        {
            var edit = new WorkspaceEdit();
            foreach (IGrouping<string, Fixes.TextEdit> byFile in fix.Edits.GroupBy(e => e.Path, StringComparer.Ordinal))
            {
                SourceText? text = result.Files.SelectMany(f => f.Documents).FirstOrDefault(d => d.File.Path == byFile.Key)?.File.Text;
                if (text == null || byFile.Any(e => e.Span.End > text.Length))
                {
                    return null;
                }

                edit.Changes[uriOf(byFile.Key)] = byFile
                    .Select(e => new LspTextEdit { Range = PositionConverter.ToRange(text, e.Span), NewText = e.NewText })
                    .ToList();
            }

            return edit;
        }
    }
}
