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

        [Fact]
        public void Without_settings_every_rule_keeps_its_configured_severity_and_no_warning_is_promoted()
        {
            var policy = new BuildWarningPolicy(DefaultConfiguration.Instance, false, null, null, null);

            Assert.Null(policy.GetSeverity(File, Warning));
            Assert.Equal(ReportDiagnostic.Warn, new BuildWarningPolicy(new FixedSeverity(ReportDiagnostic.Warn), false, null, null, null).GetSeverity(File, Error));
            Assert.True(policy.WarningsAsErrors.IsNone);
            Assert.False(policy.WarningsAsErrors.Promotes("TL9901"));
        }

        [Fact]
        public void TreatWarningsAsErrors_promotes_every_warning_but_those_of_WarningsNotAsErrors()
        {
            var policy = new BuildWarningPolicy(DefaultConfiguration.Instance, true, null, "CS1591; tl9901", null);

            Assert.False(policy.WarningsAsErrors.Promotes("TL9901"));
            Assert.True(policy.WarningsAsErrors.Promotes("TL9902"));
        }

        [Fact]
        public void WarningsAsErrors_promotes_only_the_listed_warnings()
        {
            var policy = new BuildWarningPolicy(DefaultConfiguration.Instance, false, "NU1605,TL9901", null, null);

            Assert.True(policy.WarningsAsErrors.Promotes("TL9901"));
            Assert.False(policy.WarningsAsErrors.Promotes("TL9902"));
        }

        [Fact]
        public void NoWarn_turns_a_rule_off_whatever_its_severity()
        {
            var policy = new BuildWarningPolicy(new FixedSeverity(ReportDiagnostic.Error), true, "TL9901", null, "1701;1702;TL9901;TL9902");

            Assert.Equal(ReportDiagnostic.Suppress, policy.GetSeverity(File, Warning));
            Assert.Equal(ReportDiagnostic.Suppress, policy.GetSeverity(File, Error));
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

            public ReportDiagnostic? GetSeverity(string filePath, DiagnosticDescriptor descriptor) => _severity;

            public string? GetOption(string filePath, string key) => "value-of-" + key;

            public OptionLocation? LocateOption(string filePath, string key) => null;
        }
    }
}
