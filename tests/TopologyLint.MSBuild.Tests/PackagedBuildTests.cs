using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using TopologyLint.Engine;
using TopologyLint.Formatting;
using TopologyLint.Loading;
using Xunit;

namespace TopologyLint.MSBuild.Tests
{
    /// <summary>The packed task in a real <c>dotnet build</c> of a project that references the package.</summary>
    public sealed class PackagedBuildTests : IClassFixture<PackagedTaskFixture>
    {
        private const string SkippedBecauseUpToDate = "Skipping target \"TopologyLint\" because all output files are up-to-date with respect to the input files.";

        // A duplicate key (TL0006) and a pool whose site names nothing (TL0003); otherwise valid.
        private const string BrokenTopology = """
            topology: broken
            product: lync-server-2013
            sipDomains: [contoso.com]
            sites:
              - id: redmond
                kind: central
                kind: branch
            pools:
              - fqdn: pool01.contoso.local
                role: front-end
                edition: standard
                site: dublin
                servers:
                  - {fqdn: fe01.contoso.local}
            """;

        private readonly PackagedTaskFixture _fixture;

        public PackagedBuildTests(PackagedTaskFixture fixture) => _fixture = fixture;

        [Fact]
        public void The_package_ships_no_schema_library_and_no_NewtonsoftJson()
        {
            using ZipArchive package = ZipFile.OpenRead(_fixture.PackageFile);
            string[] assemblies = package.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".dll", StringComparison.Ordinal)).ToArray();

