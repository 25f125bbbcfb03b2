using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using TopologyLint.Analysis;
using TopologyLint.Engine;
using TopologyLint.Loading;
using TopologyLint.Model;
using TopologyLint.Policy;
using TopologyLint.Syntax;

namespace TopologyLint.Bench
{
    /// <summary>
    /// <c>splitphases runs</c>: the language server's lint of the split scenario (100,000 users in 50 fragments, one
    /// 100-user fragment changed between lints, the other trees in a <see cref="LoadedDocumentCache"/>), step by step
    /// as the engine takes them, timed by wall clock and by the benchmark thread's CPU (robust on a busy machine).
    /// </summary>
    public static class SplitPhases
    {
        public static int Run(int repetitions)
        {
            if (Environment.GetEnvironmentVariable("BENCH_LATENCY") is { Length: > 0 } mode)
            {
                System.Runtime.GCSettings.LatencyMode = Enum.Parse<System.Runtime.GCLatencyMode>(mode);
            }

            string root = LanguageServerLatency.SplitScenario();
            string edited = Path.Combine(Path.GetDirectoryName(root)!, "fragments", "users-00.yaml");
            byte[] original = File.ReadAllBytes(edited);
            int at = System.Text.Encoding.ASCII.GetString(original).LastIndexOf("lineUri: \"tel:+", StringComparison.Ordinal) + "lineUri: \"tel:+".Length + 3;
            var overlay = new EditedFile(edited, original, at);
            LoaderLimits limits = LoaderLimits.Default;
            var cache = new LoadedDocumentCache();
            var wall = new Dictionary<string, List<double>>();
            var cpu = new Dictionary<string, List<double>>();
            var pauses = new Dictionary<string, List<double>>();
            var allocated = new Dictionary<string, List<double>>();
            var order = new List<string>();
            void Record(string name, double w, double c, double p, double a, bool keep)
            {
                if (!wall.TryGetValue(name, out List<double>? walls))
                {
                    wall[name] = walls = new List<double>();
                    cpu[name] = new List<double>();
                    pauses[name] = new List<double>();
                    allocated[name] = new List<double>();
                    order.Add(name);
                }

                if (keep)
                {
                    walls.Add(w);
                    cpu[name].Add(c);
                    pauses[name].Add(p);
                    allocated[name].Add(a);
                }
            }

            for (int i = 0; i <= repetitions + 3; i++)
            {
                bool keep = i > 3;
                overlay.Flip();
                var clock = new Clock();
                var whole = new Clock();
                var sink = new DiagnosticSink(Configuration.DefaultConfiguration.Instance, root);
                byte[] bytes = FileReader.TryRead(overlay, root, limits, out _)!;
                LoadedDocument rootDocument = DocumentLoader.Load(root, bytes, limits, sink, cache, default);
                clock.Lap("load root", Record, keep);
                var documents = new List<LoadedDocument> { rootDocument };
                documents.AddRange(new IncludeResolver(overlay, limits, sink, cache).LoadFragments(rootDocument));
                clock.Lap("includes (50 stamps, parse 1)", Record, keep);
                Topology topology = Binder.Bind((MappingNode)rootDocument.Root!, documents.Skip(1).Select(d => d.Root).OfType<MappingNode>());
                clock.Lap("bind", Record, keep);
                foreach (TopologyRule rule in RuleCatalog.Rules)
                {
                    if (rule is DocumentRule analyzing && documents.Any(d => sink.IsEnabled(d.File.Path, rule.Descriptor)))
                    {
                        analyzing.Analyze(new RuleContext(rule.Descriptor, topology, documents, sink, Configuration.DefaultConfiguration.Instance));
                    }

                    clock.Lap("  " + rule.Descriptor.Id, Record, keep);
                }

                LintedFile linted = PolicyPipeline.FinishRoot(root, documents.ToImmutableArray(), sink, topology);
                clock.Lap("policy (suppressions, order)", Record, keep);
                LintResult result = PolicyPipeline.FinishRun(new LintResult(ImmutableArray.Create(linted)), null, null);
                clock.Lap("run (dedupe, order)", Record, keep);
                int inFile = LanguageServer.Workspace.DiagnosticConverter.InFile(edited, new[] { result }).Select(LanguageServer.Workspace.DiagnosticConverter.ToLsp).Count();
                clock.Lap("server: diagnostics of the file", Record, keep);
                whole.Lap("whole", Record, keep);
                if (i == repetitions + 3)
                {
                    Console.WriteLine($"{result.Diagnostics.Length} diagnostics, {inFile} in the edited fragment; cache hits {cache.Hits}, unread {cache.UnreadHits}");
                }
            }

            Console.WriteLine($"{"step",-40} {"wall ms",9} {"thread CPU ms",14} {"GC pause ms",12} {"MB allocated",13}  (medians of {repetitions}); GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
            List<double> lints = wall["whole"];
            Console.WriteLine($"whole lint: p50 {Percentile(lints, 0.5):F1} ms, p95 {Percentile(lints, 0.95):F1} ms, thread CPU p50 {Percentile(cpu["whole"], 0.5):F1} ms, GC pause mean {pauses["whole"].Average():F1} ms; latency mode {System.Runtime.GCSettings.LatencyMode}, concurrent {AppContext.GetData("System.GC.Concurrent")}");
            foreach (string name in order.Where(n => !n.StartsWith("  ", StringComparison.Ordinal) || Median(wall[n]) >= 0.5))
            {
                Console.WriteLine($"{name,-40} {Median(wall[name]),9:F1} {Median(cpu[name]),14:F1} {Median(pauses[name]),12:F1} {Median(allocated[name]),13:F1}   max {wall[name].Max(),7:F1}");
            }

            return 0;
        }

        private static double Percentile(List<double> values, double fraction)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
        }

