using System;
using System.Linq;

namespace TopologyLint.Core.Tests.Rules
{
    /// <summary>
    /// A small topology that passes every rule. Each rule test changes one thing in it and marks where the
    /// diagnostic under test is expected (see <see cref="Testing.MarkedText"/>), so that diagnostic is the only one.
    /// </summary>
    internal static class ValidTopology
    {
        public const string FileName = "t.topology.yaml";

        // Messages name lines of it (TL1010 "line 43"): keep the line numbers stable.
        public const string Yaml =
            "topology: test\n" +                                                                                        // 1
            "product: lync-server-2013\n" +                                                                             // 2
            "sipDomains: [contoso.com]\n" +                                                                             // 3
            "activeDirectory:\n" +                                                                                      // 4
            "  prepared: true\n" +                                                                                      // 5
            "  administrators:\n" +                                                                                     // 6
            "    - {account: CONTOSO\\admin, groups: [RTCUniversalServerAdmins]}\n" +                                   // 7
            "pki: {certificationAuthority: {kind: enterprise, name: contoso-ca}}\n" +                                  // 8
            "exchange: {version: \"2013\", servicePack: 1, unifiedMessaging: true}\n" +                                 // 9
            "sites:\n" +                                                                                                // 10
            "  - id: hq\n" +                                                                                            // 11
            "    kind: central\n" +                                                                                     // 12
            "    address: {street: 1 Main St, city: Redmond, region: WA, postalCode: \"98052\", country: US}\n" +       // 13
            "    emergency: {alternativeAccess: [pstn-line], numbers: [\"911\"], locationInformation: true}\n" +        // 14
            "pools:\n" +                                                                                                // 15
            "  - fqdn: fe.contoso.local\n" +                                                                            // 16
            "    role: front-end\n" +                                                                                   // 17
            "    edition: enterprise\n" +                                                                               // 18
            "    site: hq\n" +                                                                                          // 19
            "    servers:\n" +                                                                                          // 20
            "      - {fqdn: fe01.contoso.local, domainMember: true}\n" +                                                // 21
            "      - {fqdn: fe02.contoso.local, domainMember: true}\n" +                                                // 22
            "      - {fqdn: fe03.contoso.local, domainMember: true}\n" +                                                // 23
            "  - fqdn: edge.contoso.com\n" +                                                                            // 24
            "    role: edge\n" +                                                                                        // 25
            "    site: hq\n" +                                                                                          // 26
            "    edgeServices: [access, av, web-conferencing]\n" +                                                      // 27
            "    servers:\n" +                                                                                          // 28
            "      - {fqdn: edge01.contoso.com, domainMember: false}\n" +                                               // 29
            "  - fqdn: med.contoso.local\n" +                                                                           // 30
            "    role: mediation\n" +                                                                                   // 31
            "    site: hq\n" +                                                                                          // 32
            "    servers:\n" +                                                                                          // 33
            "      - {fqdn: med01.contoso.local, os: {name: windows-server-2012-r2, edition: standard, architecture: x64}, domainMember: true}\n" + // 34
            "      - {fqdn: med02.contoso.local, os: {name: windows-server-2012-r2, edition: datacenter, architecture: x64}, domainMember: true}\n" + // 35
            "reverseProxies:\n" +                                                                                       // 36
            "  - {fqdn: rp.contoso.com, site: hq, publishes: [fe.contoso.local]}\n" +                                   // 37
            "pstn:\n" +                                                                                                 // 38
            "  - {id: hq-pri, site: hq, connection: tdm, gateways: [gw01.contoso.local], mediationPool: med.contoso.local}\n" + // 39
            "clients:\n" +                                                                                              // 40
            "  - {product: lync-2013, site: hq, count: 10}\n" +                                                         // 41
            "users:\n" +                                                                                                // 42
            "  - {sip: alice@contoso.com, site: hq, enabled: true, enterpriseVoice: true, lineUri: \"tel:+14255550100\"}\n" + // 43
            "  - {sip: bob@contoso.com, site: hq, enabled: true, enterpriseVoice: true, lineUri: \"tel:+14255550100;ext=1001\"}\n"; // 44

        /// <summary>The valid topology with one piece of text replaced; the piece must occur exactly once.</summary>
        public static string With(string oldText, string newText) => Replace(Yaml, oldText, newText);

        /// <summary>The topology with its first key marked (<c>[|topology|]</c>): where a thing missing from the whole topology is reported.</summary>
        public static string MarkRoot(this string yaml) => Replace(yaml, "topology: test\n", "[|topology|]: test\n");

        /// <summary>The topology with the site <c>hq</c> marked at its first key (<c>[|id|]</c>): where a finding about the site is reported.</summary>
        public static string MarkHq(this string yaml) => Replace(yaml, "  - id: hq\n", "  - [|id|]: hq\n");

        /// <summary><paramref name="yaml"/> with one piece of text replaced, for chaining; the piece must occur exactly once.</summary>
        public static string With(this string yaml, string oldText, string newText) => Replace(yaml, oldText, newText);

        public static string Replace(string yaml, string oldText, string newText)
        {
            int at = yaml.IndexOf(oldText, StringComparison.Ordinal);
            if (at < 0 || yaml.IndexOf(oldText, at + 1, StringComparison.Ordinal) >= 0)
            {
                throw new ArgumentException($"'{oldText}' must occur exactly once in the topology.", nameof(oldText));
            }

            return string.Concat(yaml.AsSpan(0, at), newText, yaml.AsSpan(at + oldText.Length));
        }

        /// <summary>The valid topology with users appended to its users list.</summary>
        public static string WithUsers(params string[] users)
            => Yaml + string.Concat(users.Select(u => "  - " + u + "\n"));
    }
}
