using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopologyLint.Engine;
using TopologyLint.Loading;
using TopologyLint.Model;
using TopologyLint.Syntax;
using Xunit;

namespace TopologyLint.Core.Tests.Model
{
    /// <summary>
    /// Every v1 example (one that writes no v2 section) keeps its meaning under DSL v2 (TOPOLOGY-v2, "Compatibility"): its
    /// PSTN connections are read as gateways and trunks and nothing else is added. That its diagnostics are unchanged is ExamplesTests' (expected.txt).
    /// </summary>
    public class V1ExampleReadingTests
    {
        /// <summary>The examples that show DSL v2 data on purpose (voice routing, network); every other example is a v1 document.</summary>
        private static readonly HashSet<string> V2Examples = new HashSet<string>(StringComparer.Ordinal)
        {
            "examples/contoso/contoso.topology.yaml",
            "examples/contoso-json/contoso.topology.json",
            "examples/broken/voice.topology.yaml",
            "examples/broken/network.topology.yaml",
            "examples/broken/call-path.topology.yaml",
        };

        public static IEnumerable<object[]> Roots()
            => Directory.EnumerateFiles(ExampleTwinTests.RepositoryPath("examples"), "*.topology.*", SearchOption.AllDirectories)
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => Path.GetRelativePath(ExampleTwinTests.RepositoryPath("."), p).Replace('\\', '/'))
                .Where(p => !V2Examples.Contains(p))
                .Select(p => new object[] { p });

        [Fact]
        public void The_v2_examples_exist_and_write_v2_data()
        {
            Assert.All(V2Examples, relative =>
            {
                LintedFile file = new TopologyLinter(PhysicalFileSystem.Instance).LintFile(ExampleTwinTests.RepositoryPath(relative));
                Topology topology = Binder.Bind((MappingNode)file.Documents[0].Root!, file.Documents.Skip(1).Select(d => d.Root).OfType<MappingNode>());
                Assert.False(topology.Voice.IsAbsent && topology.Network.IsAbsent, relative + " writes no v2 section");
            });
        }

        [Fact]
        public void Most_examples_are_still_v1_documents()
        {
            // Contoso and some broken examples grow into v2 documents; the v1 ones must stay, or the theory below checks nothing.
            int v1 = Roots().Select(r => Bind((string)r[0])).Count(t => t != null && !WritesV2Section(t));
            Assert.True(v1 >= 4, $"only {v1} examples are v1 documents");
        }

        [Theory]
        [MemberData(nameof(Roots))]
        public void A_v1_example_is_read_as_trunks_and_gateways_of_its_pstn_entries_only(string relative)
        {
            // An example that does not load (TL0001) has nothing to bind; a v2 example is read as v2, not as a v1 document.
            if (Bind(relative) is not { } topology || WritesV2Section(topology))
            {
                return;
            }

            Assert.All(topology.Trunks, t => Assert.NotNull(t.PstnConnection));
            Assert.All(topology.Gateways, g => Assert.NotNull(g.PstnConnection));
            foreach (PstnConnection connection in topology.PstnConnections)
            {
                int peers = connection.Gateways.Select(g => g.Value).Distinct(StringComparer.OrdinalIgnoreCase).Count();
                Assert.Equal(Math.Max(1, peers), connection.Trunks.Count);
                Assert.All(connection.Trunks, t => Assert.Same(connection.MediationPool.Target, t.MediationPool.Target));
            }

            Assert.All(topology.Users, u => Assert.Same(u.Site.Target, u.HomeSite));
        }

        private static Topology? Bind(string relative)
        {
            LintedFile file = new TopologyLinter(PhysicalFileSystem.Instance).LintFile(ExampleTwinTests.RepositoryPath(relative));
            return file.Documents.FirstOrDefault()?.Root is MappingNode root
                ? Binder.Bind(root, file.Documents.Skip(1).Select(d => d.Root).OfType<MappingNode>())
                : null;
        }

        private static bool WritesV2Section(Topology topology)
            => !topology.Voice.IsAbsent || !topology.Network.IsAbsent || !topology.SimpleUrls.IsAbsent || !topology.Gateways.IsAbsent || !topology.Trunks.IsAbsent;
    }
}
