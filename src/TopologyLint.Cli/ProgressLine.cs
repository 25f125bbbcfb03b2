using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;

namespace TopologyLint.Cli
{
    /// <summary>
    /// One line on standard error, rewritten in place, that tells a person at a terminal how far a long lint is
    /// (files and bytes done, time so far). It appears only once the lint has run for <see cref="Delay"/> and is
    /// cleared before any report is printed; where standard error is not a terminal (redirected, CI logs) it
    /// writes nothing at all.
    /// </summary>
    internal sealed class ProgressLine : IDisposable
    {
        public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

        private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

        private readonly TextWriter _stderr;
        private readonly IReadOnlyDictionary<string, long> _sizes;
        private readonly long _totalBytes;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly object _gate = new object();
        private readonly Timer? _timer;
        private int _filesDone;
        private long _bytesDone;
        private int _shownWidth;
        private bool _closed;

        /// <param name="stderr">Where the line is drawn: standard error, so it never mixes with a report on standard output.</param>
        /// <param name="sizes">Each root document's size in bytes.</param>
        /// <param name="enabled">Whether standard error is a terminal a person reads (see <see cref="IsWanted"/>).</param>
        /// <param name="tick">Whether a timer redraws the line; tests call <see cref="Draw"/> themselves.</param>
        public ProgressLine(TextWriter stderr, IReadOnlyDictionary<string, long> sizes, bool enabled, bool tick = true)
        {
            _stderr = stderr;
            _sizes = sizes;
            foreach (long size in sizes.Values)
            {
                _totalBytes += size;
            }

            Enabled = enabled;
            if (enabled && tick)
            {
                _timer = new Timer(_ => Draw(), null, Delay, Interval);
            }
        }

        public bool Enabled { get; }

        /// <summary>A person watches standard error: it is the console's, not redirected, and no CI system runs us.</summary>
        public static bool IsWanted(TextWriter stderr)
            => ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") == null;

        /// <summary>Counts a root document as done (called from the linting threads).</summary>
        public void RootLinted(string path)
        {
            Interlocked.Increment(ref _filesDone);
            Interlocked.Add(ref _bytesDone, _sizes.TryGetValue(path, out long size) ? size : 0);
        }

        /// <summary>Rewrites the line with the current counts, once the delay has passed.</summary>
        public void Draw(TimeSpan? elapsed = null)
        {
            TimeSpan time = elapsed ?? _clock.Elapsed;
            if (!Enabled || time < Delay)
            {
                return;
            }

            string text = string.Format(
                CultureInfo.InvariantCulture,
                "topolint: {0}/{1} files, {2:0.0}/{3:0.0} MB, {4:0.0} s",
                Volatile.Read(ref _filesDone),
                _sizes.Count,
                Interlocked.Read(ref _bytesDone) / 1048576.0,
                _totalBytes / 1048576.0,
                time.TotalSeconds);
            lock (_gate)
            {
                if (_closed)
                {
                    return;
                }

                _stderr.Write("\r" + text.PadRight(_shownWidth));
                _stderr.Flush();
                _shownWidth = text.Length;
            }
        }

        /// <summary>Stops the timer and blanks the line, so that what follows starts on a clean line.</summary>
        public void Dispose()
        {
            _timer?.Dispose();
            lock (_gate)
            {
                _closed = true;
                if (_shownWidth > 0)
                {
                    _stderr.Write("\r" + new string(' ', _shownWidth) + "\r");
                    _stderr.Flush();
                }
            }
        }
    }
}
