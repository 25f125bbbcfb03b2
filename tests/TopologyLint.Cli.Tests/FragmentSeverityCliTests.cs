using Xunit;

namespace TopologyLint.Cli.Tests
{
    /// <summary>The rows of issue 16 as a CI gate sees them: a fragment's findings take the root's severities where nothing else configures them.</summary>
    public class FragmentSeverityCliTests
    {
        [Fact]
        public void A_root_section_that_raises_a_warning_to_an_error_fails_the_run_for_a_fragment()
        {
            using var dir = new CliTestDirectory();
            string root = dir.WriteExample(broken: false, out _);
            string fragment = dir.File(System.IO.Path.Combine(CliTestDirectory.ExampleFolder, "fragments", "branch-users.yaml"));
            System.IO.File.AppendAllText(fragment, "  - {sip: zoe.ng@contoso.com, site: portland, enabled: true, enterpriseVoice: true, lineUri: \"tel:+15035550101\"}\n");
            dir.Write(".editorconfig", "root = true\n[*.topology.yaml]\ndotnet_diagnostic.TL1010.severity = warning\n");

            CliRun lowered = CliTestDirectory.Run("lint", root, "--format", "msbuild");
            dir.Write(".editorconfig", "root = true\n[*.topology.yaml]\ndotnet_diagnostic.TL1010.severity = none\n[**/fragments/*.yaml]\ndotnet_diagnostic.TL1010.severity = error\n");
            CliRun fragmentOnly = CliTestDirectory.Run("lint", root, "--format", "msbuild");

            Assert.Equal(0, lowered.ExitCode);
            Assert.Contains(": warning TL1010: ", lowered.Stdout);
            Assert.Equal(1, fragmentOnly.ExitCode);
            Assert.Contains($"{fragment}(", fragmentOnly.Stdout);
            Assert.Contains(": error TL1010: ", fragmentOnly.Stdout);
        }

        [Fact]
        public void A_mistyped_mediation_server_os_is_a_warning_at_its_editorconfig_line()
        {
            using var dir = new CliTestDirectory();
            string root = dir.WriteExample(broken: false, out _);
            string editorConfig = dir.Write(".editorconfig", "root = true\n\n[*.topology.yaml]\ntopolint_mediation_server_os = windows-server-2012-r2/standard, windows-server-2008-r2/enterprise, windows-server-2012/enterprize\n");

            CliRun run = CliTestDirectory.Run("lint", root, "--format", "msbuild");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains($"{editorConfig}(4,32,4,130): warning TL0010: 'windows-server-2012/enterprize' in topolint_mediation_server_os", run.Stdout);
        }
    }
}
