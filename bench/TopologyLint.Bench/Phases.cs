using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using TopologyLint.Analysis;
using TopologyLint.Loading;
using TopologyLint.Model;
using TopologyLint.Policy;
using TopologyLint.Syntax;
using YamlDotNet.Core;

namespace TopologyLint.Bench
{
    /// <summary>
    /// <c>phases N runs</c>: the steps of <c>TopologyLinter.LintFile</c> on the YAML file, in its order, each timed
    /// (wall and the process's CPU) inside one lint, next to the floor in the same process: where the whole
    /// lint's time beyond the parser goes.
    /// </summary>
    public static class Phases
    {
        private static readonly string[] Names = { "(a) parser only", "read file", "load", "includes", "bind", "rules", "policy", "whole (sum)" };

        public static int Run(int users, int repetitions)
        {
            string path = DataFiles.Ensure(users, json: false);
            string text = File.ReadAllText(path);
            LoaderLimits limits = LintStages.Limits;
            var wall = Names.ToDictionary(n => n, _ => new List<double>());
            var pause = Names.ToDictionary(n => n, _ => new List<double>());
            var cpu = Names.ToDictionary(n => n, _ => new List<double>());
            var ruleWall = RuleCatalog.Rules.ToDictionary(r => r.Descriptor.Id, _ => new List<double>());
            var ruleCpu = RuleCatalog.Rules.ToDictionary(r => r.Descriptor.Id, _ => new List<double>());
            Process process = Process.GetCurrentProcess();
            Step.Pauses = pause;
            for (int i = 0; i <= repetitions; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var step = new Step(process);
                var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
                while (parser.MoveNext())
                {
                }

                step.End("(a) parser only", wall, cpu, i > 0);
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var whole = new Step(process);
                step = new Step(process);
                var sink = new DiagnosticSink(Configuration.DefaultConfiguration.Instance, path);
                byte[] bytes = FileReader.TryRead(PhysicalFileSystem.Instance, path, limits, out _)!;
                step = step.End("read file", wall, cpu, i > 0);
                LoadedDocument root = DocumentLoader.Load(path, bytes, limits, sink);
                step = step.End("load", wall, cpu, i > 0);
                var documents = new List<LoadedDocument> { root };
                documents.AddRange(new IncludeResolver(PhysicalFileSystem.Instance, limits, sink).LoadFragments(root));
                step = step.End("includes", wall, cpu, i > 0);
                Topology topology = Binder.Bind((MappingNode)root.Root!, documents.Skip(1).Select(d => d.Root).OfType<MappingNode>());
                step = step.End("bind", wall, cpu, i > 0);
                var ruleStep = new Step(process);
                foreach (TopologyRule rule in RuleCatalog.Rules)
                {
                    if (rule is DocumentRule analyzing && documents.Any(d => sink.IsEnabled(d.File.Path, rule.Descriptor)))
                    {
                        analyzing.Analyze(new RuleContext(rule.Descriptor, topology, documents, sink, Configuration.DefaultConfiguration.Instance));
                    }

                    ruleStep = ruleStep.End(rule.Descriptor.Id, ruleWall, ruleCpu, i > 0);
                }

                step = step.End("rules", wall, cpu, i > 0);
                var linted = PolicyPipeline.FinishRoot(path, documents.ToImmutableArray(), sink);
                PolicyPipeline.FinishRun(new Engine.LintResult(ImmutableArray.Create(linted)), null, null);
                step.End("policy", wall, cpu, i > 0);
                whole.End("whole (sum)", wall, cpu, i > 0);
            }

            double floorWall = Median(wall[Names[0]]);
            double floorCpu = Median(cpu[Names[0]]);
            Console.WriteLine($"{users} users, yaml, {repetitions} runs (medians); ratios to the parser in the same process");
            Console.WriteLine($"{"phase",-16} {"wall ms",9} {"ratio",6} {"CPU ms",9} {"ratio",6} {"GC pause ms",12}");
            foreach (string name in Names)
            {
                Console.WriteLine($"{name,-16} {Median(wall[name]),9:F1} {Median(wall[name]) / floorWall,5:F2}x {Median(cpu[name]),9:F1} {Median(cpu[name]) / floorCpu,5:F2}x {Median(pause[name]),12:F1}");
            }

            // Each rule in the order the engine runs them, on the freshly loaded tree (the rules' shared, per-topology
            // knowledge is found by the first rule that asks); the ones that take 1 ms or more.
            foreach (string id in ruleWall.Keys.Where(id => Median(ruleWall[id]) >= 1))
            {
                Console.WriteLine($"  {id,-14} {Median(ruleWall[id]),9:F1} {"",6} {Median(ruleCpu[id]),9:F1}");
            }

            return 0;
        }

        /// <summary>
        /// <c>count N parsers lints</c>: the parser run <paramref name="parsers"/> times, then the whole lint without the report
        /// <paramref name="lints"/> times, and nothing else (no set-up load): for instruction counts under
        /// <c>valgrind --tool=callgrind</c>, which are steady on a busy machine. One stage's count is the difference
        /// between two runs that differ by one of it (start-up and JIT compilation cancel out).
        /// </summary>
        public static int Count(int users, int parsers, int lints)
        {
            string path = DataFiles.Ensure(users, json: false);
            string text = File.ReadAllText(path);
            int events = 0;
            for (int i = 0; i < parsers; i++)
            {
                var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
                while (parser.MoveNext())
                {
                    events++;
                }
            }

            var linter = new Engine.TopologyLinter(PhysicalFileSystem.Instance, new Engine.LintOptions { MaxDegreeOfParallelism = 1, Limits = LintStages.Limits });
            int diagnostics = 0;
            for (int i = 0; i < lints; i++)
            {
                diagnostics += linter.Lint(new[] { path }).Diagnostics.Length;
            }

            Console.WriteLine($"{events} events, {diagnostics} diagnostics");
            return 0;
        }

        private static double Median(List<double> values)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }

        private readonly struct Step
        {
            private readonly Process _process;
            private readonly Stopwatch _stopwatch;
            private readonly TimeSpan _cpu;
            private readonly TimeSpan _pause;

            public Step(Process process)
            {
                _process = process;
                process.Refresh();
                _cpu = process.TotalProcessorTime;
                _pause = GC.GetTotalPauseDuration();
                _stopwatch = Stopwatch.StartNew();
            }

            /// <summary>Collection pauses, by step: what the garbage collector stopped the step for.</summary>
            public static Dictionary<string, List<double>>? Pauses { get; set; }

            public Step End(string name, Dictionary<string, List<double>> wall, Dictionary<string, List<double>> cpu, bool record)
            {
                double elapsed = _stopwatch.Elapsed.TotalMilliseconds;
                double paused = (GC.GetTotalPauseDuration() - _pause).TotalMilliseconds;
                _process.Refresh();
                double used = (_process.TotalProcessorTime - _cpu).TotalMilliseconds;
                if (record)
                {
                    wall[name].Add(elapsed);
                    cpu[name].Add(used);
                    if (Pauses != null && Pauses.TryGetValue(name, out List<double>? pauses))
                    {
                        pauses.Add(paused);
                    }
                }

                return new Step(_process);
            }
        }
    }
}
