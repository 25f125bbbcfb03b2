using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Configuration;
using TopologyLint.Core.Tests.Rules;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Engine;
using TopologyLint.Loading;
using TopologyLint.Schema;
using TopologyLint.Syntax;
using Xunit;

namespace TopologyLint.Core.Tests.Engine
{
    /// <summary>
    /// What a <see cref="LoadedDocumentCache"/> saves beyond the parse: the schema check and the suppression comments of a
    /// reused tree, and the read of a file whose stamp did not change. Each saving is held to a fresh lint's result, and
    /// to the lint at hand's severities.
    /// </summary>
    public class DocumentCacheReuseTests
    {
        // Line 2: 'colour' is no key of a user (TL0002).
        private const string UnknownKeyFragment = "users:\n  - {sip: erin@contoso.com, site: hq, colour: red}\n";

        // Line 3 is suppressed (TL0006); the comment on line 4 suppresses nothing (TL0007).
        private const string SuppressingFragment =
            "users:\n" +
            "  - sip: dave@contoso.com\n" +
            "    # topolint-disable-next-line TL0006 -- exported twice\n" +
            "    sip: dave@contoso.com\n" +
            "    # topolint-disable-next-line TL1009\n" +
            "    site: hq\n";

        private const string CleanFragment = "users:\n  - {sip: carol@contoso.com, site: hq, lineUri: \"tel:+14255550199\"}\n";

        // The same length as CleanFragment, with a line URI that is not normalized (TL1009).
        private const string UnnormalizedFragment = "users:\n  - {sip: carol@contoso.com, site: hq, lineUri: \"tel:+1425-555-019\"}\n";

        private static readonly DateTime LongAgo = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);

        [Fact]
        public void A_reused_tree_is_not_checked_against_the_schema_again_and_reports_as_a_fresh_lint()
        {
            using var lint = new TestLint();
            string root = WriteDeployment(lint);
            var cache = new LoadedDocumentCache();
            LintResult first = lint.Run(new[] { root }, CachingOptions(cache));

            LintResult second = lint.Run(new[] { root }, CachingOptions(cache));

            LoadedDocument fragment = second.Files[0].Documents[1];
            Assert.Same(first.Files[0].Documents[1], fragment);
            Assert.Same(fragment.SchemaViolations(asFragment: true), fragment.SchemaViolations(asFragment: true));
            Assert.Equal(new[] { "TL0002@2:39" }, second.Diagnostics.Where(d => d.Id == "TL0002").Positions());
            Assert.Equal(Reported(lint.Run(new[] { root })), Reported(second));
        }

        [Theory]
        [InlineData(ReportDiagnostic.Warn, DiagnosticSeverity.Warning)]
        [InlineData(ReportDiagnostic.Info, DiagnosticSeverity.Info)]
        public void The_schema_findings_of_a_reused_tree_take_the_severity_of_the_lint_at_hand(ReportDiagnostic configured, DiagnosticSeverity expected)
        {
            using var lint = new TestLint();
            string root = WriteDeployment(lint);
            var cache = new LoadedDocumentCache();
            lint.Run(new[] { root }, CachingOptions(cache));

            LintResult lowered = lint.Run(new[] { root }, CachingOptions(cache, new Severities(("TL0002", configured))));

            Assert.Equal(3, cache.Hits);
            Diagnostic schema = Assert.Single(lowered.Diagnostics, d => d.Id == "TL0002");
            Assert.Equal(expected, schema.Severity);
            Assert.Equal(Reported(lint.Run(new[] { root }, new LintOptions { MaxDegreeOfParallelism = 1, Configuration = new Severities(("TL0002", configured)) })), Reported(lowered));
        }

        [Fact]
        public void The_schema_findings_of_a_reused_tree_are_gone_when_the_rule_is_turned_off()
        {
            using var lint = new TestLint();
            string root = WriteDeployment(lint);
            var cache = new LoadedDocumentCache();
            lint.Run(new[] { root }, CachingOptions(cache));

            LintResult off = lint.Run(new[] { root }, CachingOptions(cache, new Severities(("TL0002", ReportDiagnostic.Suppress))));
            LintResult on = lint.Run(new[] { root }, CachingOptions(cache));

            Assert.DoesNotContain(off.Diagnostics, d => d.Id == "TL0002");
            Assert.Single(on.Diagnostics, d => d.Id == "TL0002");
        }

