using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Document
{
    public class TL0005Tests
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
            using var lint = new TestLint();
            Directory.CreateDirectory(Path.Combine(lint.Directory, "root", "fragments"));
            File.WriteAllText(Path.Combine(lint.Directory, "outside.yaml"), "users: []\n");
            var diagnostics = lint.Lint("root/a.topology.yaml", Head + "include:\n  - \"" + include + "\"\n");
            Diagnostic d = Assert.Single(diagnostics, x => x.Id == "TL0005");
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.Equal((5, 5, 5, 7 + include.Length), d.Span());
            Assert.Contains(message, d.GetMessage());
        }

        [Fact]
        public void Fragment_with_a_root_key_is_reported_at_that_key_in_the_fragment()
        {
            using var lint = new TestLint();
            lint.Write("f.yaml", "users: []\ntopology: other\n");
            var diagnostics = lint.Lint("a.topology.yaml", Head + "include: [f.yaml]\n");
            Diagnostic d = Assert.Single(diagnostics, x => x.Id == "TL0005");
            Assert.EndsWith("f.yaml", d.Location.GetLineSpan().Path);
            Assert.Equal((2, 1, 2, 9), d.Span());
        }

        [Fact]
        public void Fragments_are_merged_in_include_order_and_not_linted_alone()
        {
            using var lint = new TestLint();
            string fragment = lint.Write("users/b.topology.yaml", "users:\n  - {sip: b@contoso.com, site: nowhere}\n");
            lint.Write("users/a.yaml", "users:\n  - {sip: a@contoso.com, site: nowhere}\n");
            string root = lint.Write("a.topology.yaml", Head + "include: [users/a.yaml, users/*.topology.yaml]\n");
            var result = lint.Run(new[] { root, fragment });
            Assert.Single(result.Files);
            Assert.DoesNotContain(result.Diagnostics, x => x.Id == "TL0005");
            Assert.Equal(new[] { "a.yaml", "b.topology.yaml" }, result.Diagnostics.Where(x => x.Id == "TL0003").Select(x => Path.GetFileName(x.Location.GetLineSpan().Path)).ToArray());
        }
    }
}
