using System;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Configuration;
using TopologyLint.Core.Tests.Rules;
using TopologyLint.Engine;
using TopologyLint.Loading;
using TopologyLint.Model;
using TopologyLint.Syntax;
using Xunit;

namespace TopologyLint.Core.Tests.Engine
{
    /// <summary>
    /// A host that lints the same files again (the language server) passes a <see cref="LoadedDocumentCache"/>:
    /// a file whose bytes did not change is not parsed again, and the result is the same as without the cache.
    /// </summary>
    public class DocumentCacheTests
    {
        private const string DuplicateKeyFragment = "users:\n  - sip: dave@contoso.com\n    sip: dave@contoso.com\n";
        private const string CleanFragment = "users:\n  - {sip: erin@contoso.com, site: hq}\n";
        private const string NumberFragment = "users:\n  - {sip: carol@contoso.com, site: hq, lineUri: \"tel:+1 425 555 0199\"}\n";

        [Fact]
        public void An_unchanged_deployment_is_not_parsed_again_and_reports_the_same()
        {
            using var lint = new TestLint();
            string root = WriteDeployment(lint);
            var cache = new LoadedDocumentCache();
            LintResult first = lint.Run(new[] { root }, CachingOptions(cache));

            LintResult second = lint.Run(new[] { root }, CachingOptions(cache));

            Assert.Equal(4, cache.Hits);
            Assert.All(first.Files[0].Documents.Zip(second.Files[0].Documents, (a, b) => (a, b)), pair => Assert.Same(pair.a, pair.b));
            Assert.Equal(Reported(lint.Run(new[] { root })), Reported(second));
            Assert.Contains(second.Diagnostics, d => d.Id == "TL0006");
        }

        [Fact]
        public void A_changed_fragment_alone_is_parsed_again()
        {
            using var lint = new TestLint();
            string root = WriteDeployment(lint);
            var cache = new LoadedDocumentCache();
            LintResult before = lint.Run(new[] { root }, CachingOptions(cache));

            string changed = lint.Write("fragments/b.yaml", NumberFragment);
            LintResult after = lint.Run(new[] { root }, CachingOptions(cache));

            Assert.Equal(3, cache.Hits);
            Assert.Same(before.Files[0].Documents[0], after.Files[0].Documents[0]);
            Assert.Same(before.Files[0].Documents[1], after.Files[0].Documents[1]);
            Assert.NotSame(before.Files[0].Documents[2], after.Files[0].Documents[2]);
            Assert.Same(before.Files[0].Documents[3], after.Files[0].Documents[3]);
            Diagnostic unnormalized = Assert.Single(after.Diagnostics, d => d.Id == "TL1009");
            Assert.Equal(changed, unnormalized.Location.GetLineSpan().Path);
            Assert.Equal(Reported(lint.Run(new[] { root })), Reported(after));
        }

        [Fact]
        public void What_loading_a_reused_tree_found_takes_the_severity_of_the_lint_at_hand()
        {
            using var lint = new TestLint();
            string root = WriteDeployment(lint);
            var cache = new LoadedDocumentCache();
            lint.Run(new[] { root }, CachingOptions(cache));

            LintOptions lowered = CachingOptions(cache);
            lowered.Configuration = new DuplicateKeyAsWarning();
            LintResult result = lint.Run(new[] { root }, lowered);

            Assert.Equal(4, cache.Hits);
            Diagnostic duplicate = Assert.Single(result.Diagnostics, d => d.Id == "TL0006");
            Assert.Equal(DiagnosticSeverity.Warning, duplicate.Severity);
            Assert.Equal("TL0006@3:5", new[] { duplicate }.Positions().Single());
        }

        [Fact]
        public void Other_loader_limits_load_again()
        {
            using var lint = new TestLint();
            string root = WriteDeployment(lint);
            var cache = new LoadedDocumentCache();
            lint.Run(new[] { root }, CachingOptions(cache));

            LintOptions deeper = CachingOptions(cache);
            deeper.Limits = new LoaderLimits { MaxDepth = 100 };
            lint.Run(new[] { root }, deeper);

            Assert.Equal(0, cache.Hits);
        }

        [Fact]
        public void The_model_is_kept_only_when_asked_for()
        {
            using var lint = new TestLint();
            string root = WriteDeployment(lint);

            LintedFile kept = lint.Run(new[] { root }, new LintOptions { MaxDegreeOfParallelism = 1, KeepTopology = true }).Files.Single();
            LintedFile dropped = lint.Run(new[] { root }).Files.Single();

            Topology topology = Assert.IsType<Topology>(kept.Topology);
            Assert.Same(kept.Documents[0].Root, topology.Root);
            Assert.Contains(topology.Users, u => u.Sip?.Value == "erin@contoso.com");
            Assert.Null(dropped.Topology);
        }

        [Fact]
        public void A_cancelled_load_stops_in_the_loader()
        {
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();
            byte[] bytes = Encoding.UTF8.GetBytes(ValidTopology.Yaml);

            Assert.Throws<OperationCanceledException>(() => DocumentLoader.Load("/t/a.topology.yaml", bytes, LoaderLimits.Default, new DiagnosticSink(DefaultConfiguration.Instance), cancelled.Token));
        }

        [Fact]
        public void A_cancelled_bind_stops_in_the_binder()
        {
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();
            LoadedDocument loaded = DocumentLoader.Load("/t/a.topology.yaml", Encoding.UTF8.GetBytes(ValidTopology.Yaml), LoaderLimits.Default, new DiagnosticSink(DefaultConfiguration.Instance));

            Assert.Throws<OperationCanceledException>(() => Binder.Bind(Assert.IsType<MappingNode>(loaded.Root), Enumerable.Empty<MappingNode>(), cancelled.Token));
        }

        private static string WriteDeployment(TestLint lint)
        {
            lint.Write("fragments/a.yaml", DuplicateKeyFragment);
            lint.Write("fragments/b.yaml", CleanFragment);
            lint.Write("fragments/c.yaml", NumberFragment.Replace("\"tel:+1 425 555 0199\"", "\"tel:+14255550199\"", StringComparison.Ordinal));
            return lint.Write(ValidTopology.FileName, ValidTopology.Yaml + "include: [fragments/a.yaml, fragments/b.yaml, fragments/c.yaml]\n");
        }

        private static LintOptions CachingOptions(LoadedDocumentCache cache) => new LintOptions { MaxDegreeOfParallelism = 1, DocumentCache = cache };

        private static string[] Reported(LintResult result)
            => result.Diagnostics.Select(d => $"{d.Location.GetLineSpan()} {d.Id} {d.Severity} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").ToArray();

        private sealed class DuplicateKeyAsWarning : ITopologyConfiguration
        {
            public ReportDiagnostic? GetSeverity(string filePath, DiagnosticDescriptor descriptor) => descriptor.Id == "TL0006" ? ReportDiagnostic.Warn : null;

            public string? GetOption(string filePath, string key) => null;

            public OptionLocation? LocateOption(string filePath, string key) => null;
        }
    }
}