        private static double Median(List<double> values)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }

        private sealed class Clock
        {
            private readonly Stopwatch _stopwatch = Stopwatch.StartNew();
            private double _cpu = ThreadCpuTime.Milliseconds;
            private TimeSpan _pause = GC.GetTotalPauseDuration();
            private long _allocated = GC.GetAllocatedBytesForCurrentThread();

            public void Lap(string name, Action<string, double, double, double, double, bool> record, bool keep)
            {
                double cpu = ThreadCpuTime.Milliseconds;
                record(name, _stopwatch.Elapsed.TotalMilliseconds, cpu - _cpu, (GC.GetTotalPauseDuration() - _pause).TotalMilliseconds, (GC.GetAllocatedBytesForCurrentThread() - _allocated) / 1048576.0, keep);
                _allocated = GC.GetAllocatedBytesForCurrentThread();
                _cpu = ThreadCpuTime.Milliseconds;
                _pause = GC.GetTotalPauseDuration();
                _stopwatch.Restart();
            }
        }

        /// <summary>The disk, except one file whose bytes alternate between two versions (a digit changed), as an editor's buffer would.</summary>
        private sealed class EditedFile : ITopologyFileSystem, IFileStamps
        {
            private readonly string _path;
            private readonly byte[][] _versions;
            private int _current;

            public EditedFile(string path, byte[] original, int at)
            {
                _path = path;
                byte[] changed = (byte[])original.Clone();
                changed[at] = changed[at] == (byte)'7' ? (byte)'8' : (byte)'7';
                _versions = new[] { original, changed };
            }

            public void Flip() => _current = 1 - _current;

            public FileEntry GetEntry(string path) => PhysicalFileSystem.Instance.GetEntry(path);

            public byte[] ReadAllBytes(string path, long maxBytes)
                => path == _path ? (byte[])_versions[_current].Clone() : PhysicalFileSystem.Instance.ReadAllBytes(path, maxBytes);

            public string GetRealPath(string path) => PhysicalFileSystem.Instance.GetRealPath(path);

            public bool TryGetStamp(string path, out FileStamp stamp)
            {
                stamp = default;
                return path != _path && PhysicalFileSystem.Instance.TryGetStamp(path, out stamp);
            }

            public IReadOnlyList<string> Glob(string directory, string pattern) => PhysicalFileSystem.Instance.Glob(directory, pattern);
        }
    }
}