        [Fact]
        public void A_tree_checked_as_a_topology_and_as_a_fragment_keeps_each_result_apart()
        {
            LoadedDocument fragment = DocumentLoader.Load("/t/users.yaml", Encoding.UTF8.GetBytes(UnknownKeyFragment), LoaderLimits.Default, new DiagnosticSink(DefaultConfiguration.Instance));

            IReadOnlyList<SchemaViolation> asFragment = fragment.SchemaViolations(asFragment: true);
            IReadOnlyList<SchemaViolation> asTopology = fragment.SchemaViolations(asFragment: false);

            Assert.Equal(Described(CompiledSchemaValidator.Instance.ValidateFragment((MappingNode)fragment.Root!)), Described(asFragment));
            Assert.Equal(Described(CompiledSchemaValidator.Instance.ValidateDocument(fragment.Root!)), Described(asTopology));
            Assert.Single(asFragment);
            Assert.Contains(asTopology, v => v.Message.Contains("topology", StringComparison.Ordinal));
            Assert.Same(asFragment, fragment.SchemaViolations(asFragment: true));
            Assert.Same(asTopology, fragment.SchemaViolations(asFragment: false));
        }

        [Fact]
        public void The_suppression_comments_of_a_reused_tree_suppress_and_are_checked_as_in_a_fresh_lint()
        {
            using var lint = new TestLint();
            string root = WriteDeployment(lint, second: SuppressingFragment);
            var cache = new LoadedDocumentCache();
            lint.Run(new[] { root }, CachingOptions(cache));

            LintResult second = lint.Run(new[] { root }, CachingOptions(cache));

            Assert.Equal(3, cache.Hits);
            Assert.Equal(new[] { "TL0006@4:5" }, second.SuppressedDiagnostics.Select(s => s.Diagnostic).Positions());
            Assert.Equal(new[] { "TL0007@5:34" }, second.Diagnostics.Where(d => d.Id == "TL0007").Positions());
            LintResult fresh = lint.Run(new[] { root });
            Assert.Equal(Reported(fresh), Reported(second));
            Assert.Equal(fresh.SuppressedDiagnostics.Select(s => s.Diagnostic).Positions(), second.SuppressedDiagnostics.Select(s => s.Diagnostic).Positions());
        }

        [Fact]
        public void The_suppression_comments_of_a_reused_tree_follow_the_severities_of_the_lint_at_hand()
        {
            using var lint = new TestLint();
            string root = WriteDeployment(lint, second: SuppressingFragment);
            var cache = new LoadedDocumentCache();
            lint.Run(new[] { root }, CachingOptions(cache));
            var tl1009Off = new Severities(("TL1009", ReportDiagnostic.Suppress));

            LintResult second = lint.Run(new[] { root }, CachingOptions(cache, tl1009Off));

            // TL1009 turned off: its comment is idle, not unused.
            Assert.DoesNotContain(second.Diagnostics, d => d.Id == "TL0007");
            Assert.Equal(Reported(lint.Run(new[] { root }, new LintOptions { MaxDegreeOfParallelism = 1, Configuration = tl1009Off })), Reported(second));
        }

        [Fact]
        public void A_file_with_the_settled_stamp_it_had_is_not_read_again()
        {
            using var lint = new TestLint();
            string root = WriteDeployment(lint);
            SetBack(lint);
            var disk = new CountingDisk();
            var cache = new LoadedDocumentCache();
            LintResult first = disk.Run(root, CachingOptions(cache));
            disk.Reads.Clear();

            LintResult second = disk.Run(root, CachingOptions(cache));

            Assert.Empty(disk.Reads);
            Assert.Equal(3, cache.UnreadHits);
            Assert.Equal(3, cache.Hits);
            Assert.All(first.Files[0].Documents.Zip(second.Files[0].Documents, (a, b) => (a, b)), pair => Assert.Same(pair.a, pair.b));
            Assert.Equal(Reported(lint.Run(new[] { root })), Reported(second));
        }

        [Fact]
        public void A_file_written_again_is_read_and_parsed_again()
        {
            using var lint = new TestLint();
            string root = WriteDeployment(lint);
            SetBack(lint);
            var disk = new CountingDisk();
            var cache = new LoadedDocumentCache();
            disk.Run(root, CachingOptions(cache));
            disk.Reads.Clear();

            string changed = lint.Write("fragments/b.yaml", UnnormalizedFragment);
            LintResult after = disk.Run(root, CachingOptions(cache));

            Assert.Equal(new[] { changed }, disk.Reads);
            Assert.Equal(2, cache.UnreadHits);
            Diagnostic unnormalized = Assert.Single(after.Diagnostics, d => d.Id == "TL1009");
            Assert.Equal(changed, unnormalized.Location.GetLineSpan().Path);
            Assert.Equal(Reported(lint.Run(new[] { root })), Reported(after));
        }

