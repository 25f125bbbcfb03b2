namespace TopologyLint.LanguageServer.Tests
{
    /// <summary>Small documents the tests edit: a root with one include fragment.</summary>
    internal static class TestTopologies
    {
        public const string Root = "site.topology.yaml";

        public const string Fragment = "fragments/users.yaml";

        public const string RootText =
            "topology: test\n" +
            "product: lync-server-2013\n" +
            "sipDomains: [contoso.com]\n" +
            "include:\n" +
            "  - fragments/users.yaml\n" +
            "sites:\n" +
            "  - id: redmond\n" +
            "    kind: central\n" +
            "pools:\n" +
            "  - fqdn: pool01.contoso.local\n" +
            "    role: front-end\n" +
            "    site: redmond\n" +
            "  - fqdn: med01.contoso.local\n" +
            "    role: mediation\n" +
            "    site: redmond\n" +
            "pstn:\n" +
            "  - id: redmond-pri\n" +
            "    site: redmond\n" +
            "    connection: tdm\n" +
            "    gateways: [gw01.contoso.local]\n" +
            "    mediationPool: med01.contoso.local\n";

        public const string FragmentText =
            "users:\n" +
            "  - sip: alice@contoso.com\n" +
            "    site: redmond\n" +
            "    enabled: true\n" +
            "    enterpriseVoice: true\n" +
            "    lineUri: \"tel:+14255550100\"\n";
    }
}
