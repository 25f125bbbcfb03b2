using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Analysis;
using Xunit;

namespace TopologyLint.Analyzers.Tests
{
    public sealed class CompilerOptionsConfigurationTests
    {
        private static readonly string Directory = Path.Combine(Path.GetTempPath(), "compiler-options");
        private static readonly string Topology = Path.Combine(Directory, "site.topology.yaml");
        private static readonly string EditorConfig = Path.Combine(Directory, ".editorconfig");

        [Fact]
        public void EditorConfigOptionAndSeverity_ComeFromTheEditorConfigText()
        {
            CompilerOptionsConfiguration configuration = Create(
                "root = true\n[*.topology.yaml]\ntopolint_mediation_server_os = windows-server-2008/standard\ndotnet_diagnostic.TL0003.severity = suggestion\n",
                compilerOptions: new Dictionary<string, string> { ["topolint_mediation_server_os"] = "from-globalconfig" });

            Assert.Equal("windows-server-2008/standard", configuration.GetOption(Topology, "topolint_mediation_server_os"));
            Assert.True(RuleCatalog.TryGet("TL0003", out TopologyRule? rule));
            Assert.Equal(ReportDiagnostic.Info, configuration.GetSeverity(Topology, rule!.Descriptor));
        }

        [Fact]
        public void OptionNotInAnEditorConfig_ComesFromTheCompilersOptions()
        {
            CompilerOptionsConfiguration configuration = Create(
                "root = true\n[*.cs]\ntopolint_mediation_server_os = not-for-topologies\n",
                compilerOptions: new Dictionary<string, string> { ["topolint_mediation_server_os"] = "windows-server-2008-r2/enterprise" });

            Assert.Equal("windows-server-2008-r2/enterprise", configuration.GetOption(Topology, "topolint_mediation_server_os"));
            Assert.Null(configuration.GetOption(Topology, "topolint_unknown"));
        }

        private static CompilerOptionsConfiguration Create(string editorConfig, Dictionary<string, string> compilerOptions)
        {
            var topology = new InMemoryAdditionalText(Topology, TestDocuments.Broken);
            var files = new AdditionalFileSystem(ImmutableArray.Create<AdditionalText>(topology, new InMemoryAdditionalText(EditorConfig, editorConfig)), CancellationToken.None);
            var editorConfigs = new[] { new KeyValuePair<string, SourceText>(EditorConfig, SourceText.From(editorConfig)) };
            return new CompilerOptionsConfiguration(EditorConfigSeverities.Create(editorConfigs), new FixedOptionsProvider(topology, compilerOptions), files);
        }

        /// <summary>What the compiler would hand the analyzer: options for one additional file, none for anything else.</summary>
        private sealed class FixedOptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly AdditionalText _file;
            private readonly Options _options;

            public FixedOptionsProvider(AdditionalText file, Dictionary<string, string> options)
            {
                _file = file;
                _options = new Options(options);
            }

            public override AnalyzerConfigOptions GlobalOptions => Options.Empty;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => ReferenceEquals(textFile, _file) ? _options : Options.Empty;

            private sealed class Options : AnalyzerConfigOptions
            {
                public static readonly Options Empty = new Options(new Dictionary<string, string>());

                private readonly Dictionary<string, string> _values;

                public Options(Dictionary<string, string> values) => _values = values;

                public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
            }
        }
    }
}
