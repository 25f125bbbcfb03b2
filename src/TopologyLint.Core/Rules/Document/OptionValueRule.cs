using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Configuration;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Document
{
    /// <summary>
    /// TL0010: an <c>.editorconfig</c> option holds a value the rules cannot use (an unknown operating system in
    /// <c>topolint_mediation_server_os</c>); reported at the value in the configuration file that sets it.
    /// </summary>
    public sealed class OptionValueRule : DocumentRule
    {
        public OptionValueRule()
            : base(RuleDescriptors.Create(
                "TL0010",
                "Option value cannot be used",
                "'{0}' in {1} is not a known name/edition pair (names: {2}; editions: {3}); it is ignored",
                RuleCategory.Document,
                DiagnosticSeverity.Warning,
                "An option of the .editorconfig (or .globalconfig) holds a value the rules cannot use, so it is ignored; a mistyped value would otherwise silently leave the default in force."))
        {
        }

        public override void Analyze(RuleContext context)
        {
            string key = MediationServerOperatingSystems.OptionKey;
            IReadOnlyList<string> unusable = MediationServerOperatingSystems.UnusableEntries(context.GetOption(key));
            if (unusable.Count == 0 || context.LocateOption(key) is not OptionLocation location)
            {
                return;
            }

            foreach (string entry in unusable)
            {
                context.Report(location, entry, key, Names<OperatingSystemName>(), Names<OperatingSystemEdition>());
            }
        }

        private static string Names<TEnum>()
            where TEnum : struct, Enum
            => string.Join(", ", Enum.GetValues(typeof(TEnum)).Cast<TEnum>().Select(DocumentNames<TEnum>.NameOf));
    }
}
