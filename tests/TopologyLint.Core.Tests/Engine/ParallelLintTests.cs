using System.Collections.Generic;
using System.Globalization;
using TopologyLint.Core.Tests.Formatting;
using TopologyLint.Engine;
using TopologyLint.Formatting;
using Xunit;

namespace TopologyLint.Core.Tests.Engine
{
    public class ParallelLintTests
    {
        [Fact]
        public void Output_is_identical_whatever_the_degree_of_parallelism()
        {
            using var lint = new TestLint();
            lint.Write("fragments/shared-users.yaml", "users:\n  - {sip: a@contoso.com, site: nowhere}\nbogus: 1\n");
            var paths = new List<string>();
            for (int i = 0; i < 200; i++)
            {
                paths.Add(lint.Write(string.Format(CultureInfo.InvariantCulture, "d{0}/t{1:000}.topology.yaml", i % 7, i), Document(i)));
            }

            string sequential = Lint(lint, paths, parallelism: 1);
            string parallel = Lint(lint, paths, parallelism: 4);
            string parallelReversed = Lint(lint, Reversed(paths), parallelism: 8);

            Assert.Contains("TL0001", sequential);
            Assert.Contains("TL0006", sequential);
            Assert.Contains("fragments/shared-users.yaml", sequential);
            Assert.Equal(sequential, parallel);
            Assert.Equal(sequential, parallelReversed);
        }

        [Fact]
        public void A_large_document_gives_the_same_report_with_its_rules_run_on_several_cores()
        {
            using var lint = new TestLint();
            lint.Write("fragments/reno-users.yaml", System.IO.File.ReadAllText(ExampleTwinTests.RepositoryPath("examples/broken/fragments/reno-users.yaml")));
            var document = new System.Text.StringBuilder(System.IO.File.ReadAllText(ExampleTwinTests.RepositoryPath("examples/broken/numbers.topology.yaml")));
            for (int i = 0; document.Length < TopologyLinter.ParallelRulesMinLength + 10_000; i++)
            {
                // Duplicate and unnormalized numbers, unknown sites and keys, users without a number: many rules fire many times.
                document.AppendFormat(CultureInfo.InvariantCulture, "  - {{sip: bulk{0}@northwindtraders.com, site: {1}, enabled: true, enterpriseVoice: {2}, lineUri: \"{3}\"{4}}}\n", i, i % 50 == 0 ? "atlantis" : "seattle", i % 3 != 0 ? "true" : "false", i % 7 == 0 ? "tel:+12065550100" : "+1206555" + (i % 9000).ToString("0000", CultureInfo.InvariantCulture), i % 40 == 0 ? ", bogus: 1" : string.Empty);
            }

            string path = lint.Write("northwind.topology.yaml", document.ToString());
            string sequential = Lint(lint, new[] { path }, parallelism: 1);
            string parallel = Lint(lint, new[] { path }, parallelism: 2);

            foreach (string id in new[] { "TL0002", "TL0003", "TL1009", "TL1010" })
            {
                Assert.Contains(id, sequential);
            }

            Assert.Equal(sequential, parallel);
        }

        /// <summary>Four kinds of document in turn, so every stage of the engine (loader, schema, binder, includes) runs concurrently.</summary>
        private static string Document(int i)
        {
            const string Header = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\n";
            switch (i % 4)
            {
                case 0:
                    return Header + "foo: 1\nfoo: 2\n";
                case 1:
                    return Header + "sites:\n  - {id: s" + i.ToString(CultureInfo.InvariantCulture) + ", kind: central}\n  - {id: s, kind: 12}\n";
                case 2:
                    return Header + "include: [../fragments/shared-users.yaml]\n";
                default:
                    return Header + "sites: [unclosed\n";
            }
        }

        private static string Lint(TestLint lint, IEnumerable<string> paths, int parallelism)
        {
            LintResult result = lint.Run(paths, new LintOptions { MaxDegreeOfParallelism = parallelism });
            return Reports.Format(new TextFormatter(color: false), result, lint.Directory) + Reports.Format(new SarifFormatter(), result, lint.Directory);
        }

        private static List<string> Reversed(List<string> paths)
        {
            var reversed = new List<string>(paths);
            reversed.Reverse();
            return reversed;
        }
    }
}
