namespace TopologyLint.Analyzers.Tests
{
    /// <summary>Topology documents whose diagnostics come from the document rules (TL0002-TL0006), which are settled.</summary>
    internal static class TestDocuments
    {
        /// <summary>TL0006@7:5 duplicate key, TL0004@8:9 duplicate site, TL0003@14:11 unknown site, TL0002@16:51 not a boolean.</summary>
        public const string Broken =
            "topology: fabrikam\n" +
            "product: lync-server-2013\n" +
            "sipDomains: [fabrikam.com]\n" +
            "sites:\n" +
            "  - id: seattle\n" +
            "    kind: central\n" +
            "    kind: branch\n" +
            "  - id: seattle\n" +
            "    kind: central\n" +
            "pools:\n" +
            "  - fqdn: pool01.fabrikam.local\n" +
            "    role: front-end\n" +
            "    edition: enterprise\n" +
            "    site: tacoma\n" +
            "    servers:\n" +
            "      - {fqdn: fe01.fabrikam.local, domainMember: maybe}\n" +
            "users:\n" +
            "  - {sip: alice@fabrikam.com, site: seattle, enabled: true}\n";

        public static readonly string[] BrokenPositions = { "TL0006@7:5", "TL0004@8:9", "TL0003@14:11", "TL0002@16:51" };

        /// <summary>A root that includes <see cref="BranchFragment"/> (named <c>branch.topology.yaml</c>).</summary>
        public const string RootWithInclude =
            "topology: fabrikam\n" +
            "product: lync-server-2013\n" +
            "sipDomains: [fabrikam.com]\n" +
            "include:\n" +
            "  - branch.topology.yaml\n" +
            "sites:\n" +
            "  - id: seattle\n" +
            "    kind: central\n";

        /// <summary>A fragment whose second user names an unknown site: TL0003@3:37 in the fragment.</summary>
        public const string BranchFragment =
            "users:\n" +
            "  - {sip: bob@fabrikam.com, site: seattle}\n" +
            "  - {sip: carol@fabrikam.com, site: tacoma}\n";
    }
}
