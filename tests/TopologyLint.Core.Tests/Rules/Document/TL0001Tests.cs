using System.Globalization;
using Microsoft.CodeAnalysis;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Document;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Document
{
    public class TL0001Tests : RuleTests<SyntaxErrorRule>
    {
        [Theory]
        [InlineData("e.topology.yaml", "[||]")]
        [InlineData("e.topology.json", "{\"a\": [||]}")]
        public void Malformed_documents_give_TL0001_at_the_error(string name, string marked)
        {
            Verify((name, marked));
        }

        [Fact]
        public void An_unclosed_flow_sequence_is_TL0001_at_its_bracket()
        {
            // Numeric: a marker cannot start with '[' followed by its own closing '|}'.
            var lint = VerifyBytes("e.topology.yaml", System.Text.Encoding.UTF8.GetBytes("key: [1, 2\nother: 3\n"));

            Assert.Contains("'['", lint.Single.GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal((0, 5, 0, 6), Position(lint.Single));
        }

        [Fact]
        public void Invalid_utf8_is_TL0001_with_the_byte_offset()
        {
            var lint = VerifyBytes("bad.topology.yaml", new byte[] { (byte)'a', (byte)':', (byte)' ', 0xC3, 0x28, (byte)'\n' });

            Assert.Contains("byte offset 3", lint.Single.GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal((0, 3, 0, 3), Position(lint.Single));
        }

        [Fact]
        public void Utf16_is_refused_clearly()
        {
            var lint = VerifyBytes("u.topology.yaml", new byte[] { 0xFF, 0xFE, (byte)'a', 0 });

            Assert.Contains("UTF-16", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Binary_file_is_TL0001_at_its_first_NUL_byte()
        {
            var lint = VerifyBytes("bin.topology.yaml", new byte[] { (byte)'a', (byte)':', (byte)'\n', (byte)'b', 0, 1, 2, 0xFF });

            Assert.Contains("NUL character at byte offset 4", lint.Single.GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal((1, 1, 1, 1), Position(lint.Single));
        }

        [Fact]
        public void Well_formed_document_gives_no_TL0001()
        {
            Verify(("ok.topology.yaml", "topology: t\n"));
        }

        /// <summary>Bytes that are not UTF-8 cannot carry markers: the one diagnostic is checked by its 0-based position.</summary>
        private static VerifiedLint VerifyBytes(string name, byte[] bytes)
        {
            var fileSystem = new InMemoryFileSystem();
            string path = fileSystem.AddBytes(name, bytes);
            var result = new TopologyLint.Engine.TopologyLinter(fileSystem, new TopologyLint.Engine.LintOptions { MaxDegreeOfParallelism = 1 }).Lint(new[] { path });
            var lint = new VerifiedLint(Descriptor.Id, result);
            Assert.Equal(new[] { Descriptor.Id }, System.Linq.Enumerable.Select(result.Diagnostics, d => d.Id));
            return lint;
        }

        private static (int Line, int Column, int EndLine, int EndColumn) Position(Microsoft.CodeAnalysis.Diagnostic diagnostic)
        {
            var span = diagnostic.Location.GetLineSpan();
            return (span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character);
        }

        [Theory]
        [InlineData("dotnet_diagnostic.TL0001.severity = none")]
        [InlineData("dotnet_diagnostic.TL0001.severity = warning")]
        [InlineData("dotnet_analyzer_diagnostic.category-Document.severity = silent")]
        public void No_configuration_turns_TL0001_off_or_down(string setting)
        {
            using var lint = new TestLint();
            string path = lint.Write("e.topology.yaml", "key: [1, 2\n");
            var configuration = new TopologyLint.Configuration.EditorConfigConfiguration(new[]
            {
                new TopologyLint.Configuration.ConfigurationFile(System.IO.Path.Combine(lint.Directory, ".editorconfig"), "root = true\n[*]\n" + setting + "\n"),
            });

            var result = lint.Run(new[] { path }, new TopologyLint.Engine.LintOptions { MaxDegreeOfParallelism = 1, Configuration = configuration });

            Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result.Diagnostics, d => d.Id == "TL0001").Severity);
        }

        [Fact]
        public void A_suppression_comment_does_not_hide_TL0001()
        {
            using var lint = new TestLint();
            string path = lint.Write("e.topology.yaml", "# topolint-disable TL0001\nkey: [1, 2\n");

            var result = lint.Run(new[] { path });

            Assert.Single(result.Diagnostics, d => d.Id == "TL0001");
            Assert.Empty(result.SuppressedDiagnostics);
        }
    }
}
