namespace TopologyLint.Core.Tests.Rules.Availability
{
    /// <summary>The valid topology's pool <c>fe.contoso.local</c> paired with a second pool <c>fe2.contoso.local</c> at <c>hq</c>.</summary>
    internal static class PairedPools
    {
        /// <summary>
        /// The valid topology with <paramref name="feKeys"/> written on <c>fe.contoso.local</c> (after its edition) and a second
        /// front-end pool written as a flow mapping with <paramref name="fe2Keys"/> and three servers.
        /// </summary>
        public static string With(string feKeys, string fe2Keys, string fe2Servers = "{fqdn: fe201.contoso.local}, {fqdn: fe202.contoso.local}, {fqdn: fe203.contoso.local}")
            => ValidTopology
                .With("    edition: enterprise\n", "    edition: enterprise\n" + feKeys)
                .With("reverseProxies:\n", "  - {fqdn: fe2.contoso.local, role: front-end, site: hq, " + fe2Keys + (fe2Keys.Length > 0 ? ", " : string.Empty) + "servers: [" + fe2Servers + "]}\nreverseProxies:\n");
    }
}
