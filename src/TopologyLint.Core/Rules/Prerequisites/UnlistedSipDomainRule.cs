using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Analysis;
using TopologyLint.Loading;
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

            string[] domains = topology.SipDomains.Select(d => d.Value).ToArray();
            var listed = new HashSet<string>(domains, StringComparer.OrdinalIgnoreCase);
            string listedText = string.Join(", ", domains);

            // ASCII case folding is OrdinalIgnoreCase's only for ASCII domains.
            bool readInPlace = domains.All(IsAscii);
            foreach (User user in topology.Users)
            {
                // This visits every user: a listed domain is recognized where the sip is written, without a string or a node.
                if (readInPlace && user.SipField.InlineSource is { } source && !IsUnlisted(source.Text, source.Span, domains))
                {
                    continue;
                }

                // A sip without '@' is the schema's (TL0002) to report.
                if (user.Sip is { } sip && DomainOf(sip.Value) is { Length: > 0 } domain && !listed.Contains(domain))
                {
                    context.Report(sip, domain, sip.Value, listedText);
                }
            }
        }

        /// <summary>Whether the sip written at <paramref name="span"/> has a domain that is none of <paramref name="domains"/> (all ASCII), as <see cref="DomainOf"/> and a case-insensitive look-up would say.</summary>
        private static bool IsUnlisted(AsciiText text, TextSpan span, string[] domains)
        {
            (byte[] bytes, int start) = text.Bytes;
            var sip = new ReadOnlySpan<byte>(bytes, start + span.Start, span.Length);
            int at = sip.LastIndexOf((byte)'@');
            if (at < 0 || at == sip.Length - 1)
            {
                return false;
            }

            ReadOnlySpan<byte> domain = sip.Slice(at + 1);
            foreach (string listed in domains)
            {
                if (EqualsIgnoringAsciiCase(domain, listed))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool EqualsIgnoringAsciiCase(ReadOnlySpan<byte> written, string listed)
        {
            if (written.Length != listed.Length)
            {
                return false;
            }

            for (int i = 0; i < written.Length; i++)
            {
                int a = written[i];
                int b = listed[i];
                if (a != b && ((a | 0x20) != (b | 0x20) || (uint)((a | 0x20) - 'a') > 'z' - 'a'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAscii(string text) => text.All(c => c < 0x80);

        /// <summary>The host portion of a SIP address: what follows its last <c>@</c>; null without one.</summary>
        internal static string? DomainOf(string sip)
        {
            int at = sip.LastIndexOf('@');
            return at < 0 ? null : sip.Substring(at + 1);
        }
    }
}
