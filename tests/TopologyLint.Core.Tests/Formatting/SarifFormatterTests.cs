using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using NJsonSchema;
using NJsonSchema.Validation;
using TopologyLint.Analysis;
using TopologyLint.Core.Tests.Rules;
using TopologyLint.Engine;
using TopologyLint.Formatting;
using Xunit;

namespace TopologyLint.Core.Tests.Formatting
{
    public class SarifFormatterTests
    {
        /// <summary>The rules' valid topology (44 lines) with a key the schema does not allow, twice: TL0002 at 45, TL0006 at 46.</summary>
        private const string Broken = ValidTopology.Yaml + "foo: 1\nfoo: 2\n";

        private static readonly Lazy<JsonSchema> SarifSchema = new Lazy<JsonSchema>(
            () => JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Formatting", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult());

        [Fact]
        public void Clean_example_is_valid_sarif_with_every_rule_and_no_results()
        {
            string examples = Path.Combine(RepositoryRoot(), "examples", "contoso");
            LintResult result = new TopologyLinter(Loading.PhysicalFileSystem.Instance).Lint(Directory.GetFiles(examples, "*.topology.yaml"));

            JsonElement run = Run(Sarif(result, examples));

            Assert.Empty(run.GetProperty("results").EnumerateArray());
            Assert.Equal(0, run.GetProperty("invocations")[0].GetProperty("exitCode").GetInt32());
            Assert.True(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
            JsonElement driver = run.GetProperty("tool").GetProperty("driver");
            Assert.Equal("TopologyLint", driver.GetProperty("name").GetString());
            Assert.Equal(ToolVersion.SemanticVersion, driver.GetProperty("semanticVersion").GetString());
            Assert.Equal(RuleCatalog.Descriptors.Select(d => d.Id), driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        }

        [Fact]
        public void Rules_carry_names_descriptions_help_page_and_default_level()
        {
            using var lint = new TestLint();
            JsonElement rules = Run(Sarif(lint.Run(new[] { lint.Write("a.topology.yaml", Broken) }), lint.Directory)).GetProperty("tool").GetProperty("driver").GetProperty("rules");

            foreach (JsonElement rule in rules.EnumerateArray())
            {
                string id = rule.GetProperty("id").GetString()!;
                DiagnosticDescriptor descriptor = RuleCatalog.Descriptors.Single(d => d.Id == id);
                // Pascal case as the SARIF multitool checks it (SARIF2012): no two capitals in a row.
                Assert.Matches("^([A-Z][a-z0-9]+)+$", rule.GetProperty("name").GetString());
                Assert.Equal(descriptor.Title.ToString(CultureInfo.InvariantCulture), rule.GetProperty("shortDescription").GetProperty("text").GetString());
                Assert.Equal(descriptor.Description.ToString(CultureInfo.InvariantCulture), rule.GetProperty("fullDescription").GetProperty("text").GetString());
                Assert.Equal(descriptor.HelpLinkUri, rule.GetProperty("helpUri").GetString());
                string markdown = rule.GetProperty("help").GetProperty("markdown").GetString()!;
                Assert.Equal(RelativeLink.Replace(RuleHelp.Markdown(id) ?? descriptor.Description.ToString(CultureInfo.InvariantCulture), string.Empty), RelativeLink.Replace(markdown, string.Empty));
                Assert.DoesNotMatch(@"\]\((?!https://|#)", markdown);
                Assert.NotEmpty(rule.GetProperty("help").GetProperty("text").GetString()!);
                Assert.Equal(descriptor.DefaultSeverity == DiagnosticSeverity.Error ? "error" : descriptor.DefaultSeverity == DiagnosticSeverity.Warning ? "warning" : "note", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
            }
        }

        [Fact]
        public void Relative_help_links_become_absolute_links_to_the_repository_docs()
        {
            using var lint = new TestLint();
            JsonElement rules = Run(Sarif(lint.Run(new[] { lint.Write("a.topology.yaml", Broken) }), lint.Directory)).GetProperty("tool").GetProperty("driver").GetProperty("rules");

            string markdown = rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "TL0001").GetProperty("help").GetProperty("markdown").GetString()!;

            Assert.Contains("](../limits.md)", RuleHelp.Markdown("TL0001"));
            Assert.Contains("](https://github.com/topologylint/topologylint/blob/main/docs/limits.md)", markdown);
        }

        [Fact]
        public void Run_names_its_category_and_the_tool_its_full_name()
        {
            using var lint = new TestLint();
            LintResult result = lint.Run(new[] { lint.Write("a.topology.yaml", Broken) });

            JsonElement byDefault = Run(Sarif(result, lint.Directory));
            JsonElement named = Run(Reports.Format(new SarifFormatter(1, new SarifRunDetails { Category = "topolint-production" }), result, lint.Directory));

            Assert.Equal("topolint/", byDefault.GetProperty("automationDetails").GetProperty("id").GetString());
            Assert.Equal("topolint-production/", named.GetProperty("automationDetails").GetProperty("id").GetString());
            Assert.Equal("TopologyLint " + ToolVersion.SemanticVersion, named.GetProperty("tool").GetProperty("driver").GetProperty("fullName").GetString());
        }

        [Fact]
        public void Inside_Azure_Pipelines_the_run_carries_the_pipeline_identity_GHAzDO_reads()
        {
            var variables = new Dictionary<string, string>
            {
                ["TF_BUILD"] = "True",
                ["SYSTEM_COLLECTIONURI"] = "https://dev.azure.com/contoso/",
                ["SYSTEM_TEAMPROJECT"] = "Voice Infra",
                ["SYSTEM_DEFINITIONID"] = "42",
                ["BUILD_DEFINITIONNAME"] = "topology-ci",
                ["SYSTEM_PHASEID"] = "6b1c6d2f-3c1d-4a59-9d3e-2f0a9c7e1b11",
                ["SYSTEM_PHASENAME"] = "Lint",
                ["BUILD_SOURCEBRANCH"] = "refs/heads/main",
                ["BUILD_BUILDID"] = "1234",
            };
            AzurePipelineRun? pipeline = AzurePipelineRun.FromEnvironment(name => variables.TryGetValue(name, out string? value) ? value : null);
            using var lint = new TestLint();

            JsonElement details = Run(Reports.Format(new SarifFormatter(1, new SarifRunDetails { AzurePipeline = pipeline, Category = "prod" }), lint.Run(new[] { lint.Write("a.topology.yaml", Broken) }), lint.Directory)).GetProperty("automationDetails");

            Assert.Equal("azuredevops/pipeline/build/contoso/Voice%20Infra/42/6b1c6d2f-3c1d-4a59-9d3e-2f0a9c7e1b11/refs%2Fheads%2Fmain/1234", details.GetProperty("id").GetString());
            Assert.Equal("prod", details.GetProperty("description").GetProperty("text").GetString());
            JsonElement properties = details.GetProperty("properties");
            Assert.Equal("42", properties.GetProperty("azuredevops/pipeline/build/buildDefinitionId").GetString());
            Assert.Equal("topology-ci", properties.GetProperty("azuredevops/pipeline/build/buildDefinitionName").GetString());
            Assert.Equal("6b1c6d2f-3c1d-4a59-9d3e-2f0a9c7e1b11", properties.GetProperty("azuredevops/pipeline/build/phaseId").GetString());
            Assert.Equal("Lint", properties.GetProperty("azuredevops/pipeline/build/phaseName").GetString());
            variables.Remove("TF_BUILD");
            Assert.Null(AzurePipelineRun.FromEnvironment(name => variables.TryGetValue(name, out string? value) ? value : null));
        }

        [Fact]
        public void Primary_location_line_hash_is_GitHubs_hash_of_the_start_line()
        {
            using var lint = new TestLint();
            LintResult result = lint.Run(new[] { lint.Write("a.topology.yaml", Broken) });
            IReadOnlyList<string> lineHashes = GitHubLineHashes.Compute(Broken);

            JsonElement[] results = Run(Sarif(result, lint.Directory)).GetProperty("results").EnumerateArray().ToArray();

            Assert.Equal(new[] { lineHashes[45], lineHashes[46] }, results.Select(r => r.GetProperty("partialFingerprints").GetProperty("primaryLocationLineHash").GetString()));
        }

        [Fact]
        public void Past_code_scannings_result_limit_the_most_severe_results_are_kept_with_a_warning()
        {
            using var lint = new TestLint();
            string manyUnknownKeys = string.Concat(Enumerable.Range(0, SarifFormatter.MaxResultsPerRun + 1).Select(i => $"unknown{i}: 1\n"));
            LintResult linted = lint.Run(new[] { lint.Write("a.topology.yaml", ValidTopology.Yaml + manyUnknownKeys) });
            Diagnostic first = linted.Diagnostics[0];
            LintResult result = Reports.WithDiagnostics(linted, d => ReferenceEquals(d, first) ? Reports.Copy(d, DiagnosticSeverity.Info) : d);
            var warnings = new List<string>();

            // Parsed without the schema check: validating 25,000 results is slow and the other tests cover their shape.
            string sarif = Reports.Format(new SarifFormatter(1, new SarifRunDetails { Warn = warnings.Add }), result, lint.Directory);
            JsonElement[] results = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();

            Assert.Equal(SarifFormatter.MaxResultsPerRun + 1, result.Diagnostics.Length);
            Assert.Equal(SarifFormatter.MaxResultsPerRun, results.Length);
            Assert.All(results, r => Assert.Equal("error", r.GetProperty("level").GetString()));
            string warning = Assert.Single(warnings);
            Assert.Contains("25001 results", warning);
            Assert.Contains("--write-baseline", warning);
        }

        [Fact]
        public void Broken_document_gives_valid_results_with_rule_index_region_and_relative_uri()
        {
            using var lint = new TestLint();
            LintResult result = lint.Run(new[] { lint.Write("sub dir/a.topology.yaml", Broken) });

            JsonElement run = Run(Sarif(result, lint.Directory));

            JsonElement[] results = run.GetProperty("results").EnumerateArray().ToArray();
            Assert.Equal(new[] { "TL0002@45:1-45:4", "TL0006@46:1-46:4" }, results.Select(r =>
            {
                JsonElement region = r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
                return $"{r.GetProperty("ruleId").GetString()}@{region.GetProperty("startLine")}:{region.GetProperty("startColumn")}-{region.GetProperty("endLine")}:{region.GetProperty("endColumn")}";
            }));
            JsonElement rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
            Assert.All(results, r => Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString()));
            Assert.All(results, r => Assert.Equal("error", r.GetProperty("level").GetString()));
            JsonElement artifact = results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
            Assert.Equal("sub%20dir/a.topology.yaml", artifact.GetProperty("uri").GetString());
            Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
            Assert.Equal(new Uri(lint.Directory + Path.DirectorySeparatorChar).AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
            Assert.Equal(1, run.GetProperty("invocations")[0].GetProperty("exitCode").GetInt32());
        }

        [Fact]
        public void Host_exit_code_is_recorded_in_the_invocation()
        {
            using var lint = new TestLint();
            LintResult result = lint.Run(new[] { lint.Write("a.topology.yaml", Broken) });

            JsonElement run = Run(Reports.Format(new SarifFormatter(exitCode: 0), result, lint.Directory));

            Assert.Equal(0, run.GetProperty("invocations")[0].GetProperty("exitCode").GetInt32());
        }

        [Fact]
        public void Suppressed_results_are_kept_with_an_in_source_suppression_and_its_justification()
        {
            using var lint = new TestLint();
            LintResult linted = lint.Run(new[] { lint.Write("a.topology.yaml", Broken) });
            LintResult result = Reports.WithDiagnostics(linted, d => d.Id == "TL0006" ? Reports.Copy(d, d.Severity, isSuppressed: true, justification: "kept for the migration") : d);

            JsonElement[] results = Run(Sarif(result, lint.Directory)).GetProperty("results").EnumerateArray().ToArray();

            Assert.False(results[0].TryGetProperty("suppressions", out _));
            JsonElement suppression = Assert.Single(results[1].GetProperty("suppressions").EnumerateArray());
            Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
            Assert.Equal("kept for the migration", suppression.GetProperty("justification").GetString());
        }

        [Fact]
        public void Fingerprints_survive_lines_added_above_even_when_the_message_names_a_line()
        {
            using var lint = new TestLint();
            LintResult before = lint.Run(new[] { lint.Write("a.topology.yaml", Broken) });
            string[] hashesBefore = Fingerprints(Run(Sarif(before, lint.Directory)));
            LintResult after = lint.Run(new[] { lint.Write("a.topology.yaml", "# owner: telephony\n# reviewed 2026\n\n" + Broken) });
            string[] hashesAfter = Fingerprints(Run(Sarif(after, lint.Directory)));

            Assert.NotEqual(before.Diagnostics[1].GetMessage(CultureInfo.InvariantCulture), after.Diagnostics[1].GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal(hashesBefore, hashesAfter);
        }

        [Fact]
        public void Equal_identities_in_one_file_get_distinct_occurrence_counters()
        {
            using var lint = new TestLint();
            LintResult result = lint.Run(new[] { lint.Write("a.topology.yaml", ValidTopology.Yaml + "foo: 1\nfoo: 2\nfoo: 3\n") });

            string[] hashes = Fingerprints(Run(Sarif(result, lint.Directory)));

            Assert.All(hashes, h => Assert.Matches("^[0-9a-f]{16}(:[2-9][0-9]*)?$", h));
            Assert.Equal(hashes.Length, hashes.Distinct().Count());
            Assert.Contains(hashes, h => h.EndsWith(":2", StringComparison.Ordinal));
        }

        [Fact]
        public void Schema_check_is_not_vacuous_it_rejects_an_invalid_level()
        {
            using var lint = new TestLint();
            string sarif = Sarif(lint.Run(new[] { lint.Write("a.topology.yaml", Broken) }), lint.Directory);

            ICollection<ValidationError> errors = SarifSchema.Value.Validate(sarif.Replace("\"level\": \"error\"", "\"level\": \"fatal\""));

            Assert.NotEmpty(errors);
        }

        private static readonly Regex RelativeLink = new Regex(@"\]\([^)]*\)");

        private static string Sarif(LintResult result, string baseDirectory) => Reports.Format(new SarifFormatter(), result, baseDirectory);

        /// <summary>Validates the log against the OASIS schema and GitHub's documented requirements, and returns its one run.</summary>
        private static JsonElement Run(string sarif)
        {
            ICollection<ValidationError> errors = SarifSchema.Value.Validate(sarif);
            Assert.True(errors.Count == 0, "SARIF schema violations: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")));

            JsonElement log = JsonDocument.Parse(sarif).RootElement;
            JsonElement run = Assert.Single(log.GetProperty("runs").EnumerateArray());
            AssertGitHubRequirements(run);
            return run;
        }

        /// <summary>What GitHub code scanning documents it needs from a SARIF upload, beyond the schema.</summary>
        private static void AssertGitHubRequirements(JsonElement run)
        {
            JsonElement driver = run.GetProperty("tool").GetProperty("driver");
            Assert.NotEmpty(driver.GetProperty("name").GetString()!);
            var ruleIds = new HashSet<string>();
            foreach (JsonElement rule in driver.GetProperty("rules").EnumerateArray())
            {
                Assert.True(ruleIds.Add(rule.GetProperty("id").GetString()!), "rule ids are unique");
                Assert.NotEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()!);
                Assert.NotEmpty(rule.GetProperty("fullDescription").GetProperty("text").GetString()!);
            }

            foreach (JsonElement result in run.GetProperty("results").EnumerateArray())
            {
                Assert.Contains(result.GetProperty("ruleId").GetString()!, ruleIds);
                Assert.NotEmpty(result.GetProperty("message").GetProperty("text").GetString()!);
                JsonElement[] locations = result.GetProperty("locations").EnumerateArray().ToArray();
                Assert.InRange(locations.Length, 1, 10);
                foreach (JsonElement location in locations)
                {
                    JsonElement physical = location.GetProperty("physicalLocation");
                    string uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
                    Assert.False(Uri.TryCreate(uri, UriKind.Absolute, out _) || uri.StartsWith('/'), $"uri '{uri}' is relative");
                    Assert.True(physical.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
                }

                Assert.NotEmpty(result.GetProperty("partialFingerprints").GetProperty(SarifFormatter.IdentityFingerprintKey).GetString()!);
            }
        }

        private static string[] Fingerprints(JsonElement run)
            => run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("partialFingerprints").GetProperty(SarifFormatter.IdentityFingerprintKey).GetString()!).ToArray();

        internal static string RepositoryRoot()
        {
            string? directory = AppContext.BaseDirectory;
            while (directory != null && !File.Exists(Path.Combine(directory, "Directory.Build.props")))
            {
                directory = Path.GetDirectoryName(directory);
            }

            return directory ?? throw new InvalidOperationException("the tests run outside the repository");
        }
    }
}
