using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Nerdbank.Streams;
using StreamJsonRpc;
using TopologyLint.Engine;
using TopologyLint.LanguageServer;
using TopologyLint.LanguageServer.Protocol;
using TopologyLint.Loading;

namespace TopologyLint.Bench
{
    /// <summary>
    /// <c>lsp [edits]</c>: the language server as shipped (<c>dotnet topolint.dll lsp</c>, its own runtime settings, over
    /// stdio), with no debounce (it is a fixed wait, not work): the time from sending a one-character <c>didChange</c>
    /// to receiving the <c>publishDiagnostics</c> of that version, p50 and p95, beside a whole lint of the same files
    /// in this process and <c>topolint lint</c> of them as a process (what the "a whole CLI lint" names); then the cold start of <c>topolint lsp</c> to its first diagnostics on examples/contoso, and
    /// managed memory over 10,000 edits (in-process over a duplex pipe, to read the server's heap and counters).
    /// </summary>
    public static class LanguageServerLatency
    {
        /// <param name="edits">How many edits each latency scenario times.</param>
        /// <param name="scenarios">Which to run (<c>2k</c>, <c>100k</c>, <c>split</c>, <c>cold</c>, <c>memory</c>); none: all.</param>
        public static int Run(int edits, IReadOnlyCollection<string> scenarios)
        {
            bool Wanted(string scenario) => scenarios.Count == 0 || scenarios.Contains(scenario);
            string single2k = DataFiles.Ensure(2_000, json: false);
            Console.WriteLine("| scenario | edits | didChange -> publishDiagnostics p50 | p95 | server process CPU per edit | whole lint (bench process) median | p95 / whole lint | `topolint lint` process median of 3 | p95 / CLI lint |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
            if (Wanted("2k"))
            {
                Measure("2,000-user document", single2k, single2k, Array.Empty<string>(), edits);
            }

            if (Wanted("100k") || Wanted("split"))
            {
                string single100k = DataFiles.Ensure(100_000, json: false);
                if (Wanted("100k"))
                {
                    Measure("100,000-user document", single100k, single100k, Array.Empty<string>(), edits);
                }

                if (Wanted("split"))
                {
                    string root = SplitScenario();
                    Measure("100,000 users in 50 fragments, a 100-user fragment edited", root, Path.Combine(Path.GetDirectoryName(root)!, "fragments", "users-00.yaml"), new[] { root }, edits);
                }
            }

            if (Wanted("cold"))
            {
                ColdStart();
            }

            if (Wanted("memory"))
            {
                MemoryOverEdits(single2k, 10_000, lintEach: false);
                MemoryOverEdits(single2k, 10_000, lintEach: true);
            }

            return 0;
        }

        private static void Measure(string name, string root, string edited, string[] alsoOpen, int edits)
        {
            // A single document is opened without a workspace folder: the scan of bench/data would lint every file there meanwhile.
            using Session session = Session.Spawn(alsoOpen.Length == 0 ? null : Path.GetDirectoryName(root)!);
            foreach (string path in alsoOpen)
            {
                session.Open(path, 1);
            }

            session.Open(edited, 1).Wait();
            string text = File.ReadAllText(edited);
            int at = text.LastIndexOf("lineUri: \"tel:+", StringComparison.Ordinal) + "lineUri: \"tel:+".Length + 3;
            var (line, character) = LineAndCharacter(text, at);
            var times = new List<double>();

            // The server process's CPU over the edits, every thread (the lint's, the collector's, the JIT's): steadier than wall time on a busy machine.
            TimeSpan cpuBefore = session.ServerProcessorTime();
            for (int version = 2; version < edits + 2; version++)
            {
                string digit = (version % 2 == 0 ? '7' : text[at]).ToString();
                var stopwatch = Stopwatch.StartNew();
                session.Change(edited, version, line, character, digit).Wait();
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            double cpuPerEdit = (session.ServerProcessorTime() - cpuBefore).TotalMilliseconds / edits;
            if (Environment.GetEnvironmentVariable("BENCH_TIMES") is { Length: > 0 })
            {
                // Each edit's time in order: where the slow ones fall (the first edits' JIT compilation, or collections throughout).
                Console.WriteLine(string.Join(" ", times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture))));
            }

            var whole = new List<double>();
            var linter = new TopologyLinter(PhysicalFileSystem.Instance, new LintOptions { MaxDegreeOfParallelism = 1 });
            for (int run = 0; run < Math.Min(edits, 15); run++)
            {
                var stopwatch = Stopwatch.StartNew();
                linter.Lint(new[] { root });
                whole.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            // What the target compares with: `topolint lint` of the same root as a user runs it, a process of its own.
            var cliRuns = new List<double>();
            for (int run = 0; run < 3; run++)
            {
                cliRuns.Add(CliLint(root));
            }

            // The whole lint runs with this process's settings (tiered PGO on), which make repeated lints faster than the
            // shipped server's (off, for the CLI's one-shot lints): the ratio to it errs against the server.
            // The first edits pay for JIT compilation: they are kept, as an editor's first edits pay it too, but p50/p95 show the steady state.
            double p50 = Percentile(times, 0.50);
            double p95 = Percentile(times, 0.95);
            double lint = Percentile(whole, 0.50);
            double cli = Percentile(cliRuns, 0.50);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1} | {2:F1} ms | {3:F1} ms | {4:F1} ms | {5:F1} ms | {6:F2}x | {7:F0} ms | {8:F2}x |", name, edits, p50, p95, cpuPerEdit, lint, p95 / lint, cli, p95 / cli));
        }

