using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using TopologyLint.Engine;
using TopologyLint.Formatting;
using TopologyLint.Loading;
using TopologyLint.Model;
using TopologyLint.Syntax;

namespace TopologyLint.Cli
{
    /// <summary>
    /// <c>topolint call --from USER_SIP DIALED [--topology FILE] [--format text|json]</c>: traces one PSTN call through the
    /// model's call path (RULES-v2 "The call path") and prints every hop. Exit 0 routed or internal, 1 another result,
    /// 2 the command could not run.
    /// </summary>
    internal static class CallCommand
    {
        private static readonly string[] CurrentDirectory = { "." };

        public static Command Create(TextWriter stdout, TextWriter stderr, Action<int> exitWith)
        {
            var dialed = new Argument<string>("dialed") { Description = "The number as the caller dials it, e.g. 555-0123" };
            var from = new Option<string>("--from") { Description = "The caller's SIP address, e.g. alice@contoso.com", HelpName = "USER_SIP", Required = true };
            var topology = new Option<string>("--topology") { Description = "The root topology file (default: the one root document found under the current directory)", HelpName = "FILE" };
            var format = new Option<string>("--format") { Description = "text (one line per hop) or json", HelpName = "text|json", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json");
            var call = new Command("call", "Trace a PSTN call: which dial plan, route and trunks carry it") { dialed, from, topology, format };
            Program.RejectUnknownOptions(dialed, "call");
            call.SetAction(parse => exitWith(Run(parse.GetValue(from)!, parse.GetValue(dialed)!, parse.GetValue(topology), parse.GetValue(format) == "json", stdout, stderr)));
            return call;
        }

        private static int Run(string sip, string dialed, string? topologyPath, bool json, TextWriter stdout, TextWriter stderr)
        {
            string? path = topologyPath ?? FindRoot(stderr);
            if (path == null)
            {
                return Program.ExitCannotRun;
            }

            if (!File.Exists(path))
            {
                stderr.WriteLine($"topolint: '{path}' does not exist");
                return Program.ExitCannotRun;
            }

            string current = Directory.GetCurrentDirectory();
            Topology? model = new TopologyLinter(PhysicalFileSystem.Instance).LoadTopology(Path.GetFullPath(path), out ImmutableArray<Diagnostic> problems);
            if (problems.Length > 0 || model == null)
            {
                foreach (Diagnostic problem in problems)
                {
                    FileLinePositionSpan span = problem.Location.GetLineSpan();
                    stderr.WriteLine(OutputText.EscapeControlCharacters($"{LintReport.DisplayPath(span.Path, current)}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}: error {problem.Id}: {problem.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
                }

                stderr.WriteLine($"topolint: '{LintReport.DisplayPath(path, current)}' does not load as a topology; `topolint lint` shows why");
                return Program.ExitCannotRun;
            }

            User? caller = CallPath.FindUser(model, sip);
            if (caller == null)
            {
                stderr.WriteLine(OutputText.EscapeControlCharacters($"topolint: no user with sip '{sip}' in '{LintReport.DisplayPath(path, current)}'"));
                return Program.ExitCannotRun;
            }

            CallTrace trace = CallPath.Trace(model, caller, dialed);
            foreach (PatternTimeout timeout in trace.Timeouts)
            {
                stderr.WriteLine(OutputText.EscapeControlCharacters($"topolint: warning: {Location(timeout.Pattern, current)}: the pattern '{timeout.Pattern.Value}' took longer than 1 s on '{timeout.Input}' and counts as no match"));
            }

            if (json)
            {
                WriteJson(trace, current, stdout);
            }
            else
            {
                foreach (CallHop hop in trace.Hops)
                {
                    stdout.WriteLine(OutputText.EscapeControlCharacters($"{(hop.Node != null ? Location(hop.Node, current) : "-")}: {hop.Name}: {hop.Text}"));
                }
            }

            return trace.Result is CallResult.Routed or CallResult.Internal ? Program.ExitClean : Program.ExitErrors;
        }

        /// <summary>The one root document discovery finds under the current directory, or null (said on standard error).</summary>
        private static string? FindRoot(TextWriter stderr)
        {
            IReadOnlyList<string> roots = FileDiscovery.Find(CurrentDirectory, out _, out _);
            if (roots.Count == 1)
            {
                return roots[0];
            }

            stderr.WriteLine(roots.Count == 0
                ? "topolint: no topology document under the current directory; name one with --topology"
                : $"topolint: {roots.Count} topology documents under the current directory; name one with --topology");
            return null;
        }

        private static string Location(DocumentNode node, string current)
            => $"{LintReport.DisplayPath(node.File.Path, current)}:{node.LineSpan.Start.Line + 1}";

        private static void WriteJson(CallTrace trace, string current, TextWriter stdout)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteString("caller", trace.Caller.ToString());
                json.WriteString("dialed", trace.Dialed);
                json.WriteString("normalized", trace.Normalized);
                json.WriteBoolean("emergency", trace.IsEmergency);
                json.WriteString("result", CallPath.ResultName(trace.Result));
                json.WriteStartArray("hops");
                foreach (CallHop hop in trace.Hops)
                {
                    json.WriteStartObject();
                    json.WriteString("hop", hop.Name);
                    json.WriteString("text", hop.Text);
                    WriteLocation(json, hop.Node, current);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("timeouts");
                foreach (PatternTimeout timeout in trace.Timeouts)
                {
                    json.WriteStartObject();
                    json.WriteString("pattern", timeout.Pattern.Value);
                    json.WriteString("input", timeout.Input);
                    WriteLocation(json, timeout.Pattern, current);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }

        private static void WriteLocation(Utf8JsonWriter json, DocumentNode? node, string current)
        {
            if (node == null)
            {
                json.WriteNull("file");
                json.WriteNull("line");
                return;
            }

            json.WriteString("file", LintReport.DisplayPath(node.File.Path, current));
            json.WriteNumber("line", node.LineSpan.Start.Line + 1);
        }
    }
}
