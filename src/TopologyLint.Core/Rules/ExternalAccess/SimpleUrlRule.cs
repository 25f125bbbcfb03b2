using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Syntax;

namespace TopologyLint.Rules.ExternalAccess
{
    /// <summary>
    /// TL5008 (runs when <c>simpleUrls</c> is written): a SIP domain without a Meet URL, or with two; no Dial-in URL; a URL
    /// that does not start with <c>https://</c>, holds a port, contains a pool's fqdn, repeats another, or is a prefix of
    /// another. Missing URLs are reported at the <c>simpleUrls</c> mapping, a second Meet URL at its <c>domain</c>, the
    /// rest at the URL value.
    /// </summary>
    public sealed class SimpleUrlRule : ModelRule
    {
        /// <summary>The message of a URL without the https scheme, which the TL5008 fix recognizes: "... does not start with https://".</summary>
        internal const string NotHttpsMessage = "does not start with https://";

        private static readonly char[] AuthorityEnd = { '/', '?', '#' };

        /// <summary>A scheme followed by a single slash (<c>http:/meet</c>): not a host and port, though it has a colon.</summary>
        private static readonly Regex SchemeWithoutAuthority = new Regex("^[A-Za-z][A-Za-z0-9+.-]*:(?=/)", RegexOptions.CultureInvariant);

        public SimpleUrlRule()
            : base(
                "TL5008",
                "Simple URL is missing or malformed",
                "{0}",
                RuleCategory.ExternalAccess,
                DiagnosticSeverity.Error,
                "Lync Server 2013 needs a Meet simple URL for each SIP domain and a Dial-in simple URL; every simple URL starts with https://, holds no port and no pool FQDN, and is neither the same as nor a prefix of another.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            if (topology.SimpleUrls.Value is not { } simpleUrls)
            {
                return;
            }

            ReportMeetCoverage(topology, simpleUrls, context);
            if (simpleUrls.Dialin.IsAbsent)
            {
                context.Report(simpleUrls.Node.ReportNode, "The simple URLs have no dialin URL: the organization needs a Dial-in simple URL");
            }

            List<(string Label, ScalarNode Url)> urls = UrlsInOrder(simpleUrls);
            foreach ((string label, ScalarNode url) in urls)
            {
                ReportForm(topology, label, url, context);
            }

            ReportRepeats(urls, context);
        }

