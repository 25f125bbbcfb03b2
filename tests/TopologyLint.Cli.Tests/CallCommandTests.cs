using System;
using System.Linq;
using System.Text.Json;
using Xunit;
using static TopologyLint.Cli.Tests.CliTestDirectory;

namespace TopologyLint.Cli.Tests
{
    /// <summary><c>topolint call</c>: one test per result kind and per reason the command cannot run.</summary>
    public sealed class CallCommandTests : IDisposable
    {
        private const string Topology =
            "topology: call\n" +                                                                                           // 1
            "product: lync-server-2013\n" +                                                                                // 2
            "sipDomains: [contoso.com]\n" +                                                                                // 3
            "sites:\n" +                                                                                                   // 4
            "  - {id: redmond, kind: central}\n" +                                                                         // 5
            "pools:\n" +                                                                                                   // 6
            "  - {fqdn: fe.contoso.local, role: front-end, site: redmond}\n" +                                             // 7
            "  - {fqdn: med.contoso.local, role: mediation, site: redmond}\n" +                                            // 8
            "gateways:\n" +                                                                                                // 9
            "  - {fqdn: gw01.contoso.local, site: redmond}\n" +                                                            // 10
            "trunks:\n" +                                                                                                  // 11
            "  - name: gw01-tls\n" +                                                                                       // 12
            "    gateway: gw01.contoso.local\n" +                                                                          // 13
            "    mediationPool: med.contoso.local\n" +                                                                     // 14
            "    translationRules:\n" +                                                                                    // 15
            "      - {name: local7, pattern: '^\\+1425(\\d{7})$', translation: '$1'}\n" +                                  // 16
            "  - {name: gw02-tls, gateway: gw01.contoso.local, mediationPool: med.contoso.local}\n" +                      // 17
            "voice:\n" +                                                                                                   // 18
            "  pstnUsages: [Local, LongDistance, Emergency]\n" +                                                           // 19
            "  dialPlans:\n" +                                                                                             // 20
            "    - scope: site\n" +                                                                                        // 21
            "      site: redmond\n" +                                                                                      // 22
            "      normalizationRules:\n" +                                                                                // 23
            "        - {name: 4digit, pattern: '^(\\d{4})$', translation: '+1425555$1'}\n" +                               // 24
            "        - {name: 7digit, pattern: '^(\\d{7})$', translation: '+1425$1'}\n" +                                  // 25
            "  voicePolicies:\n" +                                                                                         // 26
            "    - scope: user\n" +                                                                                        // 27
            "      name: national\n" +                                                                                     // 28
            "      pstnUsages: [Local, LongDistance]\n" +                                                                  // 29
            "  routes:\n" +                                                                                                // 30
            "    - {name: redmond-local, pattern: '^\\+1425\\d{7}$', pstnUsages: [Local], trunks: [gw01-tls, gw02-tls]}\n" + // 31
            "    - {name: us-long-distance, pattern: '^\\+1\\d{10}$', pstnUsages: [LongDistance], trunks: [gw02-tls]}\n" + // 32
            "    - {name: emergency, pattern: '^\\+911$', pstnUsages: [Emergency], trunks: [gw01-tls]}\n" +                // 33
            "network:\n" +                                                                                                 // 34
            "  locationPolicies:\n" +                                                                                      // 35
            "    - {scope: global, enhancedEmergencyServices: true, emergencyDialString: \"911\", emergencyDialMasks: [\"112\"], pstnUsage: Emergency}\n" + // 36
            "users:\n" +                                                                                                   // 37
            "  - {sip: alice@contoso.com, site: redmond, enterpriseVoice: true, lineUri: \"tel:+14255550101\", voicePolicy: national}\n" + // 38
            "  - {sip: bob@contoso.com, site: redmond, enterpriseVoice: true, lineUri: \"tel:+14255550102\"}\n" +         // 39
            "  - {sip: carol@contoso.com, site: redmond, enterpriseVoice: false}\n";                                       // 40

        private readonly CliTestDirectory _directory = new CliTestDirectory();

        private readonly string _topology;

        public CallCommandTests() => _topology = _directory.Write("call.topology.yaml", Topology);

        public void Dispose() => _directory.Dispose();

        [Fact]
        public void A_routed_call_prints_every_hop_with_its_line_and_exits_0()
        {
            CliRun run = Call("--from", "alice@contoso.com", "555-0123");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(
                new[]
                {
                    $"{_topology}:38: caller: alice@contoso.com (home site redmond)",
                    "-: dialed: 555-0123",
                    $"{_topology}:21: dial plan: site:redmond",
                    $"{_topology}:25: normalization rule: 7digit '^(\\d{{7}})$' -> '+1425$1'",
                    "-: normalized: +14255550123",
                    $"{_topology}:27: voice policy: user:national",
                    $"{_topology}:29: pstn usage: Local (1 of 2)",
                    $"{_topology}:31: route: redmond-local '^\\+1425\\d{{7}}$'",
                    $"{_topology}:12: trunk: gw01-tls, gateway gw01.contoso.local, mediation pool med.contoso.local, sends 5550123 (translation rule local7)",
                    $"{_topology}:17: trunk: gw02-tls, gateway gw01.contoso.local, mediation pool med.contoso.local, sends +14255550123",
                    $"{_topology}:32: alternative route: us-long-distance (usage LongDistance)",
                    "-: result: routed",
                },
                Lines(run.Stdout));
        }

        [Fact]
        public void A_call_to_a_users_number_is_internal_and_exits_0()
        {
            CliRun run = Call("--from", "sip:Alice@Contoso.com", "0102");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains($"{_topology}:39: internal user: bob@contoso.com (tel:+14255550102)", Lines(run.Stdout));
            Assert.Equal("-: result: internal", Lines(run.Stdout).Last());
        }

