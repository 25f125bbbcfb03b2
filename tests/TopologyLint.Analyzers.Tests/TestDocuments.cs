namespace TopologyLint.Analyzers.Tests
{
    /// <summary>
    /// Topology documents whose document-rule diagnostics (TL0002-TL0006) the tests assert. These small
    /// documents also miss what the Enterprise Voice rules require (a front-end pool, an edge pool, ...);
    /// tests about the document rules look at <see cref="OfDocumentRules"/> only.
    /// </summary>
    internal static class TestDocuments
    {
        public static System.Collections.Generic.IEnumerable<Microsoft.CodeAnalysis.Diagnostic> OfDocumentRules(this System.Collections.Generic.IEnumerable<Microsoft.CodeAnalysis.Diagnostic> diagnostics)
            => System.Linq.Enumerable.Where(diagnostics, d => d.Descriptor.Category == TopologyLint.Analysis.RuleCategory.Document);

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
