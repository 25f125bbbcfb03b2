using System;
using System.Collections.Generic;
using System.IO;
using Xunit;

namespace TopologyLint.Cli.Tests
{
    public class ProgressLineTests
    {
        private static readonly Dictionary<string, long> Sizes = new Dictionary<string, long> { ["a.topology.yaml"] = 3 * 1048576, ["b.topology.yaml"] = 1048576 };

        [Fact]
        public void At_a_terminal_a_long_lint_shows_files_and_bytes_done_and_clears_the_line_at_the_end()
        {
            var stderr = new StringWriter();
            using (var progress = new ProgressLine(stderr, Sizes, enabled: true, tick: false))
            {
                progress.RootLinted("a.topology.yaml");
                progress.Draw(TimeSpan.FromSeconds(2.5));
                Assert.Equal("\rtopolint: 1/2 files, 3.0/4.0 MB, 2.5 s", stderr.ToString());
            }

            string written = stderr.ToString();
            Assert.EndsWith("\r" + new string(' ', "topolint: 1/2 files, 3.0/4.0 MB, 2.5 s".Length) + "\r", written);
        }

        [Fact]
        public void A_lint_shorter_than_the_delay_shows_nothing()
        {
            var stderr = new StringWriter();
            using (var progress = new ProgressLine(stderr, Sizes, enabled: true, tick: false))
            {
                progress.Draw(ProgressLine.Delay - TimeSpan.FromMilliseconds(1));
            }

            Assert.Equal(string.Empty, stderr.ToString());
        }

        [Fact]
        public void Without_a_terminal_nothing_is_written()
        {
            var stderr = new StringWriter();
            using (var progress = new ProgressLine(stderr, Sizes, enabled: false, tick: false))
            {
                progress.RootLinted("a.topology.yaml");
                progress.Draw(TimeSpan.FromSeconds(10));
            }

            Assert.Equal(string.Empty, stderr.ToString());
            Assert.False(ProgressLine.IsWanted(stderr));
        }
    }
}
