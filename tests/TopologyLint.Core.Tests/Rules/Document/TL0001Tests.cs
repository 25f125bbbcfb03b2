using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Document
{
    public class TL0001Tests
    {
        [Theory]
        [InlineData("e.topology.yaml", "", 1, 1)]
        [InlineData("e.topology.yaml", "key: [1, 2\nother: 3\n", 1, 8)]
        [InlineData("e.topology.json", "{\"a\": }", 1, 7)]
        public void Malformed_documents_give_TL0001_at_the_error(string name, string text, int line, int column)
        {
            using var lint = new TestLint();
            Diagnostic error = Assert.Single(lint.Lint(name, text), d => d.Id == "TL0001");
            Assert.Equal(DiagnosticSeverity.Error, error.Severity);
            (int l, int c, _, _) = error.Span();
            Assert.Equal((line, column), (l, c));
        }

        [Fact]
        public void Invalid_utf8_is_TL0001_with_the_byte_offset()
        {
            using var lint = new TestLint();
            string path = lint.WriteBytes("bad.topology.yaml", new byte[] { (byte)'a', (byte)':', (byte)' ', 0xC3, 0x28, (byte)'\n' });
            Diagnostic error = Assert.Single(lint.Run(new[] { path }).Diagnostics);
            Assert.Equal("TL0001", error.Id);
            Assert.Contains("byte offset 3", error.GetMessage());
            Assert.Equal((1, 4, 1, 4), error.Span());
        }

        [Fact]
        public void Utf16_is_refused_clearly()
        {
            using var lint = new TestLint();
            string path = lint.WriteBytes("u.topology.yaml", new byte[] { 0xFF, 0xFE, (byte)'a', 0 });
            Diagnostic error = Assert.Single(lint.Run(new[] { path }).Diagnostics);
            Assert.Contains("UTF-16", error.GetMessage());
        }

        [Fact]
        public void Binary_file_is_TL0001_at_its_first_NUL_byte()
        {
            using var lint = new TestLint();
            string path = lint.WriteBytes("bin.topology.yaml", new byte[] { (byte)'a', (byte)':', (byte)'\n', (byte)'b', 0, 1, 2, 0xFF });
            Diagnostic error = Assert.Single(lint.Run(new[] { path }).Diagnostics);
            Assert.Equal("TL0001", error.Id);
            Assert.Contains("NUL character at byte offset 4", error.GetMessage());
            Assert.Equal((2, 2, 2, 2), error.Span());
        }

        [Fact]
        public void Well_formed_document_gives_no_TL0001()
        {
            using var lint = new TestLint();
            Assert.DoesNotContain(lint.Lint("ok.topology.yaml", "topology: t\n"), d => d.Id == "TL0001");
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
