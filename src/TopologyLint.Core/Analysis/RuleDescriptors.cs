using Microsoft.CodeAnalysis;

namespace TopologyLint.Analysis
{
    /// <summary>The rule areas of the catalog (docs/rules/README.md); also the <c>category-*</c> names in <c>.editorconfig</c>.</summary>
    public static class RuleCategory
    {
        public const string Document = "Document";
        public const string Prerequisites = "Prerequisites";
        public const string Availability = "Availability";
        public const string Emergency = "Emergency";
        public const string VoiceRouting = "VoiceRouting";
        public const string ExternalAccess = "ExternalAccess";
        public const string Capacity = "Capacity";
    }

    /// <summary>Builds descriptors the same way for every rule, so help links and defaults stay uniform.</summary>
    public static class RuleDescriptors
    {
        public const string HelpUriBase = "https://github.com/topologylint/topologylint/blob/main/docs/rules/";

        public static string HelpUri(string id) => HelpUriBase + id + ".md";

        public static DiagnosticDescriptor Create(
            string id,
            string title,
            string messageFormat,
            string category,
            DiagnosticSeverity defaultSeverity,
            string description)
            => new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                category,
                defaultSeverity,
                isEnabledByDefault: true,
                description: description,
                helpLinkUri: HelpUri(id));
    }
}
