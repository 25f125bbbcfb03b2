using System;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Loading;

namespace TopologyLint.Rules.Document
{
    /// <summary>
    /// TL0009: a <c># topolint-todo:</c> comment written by <c>topolint import</c> is still in a document; reported at
    /// the comment, from its <c>#</c> to the end of its line. JSON has no comments, so it never fires there.
    /// </summary>
    public sealed class ImportToDoRule : DocumentRule
    {
        /// <summary>What <c>topolint import</c> writes after the <c>#</c> and a space.</summary>
        private const string Marker = "topolint-todo:";

        public ImportToDoRule()
            : base(RuleDescriptors.Create(
                "TL0009",
                "Import to-do is still in the document",
                "To do left by topolint import: {0}",
                RuleCategory.Document,
                DiagnosticSeverity.Info,
                "topolint import marks each piece of data the topology XML lacks with a '# topolint-todo:' comment; each one is listed until it is deleted, so that the first lint of an imported document is the list of what is left to write."))
        {
        }

        public override void Analyze(RuleContext context)
        {
            foreach (LoadedDocument document in context.Documents)
            {
                foreach (Comment comment in document.Comments)
                {
                    if (comment.Text.StartsWith(Marker, StringComparison.Ordinal))
                    {
                        context.Report(document, comment, comment.Text.Substring(Marker.Length).Trim());
                    }
                }
            }
        }
    }
}