        private static void ColdStart()
        {
            string cli = CliAssembly;
            string example = Path.GetFullPath(Path.Combine(DataFiles.Directory, "..", "..", "examples", "contoso", "contoso.topology.yaml"));
            var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(cli);
            start.ArgumentList.Add("lsp");
            var stopwatch = Stopwatch.StartNew();
            using Process process = Process.Start(start)!;
            Stream input = process.StandardInput.BaseStream;
            string uri = new Uri(example).AbsoluteUri;
            Send(input, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\"" + new Uri(Path.GetDirectoryName(example)!).AbsoluteUri + "\",\"capabilities\":{}}}");
            Send(input, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
            Send(input, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"yaml\",\"version\":1,\"text\":" + JsonSerializer.Serialize(File.ReadAllText(example)) + "}}}");
            var output = new StringBuilder();
            var buffer = new char[4096];
            while (!output.ToString().Contains("textDocument/publishDiagnostics", StringComparison.Ordinal))
            {
                int read = process.StandardOutput.Read(buffer, 0, buffer.Length);
                if (read <= 0)
                {
                    break;
                }

                output.Append(buffer, 0, read);
            }

            double elapsed = stopwatch.Elapsed.TotalMilliseconds;
            process.Kill();
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "\ncold start (dotnet topolint.dll lsp, initialize + didOpen of examples/contoso) to first publishDiagnostics: {0:F0} ms (includes the 200 ms debounce)", elapsed));
        }

