using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TopologyLint.LanguageServer.Tests
{
    /// <summary>
    /// One topology written three ways: YAML block style, YAML flow style and JSON. Every language feature is tested
    /// on each, at the same items, so a feature that works in one style and not another shows as one failing cell.
    /// </summary>
    internal static class StyleMatrix
    {
        public const string Block = "block";
        public const string Flow = "flow";
        public const string Json = "json";

        public static string FileOf(string style) => style == Json ? "matrix.topology.json" : "matrix.topology.yaml";

        public static string TextOf(string style) => style switch
        {
            Block => BlockText,
            Flow => FlowText,
            Json => JsonText,
            _ => throw new ArgumentOutOfRangeException(nameof(style)),
        };

        /// <summary>The 0-based line and character where the <paramref name="occurrence"/>th (0-based) <paramref name="needle"/> starts.</summary>
        public static (int Line, int Character) Find(string text, string needle, int occurrence = 0)
        {
            int index = -1;
            for (int i = 0; i <= occurrence; i++)
            {
                index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
                if (index < 0)
                {
                    throw new ArgumentException($"'{needle}' occurs {i} times, not {occurrence + 1}", nameof(needle));
                }
            }

            return PositionOf(text, index);
        }

        public static (int Line, int Character) PositionOf(string text, int index)
        {
            int lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
            return (text.Take(index).Count(c => c == '\n'), index - lineStart);
        }

        /// <summary>"line:character-line:character" of every whole <paramref name="word"/> (not a prefix of a longer id).</summary>
        public static List<string> RangesOf(string text, string word)
        {
            var ranges = new List<string>();
            for (int index = text.IndexOf(word, StringComparison.Ordinal); index >= 0; index = text.IndexOf(word, index + 1, StringComparison.Ordinal))
            {
                char next = index + word.Length < text.Length ? text[index + word.Length] : '\n';
                if (next != '-' && next != '.' && !char.IsLetterOrDigit(next))
                {
                    (int line, int character) = PositionOf(text, index);
                    ranges.Add($"{line}:{character}-{line}:{character + word.Length}");
                }
            }

            return ranges;
        }

        // Declared before the JSON text, which it writes (static fields initialize in order).
        private static readonly JsonSerializerOptions Indented = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        private const string BlockText =
            "topology: test\n" +
            "product: lync-server-2013\n" +
            "sipDomains:\n" +
            "  - contoso.com\n" +
            "sites:\n" +
            "  - id: redmond\n" +
            "    kind: central\n" +
            "pools:\n" +
            "  - fqdn: pool01.contoso.local\n" +
            "    role: front-end\n" +
            "    site: redmond\n" +
            "    servers:\n" +
            "      - fqdn: fe01.contoso.local\n" +
            "        os:\n" +
            "          name: windows-server-2012\n" +
            "  - fqdn: med01.contoso.local\n" +
            "    role: mediation\n" +
            "    site: redmond\n" +
            "pstn:\n" +
            "  - id: redmond-pri\n" +
            "    site: redmond\n" +
            "    connection: tdm\n" +
            "    gateways:\n" +
            "      - gw01.contoso.local\n" +
            "    mediationPool: med01.contoso.local\n" +
            "users:\n" +
            "  - sip: alice@contoso.com\n" +
            "    site: redmond\n" +
            "    enabled: true\n" +
            "    enterpriseVoice: true\n" +
            "    lineUri: \"tel:+1 425 555 0100\"\n";

        private const string FlowText =
            "topology: test\n" +
            "product: lync-server-2013\n" +
            "sipDomains: [contoso.com]\n" +
            "sites: [{id: redmond, kind: central}]\n" +
            "pools:\n" +
            "  - {fqdn: pool01.contoso.local, role: front-end, site: redmond, servers: [{fqdn: fe01.contoso.local, os: {name: windows-server-2012}}]}\n" +
            "  - {fqdn: med01.contoso.local, role: mediation, site: redmond}\n" +
            "pstn: [{id: redmond-pri, site: redmond, connection: tdm, gateways: [gw01.contoso.local],\n" +
            "        mediationPool: med01.contoso.local}]\n" +
            "users:\n" +
            "  - {sip: alice@contoso.com, site: redmond, enabled: true, enterpriseVoice: true, lineUri: \"tel:+1 425 555 0100\"}\n";

        private static readonly string JsonText = JsonSerializer.Serialize(
            new
            {
                topology = "test",
                product = "lync-server-2013",
                sipDomains = new[] { "contoso.com" },
                sites = new[] { new { id = "redmond", kind = "central" } },
                pools = new object[]
                {
                    new { fqdn = "pool01.contoso.local", role = "front-end", site = "redmond", servers = new[] { new { fqdn = "fe01.contoso.local", os = new { name = "windows-server-2012" } } } },
                    new { fqdn = "med01.contoso.local", role = "mediation", site = "redmond" },
                },
                pstn = new[] { new { id = "redmond-pri", site = "redmond", connection = "tdm", gateways = new[] { "gw01.contoso.local" }, mediationPool = "med01.contoso.local" } },
                users = new[] { new { sip = "alice@contoso.com", site = "redmond", enabled = true, enterpriseVoice = true, lineUri = "tel:+1 425 555 0100" } },
            },
            Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}
