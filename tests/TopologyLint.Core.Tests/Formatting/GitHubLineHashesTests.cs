using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;
using TopologyLint.Formatting;
using TopologyLint.Loading;
using Xunit;

namespace TopologyLint.Core.Tests.Formatting
{
    /// <summary>
    /// The rolling implementation against the definition it must agree with: for each line, the polynomial in
    /// base 37 modulo 2^64 of the 100 characters from the line's first one on, after spaces and tabs are dropped,
    /// line ends become LF, and U+FFFF then NULs end the file.
    /// </summary>
    public class GitHubLineHashesTests
    {
        [Theory]
        [InlineData("users:\n  - sip: alice@contoso.com\n    lineUri: tel:+14255550100\n")]
        [InlineData("a: 1\r\nb:\t2\r\n\r\n   \r\nc: 3")]
        [InlineData("a\rb\r\rc\n")]
        [InlineData("")]
        [InlineData("only one line without an end")]
        public void Every_line_hash_matches_the_definition(string text)
        {
            IReadOnlyList<string> hashes = GitHubLineHashes.Compute(text);

            Assert.Equal(Definition(text), hashes.Skip(1));
        }

        [Fact]
        public void Long_lines_are_hashed_on_their_first_100_characters_and_repeats_are_counted()
        {
            string line = new string('x', 150) + "\n";
            string text = line + line + "end\n";

            IReadOnlyList<string> hashes = GitHubLineHashes.Compute(text);

            Assert.Equal(Definition(text), hashes.Skip(1));
            Assert.EndsWith(":1", hashes[1]);
            Assert.Equal(hashes[1].Replace(":1", ":2"), hashes[2]);
        }

        [Fact]
        public void A_text_read_in_chunks_and_the_same_text_held_as_ascii_bytes_hash_as_the_definition()
        {
            // Longer than the chunks a text is copied out in, with lines across their boundaries.
            string text = string.Concat(Enumerable.Range(0, 700).Select(i => $"  - {{sip: user{i}@contoso.com, site: s{i % 7}}}" + (i % 3 == 0 ? "\r\n" : "\n")));
            AsciiText ascii = AsciiText.TryCreate(Encoding.ASCII.GetBytes(text), 0)!;

            Assert.Equal(Definition(text), GitHubLineHashes.Compute(text).Skip(1));
            Assert.Equal(Definition(text), GitHubLineHashes.Compute(ascii).Skip(1));
        }

        /// <summary>The hashes straight from the definition, with BigInteger arithmetic reduced modulo 2^64.</summary>
        private static List<string> Definition(string text)
        {
            var kept = new List<int>();
            var lineStarts = new List<int>();
            bool lineStart = true;
            string normalized = text.Replace("\r\n", "\n").Replace('\r', '\n');
            foreach (char c in normalized.Append('\uFFFF'))
            {
                if (c == ' ' || c == '\t')
                {
                    continue;
                }

                if (lineStart)
                {
                    lineStarts.Add(kept.Count);
                    lineStart = false;
                }

                lineStart = c == '\n';
                kept.Add(c);
            }

            BigInteger modulus = BigInteger.One << 64;
            var counts = new Dictionary<BigInteger, int>();
            var hashes = new List<string>();
            foreach (int start in lineStarts)
            {
                BigInteger hash = BigInteger.Zero;
                for (int i = 0; i < 100; i++)
                {
                    hash = ((hash * 37) + (start + i < kept.Count ? kept[start + i] : 0)) % modulus;
                }

                counts[hash] = counts.TryGetValue(hash, out int seen) ? seen + 1 : 1;
                hashes.Add(((ulong)hash).ToString("x", CultureInfo.InvariantCulture) + ":" + counts[hash].ToString(CultureInfo.InvariantCulture));
            }

            return hashes;
        }
    }
}
