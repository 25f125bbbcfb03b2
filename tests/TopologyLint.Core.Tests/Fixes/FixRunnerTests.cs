using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Fixes;
using Xunit;

namespace TopologyLint.Core.Tests.Fixes
{
    /// <summary>The applier's passes and the runner over files: bytes kept (BOM, CRLF), fragments fixed, idempotence, nothing written.</summary>
    public class FixRunnerTests
    {
        private const string Head = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\n";

        [Fact]
        public void Overlapping_fixes_wait_for_a_later_pass_and_equal_ones_apply_once()
        {
            var text = SourceText.From("abcdef");
            Diagnostic diagnostic = Diagnostic.Create("X", "c", "m", DiagnosticSeverity.Error, DiagnosticSeverity.Error, true, 0);
            DiagnosticFix Fix(int start, int length, string newText) => new DiagnosticFix(diagnostic, newText, FixKind.Fix, ImmutableArray.Create(new TextEdit("f", new TextSpan(start, length), newText)));

            FixApplier.Pass pass = FixApplier.Apply(new[] { Fix(0, 2, "X"), Fix(1, 2, "Y"), Fix(4, 1, "Z"), Fix(4, 1, "Z"), Fix(2, 0, "W") }, _ => text);

            Assert.Equal("XcdZf", pass.Texts["f"]);
            Assert.Equal(new[] { "X", "Z" }, pass.Applied.Select(f => f.Title));
            Assert.Equal(new[] { "Y", "W" }, pass.Deferred.Select(f => f.Title));
        }

        [Fact]
        public void Fixes_keep_bom_crlf_and_every_other_byte_and_a_second_run_changes_nothing()
        {
            using var lint = new TestLint();
            string yaml = (Head + "users:\n  # topolint-disable-next-line TL1O08 -- pending\n  - {sip: a@contoso.com, enabled: true, enterpriseVoice: true, lineUri: \"+1 425 555 0100\"}\n  - {sip: b@contoso.com, lineUri: 'tel:+1-425-555-0101;EXT=7'}\n").Replace("\n", "\r\n");
            string path = lint.WriteBytes("t.topology.yaml", Fixing.Bom.Concat(Fixing.Utf8(yaml)).ToArray());
            string expected = (Head + "users:\n  # topolint-disable-next-line TL1008 -- pending\n  - {sip: a@contoso.com, enabled: true, enterpriseVoice: true, lineUri: \"tel:+14255550100\"}\n  - {sip: b@contoso.com, lineUri: 'tel:+14255550101;ext=7'}\n").Replace("\n", "\r\n");

            FixOutcome outcome = Fixing.Run(path);

            FixedFile file = Assert.Single(outcome.Files);
            Assert.Equal(Fixing.Bom.Concat(Fixing.Utf8(expected)).ToArray(), file.FixedBytes);
            Assert.Equal(new[] { "TL0008", "TL1009", "TL1009" }, file.Applied.Select(f => f.Diagnostic.Id).OrderBy(i => i));
            Assert.DoesNotContain(outcome.Result.Diagnostics, d => d.Id is "TL0008" or "TL1009" or "TL0001" or "TL0002");
            Assert.Equal(Fixing.Bom.Concat(Fixing.Utf8(yaml)).ToArray(), File.ReadAllBytes(path));

            File.WriteAllBytes(path, file.FixedBytes);
            FixOutcome again = Fixing.Run(path);
            Assert.Empty(again.Files);
            Assert.Equal(0, again.Passes);
        }

        [Fact]
        public void A_fragment_is_fixed_in_its_own_file()
        {
            using var lint = new TestLint();
            string root = lint.Write("t.topology.yaml", Head + "include: [more.yaml]\n");
            string fragment = lint.Write("more.yaml", "users:\n  - {sip: a@contoso.com, lineUri: \"+1 425 555 0100\"}\n");

            FixOutcome outcome = Fixing.Run(root);

            FixedFile file = Assert.Single(outcome.Files);
            Assert.Equal(fragment, file.Path);
            Assert.Equal("users:\n  - {sip: a@contoso.com, lineUri: \"tel:+14255550100\"}\n", Fixing.Decode(file.FixedBytes));
        }

        [Fact]
        public void Suggestions_are_never_applied()
        {
            using var lint = new TestLint();
            string path = lint.Write("t.topology.yaml", Head + "pools:\n  - {fqdn: e.contoso.com, role: edge, edgeServices: [access]}\n");

            Assert.Empty(Fixing.Run(path).Files);
        }
    }
}
