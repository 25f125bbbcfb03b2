using System.Globalization;
using System.IO;
using System.Linq;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Engine;
using TopologyLint.Rules.Document;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Document
{
    public class TL0005Tests : RuleTests<IncludeRule>
    {
        private const string Head = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\n";

        [Theory]
        [InlineData("missing.yaml", "does not exist")]
        [InlineData("../outside.yaml", "outside the root document's directory")]
        [InlineData("/etc/passwd", "absolute path")]
        [InlineData("fragments", "is a directory")]
        [InlineData("*.topology.yaml", "includes the root document itself")]
        [InlineData("nothing/*.yaml", "matches no file")]
        public void Unusable_include_is_reported_at_the_include_entry(string include, string message)
        {
            var fileSystem = new InMemoryFileSystem();
            fileSystem.AddDirectory("root/fragments");
            fileSystem.Add("outside.yaml", "users: []\n");

            var lint = VerifyIn(fileSystem, null, ("root/a.topology.yaml", Head + "include:\n  - [|\"" + include + "\"|]\n"));

            Assert.Contains(message, lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fragment_with_a_root_key_is_reported_at_that_key_in_the_fragment()
        {
            Verify(("a.topology.yaml", Head + "include: [f.yaml]\n"), ("f.yaml", "users: []\n[|topology|]: other\n"));
        }

        [Fact]
        public void Fragments_are_merged_in_include_order_and_not_linted_alone()
        {
            var fileSystem = new InMemoryFileSystem();
            string fragment = fileSystem.Add("users/b.topology.yaml", "users:\n  - {sip: b@contoso.com, site: nowhere}\n");
            fileSystem.Add("users/a.yaml", "users:\n  - {sip: a@contoso.com, site: nowhere}\n");
            string root = fileSystem.Add("a.topology.yaml", Head + "include: [users/a.yaml, users/*.topology.yaml]\n");

            LintResult result = new TopologyLinter(fileSystem, new LintOptions { MaxDegreeOfParallelism = 1 }).Lint(new[] { root, fragment });

            Assert.Single(result.Files);
            Assert.DoesNotContain(result.Diagnostics, x => x.Id == "TL0005");
            Assert.Equal(new[] { "a.yaml", "b.topology.yaml" }, result.Diagnostics.Where(x => x.Id == "TL0003").Select(x => Path.GetFileName(x.Location.GetLineSpan().Path)).ToArray());
        }
    }
}
