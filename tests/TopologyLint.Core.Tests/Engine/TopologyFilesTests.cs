using System.IO;
using System.Linq;
using TopologyLint.Engine;
using Xunit;

namespace TopologyLint.Core.Tests.Engine
{
    /// <summary>The topology file patterns live in Core; the packages' .targets files, which MSBuild reads as text, must say the same.</summary>
    public class TopologyFilesTests
    {
        [Theory]
        [InlineData("src/TopologyLint.MSBuild/build/TopologyLint.MSBuild.targets", "TopologyFile")]
        [InlineData("src/TopologyLint.Analyzers/build/TopologyLint.Analyzers.targets", "AdditionalFiles")]
        public void The_targets_files_glob_the_patterns_core_knows(string targets, string item)
        {
            string text = File.ReadAllText(ExampleTwinTests.RepositoryPath(targets));

            Assert.Contains($"<{item} Include=\"{TopologyFiles.MSBuildGlobs}\"", text);
        }

        [Fact]
        public void The_analyzer_targets_regex_matches_the_same_suffixes()
        {
            string text = File.ReadAllText(ExampleTwinTests.RepositoryPath("src/TopologyLint.Analyzers/build/TopologyLint.Analyzers.targets"));
            string extensions = string.Join("|", TopologyFiles.Suffixes.Select(s => s.Substring(".topology.".Length)));

            Assert.Contains($"'(?i)\\.topology\\.({extensions})$'", text);
        }

        [Theory]
        [InlineData("a.topology.yaml", true)]
        [InlineData("A.TOPOLOGY.YML", true)]
        [InlineData("a.topology.json", true)]
        [InlineData("a.yaml", false)]
        [InlineData("topology.json", false)]
        public void A_root_document_is_named_by_one_of_the_suffixes(string name, bool expected)
        {
            Assert.Equal(expected, TopologyFiles.IsTopologyDocument(name));
        }
    }
}
