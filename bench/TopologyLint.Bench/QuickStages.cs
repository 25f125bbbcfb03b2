using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using TopologyLint.Analysis;
using TopologyLint.Configuration;

namespace TopologyLint.Bench
{
    /// <summary>
    /// A quick look without BenchmarkDotNet (seconds, not minutes): each stage of <see cref="LintStages"/>
    /// run alternately several times, medians and ratios to the parser printed. For finding where
    /// time goes while optimizing; the published table comes from BenchmarkDotNet.
    /// </summary>
    public static class QuickStages
    {
        public static int Run(int users, string format, int repetitions)
        {
            var stages = new LintStages { Format = format };
            Environment.SetEnvironmentVariable("BENCH_USERS", users.ToString(CultureInfo.InvariantCulture));
            stages.Setup();
            var runs = new (string Name, Func<object> Action)[]
            {
                ("(a) parser only", () => stages.ParserOnly()),
                ("(a) comment mode", () => stages.ParserCommentMode()),
                ("(b) load + bind", () => stages.LoadAndBind()),
                ("(b) load only", () => stages.LoadOnly()),
                ("(c) schema", () => stages.Schema()),
                ("(d) all rules", () => stages.AllRules()),
                ("(e) whole lint", () => stages.WholeLint()),
                ("(e) without report", () => stages.LintWithoutReport()),
            };
            var times = runs.ToDictionary(r => r.Name, _ => new List<double>());
            var cpu = runs.ToDictionary(r => r.Name, _ => new List<double>());
            var threadCpu = runs.ToDictionary(r => r.Name, _ => new List<double>());
            var allocated = runs.ToDictionary(r => r.Name, _ => 0L);
            var retained = runs.ToDictionary(r => r.Name, _ => 0L);
            var collections = runs.ToDictionary(r => r.Name, _ => string.Empty);
            var gcPause = runs.ToDictionary(r => r.Name, _ => new List<double>());
            Process process = Process.GetCurrentProcess();
            for (int i = 0; i <= repetitions; i++)
            {
                foreach ((string name, Func<object> action) in runs)
                {
                    GC.Collect();
                    long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
                    int[] collectionsBefore = { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
                    TimeSpan pauseBefore = GC.GetTotalPauseDuration();
                    process.Refresh();
                    TimeSpan cpuBefore = process.TotalProcessorTime;
                    long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                    double threadBefore = ThreadCpuTime.Milliseconds;
                    var stopwatch = Stopwatch.StartNew();
                    object result = action();
                    stopwatch.Stop();
                    double threadUsed = ThreadCpuTime.Milliseconds - threadBefore;
                    process.Refresh();
                    if (i > 0)
                    {
                        times[name].Add(stopwatch.Elapsed.TotalMilliseconds);
                        cpu[name].Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                        threadCpu[name].Add(threadUsed);
                        allocated[name] = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                        gcPause[name].Add((GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds);
                        collections[name] = $"{GC.CollectionCount(0) - collectionsBefore[0]}/{GC.CollectionCount(1) - collectionsBefore[1]}/{GC.CollectionCount(2) - collectionsBefore[2]}";

                        // What the stage's result keeps alive (the tree and model, for load + bind).
                        retained[name] = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
                        GC.KeepAlive(result);
                    }
                }
            }

            double floor = Median(times[runs[0].Name]);
            double cpuFloor = Median(cpu[runs[0].Name]);
            double threadFloor = Median(threadCpu[runs[0].Name]);
            Console.WriteLine($"{users} users, {format}, {repetitions} runs (medians); CPU = the whole process's CPU time (GC and JIT threads included); thread = the benchmark thread's CPU time (the stage and its blocking collections, without the tiered JIT's background recompilation)");
            Console.WriteLine($"{"stage",-18} {"wall ms",9} {"ratio",6} {"CPU ms",9} {"ratio",6} {"thread ms",10} {"ratio",6} {"allocated MB",13} {"retained MB",12} {"GC pause ms",12} {"GCs 0/1/2",10}");
            foreach ((string name, _) in runs)
            {
                double median = Median(times[name]);
                double cpuMedian = Median(cpu[name]);
                double threadMedian = Median(threadCpu[name]);
                Console.WriteLine($"{name,-18} {median,9:F1} {median / floor,5:F2}x {cpuMedian,9:F1} {cpuMedian / cpuFloor,5:F2}x {threadMedian,10:F1} {threadMedian / threadFloor,5:F2}x {allocated[name] / 1048576.0,13:F1} {retained[name] / 1048576.0,12:F1} {Median(gcPause[name]),12:F1} {collections[name],10}");
            }

            // The rules one by one, to see which of (d) costs what.
            Console.WriteLine($"{"rule",-18} {"CPU ms",9} {"allocated MB",13}");
            foreach (TopologyRule rule in RuleCatalog.Rules)
            {
                var ruleCpu = new List<double>();
                long ruleAllocated = 0;
                for (int i = 0; i <= repetitions; i++)
                {
                    process.Refresh();
                    TimeSpan cpuBefore = process.TotalProcessorTime;
                    long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                    stages.RunRules(new[] { rule });
                    process.Refresh();
                    if (i > 0)
                    {
                        ruleCpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                        ruleAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                    }
                }

                Console.WriteLine($"{rule.Descriptor.Id,-18} {Median(ruleCpu),9:F1} {ruleAllocated / 1048576.0,13:F1}");
            }

            return 0;
        }

        /// <summary>One stage (parser, load, bind, rules, lint) repeated for the given time, on the YAML file.</summary>
        public static int Loop(int users, string stage, double seconds)
        {
            var stages = new LintStages { Format = "yaml" };
            Environment.SetEnvironmentVariable("BENCH_USERS", users.ToString(CultureInfo.InvariantCulture));
            stages.Setup();
            Func<object> action = stage switch
            {
                "parser" => () => stages.ParserOnly(),
                "load" => () => stages.LoadOnly(),
                "bind" => () => stages.LoadAndBind(),
                "rules" => () => stages.AllRules(),
                "lint" => () => stages.WholeLint(),
                "lintonly" => () => stages.LintWithoutReport(),
                _ => throw new ArgumentException($"unknown stage '{stage}'"),
            };
            var stopwatch = Stopwatch.StartNew();
            int runs = 0;

            // A negative time is a number of runs (-2: two), for instruction counts (valgrind --tool=callgrind).
            while (seconds < 0 ? runs < -seconds : stopwatch.Elapsed.TotalSeconds < seconds)
            {
                action();
                runs++;
            }

            Console.WriteLine($"{stage}: {runs} runs, {stopwatch.Elapsed.TotalMilliseconds / runs:F1} ms each");
            return 0;
        }

        private static double Median(List<double> values)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }
}
