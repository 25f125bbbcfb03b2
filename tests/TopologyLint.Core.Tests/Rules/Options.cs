using Microsoft.CodeAnalysis;
using TopologyLint.Configuration;
using TopologyLint.Engine;

namespace TopologyLint.Core.Tests.Rules
{
    /// <summary>Lint options whose configuration sets <c>topolint_mediation_server_os</c>, as an <c>.editorconfig</c> would.</summary>
    internal static class Options
    {
        public static LintOptions With(string mediationServerOs)
            => new LintOptions { MaxDegreeOfParallelism = 1, Configuration = new MediationOsConfiguration(mediationServerOs) };

        private sealed class MediationOsConfiguration : ITopologyConfiguration
        {
            private readonly string _mediationServerOs;

            public MediationOsConfiguration(string mediationServerOs) => _mediationServerOs = mediationServerOs;

            public ReportDiagnostic? GetSeverity(string filePath, DiagnosticDescriptor descriptor) => null;

            public string? GetOption(string filePath, string key) => key == "topolint_mediation_server_os" ? _mediationServerOs : null;

            public OptionLocation? LocateOption(string filePath, string key) => null;
        }
    }
}