        /// <summary>(a) a SIP domain without a Meet URL, (b) a second Meet URL for one domain.</summary>
        private static void ReportMeetCoverage(Topology topology, SimpleUrls simpleUrls, RuleContext context)
        {
            var meetByDomain = new Dictionary<string, MeetUrl>(StringComparer.OrdinalIgnoreCase);
            foreach (MeetUrl meet in simpleUrls.Meet)
            {
                // A domain that names no SIP domain is TL0003's: neither counted nor compared.
                if (meet.Domain.Target is not { } domain || meet.Domain.Node is not { } domainNode)
                {
                    continue;
                }

                if (meetByDomain.TryGetValue(domain.Value, out MeetUrl? first))
                {
                    context.Report(domainNode, $"The SIP domain '{domain.Value}' has a second meet URL (the first is '{first.Url.Text}'): each SIP domain has exactly one Meet simple URL");
                }
                else
                {
                    meetByDomain.Add(domain.Value, meet);
                }
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (ScalarNode domain in topology.SipDomains)
            {
                if (seen.Add(domain.Value) && !meetByDomain.ContainsKey(domain.Value))
                {
                    context.Report(simpleUrls.Node.ReportNode, $"The simple URLs have no meet URL for the SIP domain '{domain.Value}': each SIP domain needs its own Meet simple URL");
                }
            }
        }

        /// <summary>The URLs in the rule's order (the <c>meet</c> items, <c>dialin</c>, <c>admin</c>), each with how messages name it.</summary>
        private static List<(string Label, ScalarNode Url)> UrlsInOrder(SimpleUrls simpleUrls)
        {
            var urls = new List<(string, ScalarNode)>();
            foreach (MeetUrl meet in simpleUrls.Meet)
            {
                if (meet.Url.Node is { } url)
                {
                    urls.Add(($"meet URL '{url.Value}' of '{meet.Domain.Name}'", url));
                }
            }

            if (simpleUrls.Dialin.Node is { } dialin)
            {
                urls.Add(($"dialin URL '{dialin.Value}'", dialin));
            }

            if (simpleUrls.Admin.Node is { } admin)
            {
                urls.Add(($"admin URL '{admin.Value}'", admin));
            }

            return urls;
        }

        /// <summary>(d) the https scheme, (e) a port, (f) a pool's fqdn.</summary>
        private static void ReportForm(Topology topology, string label, ScalarNode url, RuleContext context)
        {
            string text = url.Value;
            if (!text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                context.Report(url, $"The {label} {NotHttpsMessage}: every simple URL must");
            }

            if (Authority(text) is { } authority && authority.IndexOf(':') >= 0)
            {
                context.Report(url, $"The {label} holds a port ('{authority}'): simple URLs cannot contain port information");
            }

            foreach (Pool pool in topology.Pools)
            {
                if (pool.Fqdn is { } fqdn && fqdn.Value.Length > 0 && text.IndexOf(fqdn.Value, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    context.Report(url, $"The {label} contains the FQDN of the pool '{fqdn.Value}': simple URLs cannot contain the FQDN of a pool");
                    break;
                }
            }
        }

        /// <summary>
        /// The host and port part: after <c>scheme://</c> (or from the start without one, after a <c>scheme:</c> that a
        /// <c>/</c> follows, as in <c>http:/x</c>) up to the path, query or
        /// fragment, without user information; an IPv6 literal's brackets are skipped so that its colons are no port.
        /// </summary>
        private static string? Authority(string url)
        {
            int scheme = url.IndexOf("://", StringComparison.Ordinal);
            int start = scheme >= 0 ? scheme + 3 : SchemeWithoutAuthority.Match(url).Length;
            int end = url.IndexOfAny(AuthorityEnd, start);
            string authority = url.Substring(start, (end < 0 ? url.Length : end) - start);
            int at = authority.LastIndexOf('@');
            if (at >= 0)
            {
                authority = authority.Substring(at + 1);
            }

            if (authority.Length > 0 && authority[0] == '[')
            {
                int close = authority.IndexOf(']');
                return close < 0 ? null : authority.Substring(close + 1);
            }

            return authority;
        }

        /// <summary>(g) a URL equal to an earlier one, (h) a URL that an earlier or later one is a prefix of ("Numbers and patterns": one trailing <c>/</c> removed, case-insensitive, whole path segments).</summary>
        private static void ReportRepeats(List<(string Label, ScalarNode Url)> urls, RuleContext context)
        {
            var compared = new string[urls.Count];
            for (int i = 0; i < urls.Count; i++)
            {
                string text = urls[i].Url.Value;
                compared[i] = text.Length > 0 && text[text.Length - 1] == '/' ? text.Substring(0, text.Length - 1) : text;
            }

            for (int i = 0; i < urls.Count; i++)
            {
                (string label, ScalarNode url) = urls[i];
                int equal = -1;
                for (int j = 0; j < i && equal < 0; j++)
                {
                    equal = string.Equals(compared[j], compared[i], StringComparison.OrdinalIgnoreCase) ? j : -1;
                }

                if (equal >= 0)
                {
                    context.Report(url, $"The {label} is the same as the {urls[equal].Label}: each simple URL must be unique");
                }

                for (int j = 0; j < urls.Count; j++)
                {
                    if (IsPrefix(compared[j], compared[i]))
                    {
                        context.Report(url, $"The {urls[j].Label} is a prefix of the {label}: a simple URL cannot be a prefix of another");
                        break;
                    }
                }
            }
        }

        private static bool IsPrefix(string shorter, string longer)
            => shorter.Length > 0 && longer.Length > shorter.Length && longer[shorter.Length] == '/' && longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase);
    }
}
