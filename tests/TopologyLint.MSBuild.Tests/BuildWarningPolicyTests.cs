using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Configuration;
using TopologyLint.MSBuild;
using Xunit;

namespace TopologyLint.MSBuild.Tests
{
    /// <summary>NoWarn, TreatWarningsAsErrors, WarningsAsErrors and WarningsNotAsErrors as the compiler applies them.</summary>
    public sealed class BuildWarningPolicyTests
    {
        private const string File = "/repo/a.topology.yaml";

        private static readonly DiagnosticDescriptor Warning = Descriptor("TL9901", DiagnosticSeverity.Warning);
        private static readonly DiagnosticDescriptor Error = Descriptor("TL9902", DiagnosticSeverity.Error);
        private static readonly DiagnosticDescriptor Info = Descriptor("TL9903", DiagnosticSeverity.Info);

        [Fact]
        public void Without_settings_every_rule_keeps_its_configured_severity()
        {
            var policy = new BuildWarningPolicy(DefaultConfiguration.Instance, false, null, null, null);

            Assert.Equal(ReportDiagnostic.Default, policy.GetSeverity(File, Warning));
            Assert.Equal(ReportDiagnostic.Default, policy.GetSeverity(File, Error));
            Assert.Equal(ReportDiagnostic.Default, policy.GetSeverity(File, Info));
        }

        [Fact]
        public void TreatWarningsAsErrors_makes_warnings_errors_and_leaves_info_alone()
        {
            var policy = new BuildWarningPolicy(DefaultConfiguration.Instance, true, null, null, null);

            Assert.Equal(ReportDiagnostic.Error, policy.GetSeverity(File, Warning));
            Assert.Equal(ReportDiagnostic.Default, policy.GetSeverity(File, Info));
        }

        [Fact]
        public void WarningsNotAsErrors_exempts_an_ID_from_TreatWarningsAsErrors()
        {
            var policy = new BuildWarningPolicy(DefaultConfiguration.Instance, true, null, "CS1591; tl9901", null);

            Assert.Equal(ReportDiagnostic.Default, policy.GetSeverity(File, Warning));
        }

        [Fact]
        public void WarningsAsErrors_makes_only_the_listed_warnings_errors()
        {
            var policy = new BuildWarningPolicy(DefaultConfiguration.Instance, false, "NU1605,TL9901", null, null);

            Assert.Equal(ReportDiagnostic.Error, policy.GetSeverity(File, Warning));
            Assert.Equal(ReportDiagnostic.Default, policy.GetSeverity(File, Info));
        }

        [Fact]
        public void NoWarn_turns_a_rule_off_whatever_its_severity()
        {
            var policy = new BuildWarningPolicy(new FixedSeverity(ReportDiagnostic.Error), true, "TL9901", null, "1701;1702;TL9901;TL9902");

            Assert.Equal(ReportDiagnostic.Suppress, policy.GetSeverity(File, Warning));
            Assert.Equal(ReportDiagnostic.Suppress, policy.GetSeverity(File, Error));
        }

        [Fact]
        public void An_editorconfig_warning_is_promoted_and_an_editorconfig_error_stays_an_error()
        {
            Assert.Equal(ReportDiagnostic.Error, new BuildWarningPolicy(new FixedSeverity(ReportDiagnostic.Warn), true, null, null, null).GetSeverity(File, Error));
            Assert.Equal(ReportDiagnostic.Error, new BuildWarningPolicy(new FixedSeverity(ReportDiagnostic.Error), false, null, "TL9901", null).GetSeverity(File, Warning));
            Assert.Equal(ReportDiagnostic.Info, new BuildWarningPolicy(new FixedSeverity(ReportDiagnostic.Info), true, "TL9901", null, null).GetSeverity(File, Warning));
        }

        [Fact]
        public void Options_come_from_the_inner_configuration()
        {
            var policy = new BuildWarningPolicy(new FixedSeverity(ReportDiagnostic.Default), true, null, null, null);

            Assert.Equal("value-of-topolint_key", policy.GetOption(File, "topolint_key"));
        }

        private static DiagnosticDescriptor Descriptor(string id, DiagnosticSeverity severity)
            => RuleDescriptors.Create(id, "title", "message", RuleCategory.Document, severity, "description");

        /// <summary>Stands for an .editorconfig that sets every rule to one severity.</summary>
        private sealed class FixedSeverity : ITopologyConfiguration
        {
            private readonly ReportDiagnostic _severity;

            public FixedSeverity(ReportDiagnostic severity) => _severity = severity;

            public ReportDiagnostic GetSeverity(string filePath, DiagnosticDescriptor descriptor) => _severity;

            public string? GetOption(string filePath, string key) => "value-of-" + key;
        }
    }
}
