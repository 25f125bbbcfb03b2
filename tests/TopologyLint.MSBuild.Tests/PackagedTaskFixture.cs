using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace TopologyLint.MSBuild.Tests
{
    /// <summary>
    /// Packs the task once into a temporary feed, and gives each test its own consumer project that references
    /// that package and is built with a real <c>dotnet build</c>. Restores go through a nuget.config of its own
    /// with a global packages folder in the temporary directory, so no older copy of the package can leak in.
    /// </summary>
    public sealed class PackagedTaskFixture : IDisposable
    {
        private const string PackageId = "TopologyLint.MSBuild";
        private const string AnalyzerPackageId = "TopologyLint.Analyzers";

        public PackagedTaskFixture()
        {
            RepositoryRoot = Metadata("RepositoryRoot");
            Root = Path.Combine(Path.GetTempPath(), "topolint-msbuild-tests", Guid.NewGuid().ToString("N"));
            string feed = Path.Combine(Root, "feed");
            Directory.CreateDirectory(feed);

            // The test project references the task project, so it is already built in this configuration.
            string taskProject = Path.Combine(RepositoryRoot, "src", PackageId, PackageId + ".csproj");
            ProcessResult pack = Run(Root, "pack", taskProject, "--no-build", "-c", Metadata("Configuration"), "-o", feed);
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack failed with exit code {pack.ExitCode}:\n{pack.Output}");
            }

            string analyzerProject = Path.Combine(RepositoryRoot, "src", AnalyzerPackageId, AnalyzerPackageId + ".csproj");
            // Its dependency collection resolves project references: with --no-build they must only be looked up.
            ProcessResult packAnalyzer = Run(Root, "pack", analyzerProject, "--no-build", "-p:BuildProjectReferences=false", "-c", Metadata("Configuration"), "-o", feed);
            if (packAnalyzer.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack of the analyzer failed with exit code {packAnalyzer.ExitCode}:\n{packAnalyzer.Output}");
            }

            PackageFile = Directory.GetFiles(feed, PackageId + ".*.nupkg").Single();
            string package = Path.GetFileNameWithoutExtension(PackageFile);
            PackageVersion = package.Substring(PackageId.Length + 1);

            File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <config>
                    <add key="globalPackagesFolder" value="{PackagesFolder}" />
                  </config>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                  <packageSourceMapping>
                    <packageSource key="local"><package pattern="{PackageId}" /><package pattern="{AnalyzerPackageId}" /></packageSource>
                    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
                  </packageSourceMapping>
                </configuration>
                """);
        }

        public string RepositoryRoot { get; }

        public string Root { get; }

        public string PackageVersion { get; }

        /// <summary>The packed <c>.nupkg</c>.</summary>
        public string PackageFile { get; }

        private string PackagesFolder => Path.Combine(Root, "packages");

        /// <summary>A new project under the fixture's directory that compiles nothing and references the package.</summary>
        public ConsumerProject CreateConsumer(string name) => CreateConsumer(name, string.Empty);

        /// <summary>A new project that compiles one C# file, references both the task and the analyzer package, and gives the analyzer the fragments.</summary>
        public ConsumerProject CreateConsumerWithAnalyzer(string name)
        {
            // The analyzer reads no file it is not given: the fragments are AdditionalFiles too.
            ConsumerProject project = CreateConsumer(name, $"""<PackageReference Include="{AnalyzerPackageId}" Version="[{PackageVersion}]" PrivateAssets="all" /><AdditionalFiles Include="fragments/**/*.yaml" />""");
            project.Write("Program.cs", "internal static class Program { }\n");
            return project;
        }

        private ConsumerProject CreateConsumer(string name, string otherReference)
        {
            string directory = Path.Combine(Root, name);
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <EnableDefaultCompileItems>{(otherReference.Length == 0 ? "false" : "true")}</EnableDefaultCompileItems>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="{PackageId}" Version="[{PackageVersion}]" PrivateAssets="all" />
                    {otherReference}
                  </ItemGroup>
                </Project>
                """);
            return new ConsumerProject(this, directory);
        }

        /// <summary>Runs <c>dotnet build</c> isolated from build servers and node reuse, with the classic console logger.</summary>
        internal ProcessResult Build(string directory, IEnumerable<string> arguments)
            => Run(directory, new[] { "build", "-p:UseSharedCompilation=false", "-nodeReuse:false", "--disable-build-servers", "-tl:off" }.Concat(arguments).ToArray());

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // A leftover temporary directory does not fail the tests.
            }
        }

        private ProcessResult Run(string directory, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // The test host may run inside an MSBuild that set its own variables; the child build must not inherit them.
            foreach (string variable in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(variable);
            }

            start.Environment["NUGET_PACKAGES"] = PackagesFolder;
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            // A guard against a hung build, not a speed assertion.
            if (!process.WaitForExit((int)TimeSpan.FromMinutes(10).TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"dotnet {string.Join(" ", arguments)} did not finish:\n{output}");
            }

            process.WaitForExit();
            return new ProcessResult(process.ExitCode, output.ToString());
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line != null)
            {
                lock (output)
                {
                    output.AppendLine(line);
                }
            }
        }

        private static string Metadata(string key)
            => typeof(PackagedTaskFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
    }

    internal sealed class ProcessResult
    {
        public ProcessResult(int exitCode, string output)
        {
            ExitCode = exitCode;
            Output = output;
        }

        public int ExitCode { get; }

        public string Output { get; }
    }
}
