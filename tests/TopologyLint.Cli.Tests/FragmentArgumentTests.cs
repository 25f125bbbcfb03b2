using System.IO;
using Xunit;

namespace TopologyLint.Cli.Tests
{
    /// <summary>An include fragment named on the command line, where no root under the current directory includes it.</summary>
    public class FragmentArgumentTests
    {
        [Fact]
        public void A_clean_fragment_alone_is_checked_as_a_fragment_and_passes()
        {
            using var dir = new CliTestDirectory();
            dir.WriteExample(broken: false, out _);
            string fragment = dir.File(Path.Combine(CliTestDirectory.ExampleFolder, "fragments", "branch-users.yaml"));

            CliRun run = CliTestDirectory.Run("lint", fragment, "--format", "msbuild");

            Assert.Equal(0, run.ExitCode);
            Assert.DoesNotContain(": error TL", run.Stdout);
        }

        [Fact]
        public void A_broken_fragment_alone_gets_the_fragment_schemas_findings_only()
        {
            using var dir = new CliTestDirectory();
            string fragment = dir.Write("fragments/users.yaml", "users:\n  - {sip: carol@contoso.com, enabled: maybe}\n");

            CliRun run = CliTestDirectory.Run("lint", fragment, "--format", "msbuild");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"{fragment}(2,39,2,44): error TL0002: ", run.Stdout);
            Assert.Single(run.Stdout.Split('\n'), line => line.Contains(": error TL", System.StringComparison.Ordinal));
        }
    }
}
