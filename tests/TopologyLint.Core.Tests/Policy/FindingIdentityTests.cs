using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Core.Tests.Rules;
using TopologyLint.Engine;
using TopologyLint.Policy;
using Xunit;

namespace TopologyLint.Core.Tests.Policy
{
    /// <summary>A finding's identity (what baselines record and SARIF fingerprints) ignores where its item sits in its list.</summary>
    public class FindingIdentityTests
    {
        private const string Bob = "  - {sip: bob@contoso.com, site: hq, enabled: true, enterpriseVoice: true, lineUri: \"tel:5550101\"}\n";
        private const string Carol = "  - {sip: carol@contoso.com, site: hq, enabled: true, enterpriseVoice: true, lineUri: \"tel:+14255550102\"}\n";
        private const string MediationPool =
            "  - fqdn: med.contoso.local\n" +
            "    role: mediation\n" +
            "    site: hq\n" +
            "    servers:\n" +
            "      - {fqdn: med01.contoso.local, os: {name: windows-server-2003, edition: standard, architecture: x64}, domainMember: true}\n" +
            "      - {fqdn: med02.contoso.local, os: {name: windows-server-2012-r2, edition: datacenter, architecture: x64}, domainMember: true}\n";

        /// <summary>
        /// The valid topology with two findings: bob's line URI is not normalized (TL1009) and med01 runs an
        /// operating system Mediation Server does not allow (TL1016).
        /// </summary>
        private static readonly string Findings = ValidTopology.Replace(
            ValidTopology.Replace(ValidTopology.Yaml, "lineUri: \"tel:+14255550100;ext=1001\"", "lineUri: \"tel:5550101\""),
            "{name: windows-server-2012-r2, edition: standard",
            "{name: windows-server-2003, edition: standard");

        /// <summary>
        /// A version 1 baseline of <see cref="Findings"/> as topolint wrote it before identities (list positions
        /// in "pointer", the span's text hashed): still read and applied.
        /// </summary>
        private const string VersionOneBaseline =
            "{\n  \"version\": 1,\n  \"entries\": [\n" +
            "    {\n      \"file\": \"a.topology.yaml\",\n      \"pointer\": \"/pools/2/servers/0/os\",\n      \"ruleId\": \"TL1016\",\n      \"contentHash\": \"26901b133263db0e\"\n    },\n" +
            "    {\n      \"file\": \"a.topology.yaml\",\n      \"pointer\": \"/users/1/lineUri\",\n      \"ruleId\": \"TL1009\",\n      \"contentHash\": \"1c464d34da699da6\"\n    }\n" +
            "  ]\n}\n";

        /// <summary>
        /// <see cref="Findings"/> edited around the findings: a clean user inserted at the top of users, bob's line URI
        /// re-quoted, the mediation pool moved before the front-end pool, comment lines added.
        /// </summary>
        private static string EditedAround()
        {
            string edited = ValidTopology.Replace(Findings, MediationPool, string.Empty);
            edited = ValidTopology.Replace(edited, "pools:\n", "pools:\n# moved up\n" + MediationPool);
            edited = ValidTopology.Replace(edited, "users:\n", "users:\n  # new starter\n" + Carol);
            return ValidTopology.Replace(edited, Bob, "  # bob's number is pending\n" + Bob.Replace("\"tel:5550101\"", "'tel:5550101'"));
        }

        [Fact]
        public void Identity_names_list_items_by_sip_fqdn_or_id_with_the_key_path_inside()
        {
            using var lint = new TestLint();
            LintResult result = lint.Run(new[] { lint.Write("a.topology.yaml", Findings) });
            var fingerprint = new DiagnosticFingerprint(result, lint.Directory);

            FindingIdentity[] identities = result.Diagnostics.Select(fingerprint.Identify).ToArray();

            Assert.Equal(
                new[]
                {
                    "TL1016 a.topology.yaml/pools/[fqdn=med.contoso.local]/servers/[fqdn=med01.contoso.local]/os",
                    "TL1009 a.topology.yaml/users/[sip=bob@contoso.com]/lineUri",
                },
                identities.Select(i => i.RuleId + " " + i.File + i.ItemPath));
            Assert.Equal(
                new[] { "/pools/2/servers/0/os", "/users/1/lineUri" },
                result.Diagnostics.Select(d => d.Properties[DiagnosticProperties.Pointer]));
        }