        [Fact]
        public void A_file_whose_time_alone_changed_is_read_and_compared_not_parsed()
        {
            using var lint = new TestLint();
            string root = WriteDeployment(lint);
            SetBack(lint);
            var disk = new CountingDisk();
            var cache = new LoadedDocumentCache();
            LintResult first = disk.Run(root, CachingOptions(cache));
            disk.Reads.Clear();

            string touched = Path.Combine(lint.Directory, "fragments", "b.yaml");
            File.SetLastWriteTimeUtc(touched, LongAgo.AddHours(1));
            LintResult second = disk.Run(root, CachingOptions(cache));
            LintResult third = disk.Run(root, CachingOptions(cache));

            Assert.Equal(new[] { touched }, disk.Reads);
            Assert.Same(first.Files[0].Documents[2], second.Files[0].Documents[2]);
            Assert.Equal(2 + 3, cache.UnreadHits);
            Assert.Equal(Reported(first), Reported(third));
        }

        [Fact]
        public void A_file_written_moments_ago_is_read_and_compared_until_it_settles()
        {
            using var lint = new TestLint();
            string root = WriteDeployment(lint);
            var disk = new CountingDisk();
            var cache = new LoadedDocumentCache();
            disk.Run(root, CachingOptions(cache));
            disk.Reads.Clear();

            disk.Run(root, CachingOptions(cache));

            Assert.Equal(3, disk.Reads.Count);
            Assert.Equal(0, cache.UnreadHits);
            Assert.Equal(3, cache.Hits);
        }

        [Fact]
        public void A_file_changed_behind_its_old_stamp_is_read_again_once_removed()
        {
            using var lint = new TestLint();
            string root = WriteDeployment(lint);
            SetBack(lint);
            var cache = new LoadedDocumentCache();
            lint.Run(new[] { root }, CachingOptions(cache));

            // A tool that rewrites a file and sets its old time back (same length) hides behind the stamp: the host that
            // hears of the change (the language server's watched files) removes the file's tree.
            string changed = lint.Write("fragments/b.yaml", UnnormalizedFragment);
            File.SetLastWriteTimeUtc(changed, LongAgo);
            cache.Remove(changed);
            LintResult after = lint.Run(new[] { root }, CachingOptions(cache));

            Assert.Single(after.Diagnostics, d => d.Id == "TL1009");
            Assert.Equal(Reported(lint.Run(new[] { root })), Reported(after));
        }

        [Fact]
        public void Other_loader_limits_read_a_settled_file_again()
        {
            using var lint = new TestLint();
            string root = WriteDeployment(lint);
            SetBack(lint);
            var cache = new LoadedDocumentCache();
            lint.Run(new[] { root }, CachingOptions(cache));

            LintOptions deeper = CachingOptions(cache);
            deeper.Limits = new LoaderLimits { MaxDepth = 100 };
            lint.Run(new[] { root }, deeper);

            Assert.Equal(0, cache.Hits);
        }

        [Fact]
        public void Files_without_stamps_are_read_and_compared_every_time()
        {
            var files = new InMemoryFileSystem();
            files.Add("fragments/a.yaml", UnknownKeyFragment);
            files.Add("fragments/b.yaml", CleanFragment);
            string root = files.Add(ValidTopology.FileName, ValidTopology.Yaml + "include: [fragments/a.yaml, fragments/b.yaml]\n");
            var cache = new LoadedDocumentCache();
            var linter = new TopologyLinter(files, CachingOptions(cache));

            linter.Lint(new[] { root });
            linter.Lint(new[] { root });

            Assert.Equal(3, cache.Hits);
            Assert.Equal(0, cache.UnreadHits);
        }

        [Fact]
        public void The_disk_stamps_regular_files_only()
        {
            using var lint = new TestLint();
            string file = lint.Write("a.yaml", CleanFragment);
            File.SetLastWriteTimeUtc(file, LongAgo);

            Assert.True(PhysicalFileSystem.Instance.TryGetStamp(file, out FileStamp stamp));
            Assert.Equal(new FileStamp(Encoding.UTF8.GetByteCount(CleanFragment), LongAgo), stamp);
            Assert.False(PhysicalFileSystem.Instance.TryGetStamp(lint.Directory, out _));
            Assert.False(PhysicalFileSystem.Instance.TryGetStamp(Path.Combine(lint.Directory, "missing.yaml"), out _));
        }