        /// <summary>
        /// Managed memory after a full collection over <paramref name="edits"/> edits with a 5 ms debounce, sent back to back
        /// (a newer edit cancels the pending lint, as fast typing does: few lints run) or each after the diagnostics of the one
        /// before (every edit is linted); with how many lints ran and how many publications the client received.
        /// </summary>
        private static void MemoryOverEdits(string path, int edits, bool lintEach)
        {
            using var session = new Session(null, TimeSpan.FromMilliseconds(5));
            session.Open(path, 1).Wait();
            string text = File.ReadAllText(path);
            int at = text.LastIndexOf("lineUri: \"tel:+", StringComparison.Ordinal) + "lineUri: \"tel:+".Length + 3;
            var (line, character) = LineAndCharacter(text, at);
            long lintsBefore = session.Server.Coordinator.LintsCompleted;
            long publishedBefore = session.PublicationsReceived;
            Console.Write(string.Format(CultureInfo.InvariantCulture, "\nmanaged memory after a full GC, 2,000-user document, 5 ms debounce, edits {0}:", lintEach ? "each after the last one's diagnostics" : "sent back to back"));
            Task last = Task.CompletedTask;
            for (int version = 2; version <= edits + 1; version++)
            {
                last = session.Change(path, version, line, character, (version % 2 == 0 ? '7' : text[at]).ToString());
                if (lintEach)
                {
                    last.Wait();
                }

                if ((version - 1) % 2_000 == 0 || version == 2)
                {
                    last.Wait();
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                    Console.Write(string.Format(CultureInfo.InvariantCulture, " {0} edits: {1:F1} MB;", version - 1, GC.GetTotalMemory(true) / 1048576.0));
                }
            }

            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "\n  {0} lints ran to the end for {1} edits; {2} publications received",
                session.Server.Coordinator.LintsCompleted - lintsBefore,
                edits,
                session.PublicationsReceived - publishedBefore));
        }

        /// <summary>Wall time of <c>dotnet topolint.dll lint</c> of <paramref name="root"/> as a process (SARIF read and dropped), in ms.</summary>
        private static double CliLint(string root)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string argument in new[] { CliAssembly, "lint", root, "--format", "sarif", "--max-file-size", "1073741824" })
            {
                start.ArgumentList.Add(argument);
            }

            var stopwatch = Stopwatch.StartNew();
            using Process process = Process.Start(start)!;
            Task errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.BaseStream.CopyTo(Stream.Null);
            process.WaitForExit();
            errors.Wait();
            return stopwatch.Elapsed.TotalMilliseconds;
        }

        /// <summary>The CLI the server runs from: the build's, or the one <c>BENCH_TOPOLINT</c> names (a published or installed tool).</summary>
        private static string CliAssembly
            => Environment.GetEnvironmentVariable("BENCH_TOPOLINT") is { Length: > 0 } published ? published : Path.Combine(AppContext.BaseDirectory, "topolint.dll");

        /// <summary>The split scenario's root document: 100,000 users in 50 fragments, the first of 100 users.</summary>
        public static string SplitScenario()
            => Path.Combine(SplitIntoFragments(DataFiles.Ensure(100_000, json: false), 50, firstFragmentUsers: 100), "root.topology.yaml");

        private static string SplitIntoFragments(string source, int fragments, int firstFragmentUsers)
        {
            string directory = Path.Combine(DataFiles.Directory, $"split-{fragments}");
            string root = Path.Combine(directory, "root.topology.yaml");
            if (File.Exists(root))
            {
                return directory;
            }

            Directory.CreateDirectory(Path.Combine(directory, "fragments"));
            string[] lines = File.ReadAllLines(source);
            int usersAt = Array.IndexOf(lines, "users:");
            string[] users = lines.Skip(usersAt + 1).ToArray();
            var rootText = new StringBuilder();
            foreach (string line in lines.Take(usersAt))
            {
                rootText.Append(line).Append('\n');
            }

            rootText.Append("include:\n");
            int rest = (users.Length - firstFragmentUsers) / (fragments - 1);
            int taken = 0;
            for (int f = 0; f < fragments; f++)
            {
                int count = f == 0 ? firstFragmentUsers : f == fragments - 1 ? users.Length - taken : rest;
                string name = $"users-{f:D2}.yaml";
                File.WriteAllText(Path.Combine(directory, "fragments", name), "users:\n" + string.Join("\n", users.Skip(taken).Take(count)) + "\n");
                taken += count;
                rootText.Append("  - fragments/").Append(name).Append('\n');
            }

            File.WriteAllText(root, rootText.ToString());
            return directory;
        }

        private static (int Line, int Character) LineAndCharacter(string text, int offset)
        {
            int line = 0;
            int lineStart = 0;
            for (int i = 0; i < offset; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return (line, offset - lineStart);
        }

        private static double Percentile(List<double> values, double fraction)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
        }

        private static void Send(Stream input, string json)
        {
            byte[] body = Encoding.UTF8.GetBytes(json);
            byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
            input.Write(header);
            input.Write(body);
            input.Flush();
        }

        /// <summary>An in-process client: each edit completes when the diagnostics of its version arrive.</summary>
        private sealed class Session : IDisposable
        {
            private readonly ConcurrentDictionary<(string Uri, int Version), TaskCompletionSource> _waiting = new ConcurrentDictionary<(string, int), TaskCompletionSource>();
            private readonly CancellationTokenSource _stop = new CancellationTokenSource();
            private readonly JsonRpc _client;
            private readonly Task _server;
            private readonly Process? _process;
            private TopologyLanguageServer? _started;
            private long _publicationsReceived;

            /// <summary>A server in this process over a duplex pipe, with <paramref name="debounce"/> (none by default).</summary>
            public Session(string? folder, TimeSpan? debounce = null)
            {
                (Stream clientSide, Stream serverSide) = FullDuplexStream.CreatePair();
                _server = LanguageServerHost.RunAsync(serverSide, serverSide, PhysicalFileSystem.Instance, debounce ?? TimeSpan.Zero, _stop.Token, server => _started = server);
                _client = Connect(clientSide, clientSide, folder, initializationOptions: null);
            }

            private Session(Process process, string? folder)
            {
                _process = process;
                _server = process.StandardError.ReadToEndAsync();
                _client = Connect(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, folder, new { debounce = 0 });
            }

            /// <summary>The server in-process, to read its counters.</summary>
            public TopologyLanguageServer Server => _started ?? throw new InvalidOperationException("the server runs in another process");

            /// <summary>A server as shipped: <c>dotnet topolint.dll lsp</c> (the CLI's runtime settings), asked for no debounce.</summary>
            public static Session Spawn(string? folder)
            {
                var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
                start.ArgumentList.Add(CliAssembly);
                start.ArgumentList.Add("lsp");
                return new Session(Process.Start(start)!, folder);
            }

            /// <summary>The CPU time of the process the server runs in (this one when in-process).</summary>
            public TimeSpan ServerProcessorTime()
            {
                using Process process = _process == null ? Process.GetCurrentProcess() : Process.GetProcessById(_process.Id);
                return process.TotalProcessorTime;
            }

            public long PublicationsReceived => Interlocked.Read(ref _publicationsReceived);

            public Task Open(string path, int version)
            {
                Task published = Expect(path, version);
                _client.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri = new Uri(path).AbsoluteUri, languageId = "yaml", version, text = File.ReadAllText(path) } }).Wait();
                return published;
            }

            public Task Change(string path, int version, int line, int character, string replacement)
            {
                Task published = Expect(path, version);
                var range = new { start = new { line, character }, end = new { line, character = character + 1 } };
                _client.NotifyWithParameterObjectAsync("textDocument/didChange", new { textDocument = new { uri = new Uri(path).AbsoluteUri, version }, contentChanges = new[] { new { range, text = replacement } } }).Wait();
                return published;
            }

            public void Dispose()
            {
                _stop.Cancel();
                _client.Dispose();
                _process?.Kill();
                _server.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
                _process?.Dispose();
            }

            private JsonRpc Connect(Stream toServer, Stream fromServer, string? folder, object? initializationOptions)
            {
                var client = new JsonRpc(new HeaderDelimitedMessageHandler(toServer, fromServer, new SystemTextJsonFormatter { JsonSerializerOptions = LspSerializer.CreateOptions() }));
                client.AddLocalRpcTarget(new Target(this));
                client.StartListening();
                client.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { processId = (int?)null, rootUri = folder == null ? null : new Uri(folder).AbsoluteUri, capabilities = new { }, initializationOptions }).Wait();
                return client;
            }

            private Task Expect(string path, int version)
                => _waiting.GetOrAdd((new Uri(path).AbsoluteUri, version), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

            private void Published(PublishDiagnosticsParams diagnostics)
            {
                Interlocked.Increment(ref _publicationsReceived);
                // A lint cancelled by a newer edit never publishes its version: every older waiter is done too.
                foreach (var key in _waiting.Keys.Where(k => k.Uri == diagnostics.Uri && k.Version <= (diagnostics.Version ?? 0)).ToList())
                {
                    if (_waiting.TryRemove(key, out TaskCompletionSource? waiter))
                    {
                        waiter.TrySetResult();
                    }
                }
            }

            private sealed class Target
            {
                private readonly Session _session;

                public Target(Session session) => _session = session;

                [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
                public void PublishDiagnostics(PublishDiagnosticsParams diagnostics) => _session.Published(diagnostics);

                [JsonRpcMethod("window/logMessage", UseSingleObjectParameterDeserialization = true)]
                public void LogMessage(LogMessageParams message) => Console.Error.WriteLine(message.Message);
            }
        }
    }
}