        [Fact]
        public void Baseline_survives_items_inserted_and_reordered_around_its_findings_and_requoting()
        {
            using var lint = new TestLint();
            string path = lint.Write("a.topology.yaml", Findings);
            Baseline baseline = Baseline.Create(lint.Run(new[] { path }), Path.Combine(lint.Directory, "baseline.json"));

            lint.Write("a.topology.yaml", EditedAround());
            LintResult edited = lint.Run(new[] { path });
            BaselineOutcome outcome = baseline.Apply(edited);

            // Not vacuous: both findings are still there, at other list positions and lines.
            Assert.Equal(new[] { "/pools/0/servers/0/os", "/users/2/lineUri" }, edited.Diagnostics.Select(d => d.Properties[DiagnosticProperties.Pointer]).OrderBy(p => p));
            Assert.Empty(outcome.Result.Diagnostics);
            Assert.Equal(2, outcome.Matched);
            Assert.Equal(0, outcome.Stale);
        }

        [Fact]
        public void Changed_offending_value_is_a_new_finding()
        {
            using var lint = new TestLint();
            string path = lint.Write("a.topology.yaml", Findings);
            Baseline baseline = Baseline.Create(lint.Run(new[] { path }), Path.Combine(lint.Directory, "baseline.json"));

            lint.Write("a.topology.yaml", Findings.Replace("\"tel:5550101\"", "\"tel:5550199\""));
            BaselineOutcome outcome = baseline.Apply(lint.Run(new[] { path }));

            Assert.Equal("TL1009", Assert.Single(outcome.Result.Diagnostics).Id);
            Assert.Equal(1, outcome.Stale);
        }

        [Fact]
        public void Version_1_baseline_is_read_and_applied_by_list_position()
        {
            using var lint = new TestLint();
            string path = lint.Write("a.topology.yaml", Findings);
            Assert.True(Baseline.TryParse(Path.Combine(lint.Directory, "old.json"), VersionOneBaseline, out Baseline? baseline, out string? error), error);

            BaselineOutcome same = baseline!.Apply(lint.Run(new[] { path }));
            lint.Write("a.topology.yaml", EditedAround());
            BaselineOutcome moved = baseline.Apply(lint.Run(new[] { path }));

            Assert.Equal(1, baseline.Version);
            Assert.Equal(2, same.Matched);
            Assert.Empty(same.Result.Diagnostics);
            Assert.Equal(2, moved.Stale);
        }

        [Fact]
        public void Fingerprints_are_unique_and_survive_reordering()
        {
            using var lint = new TestLint();
            const string RepeatedKey = "foo: 1\nfoo: 2\nfoo: 3\n";
            string path = lint.Write("a.topology.yaml", Findings + RepeatedKey);
            LintResult before = lint.Run(new[] { path });
            string[] fingerprintsBefore = new DiagnosticFingerprint(before, lint.Directory).Fingerprints(before.Diagnostics).ToArray();

            lint.Write("a.topology.yaml", EditedAround() + RepeatedKey);
            LintResult after = lint.Run(new[] { path });
            string[] fingerprintsAfter = new DiagnosticFingerprint(after, lint.Directory).Fingerprints(after.Diagnostics).ToArray();

            Assert.Equal(fingerprintsBefore.Length, fingerprintsBefore.Distinct().Count());
            Assert.Contains(fingerprintsBefore, f => f.EndsWith(":2", System.StringComparison.Ordinal));
            Assert.Equal(fingerprintsBefore.OrderBy(f => f), fingerprintsAfter.OrderBy(f => f));
        }

        [Fact]
        public void Diagnostic_without_a_node_is_identified_by_rule_file_and_text()
        {
            using var lint = new TestLint();
            LintResult result = lint.Run(new[] { lint.Write("a.topology.yaml", "topology: [unclosed\n") });
            Diagnostic syntax = Assert.Single(result.Diagnostics, d => d.Id == "TL0001");

            FindingIdentity identity = new DiagnosticFingerprint(result, lint.Directory).Identify(syntax);

            Assert.Equal(string.Empty, identity.ItemPath);
            Assert.Equal("a.topology.yaml", identity.File);
            Assert.Matches("^[0-9a-f]{16}$", identity.Fingerprint);
        }
    }
}