        [Fact]
        public void A_reused_fragment_whose_first_user_becomes_a_duplicate_reports_its_other_users_line_uris_as_a_fresh_lint()
        {
            // Carol's line URI is normalized, Dan's is not (TL1009): a line URI read for Carol must not be taken for Dan.
            var files = new InMemoryFileSystem();
            files.Add("fragments/b.yaml", "users:\n  - {sip: carol@contoso.com, site: hq, lineUri: \"tel:+14255550199\"}\n  - {sip: dan@contoso.com, site: hq, lineUri: \"tel:+1425-555-019\"}\n");
            string root = files.Add(ValidTopology.FileName, ValidTopology.Yaml + "include: [fragments/b.yaml]\n");
            var cache = new LoadedDocumentCache();
            var linter = new TopologyLinter(files, CachingOptions(cache));
            linter.Lint(new[] { root });

            // The root now defines Carol first: the fragment's Carol is a duplicate (TL0004) and its users are Dan alone.
            files.Add(ValidTopology.FileName, ValidTopology.WithUsers("{sip: carol@contoso.com, site: hq}") + "include: [fragments/b.yaml]\n");
            LintResult second = linter.Lint(new[] { root });

            Assert.Equal(1, cache.Hits);
            Assert.Single(second.Diagnostics, d => d.Id == "TL1009" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("dan@contoso.com", StringComparison.Ordinal));
            Assert.Equal(Reported(new TopologyLinter(files, new LintOptions { MaxDegreeOfParallelism = 1 }).Lint(new[] { root })), Reported(second));
        }

        private static string WriteDeployment(TestLint lint, string second = CleanFragment)
        {
            lint.Write("fragments/a.yaml", UnknownKeyFragment);
            lint.Write("fragments/b.yaml", second);
            return lint.Write(ValidTopology.FileName, ValidTopology.Yaml + "include: [fragments/a.yaml, fragments/b.yaml]\n");
        }

        /// <summary>Every file of the deployment last written long ago: their stamps are settled.</summary>
        private static void SetBack(TestLint lint)
        {
            foreach (string file in Directory.EnumerateFiles(lint.Directory, "*", SearchOption.AllDirectories))
            {
                File.SetLastWriteTimeUtc(file, LongAgo);
            }
        }

        private static LintOptions CachingOptions(LoadedDocumentCache cache, ITopologyConfiguration? configuration = null)
            => new LintOptions { MaxDegreeOfParallelism = 1, DocumentCache = cache, Configuration = configuration ?? DefaultConfiguration.Instance };

        private static string[] Reported(LintResult result)
            => result.Diagnostics.Select(d => $"{d.Location.GetLineSpan()} {d.Id} {d.Severity} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").ToArray();

        private static string[] Described(IEnumerable<SchemaViolation> violations)
            => violations.Select(v => $"{v.Node.Span} {v.Kind} {v.Message}").ToArray();

        private sealed class Severities : ITopologyConfiguration
        {
            private readonly Dictionary<string, ReportDiagnostic> _severities;

            public Severities(params (string Id, ReportDiagnostic Severity)[] severities) => _severities = severities.ToDictionary(s => s.Id, s => s.Severity);

            public ReportDiagnostic? GetSeverity(string filePath, DiagnosticDescriptor descriptor) => _severities.TryGetValue(descriptor.Id, out ReportDiagnostic severity) ? severity : null;

            public string? GetOption(string filePath, string key) => null;

            public OptionLocation? LocateOption(string filePath, string key) => null;
        }

        /// <summary>The disk, with its stamps, recording which files are read.</summary>
        private sealed class CountingDisk : ITopologyFileSystem, IFileStamps
        {
            public List<string> Reads { get; } = new List<string>();

            public LintResult Run(string root, LintOptions options) => new TopologyLinter(this, options).Lint(new[] { root });

            public FileEntry GetEntry(string path) => PhysicalFileSystem.Instance.GetEntry(path);

            public byte[] ReadAllBytes(string path, long maxBytes)
            {
                Reads.Add(path);
                return PhysicalFileSystem.Instance.ReadAllBytes(path, maxBytes);
            }

            public bool TryGetStamp(string path, out FileStamp stamp) => PhysicalFileSystem.Instance.TryGetStamp(path, out stamp);

            public string GetRealPath(string path) => PhysicalFileSystem.Instance.GetRealPath(path);

            public IReadOnlyList<string> Glob(string directory, string pattern) => PhysicalFileSystem.Instance.Glob(directory, pattern);
        }
    }
}
