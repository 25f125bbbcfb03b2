using System.IO;
using System.Linq;
using TopologyLint.Configuration;
using Xunit;

namespace TopologyLint.Core.Tests.Policy
{
    public class ConfigurationDiscoveryTests
    {
        [Fact]
        public void Finds_editorconfigs_up_to_the_first_root_and_the_nearest_globalconfig()
        {
            using var lint = new TestLint();
            lint.Write(".editorconfig", "[*]\n");
            lint.Write("repo/.editorconfig", "# the repository's\nroot = true\n[*]\n");
            lint.Write("repo/.globalconfig", "is_global = true\n");
            lint.Write("repo/site/.editorconfig", "[*.yaml]\n");
            lint.Write("repo/site/.globalconfig", "is_global = true\n");
            string file = lint.Write("repo/site/deep/a.topology.yaml", "a: 1\n");
            string other = lint.Write("repo/b.topology.yaml", "a: 1\n");

            var found = ConfigurationDiscovery.Find(new[] { file, other }, Path.Combine(lint.Directory, "repo")).Select(f => f.Path).ToArray();

            Assert.Equal(
                new[]
                {
                    Path.Combine(lint.Directory, "repo", "site", ".editorconfig"),
                    Path.Combine(lint.Directory, "repo", ".editorconfig"),
                    Path.Combine(lint.Directory, "repo", ".globalconfig"),
                },
                found);
        }

        [Theory]
        [InlineData("root = true\n[*]\n", true)]
        [InlineData("ROOT=TRUE ; comment\n", true)]
        [InlineData("[*]\nroot = true\n", false)]
        [InlineData("root = false\n", false)]
        public void Root_is_read_from_the_preamble_only(string text, bool expected)
            => Assert.Equal(expected, ConfigurationDiscovery.DeclaresRoot(text));
    }
}
