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
