using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Fixes;
using TopologyLint.Rules.Knowledge;
using Xunit;

namespace TopologyLint.Core.Tests.Fixes
{
    /// <summary>TL1009's safe fix: before/after snapshots in each quoting and collection style, and where no fix is offered.</summary>
    public class LineUriFixTests
    {
        private const string Head = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\n";

        [Theory]
        [InlineData("+1 (425) 555-0100", "tel:+14255550100")]
        [InlineData("tel:+1.425.555.0100", "tel:+14255550100")]
        [InlineData("TEL:+1 425 555 0100", "tel:+14255550100")]
        [InlineData("Tel:+44 (20) 7946-0018;EXT=12", "tel:+442079460018;ext=12")]
        [InlineData("  +14255550100 ", "tel:+14255550100")]
        [InlineData("tel: +1 425 555 0100 ;ext=10 01", "tel:+14255550100;ext=1001")]
        public void Normalizes_a_number_with_a_country_code(string written, string normalized)
            => Assert.Equal(normalized, LineUriNormalization.Normalize(written));

        [Theory]
        [InlineData("425 555 0100")]
        [InlineData("tel:14255550100")]
        [InlineData("12345678901")]
        [InlineData("tel:+1234567890123456")]
        [InlineData("tel:+14255550100;ext=12345678901")]
        [InlineData("tel:+1 425 555 0100 x12")]
        [InlineData("sip:alice@contoso.com")]
        [InlineData("tel:+")]
        [InlineData("tel:+1;ext=")]
        [InlineData("tel:+\uFF11\uFF12")]
        [InlineData("+1+425")]
        public void Offers_nothing_when_the_number_is_not_beyond_doubt(string written)
            => Assert.Null(LineUriNormalization.Normalize(written));

        [Fact]
        public void Flow_mapping_double_quotes_trailing_comment_and_crlf_are_kept()
        {
            string before = (Head + "users:\n  - {sip: a@contoso.com, lineUri: \"+1 (425) 555-0100\"}  # desk phone\n  - {sip: b@contoso.com}\n").Replace("\n", "\r\n");
            string after = (Head + "users:\n  - {sip: a@contoso.com, lineUri: \"tel:+14255550100\"}  # desk phone\n  - {sip: b@contoso.com}\n").Replace("\n", "\r\n");

            Assert.Equal(after, Fixing.Apply("t.topology.yaml", before, "TL1009", FixKind.Fix));
        }

        [Fact]
        public void Block_mapping_single_quotes_are_kept()
        {
            string before = Head + "users:\n  - sip: a@contoso.com\n    # the main line\n    lineUri: 'TEL:+44 20 7946 0018;EXT=12'\n";
            string after = Head + "users:\n  - sip: a@contoso.com\n    # the main line\n    lineUri: 'tel:+442079460018;ext=12'\n";

            Assert.Equal(after, Fixing.Apply("t.topology.yaml", before, "TL1009", FixKind.Fix));
        }

        [Fact]
        public void A_plain_scalar_stays_plain()
        {
            string before = Head + "users:\n  - sip: a@contoso.com\n    lineUri: tel:+1.425.555.0100   # plain\n";
            string after = Head + "users:\n  - sip: a@contoso.com\n    lineUri: tel:+14255550100   # plain\n";

            Assert.Equal(after, Fixing.Apply("t.topology.yaml", before, "TL1009", FixKind.Fix));
        }

        [Fact]
        public void Json_keeps_its_layout()
        {
            string before = "{\n  \"topology\": \"t\",\n  \"product\": \"lync-server-2013\",\n  \"sipDomains\": [\"contoso.com\"],\n  \"users\": [\n    {\"sip\": \"a@contoso.com\", \"lineUri\": \" +1-425-555-0100 \"}\n  ]\n}\n";
            string after = "{\n  \"topology\": \"t\",\n  \"product\": \"lync-server-2013\",\n  \"sipDomains\": [\"contoso.com\"],\n  \"users\": [\n    {\"sip\": \"a@contoso.com\", \"lineUri\": \"tel:+14255550100\"}\n  ]\n}\n";

            Assert.Equal(after, Fixing.Apply("t.topology.json", before, "TL1009", FixKind.Fix));
        }

        [Fact]
        public void Without_a_country_code_no_fix_is_offered_and_the_message_says_why()
        {
            string text = Head + "users:\n  - {sip: a@contoso.com, lineUri: \"425 555 0100\"}\n";

            var fixes = Fixing.FixesOf("t.topology.yaml", text, "TL1009", out Diagnostic diagnostic);

            Assert.DoesNotContain(fixes, f => f.Kind == FixKind.Fix);
            Assert.Contains("no country code", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void The_message_names_the_normalized_form_when_there_is_one()
        {
            Fixing.FixesOf("t.topology.yaml", Head + "users:\n  - {sip: a@contoso.com, lineUri: \"+1 425 555 0100\"}\n", "TL1009", out Diagnostic diagnostic);

            Assert.Contains("write 'tel:+14255550100'", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void The_fixed_document_no_longer_has_the_diagnostic()
        {
            string fixedText = Fixing.Apply("t.topology.yaml", Head + "users:\n  - {sip: a@contoso.com, lineUri: \"+1 425 555 0100\"}\n", "TL1009", FixKind.Fix);

            using var lint = new TestLint();
            Assert.DoesNotContain(lint.Lint("t.topology.yaml", fixedText), d => d.Id is "TL1009" or "TL0001" or "TL0002");
            Assert.Contains("\"tel:+14255550100\"", fixedText);
        }
    }
}