        [Fact]
        public void A_number_no_route_of_the_users_usages_matches_is_no_route_and_exits_1()
        {
            CliRun run = Call("--from", "alice@contoso.com", "+442071234567");

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(
                new[] { $"{_topology}:29: pstn usage: Local (1 of 2)", $"{_topology}:29: pstn usage: LongDistance (2 of 2)", "-: result: no-route" },
                Lines(run.Stdout).TakeLast(3));
        }

        [Fact]
        public void A_user_without_a_voice_policy_in_effect_is_no_voice_policy_and_exits_1()
        {
            CliRun run = Call("--from", "bob@contoso.com", "5550123");

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(new[] { "-: normalized: +14255550123", "-: result: no-voice-policy" }, Lines(run.Stdout).TakeLast(2));
        }

        [Fact]
        public void A_user_not_enabled_for_enterprise_voice_exits_1()
        {
            CliRun run = Call("--from", "carol@contoso.com", "5550123");

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(new[] { $"{_topology}:40: caller: carol@contoso.com (home site redmond)", "-: dialed: 5550123", "-: normalized: 5550123", "-: result: not-enterprise-voice" }, Lines(run.Stdout));
        }

        [Fact]
        public void An_emergency_mask_is_routed_through_the_location_policys_usage_as_json()
        {
            CliRun run = Call("--from", "alice@contoso.com", "112", "--format", "json");

            Assert.Equal(0, run.ExitCode);
            using JsonDocument json = JsonDocument.Parse(run.Stdout);
            JsonElement root = json.RootElement;
            Assert.Equal("+911", root.GetProperty("normalized").GetString());
            Assert.True(root.GetProperty("emergency").GetBoolean());
            Assert.Equal("routed", root.GetProperty("result").GetString());
            JsonElement[] hops = root.GetProperty("hops").EnumerateArray().ToArray();
            JsonElement location = hops.Single(h => h.GetProperty("hop").GetString() == "location policy");
            Assert.Equal(36, location.GetProperty("line").GetInt32());
            Assert.Equal(_topology, location.GetProperty("file").GetString());
            JsonElement usage = hops.Single(h => h.GetProperty("hop").GetString() == "pstn usage");
            Assert.Equal("Emergency (1 of 1)", usage.GetProperty("text").GetString());
            Assert.Equal("emergency '^\\+911$'", hops.Single(h => h.GetProperty("hop").GetString() == "route").GetProperty("text").GetString());
            Assert.Equal(JsonValueKind.Null, hops[1].GetProperty("line").ValueKind);
            Assert.DoesNotContain(hops, h => h.GetProperty("hop").GetString() == "voice policy");
        }

        [Fact]
        public void A_pattern_that_times_out_counts_as_no_match_and_is_said_on_standard_error()
        {
            _directory.Write("call.topology.yaml", Topology.Replace("pattern: '^\\+1\\d{10}$'", "pattern: '^((.|\\d|[+\\d])+)+[a-z]$'", StringComparison.Ordinal));

            CliRun run = Call("--from", "alice@contoso.com", "+44207123456789012345678");

            Assert.Equal(1, run.ExitCode);
            Assert.Equal($"topolint: warning: {_topology}:32: the pattern '^((.|\\d|[+\\d])+)+[a-z]$' took longer than 1 s on '+44207123456789012345678' and counts as no match", run.Stderr.TrimEnd('\n'));
        }

        [Theory]
        [InlineData("nobody@contoso.com", "topolint: no user with sip 'nobody@contoso.com'")]
        public void An_unknown_caller_exits_2_with_one_line(string sip, string start)
        {
            CliRun run = Call("--from", sip, "5550123");

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith(start, run.Stderr, StringComparison.Ordinal);
            Assert.Single(Lines(run.Stderr));
        }

        [Fact]
        public void A_document_that_does_not_load_exits_2_with_its_diagnostics()
        {
            _directory.Write("call.topology.yaml", "topology: [\n");

            CliRun run = Call("--from", "alice@contoso.com", "5550123");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains(": error TL0001: ", run.Stderr, StringComparison.Ordinal);
            Assert.Empty(run.Stdout);
        }

        [Fact]
        public void A_missing_include_exits_2()
        {
            _directory.Write("call.topology.yaml", Topology + "include: [missing.yaml]\n");

            CliRun run = Call("--from", "alice@contoso.com", "5550123");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains(": error TL0005: ", run.Stderr, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("call", "5550123")]
        [InlineData("call", "--from", "alice@contoso.com", "5550123", "--format", "xml")]
        [InlineData("call", "--from", "alice@contoso.com", "5550123", "--bogus")]
        [InlineData("call", "--from", "alice@contoso.com", "5550123", "--topology", "no/such.topology.yaml")]
        public void Bad_command_lines_exit_2_with_one_line(params string[] args)
        {
            CliRun run = Run(args);

            Assert.Equal(2, run.ExitCode);
            Assert.Single(Lines(run.Stderr));
            Assert.Empty(run.Stdout);
        }

        [Fact]
        public void Without_topology_a_directory_with_no_root_document_exits_2_asking_for_it()
        {
            // The test host's directory holds no topology document.
            CliRun run = Run("call", "--from", "alice@contoso.com", "5550123");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("--topology", run.Stderr, StringComparison.Ordinal);
        }

        private CliRun Call(params string[] args) => Run(new[] { "call", "--topology", _topology }.Concat(args).ToArray());

        private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
