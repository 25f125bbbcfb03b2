using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Hostile
{
    /// <summary>
    /// Inputs the fuzzer (fuzz/run.sh) found crashing the engine or misplacing a diagnostic, minimized.
    /// Each is now reported as diagnostics positioned where its line and column agree with its offset.
    /// </summary>
    public class FuzzRegressionTests
    {
        [Theory]
        // YamlDotNet's marks at the end of the input said line 2 while the offset said line 1.
        [InlineData("eof.topology.yaml", "{", "TL0001@1:2", "did not find expected node content")]
        [InlineData("key.topology.yaml", "?  ?", "TL0001@1:5", "A mapping key must be a scalar")]
        [InlineData("empty-key.topology.yaml", " : ? : :", "TL0001@1:9 TL0006@1:9", "Key '' is already defined")]
        // YamlDotNet threw ArgumentException (a %TAG-less tag handle it takes for a URI) and ArgumentOutOfRangeException (escaped lone surrogates).
        [InlineData("tag.topology.yaml", "!!+: 1", "TL0001@1:5", "Global tags must be valid URIs")]
        [InlineData("high.topology.yaml", "a: \"\\ud83d\\ud83d\"", "TL0001@1:2", "valid low surrogate")]
        [InlineData("low.topology.yaml", "a: \"\\ude00\\ud83d\"", "TL0001@1:2", "valid high surrogate")]
        // System.Text.Json reads a lone escaped surrogate and throws InvalidOperationException only when the string is decoded.
        [InlineData("high.topology.json", "{\"a\": \"\\ud83d\"}", "TL0001@1:7", "the string cannot be decoded")]
        [InlineData("low.topology.json", "{\"a\": \"\\ude00\"}", "TL0001@1:7", "the string cannot be decoded")]
        [InlineData("key.topology.json", "{\"\\ud83dx\": 1}", "TL0001@1:2", "the string cannot be decoded")]
        public void Fuzzer_finding_is_reported_where_its_line_and_column_agree_with_its_offset(string name, string text, string positions, string message)
        {
            using var lint = new TestLint();
            IReadOnlyList<Diagnostic> diagnostics = lint.Lint(name, text);
            Assert.Equal(positions, string.Join(" ", diagnostics.Positions()));
            Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(message, System.StringComparison.Ordinal));
            foreach (Diagnostic diagnostic in diagnostics)
            {
                PositionAssert.WithinText(diagnostic, Microsoft.CodeAnalysis.Text.SourceText.From(text));
            }
        }
    }

    internal static class PositionAssert
    {
        /// <summary>The diagnostic lies inside the text, and its line and column are those of its offsets.</summary>
        public static void WithinText(Diagnostic diagnostic, Microsoft.CodeAnalysis.Text.SourceText text)
        {
            Microsoft.CodeAnalysis.Text.TextSpan span = diagnostic.Location.SourceSpan;
            FileLinePositionSpan lineSpan = diagnostic.Location.GetLineSpan();
            Assert.True(span.End <= text.Length, $"{diagnostic.Id} at {span} ends past the text ({text.Length} characters)");
            Assert.Equal(text.Lines.GetLinePosition(span.Start), lineSpan.StartLinePosition);
            Assert.Equal(text.Lines.GetLinePosition(span.End), lineSpan.EndLinePosition);
        }

        public static void AllWithinText(IEnumerable<Diagnostic> diagnostics, IReadOnlyDictionary<string, Microsoft.CodeAnalysis.Text.SourceText> texts)
        {
            foreach (Diagnostic diagnostic in diagnostics)
            {
                WithinText(diagnostic, texts[diagnostic.Location.GetLineSpan().Path]);
            }
        }
    }
}
