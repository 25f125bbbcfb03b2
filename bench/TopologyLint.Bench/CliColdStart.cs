using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace TopologyLint.Bench
{
    /// <summary>
    /// <c>cold [runs]</c>: whole processes of <c>dotnet topolint.dll lint</c> (the build output beside this benchmark: IL,
    /// as <c>dotnet tool install</c> users get it), alternating between a copy of examples/contoso in a temporary folder
    /// (no .editorconfig above it) and a one-line topology there, the floor of a lint that reads almost nothing. Medians of
    /// the wall time and of the child's CPU time (user + system, Linux <c>getrusage(RUSAGE_CHILDREN)</c>; NaN elsewhere).
    /// A process start is measured here, never in a test.
    /// </summary>
    public static class CliColdStart
    {
        private const int ReapedChildren = -1;

        public static int Run(int runs)
        {
            string cli = Path.Combine(AppContext.BaseDirectory, "topolint.dll");
            string folder = Path.Combine(Path.GetTempPath(), "topolint-bench-cold-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            string contoso = Path.Combine(folder, "contoso");
            CopyDirectory(Path.GetFullPath(Path.Combine(DataFiles.Directory, "..", "..", "examples", "contoso")), contoso);
            string oneLine = Path.Combine(folder, "one-line.topology.yaml");
            File.WriteAllText(oneLine, "topology: one-line\n");
            var cases = new (string Name, string Path, List<double> Wall, List<double> Cpu)[]
            {
                ("lint examples/contoso (a copy)", contoso, new List<double>(), new List<double>()),
                ("lint a one-line file", oneLine, new List<double>(), new List<double>()),
            };
            try
            {
                for (int run = 0; run < runs; run++)
                {
                    foreach (var (_, path, wall, cpu) in cases)
                    {
                        double cpuBefore = ChildrenCpuMilliseconds();
                        var stopwatch = Stopwatch.StartNew();
                        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
                        start.ArgumentList.Add(cli);
                        start.ArgumentList.Add("lint");
                        start.ArgumentList.Add(path);
                        using Process process = Process.Start(start)!;
                        process.StandardOutput.ReadToEnd();
                        process.StandardError.ReadToEnd();
                        process.WaitForExit();
                        wall.Add(stopwatch.Elapsed.TotalMilliseconds);
                        cpu.Add(ChildrenCpuMilliseconds() - cpuBefore);
                    }
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }

            Console.WriteLine($"| dotnet topolint.dll ({runs} runs each, alternating) | wall median | wall min-max | CPU median | CPU min-max |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            foreach (var (name, _, wall, cpu) in cases)
            {
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:F0} ms | {2:F0}-{3:F0} ms | {4:F0} ms | {5:F0}-{6:F0} ms |", name, Median(wall), wall.Min(), wall.Max(), Median(cpu), cpu.Min(), cpu.Max()));
            }

            return 0;
        }

        private static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);

        private static void CopyDirectory(string from, string to)
        {
            foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                string target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        /// <summary>The user + system CPU time of every child process reaped so far.</summary>
        private static double ChildrenCpuMilliseconds()
        {
            try
            {
                return RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && getrusage(ReapedChildren, out Rusage usage) == 0
                    ? ((usage.UserSeconds + usage.SystemSeconds) * 1000.0) + ((usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0)
                    : double.NaN;
            }
            catch (DllNotFoundException)
            {
                return double.NaN;
            }
        }

        [DllImport("libc", SetLastError = false)]
        private static extern int getrusage(int who, out Rusage usage);

        /// <summary>The start of Linux's <c>struct rusage</c> (two <c>timeval</c>s), padded to its full size.</summary>
        [StructLayout(LayoutKind.Sequential)]
        private struct Rusage
        {
            public long UserSeconds;
            public long UserMicroseconds;
            public long SystemSeconds;
            public long SystemMicroseconds;
            [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)]
            public long[] Rest;
        }
    }
}
