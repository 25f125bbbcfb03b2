using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Core.Tests.Rules;
using TopologyLint.Engine;
using TopologyLint.Formatting;
using Xunit;

namespace TopologyLint.Core.Tests.Formatting
{
    public class JUnitFormatterTests
    {
        private const string Broken = ValidTopology.Yaml + "foo: 1\nfoo: 2\n";
        private const string Clean = ValidTopology.Yaml;

        [Fact]
        public void One_suite_per_file_and_one_failing_case_per_error_with_counts_that_add_up()
        {
            using var lint = new TestLint();
            LintResult result = lint.Run(new[] { lint.Write("a.topology.yaml", Broken), lint.Write("b.topology.yaml", Clean) });

            XElement root = Parse(Reports.Format(new JUnitFormatter(), result, lint.Directory));

            Assert.Equal("testsuites", root.Name.LocalName);
            Assert.Equal(new[] { "a.topology.yaml", "b.topology.yaml" }, root.Elements("testsuite").Select(s => (string)s.Attribute("name")!));
            XElement broken = root.Elements("testsuite").First();
            Assert.Equal(new[] { "TL0002", "TL0006" }, broken.Elements("testcase").Select(c => (string)c.Element("failure")!.Attribute("type")!));
            Assert.Equal("Key 'foo' is already defined in this mapping at line 45", (string)broken.Elements("testcase").Last().Element("failure")!.Attribute("message")!);
            Assert.Equal("a.topology.yaml:46:1: error TL0006: Key 'foo' is already defined in this mapping at line 45", broken.Elements("testcase").Last().Element("failure")!.Value.Split('\n')[0]);
            XElement clean = root.Elements("testsuite").Last();
            Assert.Equal("no diagnostics", (string)Assert.Single(clean.Elements("testcase")).Attribute("name")!);
            AssertCountsAddUp(root);
            Assert.Equal(("3", "2"), ((string)root.Attribute("tests")!, (string)root.Attribute("failures")!));
        }

        [Fact]
        public void Case_names_are_the_rule_and_the_item_and_survive_lines_added_above()
        {
            string badNumber = ValidTopology.Yaml.Replace("\"tel:+14255550100;ext=1001\"", "\"425-555-0101\"");
            using var lint = new TestLint();
            string[] before = CaseNames(lint, badNumber + "foo: 1\nfoo: 2\nfoo: 3\n");
            string[] after = CaseNames(lint, "# owner: telephony\n# reviewed 2026\n\n" + badNumber + "foo: 1\nfoo: 2\nfoo: 3\n");

            Assert.Contains(before, name => name.StartsWith("TL1009 ", System.StringComparison.Ordinal) && name.Contains("[sip=bob@contoso.com]"));
            Assert.Equal(before, after);
            Assert.Equal(before.Length, before.Distinct().Count());
            Assert.DoesNotContain(before, name => System.Text.RegularExpressions.Regex.IsMatch(name, @"\d+:\d+"));
        }

        /// <summary>
        /// The attributes the Jenkins JUnit schema (xunit plugin, junit-10.xsd) allows and requires on each element,
        /// as its documentation lists them; <c>file</c> and <c>line</c> on a test case are not among them.
        /// </summary>
        [Fact]
        public void Report_uses_only_the_attributes_the_Jenkins_schema_allows()
        {
            var allowed = new Dictionary<string, string[]>
            {
                ["testsuites"] = new[] { "name", "time", "tests", "failures", "errors" },
                ["testsuite"] = new[] { "name", "tests", "failures", "errors", "group", "time", "skipped", "timestamp", "hostname", "id", "package", "file", "log", "url" },
                ["testcase"] = new[] { "name", "time", "classname", "group" },
                ["failure"] = new[] { "type", "message" },
            };
            var required = new Dictionary<string, string[]>
            {
                ["testsuite"] = new[] { "name", "tests", "failures", "errors" },
                ["testcase"] = new[] { "name" },
            };
            using var lint = new TestLint();
            LintResult result = lint.Run(new[] { lint.Write("a.topology.yaml", Broken), lint.Write("b.topology.yaml", Clean) });

            XElement root = Parse(Reports.Format(new JUnitFormatter(), result, lint.Directory));

            foreach (XElement element in root.DescendantsAndSelf().Where(e => allowed.ContainsKey(e.Name.LocalName)))
            {
                Assert.All(element.Attributes(), a => Assert.Contains(a.Name.LocalName, allowed[element.Name.LocalName]));
                if (required.TryGetValue(element.Name.LocalName, out string[]? names))
                {
                    Assert.All(names, n => Assert.NotNull(element.Attribute(n)));
                }
            }

            Assert.All(root.DescendantsAndSelf(), e => Assert.Contains(e.Name.LocalName, new[] { "testsuites", "testsuite", "testcase", "failure", "system-out" }));
        }

