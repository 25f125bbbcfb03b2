using System.IO;
using System.Linq;
using TopologyLint.Loading;
using Xunit;

namespace TopologyLint.Core.Tests
{
    public class PhysicalFileSystemTests
    {
        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(100_000)]
        public void A_file_is_read_whole_and_never_more_than_one_byte_past_the_limit(int size)
        {
            using var lint = new TestLint();
            byte[] content = Enumerable.Range(0, size).Select(i => (byte)('a' + (i % 26))).ToArray();
            string path = lint.WriteBytes("f.topology.yaml", content);

            Assert.Equal(content, PhysicalFileSystem.Instance.ReadAllBytes(path, long.MaxValue));
            Assert.Equal(content, PhysicalFileSystem.Instance.ReadAllBytes(path, size));
            Assert.Equal(content.Take(System.Math.Min(size, 7)).ToArray(), PhysicalFileSystem.Instance.ReadAllBytes(path, 6));
        }

        [Fact]
        public void A_file_longer_than_its_reported_length_is_read_to_its_end()
        {
            // Files under /proc report a length of 0 and have content: the path taken when a file grows after its length is read.
            const string Path = "/proc/self/cmdline";
            Assert.True(File.Exists(Path), "the tests run on Linux");

            byte[] bytes = PhysicalFileSystem.Instance.ReadAllBytes(Path, long.MaxValue);

            Assert.Equal(File.ReadAllBytes(Path), bytes);
            Assert.NotEmpty(bytes);
        }
    }
}
