using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>TL1009: a <c>lineUri</c> is not in a normalized form; reported at the value.</summary>
    public sealed class LineUriFormatRule : ModelRule
    {
        public LineUriFormatRule()
            : base(
                "TL1009",
                "Line URI is not normalized",
                "The lineUri '{0}' of '{1}' is not normalized: {2}",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "Lync Server 2013 matches calls and reverse number lookups against the normalized line URI: tel:+ and 1 to 15 E.164 digits, an optional ;ext= of 1 to 10 digits, or a bare extension, with no spaces, dots, hyphens or parentheses.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            ItemList<User> users = topology.Users;
            UserLineUris parsed = UserLineUris.Of(topology);
            for (int index = 0; index < users.Count; index++)
            {
                // A string lineUri that did not parse is not normalized.
                if (parsed[index].IsNone && users[index].LineUri.Node is { } lineUri)
                {
                    context.Report(lineUri, lineUri.Value, users[index], LineUriNormalization.Advice(lineUri.Value));
                }
            }
        }
    }
}
