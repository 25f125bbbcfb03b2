using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Engine;
using TopologyLint.LanguageServer.Protocol;

namespace TopologyLint.LanguageServer.Workspace
{
    /// <summary>The engine's diagnostics as LSP's: the same ID, severity, message and place (already 0-based UTF-16).</summary>
    internal static class DiagnosticConverter
    {
        public static LspDiagnostic ToLsp(Diagnostic diagnostic)
        {
            string help = diagnostic.Descriptor.HelpLinkUri;
            return new LspDiagnostic
            {
                Range = PositionConverter.ToRange(diagnostic.Location.GetLineSpan().Span),
                Severity = diagnostic.Severity switch
                {
                    DiagnosticSeverity.Error => DiagnosticSeverityCode.Error,
                    DiagnosticSeverity.Warning => DiagnosticSeverityCode.Warning,
                    DiagnosticSeverity.Info => DiagnosticSeverityCode.Information,
                    _ => DiagnosticSeverityCode.Hint,
                },
                Code = diagnostic.Id,
                CodeDescription = string.IsNullOrEmpty(help) ? null : new CodeDescription { Href = help },
                Message = diagnostic.GetMessage(CultureInfo.InvariantCulture),
            };
        }

        /// <summary>
        /// The diagnostics in <paramref name="path"/> from every root that reads it, each finding once (a fragment two
        /// roots include is linted with each), in the engine's order.
        /// </summary>
        public static List<Diagnostic> InFile(string path, IEnumerable<LintResult> results)
        {
            var found = new List<Diagnostic>();
            foreach (Diagnostic diagnostic in results.SelectMany(r => r.Diagnostics).Where(d => d.Location.GetLineSpan().Path == path).OrderBy(d => d, DiagnosticOrder.Instance))
            {
                if (found.Count == 0 || DiagnosticOrder.Instance.Compare(found[found.Count - 1], diagnostic) != 0)
                {
                    found.Add(diagnostic);
                }
            }

            return found;
        }
    }
}
