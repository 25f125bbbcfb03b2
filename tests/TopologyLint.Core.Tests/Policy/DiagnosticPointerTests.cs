using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using Xunit;

namespace TopologyLint.Core.Tests.Policy
{
    /// <summary>The JSON pointer recorded on diagnostics, which baselines use instead of line numbers.</summary>
    public class DiagnosticPointerTests
    {
        [Theory]
        [InlineData("a.topology.yaml", "topology: t\nsites:\n  - id: a\n    kind: central\n  - id: b\n    kind: central\n    kind: branch\n", "/sites/1/kind")]
        [InlineData("a.topology.json", "{\"topology\": \"t\", \"x/y\": {\"k~\": 1, \"k~\": 2}}", "/x~1y/k~0")]
        [InlineData("a.topology.yaml", "topology: t\ntopology: u\n", "/topology")]
        public void Duplicate_key_records_the_pointer_the_key_would_have(string name, string text, string pointer)
        {
            using var lint = new TestLint();
            Diagnostic duplicate = Assert.Single(lint.Lint(name, text), d => d.Id == "TL0006");

            Assert.Equal(pointer, duplicate.Properties[DiagnosticProperties.Pointer]);
        }

        [Fact]
        public void Rule_diagnostics_record_the_pointer_of_the_node_they_are_reported_at()
        {
            using var lint = new TestLint();
            var diagnostics = lint.Lint("a.topology.yaml", "topology: t\nsites:\n  - id: a\n    kind: central\n  - id: a\n    kind: branch\n");

            Diagnostic duplicate = Assert.Single(diagnostics, d => d.Id == "TL0004");
            Assert.Equal("/sites/1/id", duplicate.Properties[DiagnosticProperties.Pointer]);
            Assert.All(diagnostics.Where(d => d.Id == "TL0002"), d => Assert.StartsWith("/", d.Properties[DiagnosticProperties.Pointer]));
        }
    }
}
