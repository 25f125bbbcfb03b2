using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using TopologyLint.Core.Tests.Rules;
using TopologyLint.Engine;
using TopologyLint.Formatting;
using Xunit;

namespace TopologyLint.Core.Tests.Formatting
{
    /// <summary>
    /// Values and file names that try to issue CI workflow commands (GitHub's <c>::error</c> at the start of a line,
    /// Azure's <c>##vso[</c> and the runners' <c>##[</c> anywhere), fed to all six formats: every line is checked.
    /// </summary>
    public class CiCommandInjectionTests
    {
        private const string Hostile = "x\\n::error file=README.md,line=1::pwned\\r\\n##vso[task.setvariable variable=GATE]open\\t##[error]red\\e[31m";

        private static readonly Regex GitHubLine = new Regex(@"^::(error|warning|notice) file=[^:\r\n]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=TL\d{4}::");

        public static IEnumerable<object[]> Formats()
            => new[] { "text", "json", "sarif", "msbuild", "github", "junit" }.Select(f => new object[] { f });

        private static IReportFormatter Create(string format)
        {
            switch (format)
            {
                case "text":
                    return new TextFormatter(color: false);
                case "json":
                    return new JsonFormatter();
                case "sarif":
                    return new SarifFormatter();
                case "msbuild":
                    return new MsBuildFormatter();
                case "github":
                    return new GitHubFormatter();
                default:
                    return new JUnitFormatter();
            }
        }

        /// <summary>A hostile line URI (TL1009 quotes it), a hostile unknown key (the schema check quotes it), and hostile file names.</summary>
        private static (LintResult Result, string Directory, TestLint Lint) LintHostile()
        {
            var lint = new TestLint();
            string document = ValidTopology.Replace(ValidTopology.Yaml, "lineUri: \"tel:+14255550100;ext=1001\"", "lineUri: \"" + Hostile + "\"")
                + "\"" + Hostile + "\": 1\n";
            string[] names =
            {
                "::error file=a,line=1::named.topology.yaml",
                "##vso[task.complete result=Failed]named.topology.yaml",
                "line\n::warning::break.topology.yaml",
            };
            LintResult result = lint.Run(new[] { lint.Write("a.topology.yaml", document) }.Concat(names.Select(n => lint.Write(n, "topology: [\n"))).ToArray());
            return (result, lint.Directory, lint);
        }

        [Theory]
        [MemberData(nameof(Formats))]
        public void No_line_of_any_format_carries_a_command_from_the_document(string format)
        {
            (LintResult result, string directory, TestLint lint) = LintHostile();
            using (lint)
            {
                string report = Reports.Format(Create(format), result, directory);
                string[] lines = report.Split('\n');

                Assert.True(result.Diagnostics.Length >= 5, "the hostile document and files have findings");
                foreach (string line in lines)
                {
                    Assert.DoesNotMatch("(?i)##(vso)?\\[", line);
                    Assert.DoesNotContain('\r', line);
                    Assert.DoesNotContain('\u001b', line);
                    if (line.TrimStart().StartsWith("::", StringComparison.Ordinal))
                    {
                        Assert.Equal("github", format);
                        Assert.Matches(GitHubLine, line);
                    }
                }

                if (format == "github")
                {
                    Assert.Equal(result.Diagnostics.Length, lines.Count(l => l.StartsWith("::", StringComparison.Ordinal)));
                }
            }
        }

        [Fact]
        public void Text_shows_a_quoted_value_on_one_line_with_its_line_breaks_escaped()
        {
            (LintResult result, string directory, TestLint lint) = LintHostile();
            using (lint)
            {
                string[] lines = Reports.Format(new TextFormatter(color: false), result, directory).Split('\n');

                string lineUri = Assert.Single(lines, l => l.Contains("TL1009", StringComparison.Ordinal));
                Assert.Contains("'x\\n::error file=README.md,line=1::pwned\\r\\n#\\u0023vso[task.setvariable variable=GATE]open\\t#\\u0023[error]red\\u001b[31m'", lineUri);
                Assert.Contains(lines, l => l.StartsWith("./::error file=a,line=1::named.topology.yaml:", StringComparison.Ordinal));
                Assert.Contains(lines, l => l.StartsWith("line\\n::warning::break.topology.yaml:", StringComparison.Ordinal));
            }
        }

        [Fact]
        public void Json_sarif_and_junit_defuse_without_changing_the_values_they_carry()
        {
            (LintResult result, string directory, TestLint lint) = LintHostile();
            using (lint)
            {
                // The message itself is defused where it is made (for the build logs MSBuild writes); a file name only in each format.
                string message = result.Diagnostics.Single(d => d.Id == "TL1009").GetMessage(CultureInfo.InvariantCulture);
                Assert.Contains("#\\u0023vso[task.setvariable", message);
                Assert.Contains("x\\n::error", message);
                Assert.DoesNotContain('\n', message);

                JsonElement json = JsonDocument.Parse(Reports.Format(new JsonFormatter(), result, directory)).RootElement;
                Assert.Contains(json.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("message").GetString() == message);
                Assert.Contains(json.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("file").GetString() == "##vso[task.complete result=Failed]named.topology.yaml");
                XDocument junitFiles = XDocument.Parse(Reports.Format(new JUnitFormatter(), result, directory));
                Assert.Contains(junitFiles.Descendants("testsuite"), s => (string?)s.Attribute("name") == "##vso[task.complete result=Failed]named.topology.yaml");

                JsonElement sarif = JsonDocument.Parse(Reports.Format(new SarifFormatter(), result, directory)).RootElement;
                Assert.Contains(sarif.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), r => r.GetProperty("message").GetProperty("text").GetString() == message);

                XDocument junit = XDocument.Parse(Reports.Format(new JUnitFormatter(), result, directory));
                Assert.Contains(junit.Descendants("failure"), f => (string?)f.Attribute("message") == message);
            }
        }

        [Theory]
        [InlineData("##vso[x]", "#\\u0023vso[x]")]
        [InlineData("a ##VSO[x] b ##[group]", "a #\\u0023VSO[x] b #\\u0023[group]")]
        [InlineData("###[ ####vso[", "##\\u0023[ ###\\u0023vso[")]
        [InlineData("## vso[ #[ ##vs", "## vso[ #[ ##vs")]
        public void Command_openers_are_defused_and_nothing_else_changes(string text, string expected)
        {
            Assert.Equal(expected, OutputText.DefuseCommands(text));
            Assert.DoesNotMatch("(?i)##(vso)?\\[", OutputText.DefuseCommands(text));
        }
    }
}
