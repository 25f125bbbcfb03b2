using System.Linq;
using Xunit;

namespace TopologyLint.Core.Tests
{
    public class SharedFragmentTests
    {
        [Fact]
        public void Fragment_included_by_two_roots_reports_its_findings_once()
        {
            using var lint = new TestLint();
            const string Head = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\ninclude: [shared.yaml]\n";
            lint.Write("shared.yaml", "users:\n  - {sip: a@contoso.com, site: nowhere}\n");
            string first = lint.Write("a.topology.yaml", Head);
            string second = lint.Write("b.topology.yaml", Head);
            var result = lint.Run(new[] { first, second });
            Assert.Equal(2, result.Files.Length);
            Assert.Equal(new[] { "TL0003@2:32" }, result.Diagnostics.Where(d => d.Id == "TL0003").Positions());
        }
    }
}
