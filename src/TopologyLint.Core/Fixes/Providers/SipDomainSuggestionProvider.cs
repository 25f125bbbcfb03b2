using System.Collections.Immutable;
using System.Linq;
using TopologyLint.Model;
using TopologyLint.Rules.Prerequisites;
using TopologyLint.Syntax;

namespace TopologyLint.Fixes.Providers
{
    /// <summary>
    /// TL1034, suggestions: write the user's address in the one listed SIP domain that is one edit from theirs
    /// (a typo such as <c>contoso.con</c>), and add their domain to <c>sipDomains</c>. Neither is safe to apply
    /// unseen: a near domain can be a real, different domain, and only the owner knows whether a new domain is
    /// configured. A domain that differs from a listed one only by case is not reported (TL1034 compares
    /// case-insensitively), so it needs no fix.
    /// </summary>
    public sealed class SipDomainSuggestionProvider : FixProvider
    {
        public override FixKind Kind => FixKind.Suggestion;

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TL1034");

        public override void RegisterFixes(FixContext context)
        {
            if (NodeFinder.ScalarAt(context.Document.Root, context.Span) is not { Type: ScalarType.String } sip
                || UnlistedSipDomainRule.DomainOf(sip.Value) is not { Length: > 0 } domain
                || context.Topology is not { } topology)
            {
                return;
            }

            string[] near = topology.SipDomains
                .Select(d => d.Value)
                .Where(listed => SuppressionIdFixProvider.IsOneEditAway(domain.ToUpperInvariant(), listed.ToUpperInvariant()))
                .ToArray();
            if (near.Length == 1 && SyntaxEdits.ReplaceScalar(sip, sip.Value.Substring(0, sip.Value.Length - domain.Length) + near[0]) is { } rewrite)
            {
                context.Register($"Write the SIP domain as '{near[0]}'", rewrite);
            }

            if (topology.SipDomains.Node is { } list && SyntaxEdits.AppendToSequence(list, new[] { domain }) is { } add)
            {
                context.Register($"Add '{domain}' to sipDomains", add);
            }
        }
    }
}
