using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using TopologyLint.Engine;
using TopologyLint.Formatting;
using TopologyLint.Loading;

namespace TopologyLint.Bench
{
    /// <summary>
    /// 1,000 small topologies linted on one core and on every core: the outputs must be identical
    /// (the engine orders diagnostics, not the scheduler), and the medians of several alternating
    /// runs give the speed-up. Printed, never asserted as a timing.
    /// </summary>
    public static class ManyFiles
    {
        private const int FileCount = 1000;

        public static int Run(int repetitions)
        {
            string directory = Path.Combine(DataFiles.Directory, "many");
            string[] paths = Generate(directory);
            int cores = Environment.ProcessorCount;

            var serial = new List<double>();
            var parallel = new List<double>();
            var serialCpu = new List<double>();
            var parallelCpu = new List<double>();
            string? serialOutput = null;
            string? parallelOutput = null;

            // One warm-up of each, then alternate so that the noise of a shared machine hits both alike.
            Lint(paths, directory, 1, out _, out _);
            Lint(paths, directory, cores, out _, out _);
            for (int i = 0; i < repetitions; i++)
            {
                serial.Add(Lint(paths, directory, 1, out serialOutput, out double cpu));
                serialCpu.Add(cpu);
                parallel.Add(Lint(paths, directory, cores, out parallelOutput, out cpu));
                parallelCpu.Add(cpu);
            }

            bool identical = string.Equals(serialOutput, parallelOutput, StringComparison.Ordinal);
            double serialMedian = Median(serial);
            double parallelMedian = Median(parallel);
            Console.WriteLine($"files: {paths.Length}, bytes: {paths.Sum(p => new FileInfo(p).Length)}, cores: {cores}, runs: {repetitions}");
            Console.WriteLine($"one core   median {serialMedian:F0} ms  (runs: {string.Join(", ", serial.Select(s => s.ToString("F0", CultureInfo.InvariantCulture)))})");
            Console.WriteLine($"{cores} cores    median {parallelMedian:F0} ms  (runs: {string.Join(", ", parallel.Select(s => s.ToString("F0", CultureInfo.InvariantCulture)))})");
            Console.WriteLine($"speed-up   {serialMedian / parallelMedian:F2}x");
            Console.WriteLine($"CPU time   one core median {Median(serialCpu):F0} ms, {cores} cores median {Median(parallelCpu):F0} ms (cores actually busy: {Median(serialCpu) / serialMedian:F2} and {Median(parallelCpu) / parallelMedian:F2})");
            Console.WriteLine($"output identical: {identical} ({serialOutput?.Length ?? 0} characters of SARIF)");
            return identical ? 0 : 1;
        }

        private static string[] Generate(string directory)
        {
            Directory.CreateDirectory(directory);
            var paths = new string[FileCount];
            for (int i = 0; i < FileCount; i++)
            {
                // 100 to 299 users: a branch office's worth, each file with the generator's injected problems.
                paths[i] = Path.Combine(directory, $"office-{i:D4}.topology.yaml");
                if (!File.Exists(paths[i]))
                {
                    using var writer = new StreamWriter(paths[i], append: false, new UTF8Encoding(false));
                    new TopologyGenerator(100 + i % 200).WriteYaml(writer);
                }
            }

            return paths;
        }

        private static double Lint(string[] paths, string directory, int degree, out string output, out double cpuMilliseconds)
        {
            GC.Collect();
            Process process = Process.GetCurrentProcess();
            TimeSpan cpuBefore = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            LintResult result = new TopologyLinter(PhysicalFileSystem.Instance, new LintOptions { MaxDegreeOfParallelism = degree }).Lint(paths);
            var writer = new StringWriter(CultureInfo.InvariantCulture);
            new SarifFormatter().Write(new LintReport(result, directory), writer);
            stopwatch.Stop();
            process.Refresh();
            cpuMilliseconds = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            output = writer.ToString();
            return stopwatch.Elapsed.TotalMilliseconds;
        }

        private static double Median(List<double> values)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }
}
