using System;
using System.Runtime.InteropServices;

namespace TopologyLint.Bench
{
    /// <summary>
    /// The calling thread's CPU time (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>; NaN elsewhere). The process's CPU time also counts
    /// the runtime's tiered-compilation thread, which recompiles hot methods in the background for seconds and puts up to
    /// 260 ms into whichever stage it overlaps; the benchmark thread's own time holds the stage's work and its blocking
    /// collections (workstation GC collects on the allocating thread), not that.
    /// </summary>
    internal static class ThreadCpuTime
    {
        private const int ThreadCpuClock = 3;

        public static double Milliseconds
        {
            get
            {
                try
                {
                    return RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && clock_gettime(ThreadCpuClock, out Timespec time) == 0
                        ? (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0)
                        : double.NaN;
                }
                catch (DllNotFoundException)
                {
                    return double.NaN;
                }
            }
        }

        [DllImport("libc", SetLastError = false)]
        private static extern int clock_gettime(int clock, out Timespec time);

        [StructLayout(LayoutKind.Sequential)]
        private struct Timespec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }
}
