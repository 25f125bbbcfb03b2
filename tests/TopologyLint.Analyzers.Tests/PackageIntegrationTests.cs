using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using TopologyLint.Engine;
using TopologyLint.Loading;
using Xunit;

namespace TopologyLint.Analyzers.Tests
{
    /// <summary>The analyzer packed once into a temporary local feed, shared by the tests that build consumers of it.</summary>
    public sealed class PackedAnalyzer : IDisposable
    {
        public PackedAnalyzer()
        {
            Root = Path.Combine(Path.GetTempPath(), "topolint-analyzer-package", Guid.NewGuid().ToString("N"));
            Feed = Path.Combine(Root, "feed");
            string project = Path.Combine(Repository.Root, "src", "TopologyLint.Analyzers", "TopologyLint.Analyzers.csproj");
            string configuration = typeof(PackedAnalyzer).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

            // The configuration the test project built the analyzer in, so that pack finds it up to date.
            (int exitCode, string output) = DotNet.Run(Repository.Root, "pack", project, "-c", configuration, "-o", Feed, "--disable-build-servers");
            Assert.True(exitCode == 0, "dotnet pack failed:\n" + output);
        }

        public string Root { get; }

        public string Feed { get; }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary directory does not fail a test.
            }
        }
    }

    public sealed class PackageIntegrationTests : IClassFixture<PackedAnalyzer>
    {
        /// <summary>A diagnostic as MSBuild prints it: <c>file(line,col): error|warning TLxxxx: message</c>.</summary>
        private static readonly Regex BuildDiagnostic = new Regex(@"^(?<file>.+?)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>TL\d{4}): ", RegexOptions.Multiline);

        private readonly PackedAnalyzer _package;

        public PackageIntegrationTests(PackedAnalyzer package) => _package = package;

        [Fact]
        public void ThePackage_ShipsNoSchemaLibraryAndNoNewtonsoftJson()
        {
            // A Newtonsoft.Json inside an analyzer can clash with the one Visual Studio loads.
            using ZipArchive package = ZipFile.OpenRead(Directory.GetFiles(_package.Feed, "TopologyLint.Analyzers.*.nupkg").Single());
            string[] assemblies = package.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".dll", StringComparison.Ordinal)).ToArray();

            Assert.Contains("analyzers/dotnet/cs/TopologyLint.Core.dll", assemblies);
            Assert.DoesNotContain(assemblies, n => n.Contains("JsonSchema", StringComparison.OrdinalIgnoreCase) || n.Contains("Newtonsoft", StringComparison.Ordinal) || n.Contains("Namotion", StringComparison.Ordinal));
        }

        [Fact]
        public void DotnetBuild_PrintsTheEnginesDiagnostics_WithTheEditorConfigSeverity()
        {
            string consumer = Path.Combine(_package.Root, "consumer");
            Directory.CreateDirectory(Path.Combine(consumer, "topology"));
            File.WriteAllText(Path.Combine(consumer, "nuget.config"), $@"<?xml version=""1.0"" encoding=""utf-8""?>
<configuration>
  <config><add key=""globalPackagesFolder"" value=""{Path.Combine(_package.Root, "packages")}"" /></config>
  <packageSources>
    <clear />
    <add key=""local"" value=""{_package.Feed}"" />
    <add key=""nuget.org"" value=""https://api.nuget.org/v3/index.json"" />
  </packageSources>
</configuration>
");
            File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""TopologyLint.Analyzers"" Version=""{ToolVersion()}"" />
  </ItemGroup>
</Project>
");
            File.WriteAllText(Path.Combine(consumer, "Program.cs"), "System.Console.WriteLine(\"consumer\");\n");
            // Roslyn alone would ignore this section for diagnostics located in an additional file.
            File.WriteAllText(Path.Combine(consumer, ".editorconfig"), "root = true\n\n[*.topology.yaml]\ndotnet_diagnostic.TL0003.severity = warning\n");
            string topology = Path.Combine(consumer, "topology", "broken.topology.yaml");
            File.WriteAllText(topology, TestDocuments.Broken);

            (int exitCode, string output) = DotNet.Run(consumer, "build", "--disable-build-servers", "-p:UseSharedCompilation=false");

            IReadOnlyList<Diagnostic> engine = new TopologyLinter(PhysicalFileSystem.Instance, new LintOptions { MaxDegreeOfParallelism = 1 }).LintFile(topology).Diagnostics;
            string[] expected = engine
                .Select(d => Line(topology, d, d.Id == "TL0003" ? "warning" : d.Severity == DiagnosticSeverity.Error ? "error" : "warning"))
                .ToArray();
            string[] printed = BuildDiagnostic.Matches(output)
                .Select(m => $"{m.Groups["file"].Value}({m.Groups["line"].Value},{m.Groups["column"].Value}): {m.Groups["severity"].Value} {m.Groups["id"].Value}")
                .Distinct()
                .ToArray();
            Assert.True(expected.OrderBy(l => l, StringComparer.Ordinal).SequenceEqual(printed.OrderBy(l => l, StringComparer.Ordinal)), $"expected:\n{string.Join("\n", expected)}\nbuild output:\n{output}");
            Assert.Contains($"{topology}(14,11): warning TL0003", printed);
            Assert.Contains($"{topology}(7,5): error TL0006", printed);
            Assert.DoesNotContain("AD0001", output);
            Assert.DoesNotContain("CS9057", output);
            Assert.NotEqual(0, exitCode);

            // The switch: without the default AdditionalFiles nothing is linted, and the build succeeds.
            (int switchedOffExitCode, string switchedOffOutput) = DotNet.Run(consumer, "build", "--no-restore", "--disable-build-servers", "-p:UseSharedCompilation=false", "-p:EnableTopologyAdditionalFiles=false");
            Assert.True(switchedOffExitCode == 0, switchedOffOutput);
            Assert.Empty(BuildDiagnostic.Matches(switchedOffOutput));
        }

        private static string Line(string path, Diagnostic diagnostic, string severity)
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            return $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}";
        }

        private static string ToolVersion()
            => typeof(TopologyAnalyzer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
    }
}
