namespace TopologyLint.Core.Tests.Rules.VoiceRouting
{
    /// <summary>
    /// The valid topology with its v1 <c>pstn[]</c> entry replaced by a gateway, a trunk and a small <c>voice</c> section
    /// that every voice routing rule passes; each test changes one thing in it.
    /// </summary>
    internal static class VoiceTopology
    {
        public const string V1Pstn = "pstn:\n  - {id: hq-pri, site: hq, connection: tdm, gateways: [gw01.contoso.local], mediationPool: med.contoso.local}\n";

        public const string Voice =
            "gateways:\n" +
            "  - {fqdn: gw01.contoso.local, site: hq}\n" +
            "trunks:\n" +
            "  - {name: gw01-tls, gateway: gw01.contoso.local, gatewayPort: 5067, transport: tls, mediationPool: med.contoso.local, mediationPort: 5067}\n" +
            "voice:\n" +
            "  pstnUsages: [Local]\n" +
            "  dialPlans:\n" +
            "    - scope: global\n" +
            "      normalizationRules:\n" +
            "        - {name: 4digit, pattern: '^(\\d{4})$', translation: '+1425555$1'}\n" +
            "  voicePolicies:\n" +
            "    - {scope: global, pstnUsages: [Local]}\n" +
            "  routes:\n" +
            "    - {name: local, pattern: '^\\+1425\\d{7}$', pstnUsages: [Local], trunks: [gw01-tls]}\n";

        /// <summary>The <c>voice</c> section of <see cref="Voice"/> alone.</summary>
        public static string VoiceSection { get; } = Voice.Substring(Voice.IndexOf("voice:", System.StringComparison.Ordinal));

        public static string Yaml { get; } = ValidTopology.With(V1Pstn, Voice);

        /// <summary>The voice topology with one piece of text replaced; the piece must occur exactly once.</summary>
        public static string With(string oldText, string newText) => ValidTopology.Replace(Yaml, oldText, newText);
    }
}