            Assert.Contains("tasks/netstandard2.0/TopologyLint.Core.dll", assemblies);
            Assert.DoesNotContain(assemblies, n => n.Contains("JsonSchema", StringComparison.OrdinalIgnoreCase) || n.Contains("Newtonsoft", StringComparison.Ordinal) || n.Contains("Namotion", StringComparison.Ordinal));
        }

        [Fact]
        public void A_broken_topology_fails_the_build_with_the_engines_diagnostics_at_exact_positions()
        {
            ConsumerProject project = _fixture.CreateConsumer("broken");
            string path = project.Write("broken.topology.yaml", BrokenTopology);

            ConsumerProject.BuildResult build = project.Build("-p:TopologyLintSarifOutput=reports/topology.sarif");

            Assert.True(build.ExitCode != 0, build.ToString());
            Assert.Contains($"{path}(7,5,7,9): error TL0006: Key 'kind' is already defined in this mapping at line 6", build.Diagnostics);
            Assert.Contains($"{path}(12,11,12,17): error TL0003: 'dublin' names no site", build.Diagnostics);
            Assert.Equal(EngineLines(path), build.Diagnostics);

            using JsonDocument sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(project.Directory, "reports", "topology.sarif")));
            string[] ruleIds = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()!).ToArray();
            Assert.Equal(Lint(path).Select(d => d.Id), ruleIds);
        }

        [Fact]
        public void The_clean_example_builds_and_is_linted_again_only_after_a_change_or_a_failure()
        {
            ConsumerProject project = _fixture.CreateConsumer("clean");
            project.CopyFromRepository(Path.Combine("examples", "contoso"));
            string example = Path.Combine(project.Directory, "contoso.topology.yaml");

            ConsumerProject.BuildResult clean = project.Build();
            Assert.True(clean.ExitCode == 0, clean.ToString());
            Assert.Equal(EngineLines(example), clean.Diagnostics);
            Assert.DoesNotContain(clean.Diagnostics, line => line.Contains(": error TL", System.StringComparison.Ordinal));

            ConsumerProject.BuildResult unchanged = project.Build("-v:d");
            Assert.True(unchanged.ExitCode == 0, unchanged.ToString());
            Assert.Contains(SkippedBecauseUpToDate, unchanged.Output);

            string broken = project.Write("broken.topology.yaml", BrokenTopology);
            ConsumerProject.BuildResult changed = project.Build();
            Assert.True(changed.ExitCode != 0, changed.ToString());
            Assert.Contains($"{broken}(12,11,12,17): error TL0003: 'dublin' names no site", changed.Diagnostics);

            // No stamp after a failed lint, so the same failure is reported again rather than skipped.
            ConsumerProject.BuildResult again = project.Build();
            Assert.True(again.ExitCode != 0, again.ToString());
            Assert.Equal(changed.Diagnostics, again.Diagnostics);
        }

        [Fact]
        public void NoWarn_TreatWarningsAsErrors_and_WarningsNotAsErrors_apply_to_a_warning()
        {
            ConsumerProject project = _fixture.CreateConsumer("warnings");
            project.CopyFromRepository(Path.Combine("examples", "contoso"));
            string path = Path.Combine(project.Directory, "contoso.topology.yaml");
            File.WriteAllText(path, File.ReadAllText(path).Replace("unifiedMessaging: true", "unifiedMessaging: false"));
            string warning = Assert.Single(EngineLines(path));
            Assert.Contains(": warning TL1007: ", warning);

            ConsumerProject.BuildResult plain = project.Build();
            Assert.True(plain.ExitCode == 0, plain.ToString());
            Assert.Equal(new[] { warning }, plain.Diagnostics);

            ConsumerProject.BuildResult strict = project.Build("-p:TreatWarningsAsErrors=true");
            Assert.True(strict.ExitCode != 0, strict.ToString());
            Assert.Equal(new[] { warning.Replace(": warning TL1007: ", ": error TL1007: ") }, strict.Diagnostics);

            ConsumerProject.BuildResult exempted = project.Build("-p:TreatWarningsAsErrors=true", "-p:WarningsNotAsErrors=TL1007");
            Assert.True(exempted.ExitCode == 0, exempted.ToString());
            Assert.Equal(new[] { warning }, exempted.Diagnostics);

            ConsumerProject.BuildResult silenced = project.Build("-p:TreatWarningsAsErrors=true", "-p:NoWarn=TL1007");
            Assert.True(silenced.ExitCode == 0, silenced.ToString());
            Assert.Empty(silenced.Diagnostics);
        }

        [Fact]
        public void A_fragment_edited_between_two_builds_is_linted_again()
        {
            ConsumerProject project = _fixture.CreateConsumer("fragment");
            project.CopyFromRepository(Path.Combine("examples", "contoso"));
            string fragment = Path.Combine(project.Directory, "fragments", "branch-users.yaml");

            ConsumerProject.BuildResult clean = project.Build();
            Assert.True(clean.ExitCode == 0, clean.ToString());
            string[] read = File.ReadAllLines(Path.Combine(project.IntermediateDirectory, "topologylint.read.txt"));
            Assert.Contains(fragment, read);
            Assert.Contains(Path.Combine(project.Directory, "contoso.topology.yaml"), read);

            ConsumerProject.BuildResult unchanged = project.Build("-v:d");
            Assert.Contains(SkippedBecauseUpToDate, unchanged.Output);

            // The second Portland user takes the first one's number: TL1010 in the fragment, which is not a *.topology.* file.
            File.WriteAllText(fragment, File.ReadAllText(fragment).Replace("lineUri: \"tel:+15035550102\"", "lineUri: \"tel:+15035550101\""));
            ConsumerProject.BuildResult edited = project.Build();
            Assert.True(edited.ExitCode != 0, edited.ToString());
            Assert.Contains(edited.Diagnostics, line => line.StartsWith(fragment + "(", System.StringComparison.Ordinal) && line.Contains(": error TL1010: ", System.StringComparison.Ordinal));
        }

        /// <summary>
        /// A warning, because an error from the task stops the build before the compiler runs: a warning is what
        /// both would print.
        /// </summary>
        [Fact]
        public void With_the_analyzer_package_too_each_diagnostic_is_printed_once()
        {
            ConsumerProject project = _fixture.CreateConsumerWithAnalyzer("both");
            project.CopyFromRepository(Path.Combine("examples", "contoso"));
            string path = Path.Combine(project.Directory, "contoso.topology.yaml");
            File.WriteAllText(path, File.ReadAllText(path).Replace("unifiedMessaging: true", "unifiedMessaging: false"));
            string expected = Assert.Single(EngineLines(path));
            Assert.Contains(": warning TL1007: ", expected);

            ConsumerProject.BuildResult build = project.Build();

            Assert.True(build.ExitCode == 0, build.ToString());
            Assert.Contains("the TopologyLint task stands down", build.Output);
            string[] printed = System.Text.RegularExpressions.Regex.Matches(build.Output, @"^.*\.topology\.yaml\(\d+,\d+(,\d+,\d+)?\): (error|warning) TL\d{4}: .*$", System.Text.RegularExpressions.RegexOptions.Multiline)
                .Select(m => m.Value.Trim())
                .Distinct()
                .ToArray();

            // The console logger repeats each line in its summary (Distinct); the task and the compiler would print one line each.
            string line = Assert.Single(printed);
            Assert.StartsWith(path + "(", line);
            Assert.Contains(": warning TL1007: ", line);
        }

        private static Diagnostic[] Lint(string path)
            => new TopologyLinter(PhysicalFileSystem.Instance).Lint(new[] { path }).Diagnostics.ToArray();

        /// <summary>What the build must print for a file: the engine's own diagnostics in the canonical MSBuild form.</summary>
        private static string[] EngineLines(string path)
            => Lint(path).Select(d =>
            {
                FileLinePositionSpan span = d.Location.GetLineSpan();
                return string.Format(
                    CultureInfo.InvariantCulture,
                    "{0}({1},{2},{3},{4}): {5} {6}: {7}",
                    span.Path,
                    span.StartLinePosition.Line + 1,
                    span.StartLinePosition.Character + 1,
                    span.EndLinePosition.Line + 1,
                    span.EndLinePosition.Character + 1,
                    Severities.Name(d.Severity),
                    d.Id,
                    d.GetMessage(CultureInfo.InvariantCulture));
            }).Where(line => !line.Contains(": info TL", System.StringComparison.Ordinal)).ToArray();
    }
}
