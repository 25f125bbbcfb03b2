using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TopologyLint.Core.Tests.Rules;
using TopologyLint.Engine;
using TopologyLint.Formatting;
using Xunit;

namespace TopologyLint.Core.Tests.Formatting
{
    public class GitHubFormatterTests
    {
        [Fact]
        public void Each_diagnostic_is_a_workflow_command_with_position_and_title()
        {
            using var lint = new TestLint();
            LintResult result = lint.Run(new[] { lint.Write("a.topology.yaml", ValidTopology.Yaml + "foo: 1\nfoo: 2\n") });

            string output = Reports.Format(new GitHubFormatter(), result, lint.Directory);

            Assert.Equal(
                "::error file=a.topology.yaml,line=45,col=1,endLine=45,endColumn=4,title=TL0002::Key 'foo' is not allowed here\n" +
                "::error file=a.topology.yaml,line=46,col=1,endLine=46,endColumn=4,title=TL0006::Key 'foo' is already defined in this mapping at line 45\n",
                output);
        }

        [Fact]
        public void Warnings_stay_warnings_and_infos_become_notices()
        {
            using var lint = new TestLint();
            var options = new LintOptions
            {
                MaxDegreeOfParallelism = 1,
                Configuration = new Reports.Severities(new Dictionary<string, ReportDiagnostic> { ["TL0002"] = ReportDiagnostic.Warn, ["TL0006"] = ReportDiagnostic.Info }),
            };
            LintResult result = lint.Run(new[] { lint.Write("a.topology.yaml", ValidTopology.Yaml + "foo: 1\nfoo: 2\n") }, options);

            string[] lines = Reports.Format(new GitHubFormatter(), result, lint.Directory).Split('\n', System.StringSplitOptions.RemoveEmptyEntries);

            Assert.StartsWith("::warning file=a.topology.yaml,line=45,", lines[0]);
            Assert.StartsWith("::notice file=a.topology.yaml,line=46,", lines[1]);
        }

        [Theory]
        [InlineData("50% done\r\nnext", "50%25 done%0D%0Anext")]
        [InlineData("a: b, c", "a: b, c")]
        public void Message_escapes_percent_and_line_breaks(string message, string escaped)
            => Assert.Equal(escaped, GitHubFormatter.EscapeData(message));

        [Theory]
        [InlineData("dir,1/a:b.topology.yaml", "dir%2C1/a%3Ab.topology.yaml")]
        [InlineData("100%\n", "100%25%0A")]
        public void Property_values_also_escape_colon_and_comma(string value, string escaped)
            => Assert.Equal(escaped, GitHubFormatter.EscapeProperty(value));
    }
}
