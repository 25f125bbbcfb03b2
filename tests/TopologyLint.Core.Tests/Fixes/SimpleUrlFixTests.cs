using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Engine;
using TopologyLint.Fixes;
using Xunit;

namespace TopologyLint.Core.Tests.Fixes
{
    /// <summary>TL5008's safe fix, <c>http://</c> to <c>https://</c>: before/after in each quoting style, and where no fix is offered.</summary>
    public class SimpleUrlFixTests
    {
        private const string Head = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\n";

        private static string WithUrls(string meetUrl, string dialin = "\"https://dialin.contoso.com\"")
            => Head + "simpleUrls:\n  meet:\n    - {domain: contoso.com, url: " + meetUrl + "}  # the Meet URL\n  dialin: " + dialin + "\n";

        [Theory]
        [InlineData("\"http://meet.contoso.com\"", "\"https://meet.contoso.com\"")]
        [InlineData("'http://meet.contoso.com/x'", "'https://meet.contoso.com/x'")]
        [InlineData("http://meet.contoso.com", "https://meet.contoso.com")]
        [InlineData("\"HTTP://Meet.contoso.com\"", "\"https://Meet.contoso.com\"")]
        public void The_scheme_becomes_https_and_nothing_else_changes(string written, string fixedUrl)
        {
            string after = Fixing.Apply("t.topology.yaml", WithUrls(written).Replace("\n", "\r\n"), "TL5008", FixKind.Fix);

            Assert.Equal(WithUrls(fixedUrl).Replace("\n", "\r\n"), after);
        }

        [Fact]
        public void Json_keeps_its_layout()
        {
            string before = "{\n  \"topology\": \"t\",\n  \"product\": \"lync-server-2013\",\n  \"sipDomains\": [\"contoso.com\"],\n  \"simpleUrls\": {\n    \"meet\": [{\"domain\": \"contoso.com\", \"url\": \"https://meet.contoso.com\"}],\n    \"dialin\": \"http://dialin.contoso.com\"\n  }\n}\n";

            Assert.Equal(before.Replace("\"http://", "\"https://", System.StringComparison.Ordinal), Fixing.Apply("t.topology.json", before, "TL5008", FixKind.Fix));
        }

        [Theory]
        [InlineData("\"meet.contoso.com\"")]
        [InlineData("\"ftp://meet.contoso.com\"")]
        [InlineData("\"http:/meet.contoso.com\"")]
        [InlineData("\"\\x68ttp://meet.contoso.com\"")]
        public void Offers_nothing_without_an_http_scheme_written_as_such(string written)
        {
            ImmutableArray<DiagnosticFix> fixes = Fixing.FixesOf("t.topology.yaml", WithUrls(written), "TL5008", out Diagnostic diagnostic);

            Assert.Contains("does not start with https://", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
            Assert.DoesNotContain(fixes, f => f.Kind == FixKind.Fix);
        }

        [Fact]
        public void Only_the_scheme_diagnostic_of_a_url_gets_the_fix()
        {
            // The URL also holds a port: that diagnostic is at the same place, and https does not cure it.
            using var lint = new TestLint();
            LintResult result = lint.Run(new[] { lint.Write("t.topology.yaml", WithUrls("\"http://meet.contoso.com:8080\"")) });
            Diagnostic[] diagnostics = result.Diagnostics.Where(d => d.Id == "TL5008").ToArray();

            Assert.Equal(2, diagnostics.Length);
            Assert.Equal(
                new[] { 1, 0 },
                diagnostics.Select(d => FixCatalog.GetFixes(result.Files.Single(), d).Count(f => f.Kind == FixKind.Fix)));
        }

        [Fact]
        public void The_fixed_document_no_longer_has_the_diagnostic()
        {
            string fixedText = Fixing.Apply("t.topology.yaml", WithUrls("\"http://meet.contoso.com\""), "TL5008", FixKind.Fix);

            using var lint = new TestLint();
            Assert.DoesNotContain(lint.Lint("t.topology.yaml", fixedText), d => d.Id is "TL5008" or "TL0001" or "TL0002");
        }
    }
}
