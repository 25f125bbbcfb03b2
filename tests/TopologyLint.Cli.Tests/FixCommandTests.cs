using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace TopologyLint.Cli.Tests
{
    /// <summary><c>topolint fix</c> end to end: in place, per-file report, exit as lint, --dry-run, --rule, idempotence, links.</summary>
    public class FixCommandTests
    {
        private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

        [Fact]
        public void Fixes_in_place_prints_each_fix_and_exits_as_lint_on_the_result()
        {
            using var temp = new CliTestDirectory();
            string root = Unnormalized(temp);
            int line = Array.FindIndex(File.ReadAllLines(root), l => l.Contains("\"+1 425 555 0101\"", StringComparison.Ordinal)) + 1;

            var (exitCode, stdout, stderr) = CliTestDirectory.Run("fix", root);

            Assert.Equal(0, exitCode);
            Assert.Equal(string.Empty, stderr);
            Assert.Contains($"contoso.topology.yaml:{line}:", stdout);
            Assert.Contains("fixed TL1009: Write the line URI as 'tel:+14255550101'", stdout);
            Assert.Contains("1 fix applied in 1 file", stdout);
            Assert.Contains("0 errors", stdout);
            Assert.Contains("lineUri: \"tel:+14255550101\", voicePolicy: international}", File.ReadAllText(root));
        }

        [Fact]
        public void A_second_run_changes_nothing()
        {
            using var temp = new CliTestDirectory();
            string root = Unnormalized(temp);
            CliTestDirectory.Run("fix", root);
            byte[] once = File.ReadAllBytes(root);

            var (exitCode, stdout, _) = CliTestDirectory.Run("fix", root);

            Assert.Equal(0, exitCode);
            Assert.Contains("0 fixes applied in 0 files", stdout);
            Assert.Equal(once, File.ReadAllBytes(root));
        }

        [Fact]
        public void Dry_run_prints_a_unified_diff_and_leaves_every_byte()
        {
            using var temp = new CliTestDirectory();
            string root = Unnormalized(temp);
            byte[] crlfWithBom = Bom.Concat(Encoding.UTF8.GetBytes(File.ReadAllText(root).Replace("\n", "\r\n"))).ToArray();
            File.WriteAllBytes(root, crlfWithBom);
            DateTime written = File.GetLastWriteTimeUtc(root);

            var (exitCode, stdout, _) = CliTestDirectory.Run("fix", "--dry-run", root);

            Assert.Equal(0, exitCode);
            Assert.Contains("--- a/", stdout);
            Assert.Contains("+++ b/", stdout);
            Assert.Contains("@@ -", stdout);
            Assert.Contains("-  - {sip: alice.ciccu@contoso.com, site: redmond, enabled: true, enterpriseVoice: true, lineUri: \"+1 425 555 0101\", voicePolicy: international}", stdout);
            Assert.Contains("+  - {sip: alice.ciccu@contoso.com, site: redmond, enabled: true, enterpriseVoice: true, lineUri: \"tel:+14255550101\", voicePolicy: international}", stdout);
            Assert.Equal(crlfWithBom, File.ReadAllBytes(root));
            Assert.Equal(written, File.GetLastWriteTimeUtc(root));
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(root)!, "*.tmp"));
        }

        [Fact]
        public void Bom_and_crlf_survive_a_fix()
        {
            using var temp = new CliTestDirectory();
            string root = Unnormalized(temp);
            string crlf = File.ReadAllText(root).Replace("\n", "\r\n");
            File.WriteAllBytes(root, Bom.Concat(Encoding.UTF8.GetBytes(crlf)).ToArray());

            CliTestDirectory.Run("fix", root);

            Assert.Equal(Bom.Concat(Encoding.UTF8.GetBytes(crlf.Replace("\"+1 425 555 0101\"", "\"tel:+14255550101\""))).ToArray(), File.ReadAllBytes(root));
        }

        [Fact]
        public void Rule_option_limits_the_fixes_to_those_ids()
        {
            using var temp = new CliTestDirectory();
            string root = Unnormalized(temp);
            File.WriteAllText(root, File.ReadAllText(root).Replace("users:\n", "users:\n  # topolint-disable-next-line TL1O10 -- typo\n"));

            var (exitCode, stdout, _) = CliTestDirectory.Run("fix", "--rule", "tl0008", root);

            Assert.Equal(1, exitCode);
            Assert.Contains("fixed TL0008", stdout);
            Assert.DoesNotContain("fixed TL1009", stdout);
            Assert.Contains("# topolint-disable-next-line TL1010 -- typo", File.ReadAllText(root));
            Assert.Contains("\"+1 425 555 0101\"", File.ReadAllText(root));
        }

        [Fact]
        public void Unknown_rule_is_one_line_and_exit_2()
        {
            using var temp = new CliTestDirectory();
            string root = Unnormalized(temp);
            byte[] before = File.ReadAllBytes(root);

            var (exitCode, stdout, stderr) = CliTestDirectory.Run("fix", "--rule", "TL9999", root);

            Assert.Equal(2, exitCode);
            Assert.Equal("topolint: no rule 'TL9999'; `topolint rules` lists them\n", stderr);
            Assert.Equal(string.Empty, stdout);
            Assert.Equal(before, File.ReadAllBytes(root));
        }

        [Fact]
        public void A_symbolic_link_stays_a_link_and_the_file_keeps_its_mode()
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            using var temp = new CliTestDirectory();
            string root = Unnormalized(temp);
            File.SetUnixFileMode(root, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            string link = temp.File("link.topology.yaml");
            File.CreateSymbolicLink(link, root);

            var (exitCode, stdout, _) = CliTestDirectory.Run("fix", link);

            Assert.Contains("1 fix applied", stdout);
            Assert.NotNull(new FileInfo(link).LinkTarget);
            Assert.Contains("\"tel:+14255550101\"", File.ReadAllText(root));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(root));
            Assert.NotEqual(2, exitCode);
        }

        /// <summary>The clean example with one line URI written as dialled (TL1009 there).</summary>
        private static string Unnormalized(CliTestDirectory temp)
        {
            string root = temp.WriteExample(broken: false, out _);
            File.WriteAllText(root, File.ReadAllText(root).Replace("\"tel:+14255550101\"", "\"+1 425 555 0101\""), new UTF8Encoding(false));
            return root;
        }
    }
}
