using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace TopologyLint.LanguageServer.Tests
{
    /// <summary>Runs only where Neovim is installed, or in CI (CI=true), which installs it and must not skip.</summary>
    public sealed class NeovimFactAttribute : FactAttribute
    {
        public NeovimFactAttribute()
        {
            if (NeovimEndToEndTests.FindNeovim() == null && Environment.GetEnvironmentVariable("CI") != "true")
            {
                Skip = "nvim is not on PATH: install Neovim 0.7+ (apt-get install -y neovim) to run the end-to-end editor test; .ci/run installs it";
            }
        }
    }

    public sealed class NeovimEndToEndTests
    {
        internal static string? FindNeovim()
            => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
                .Select(directory => Path.Combine(directory, "nvim"))
                .FirstOrDefault(File.Exists);

        [NeovimFact]
        public void Neovim_GetsDiagnostics_Hover_Definition_AppliesAFix_SeesUnsavedEdits_AndCompletesInFlowStyle()
        {
            string nvim = FindNeovim() ?? throw new InvalidOperationException("CI must install Neovim (apt-get install -y neovim) before the tests");
            string folder = Path.Combine(Path.GetTempPath(), "topolint-nvim-" + Guid.NewGuid().ToString("N"));
            try
            {
                Directory.CreateDirectory(Path.Combine(folder, "fragments"));
                File.WriteAllText(Path.Combine(folder, TestTopologies.Root), TestTopologies.RootText);
                File.WriteAllText(Path.Combine(folder, TestTopologies.Fragment), TestTopologies.FragmentText.Replace("tel:+14255550100", "tel:+1 425 555 0100", StringComparison.Ordinal));
                string result = Path.Combine(folder, "result.txt");

                var start = new ProcessStartInfo(nvim)
                {
                    RedirectStandardInput = true,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    WorkingDirectory = folder,
                };
                foreach (string argument in new[] { "--headless", "--clean", "-n", "-c", "luafile " + Path.Combine(AppContext.BaseDirectory, "Neovim", "e2e.lua") })
                {
                    start.ArgumentList.Add(argument);
                }

                start.Environment["TOPOLINT_DLL"] = Path.Combine(AppContext.BaseDirectory, "topolint.dll");
                start.Environment["TOPOLINT_WORKSPACE"] = folder;
                start.Environment["TOPOLINT_RESULT"] = result;
                start.Environment["XDG_STATE_HOME"] = Path.Combine(folder, "state");
                start.Environment["XDG_DATA_HOME"] = Path.Combine(folder, "data");
                start.Environment["XDG_CACHE_HOME"] = Path.Combine(folder, "cache");

                using Process process = Process.Start(start)!;
                process.StandardInput.Close();
                process.StandardOutput.ReadToEndAsync();
                process.StandardError.ReadToEndAsync();
                bool exited = process.WaitForExit(120_000);
                if (!exited)
                {
                    process.Kill(entireProcessTree: true);
                }

                string report = File.Exists(result) ? File.ReadAllText(result) : "(no result file)";
                Assert.True(exited, "nvim did not finish in 2 minutes: " + report);
                Assert.True(process.ExitCode == 0, $"nvim exited with {process.ExitCode}:\n{report}");
                Assert.Contains("ok an unsaved edit brings TL1009 back", report, StringComparison.Ordinal);
                Assert.Contains("ok the completion wrote the site into the flow mapping", report, StringComparison.Ordinal);
            }
            finally
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                    // Left for the system's temporary-file cleanup.
                }
            }
        }
    }
}
