using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Document
{
    public class TL0006Tests
    {
        [Fact]
        public void Duplicate_key_is_reported_at_the_second_key_and_the_first_wins()
        {
            using var lint = new TestLint();
            var diagnostics = lint.Lint("d.topology.yaml", "a: 1\nb: 2\na: 3\n");
            Diagnostic duplicate = Assert.Single(diagnostics, d => d.Id == "TL0006");
            Assert.Equal((3, 1, 3, 2), duplicate.Span());
        }

        [Fact]
        public void Duplicate_key_in_json_is_reported_at_the_second_key()
        {
            using var lint = new TestLint();
            var diagnostics = lint.Lint("d.topology.json", "{\"a\": 1,\n \"a\": 2}");
            Diagnostic duplicate = Assert.Single(diagnostics, d => d.Id == "TL0006");
            Assert.Equal((2, 2, 2, 5), duplicate.Span());
        }

        [Fact]
        public void Equal_keys_in_different_mappings_give_nothing()
        {
            using var lint = new TestLint();
            Assert.DoesNotContain(lint.Lint("d.topology.yaml", "a: {k: 1}\nb: {k: 2}\n"), d => d.Id == "TL0006");
        }
    }
}
