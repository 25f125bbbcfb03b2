using Xunit;

namespace TopologyLint.Core.Tests.Documentation
{
    public sealed class GitIgnoreRulesTests
    {
        [Theory]
        [InlineData("bin/", "src/TopologyLint.Core/bin", true, true)]
        [InlineData("bin/", "src/TopologyLint.Core/bin", false, false)]
        [InlineData("bench/data/", "bench/data", true, true)]
        [InlineData("bench/data/", "tools/bench/data", true, false)]
        [InlineData("/out", "out", false, true)]
        [InlineData("/out", "fuzz/out", false, false)]
        [InlineData("*.user", "src/App/App.csproj.user", false, true)]
        [InlineData("*.user", "src/App/App.csproj", false, false)]
        [InlineData("?.txt", "a.txt", false, true)]
        [InlineData("?.txt", "ab.txt", false, false)]
        [InlineData("[!a]b.md", "cb.md", false, true)]
        [InlineData("[!a]b.md", "ab.md", false, false)]
        [InlineData("docs/**/draft.md", "docs/draft.md", false, true)]
        [InlineData("docs/**/draft.md", "docs/a/b/draft.md", false, true)]
        [InlineData("**/cache", "a/b/cache", true, true)]
        [InlineData("docs/**", "docs/a/b.md", false, true)]
        [InlineData("# bin", "bin", true, false)]
        [InlineData("\\#notes.md", "#notes.md", false, true)]
        [InlineData("bin ", "bin", true, true)]
        public void A_pattern_in_the_root_gitignore_matches_as_git_does(string pattern, string path, bool isDirectory, bool ignored)
        {
            GitIgnoreRules rules = GitIgnoreRules.None.With(string.Empty, new[] { pattern });

            Assert.Equal(ignored, rules.IsIgnored(path, isDirectory));
        }

        [Fact]
        public void A_nested_gitignore_applies_only_below_its_directory()
        {
            GitIgnoreRules rules = GitIgnoreRules.None.With("editors/vscode", new[] { "*.vsix", "node_modules/" });

            Assert.True(rules.IsIgnored("editors/vscode/topolint.vsix", isDirectory: false));
            Assert.True(rules.IsIgnored("editors/vscode/node_modules", isDirectory: true));
            Assert.False(rules.IsIgnored("topolint.vsix", isDirectory: false));
            Assert.False(rules.IsIgnored("editors/vscode-old/topolint.vsix", isDirectory: false));
        }

        [Fact]
        public void The_last_matching_pattern_decides_and_deeper_files_come_last()
        {
            GitIgnoreRules rules = GitIgnoreRules.None
                .With(string.Empty, new[] { "*.md", "!README.md" })
                .With("docs", new[] { "README.md" });

            Assert.True(rules.IsIgnored("notes.md", isDirectory: false));
            Assert.False(rules.IsIgnored("README.md", isDirectory: false));
            Assert.True(rules.IsIgnored("docs/README.md", isDirectory: false));
        }

        [Fact]
        public void The_repository_gitignore_files_leave_out_what_a_fresh_clone_lacks()
        {
            string root = ExampleTwinTests.RepositoryPath(".");
            GitIgnoreRules rules = GitIgnoreRules.None.WithFileIn(root, string.Empty);
            GitIgnoreRules extension = rules.WithFileIn(ExampleTwinTests.RepositoryPath("editors/vscode"), "editors/vscode");

            Assert.True(rules.IsIgnored("bench/data", isDirectory: true));
            Assert.True(rules.IsIgnored("src/TopologyLint.Core/bin", isDirectory: true));
            Assert.True(rules.IsIgnored("tests/TopologyLint.Core.Tests/obj", isDirectory: true));
            Assert.True(extension.IsIgnored("editors/vscode/node_modules", isDirectory: true));
            Assert.False(extension.IsIgnored("editors/vscode/package.json", isDirectory: false));
            Assert.False(rules.IsIgnored("docs", isDirectory: true));
            Assert.False(rules.IsIgnored("bench/README.md", isDirectory: false));
        }
    }
}
