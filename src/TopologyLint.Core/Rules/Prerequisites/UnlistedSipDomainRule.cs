using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>
    /// TL1034: a user's SIP domain (the part of <c>sip</c> after the <c>@</c>) is not one of <c>sipDomains</c>,
    /// compared case-insensitively; reported at the <c>sip</c> value. Without a valid <c>sipDomains</c> list (the
    /// schema's to report) nothing is checked.
    /// </summary>
    public sealed class UnlistedSipDomainRule : ModelRule
    {
        public UnlistedSipDomainRule()
            : base(
                "TL1034",
                "User's SIP domain is not a SIP domain of the topology",
                "The SIP domain '{0}' of the user '{1}' is not in sipDomains ({2})",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "A user's SIP domain is the host portion of their SIP URI. Lync Server signs in and routes only users of the SIP domains it is configured for; a user of another domain cannot sign in. Subdomains of a listed domain do not count.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            if (topology.SipDomains.Presence != Presence.Valid)
            {
                return;
            }

            var listed = new HashSet<string>(topology.SipDomains.Select(d => d.Value), StringComparer.OrdinalIgnoreCase);
            string listedText = string.Join(", ", topology.SipDomains.Select(d => d.Value));
            foreach (User user in topology.Users)
            {
                // A sip without '@' is the schema's (TL0002) to report.
                if (user.Sip is { } sip && DomainOf(sip.Value) is { Length: > 0 } domain && !listed.Contains(domain))
                {
                    context.Report(sip, domain, sip.Value, listedText);
                }
            }
        }

        /// <summary>The host portion of a SIP address: what follows its last <c>@</c>; null without one.</summary>
        internal static string? DomainOf(string sip)
        {
            int at = sip.LastIndexOf('@');
            return at < 0 ? null : sip.Substring(at + 1);
        }
    }
}
