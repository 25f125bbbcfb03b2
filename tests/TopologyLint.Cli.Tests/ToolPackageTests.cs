using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace TopologyLint.Cli.Tests
{
    /// <summary>
    /// The dotnet tool as users get it: packed from the repository, installed from a local feed into a
    /// tool path, run as a process. Packing reuses the build these tests run on (<c>--no-build</c>, the
    /// same configuration), so the package holds exactly the binaries tested here; installing uses a
    /// temporary package cache and a config with no source but the feed, so no cached or published copy
    /// of the package can stand in for it.
    /// </summary>
    public class ToolPackageTests
    {
        private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(4);

#if DEBUG
        private const string Configuration = "Debug";
#else
        private const string Configuration = "Release";
#endif

        [Fact]
        [Trait("Category", "Integration")]
        public void Packed_tool_installs_from_a_local_feed_and_lints_with_the_documented_exit_codes()
        {
            string repository = CliTestDirectory.RepositoryRoot();
            string version = XDocument.Load(Path.Combine(repository, "Directory.Build.props")).Descendants("VersionPrefix").Single().Value;
            using var temp = new CliTestDirectory();
            string feed = temp.File("feed");

            ProcessResult pack = Dotnet(temp, "pack", Path.Combine(repository, "src", "TopologyLint.Cli"), "--no-build", "-c", Configuration, "-o", feed, "--nologo");
            Assert.True(pack.ExitCode == 0, pack.Output);
            Assert.Equal(new[] { $"TopologyLint.Cli.{version}.nupkg" }, Directory.GetFiles(feed).Select(Path.GetFileName));
            using (ZipArchive package = ZipFile.OpenRead(Directory.GetFiles(feed).Single()))
            {
                string[] assemblies = package.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".dll", StringComparison.Ordinal)).ToArray();
                Assert.Contains("tools/net10.0/any/TopologyLint.Core.dll", assemblies);
                // NJsonSchema's run-time dependencies stay out. Newtonsoft.Json is shipped since the language server's
                // StreamJsonRpc needs it at run time (without it `topolint lsp` never answers), though it formats with System.Text.Json.
                Assert.DoesNotContain(assemblies, n => n.Contains("JsonSchema", StringComparison.OrdinalIgnoreCase) || n.Contains("Namotion", StringComparison.Ordinal));

                XElement metadata = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).Root!.Elements().First();
                string Meta(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
                Assert.Equal("MIT", Meta("license"));
                Assert.Equal("icon.png", Meta("icon"));
                Assert.Equal("README.md", Meta("readme"));
                Assert.Contains("linter", Meta("tags"));
                Assert.All(new[] { "icon.png", "README.md", "LICENSE" }, name => Assert.Contains(package.Entries, e => e.FullName == name));
            }


            temp.Write("nuget.config", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration><packageSources><clear /></packageSources></configuration>\n");
            ProcessResult install = Dotnet(temp, "tool", "install", "--tool-path", temp.File("tools"), "--configfile", temp.File("nuget.config"), "--add-source", feed, "TopologyLint.Cli", "--version", version);
            Assert.True(install.ExitCode == 0, install.Output);
            string topolint = temp.File(Path.Combine("tools", OperatingSystem.IsWindows() ? "topolint.exe" : "topolint"));

            ProcessResult clean = Run(temp, topolint, "lint", Path.Combine(repository, "examples", "contoso"));
            ProcessResult broken = Run(temp, topolint, "lint", temp.WriteExample(broken: true, out int line), "--format", "msbuild");
            ProcessResult missing = Run(temp, topolint, "lint", temp.File("missing.topology.yaml"));
            ProcessResult versionOption = Run(temp, topolint, "--version");

            Assert.True(clean.ExitCode == 0, clean.Output);
            Assert.True(broken.ExitCode == 1, broken.Output);
            Assert.Contains($"contoso.topology.yaml({line + 1},1,{line + 1},4): error TL0006: Key 'foo' is already defined in this mapping at line {line}", broken.Output);
            Assert.True(missing.ExitCode == 2, missing.Output);
            Assert.Equal($"topolint: '{temp.File("missing.topology.yaml")}' does not exist", missing.Output.Trim());
            Assert.StartsWith(version, versionOption.Output.Trim());
        }

        private static ProcessResult Dotnet(CliTestDirectory temp, params string[] args)
        {
            var environment = new Dictionary<string, string?>
            {
                // A package cache of its own, so the install cannot be satisfied by a copy cached earlier.
                ["NUGET_PACKAGES"] = temp.File("packages"),
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                ["DOTNET_NOLOGO"] = "1",
            };
            if (args[0] == "pack")
            {
                // Packing restores the project's own dependencies, which come from the user's usual cache and sources.
                environment.Remove("NUGET_PACKAGES");
            }

            return Run(temp, Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", args, environment);
        }

        private static ProcessResult Run(CliTestDirectory temp, string fileName, params string[] args) => Run(temp, fileName, args, new Dictionary<string, string?>());

        private static ProcessResult Run(CliTestDirectory temp, string fileName, string[] args, Dictionary<string, string?> environment)
        {
            var start = new ProcessStartInfo(fileName) { WorkingDirectory = temp.Path, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            // The test host runs inside MSBuild's environment; a child dotnet must pick its own SDK and MSBuild.
            foreach (string inherited in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(inherited);
            }

            foreach (KeyValuePair<string, string?> variable in environment)
            {
                start.Environment[variable.Key] = variable.Value;
            }

            using Process process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(StepTimeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{fileName} {string.Join(" ", args)} did not finish within {StepTimeout}");
            }

            return new ProcessResult(process.ExitCode, stdout.GetAwaiter().GetResult() + stderr.GetAwaiter().GetResult());
        }

        private sealed class ProcessResult
        {
            public ProcessResult(int exitCode, string output)
            {
                ExitCode = exitCode;
                Output = output;
            }

            public int ExitCode { get; }

            /// <summary>Standard output, then standard error.</summary>
            public string Output { get; }
        }
    }
}
