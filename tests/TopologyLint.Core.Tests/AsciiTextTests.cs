using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Loading;
using Xunit;

namespace TopologyLint.Core.Tests
{
    /// <summary>An all-ASCII file is read from its bytes (AsciiText); it must behave exactly as the decoded string would.</summary>
    public class AsciiTextTests
    {
        [Theory]
        [InlineData("a: 1\nb: [x, y]\r\nc: \"q\"\n# note\n")]
        [InlineData("")]
        [InlineData("no newline at the end")]
        [InlineData("\r\n\r\n\n\rlast")]
        [InlineData("ends with CR\r")]
        [InlineData("a\rb\r\r\nc\n\n")]
        [InlineData("users:\n  - {sip: alice@contoso.com, site: redmond, enabled: true, enterpriseVoice: true, lineUri: \"tel:+14255550100\"}\r\n  - {sip: bob@contoso.com}\n")]
        public void Ascii_bytes_give_the_text_lines_and_spans_of_the_decoded_string(string content)
        {
            SourceText expected = SourceText.From(content);
            SourceText? actual = AsciiText.TryCreate(Encoding.ASCII.GetBytes(content), bomLength: 0);

            Assert.NotNull(actual);
            Assert.Equal(content, actual!.ToString());
            Assert.Equal(expected.Lines.Select(l => (l.LineNumber, l.Span, l.SpanIncludingLineBreak)), actual.Lines.Select(l => (l.LineNumber, l.Span, l.SpanIncludingLineBreak)));
            for (int position = 0; position <= content.Length; position++)
            {
                Assert.Equal(expected.Lines.GetLinePosition(position), actual.Lines.GetLinePosition(position));
                Assert.Equal(expected.Lines.GetLineFromPosition(position).SpanIncludingLineBreak, actual.Lines.GetLineFromPosition(position).SpanIncludingLineBreak);
            }

            Assert.Equal(content, ((AsciiText)actual).OpenReader().ReadToEnd());
        }

        [Fact]
        public void A_utf8_bom_is_skipped()
        {
            byte[] bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.ASCII.GetBytes("a: 1\n")).ToArray();

            SourceText? text = AsciiText.TryCreate(bytes, TextDecoder.Utf8BomLength(bytes));

            Assert.Equal("a: 1\n", text?.ToString());
            Assert.Equal("1", text?.ToString(new TextSpan(3, 1)));
            Assert.Throws<System.ArgumentOutOfRangeException>(() => text![-1]);
            Assert.Throws<System.ArgumentOutOfRangeException>(() => text![5]);
            Assert.Throws<System.ArgumentOutOfRangeException>(() => text!.CopyTo(3, new char[8], 0, 3));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(7)]
        [InlineData(8)]
        [InlineData(21)]
        [InlineData(31)]
        [InlineData(32)]
        [InlineData(34)]
        public void A_byte_that_is_not_ascii_or_is_nul_leaves_the_file_to_the_decoder(int at)
        {
            byte[] text = Encoding.ASCII.GetBytes("topology: contoso-with-a-long-name\n");
            foreach (byte odd in new byte[] { 0x00, 0x80, 0xC3, 0xFF })
            {
                byte[] bytes = (byte[])text.Clone();
                bytes[at] = odd;
                Assert.Null(AsciiText.TryCreate(bytes, bomLength: 0));
            }

            Assert.NotNull(AsciiText.TryCreate(text, bomLength: 0));
        }
    }
}
