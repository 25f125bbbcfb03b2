using System;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;

namespace TopologyLint.Bench
{
    /// <summary>
    /// <c>generate N...</c> writes the YAML and JSON topologies for N users to bench/data/;
    /// <c>quick [N] [yaml|json] [runs]</c> times the stages with a stopwatch (a quick look);
    /// <c>many</c> compares linting 1,000 small files on one core and on all cores;
    /// <c>cold [runs]</c> times whole <c>topolint lint</c> processes on examples/contoso and on a one-line file (see CliColdStart);
    /// <c>lsp [edits [scenario...]]</c> times the language server from didChange to publishDiagnostics (see LanguageServerLatency);
    /// <c>splitphases [runs]</c> times each step of the language server's lint when one fragment of 50 changed (see SplitPhases);
    /// <c>phases [N] [runs]</c> times each step of one lint next to the parser (see Phases);
    /// <c>count N parsers lints</c> runs only those, for instruction counts (see Phases.Count);
    /// <c>loop N stage seconds</c> runs one stage over and over, for a profiler (e.g. <c>perf record</c>) to watch;
    /// anything else goes to BenchmarkDotNet (e.g. <c>--filter '*'</c>).
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "generate")
            {
                for (int i = 1; i < args.Length; i++)
                {
                    int users = int.Parse(args[i], CultureInfo.InvariantCulture);
                    foreach (bool json in new[] { false, true })
                    {
                        string path = DataFiles.Ensure(users, json);
                        Console.WriteLine($"{path}\t{new FileInfo(path).Length} bytes");
                    }
                }

                return 0;
            }

            if (args.Length > 0 && args[0] == "many")
            {
                return ManyFiles.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5);
            }

            if (args.Length > 0 && args[0] == "quick")
            {
                int users = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
                return QuickStages.Run(users, args.Length > 2 ? args[2] : "yaml", args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5);
            }

            if (args.Length > 0 && args[0] == "phases")
            {
                return Phases.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7);
            }

            if (args.Length > 3 && args[0] == "count")
            {
                return Phases.Count(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
            }

            if (args.Length > 0 && args[0] == "import")
            {
                int[] counts = args.Length > 1 ? Array.ConvertAll(args[1].Split(','), c => int.Parse(c, CultureInfo.InvariantCulture)) : new[] { 10_000, 100_000, 1_000_000 };
                return ImportUsers.Run(counts, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5);
            }

            if (args.Length > 0 && args[0] == "cold")
            {
                return CliColdStart.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10);
            }

            if (args.Length > 0 && args[0] == "lsp")
            {
                return LanguageServerLatency.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40, args.Skip(2).ToArray());
            }

            if (args.Length > 0 && args[0] == "splitphases")
            {
                return SplitPhases.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15);
            }

            if (args.Length > 3 && args[0] == "loop")
            {
                return QuickStages.Loop(int.Parse(args[1], CultureInfo.InvariantCulture), args[2], double.Parse(args[3], CultureInfo.InvariantCulture));
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
    }
}