        [Fact]
        public void Warnings_and_infos_are_passing_cases_whose_output_holds_the_diagnostic()
        {
            using var lint = new TestLint();
            var options = new LintOptions
            {
                MaxDegreeOfParallelism = 1,
                Configuration = new Reports.Severities(new Dictionary<string, ReportDiagnostic> { ["TL0002"] = ReportDiagnostic.Warn, ["TL0006"] = ReportDiagnostic.Info }),
            };
            LintResult result = lint.Run(new[] { lint.Write("a.topology.yaml", Broken) }, options);

            XElement root = Parse(Reports.Format(new JUnitFormatter(), result, lint.Directory));

            XElement[] cases = root.Descendants("testcase").ToArray();
            Assert.Equal(2, cases.Length);
            Assert.All(cases, c => Assert.Null(c.Element("failure")));
            Assert.StartsWith("a.topology.yaml:45:1: warning TL0002:", cases[0].Element("system-out")!.Value);
            Assert.StartsWith("a.topology.yaml:46:1: info TL0006:", cases[1].Element("system-out")!.Value);
            AssertCountsAddUp(root);
        }

        [Fact]
        public void Fragments_get_their_own_suite_and_markup_in_messages_stays_well_formed()
        {
            using var lint = new TestLint();
            lint.Write("fragments/users.yaml", "users: []\n\"<b>&amp;\": 1\n");
            LintResult result = lint.Run(new[] { lint.Write("a.topology.yaml", Clean + "include: [fragments/users.yaml]\n") });

            XElement root = Parse(Reports.Format(new JUnitFormatter(), result, lint.Directory));

            Assert.Equal(new[] { "a.topology.yaml", "fragments/users.yaml" }, root.Elements("testsuite").Select(s => (string)s.Attribute("name")!));
            Assert.Contains(root.Descendants("failure"), f => ((string)f.Attribute("message")!).Contains("<b>&amp;"));
            AssertCountsAddUp(root);
        }

        /// <summary>Parses with the strict XML reader: a report that is not well-formed fails here.</summary>
        private static string[] CaseNames(TestLint lint, string yaml)
        {
            LintResult result = lint.Run(new[] { lint.Write("a.topology.yaml", yaml) });
            return Parse(Reports.Format(new JUnitFormatter(), result, lint.Directory)).Descendants("testcase").Select(c => (string)c.Attribute("name")!).ToArray();
        }

        private static XElement Parse(string xml)
        {
            using var reader = new StringReader(xml);
            return XDocument.Load(reader).Root!;
        }

        private static void AssertCountsAddUp(XElement root)
        {
            foreach (XElement suite in root.Elements("testsuite"))
            {
                Assert.Equal(suite.Elements("testcase").Count(), (int)suite.Attribute("tests")!);
                Assert.Equal(suite.Elements("testcase").Count(c => c.Element("failure") != null), (int)suite.Attribute("failures")!);
            }

            Assert.Equal(root.Elements("testsuite").Sum(s => (int)s.Attribute("tests")!), (int)root.Attribute("tests")!);
            Assert.Equal(root.Elements("testsuite").Sum(s => (int)s.Attribute("failures")!), (int)root.Attribute("failures")!);
        }
    }
}
