using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Hostile
{
    /// <summary>UTF-8 with or without BOM is read; anything else is one TL0001 at the first bad byte, with its byte offset and its line and column.</summary>
    public class EncodingTests
    {
        private static byte[] Bytes(string before, byte[] bad, string after = "\n")
            => Encoding.UTF8.GetBytes(before).Concat(bad).Concat(Encoding.UTF8.GetBytes(after)).ToArray();

        public static TheoryData<string, byte[], int, int, int> InvalidUtf8 => new TheoryData<string, byte[], int, int, int>
        {
            // name, bytes, byte offset, line, column (columns count UTF-16 units, as every position does)
            { "first byte", Bytes(string.Empty, new byte[] { 0xFF }), 0, 1, 1 },
            { "lead byte, bad continuation", Bytes("a: ", new byte[] { 0xC3, 0x28 }), 3, 1, 4 },
            { "after a two-byte character", Bytes("é: ", new byte[] { 0xFF }), 4, 1, 4 },
            { "right after a two-byte character", Bytes("aé", new byte[] { 0xC3, 0x28 }), 3, 1, 3 },
            { "after a four-byte character", Bytes("😀é", new byte[] { 0xC3, 0x28 }), 6, 1, 4 },
            { "lone continuation byte on line 3", Bytes("a: 1\nb: é\nc: ", new byte[] { 0x80 }), 14, 3, 4 },
            { "truncated sequence at the end", Bytes("ab", new byte[] { 0xE2, 0x82 }, string.Empty), 2, 1, 3 },
            { "overlong encoding", Bytes("x", new byte[] { 0xC0, 0xAF }), 1, 1, 2 },
            { "encoded surrogate", Bytes("é\n\n", new byte[] { 0xED, 0xA0, 0x80 }), 4, 3, 1 },
            { "after a BOM", new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', 0xFF }, 4, 1, 2 },
        };

        [Theory]
        [MemberData(nameof(InvalidUtf8))]
        public void Invalid_utf8_is_TL0001_at_the_first_bad_byte(string name, byte[] bytes, int byteOffset, int line, int column)
        {
            using var lint = new TestLint();
            string path = lint.WriteBytes("bad.topology.yaml", bytes);
            Diagnostic error = Assert.Single(lint.Run(new[] { path }).Diagnostics);
            Assert.Equal("TL0001", error.Id);
            Assert.Contains($"at byte offset {byteOffset} cannot be decoded", error.GetMessage(CultureInfo.InvariantCulture));
            Assert.True((line, column, line, column) == error.Span(), $"{name}: expected {line}:{column}, got {error.Span()}");
        }

        [Theory]
        [InlineData("é", 2, 1, 2)]
        [InlineData("a: 1\nb: 😀\nc: ", 16, 3, 4)]
        public void NUL_is_TL0001_at_its_byte_offset_and_position(string before, int byteOffset, int line, int column)
        {
            using var lint = new TestLint();
            string path = lint.WriteBytes("nul.topology.yaml", Bytes(before, new byte[] { 0 }));
            Diagnostic error = Assert.Single(lint.Run(new[] { path }).Diagnostics);
            Assert.Equal("TL0001", error.Id);
            Assert.Contains($"NUL character at byte offset {byteOffset}", error.GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal((line, column, line, column), error.Span());
        }

        [Theory]
        [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'a' }, "UTF-16 (big-endian)")]
        [InlineData(new byte[] { 0xFF, 0xFE, 0, 0, (byte)'a', 0, 0, 0 }, "UTF-32 (little-endian)")]
        [InlineData(new byte[] { 0, 0, 0xFE, 0xFF, 0, 0, 0, (byte)'a' }, "UTF-32 (big-endian)")]
        public void Other_unicode_encodings_are_refused_by_name_at_the_start(byte[] bytes, string encoding)
        {
            using var lint = new TestLint();
            string path = lint.WriteBytes("wide.topology.yaml", bytes);
            Diagnostic error = Assert.Single(lint.Run(new[] { path }).Diagnostics);
            Assert.Equal("TL0001", error.Id);
            Assert.Contains(encoding, error.GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal((1, 1, 1, 1), error.Span());
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Utf8_with_or_without_BOM_reads_the_same_positions(bool bom)
        {
            using var lint = new TestLint();
            byte[] text = Encoding.UTF8.GetBytes("a: 1\nb: 2\na: 3\n");
            string path = lint.WriteBytes("dup.topology.yaml", bom ? new byte[] { 0xEF, 0xBB, 0xBF }.Concat(text).ToArray() : text);
            Diagnostic duplicate = Assert.Single(lint.Run(new[] { path }).Diagnostics, d => d.Id == "TL0006");
            Assert.Equal((3, 1, 3, 2), duplicate.Span());
        }
    }
}
