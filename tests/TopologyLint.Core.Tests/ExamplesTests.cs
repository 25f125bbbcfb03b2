using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Engine;
using TopologyLint.Loading;
using Xunit;

namespace TopologyLint.Core.Tests
{
    /// <summary>The checked-in examples: the clean ones stay clean, the broken ones give exactly the reviewed snapshot.</summary>
    public class ExamplesTests
    {
        [Theory]
        [InlineData("contoso")]
        [InlineData("contoso-json")]
        public void A_clean_example_gives_no_diagnostic(string example)
        {
            LintResult result = LintExample(example);

            Assert.NotEmpty(result.Files);
            Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        }

        [Fact]
        public void The_broken_examples_give_exactly_the_expected_diagnostics()
        {
            string directory = ExampleTwinTests.RepositoryPath("examples/broken");
            string[] expected = File.ReadAllLines(Path.Combine(directory, "expected.txt")).Where(l => l.Length > 0).ToArray();

            string[] actual = LintExample("broken").Diagnostics.Select(d => Describe(d, directory)).ToArray();

            Assert.Equal(expected, actual);
        }

        [Fact]
        public void Every_rule_from_tl1001_on_fires_in_the_broken_examples()
        {
            var fired = new HashSet<string>(LintExample("broken").Diagnostics.Select(d => d.Id));

            string[] silent = TopologyLint.Analysis.RuleCatalog.Rules
                .Select(r => r.Descriptor.Id)
                .Where(id => string.CompareOrdinal(id, "TL1001") >= 0 && !fired.Contains(id))
                .ToArray();

            Assert.Empty(silent);
        }

        /// <summary>Lints every root document (<c>*.topology.yaml|yml|json</c>) at the top of the example's directory.</summary>
        private static LintResult LintExample(string example)
        {
            string directory = ExampleTwinTests.RepositoryPath("examples/" + example);
            string[] roots = Directory.GetFiles(directory)
                .Where(p => p.EndsWith(".topology.yaml", StringComparison.Ordinal) || p.EndsWith(".topology.yml", StringComparison.Ordinal) || p.EndsWith(".topology.json", StringComparison.Ordinal))
                .ToArray();
            return new TopologyLinter(PhysicalFileSystem.Instance, new LintOptions { MaxDegreeOfParallelism = 1 }).Lint(roots);
        }

        /// <summary>"file:line:col: severity ID", the file relative to the example directory with forward slashes.</summary>
        private static string Describe(Diagnostic diagnostic, string directory)
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            string file = Path.GetRelativePath(directory, span.Path).Replace('\\', '/');
            string severity = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                DiagnosticSeverity.Info => "info",
                _ => "hidden",
            };
            return $"{file}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}: {severity} {diagnostic.Id}";
        }
    }
}
