namespace TopologyLint.Core.Tests.Rules.ExternalAccess
{
    /// <summary>Pools and reverse proxies for the external access tests, written into <see cref="ValidTopology"/>.</summary>
    internal static class ExternalText
    {
        public const string FrontEnd = "  - fqdn: fe.contoso.local\n";

        public const string ReverseProxy = "  - {fqdn: rp.contoso.com, site: hq, publishes: [fe.contoso.local]}\n";

        /// <summary>A pool (block lines) added before the reverse proxies; <paramref name="firstKey"/> may be marked.</summary>
        public static string WithPool(this string yaml, string fqdn, string role, string extraKeys = "", string firstKey = "fqdn")
            => yaml.With("reverseProxies:\n", $"  - {firstKey}: {fqdn}\n    role: {role}\n    site: hq\n{extraKeys}    servers: [{{fqdn: {fqdn.Insert(fqdn.IndexOf('.', System.StringComparison.Ordinal), "01")}, domainMember: true}}]\nreverseProxies:\n");

        /// <summary>The reverse proxy publishing <paramref name="publishes"/> (a flow list's items, as written).</summary>
        public static string Publishing(this string yaml, string publishes)
            => yaml.With(ReverseProxy, $"  - {{fqdn: rp.contoso.com, site: hq, publishes: [{publishes}]}}\n");
    }
}
