using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using TopologyLint.Engine;
using TopologyLint.Loading;
using TopologyLint.Model;
using TopologyLint.Syntax;

namespace TopologyLint.Fixes
{
    /// <summary>
    /// Every <see cref="FixProvider"/> of the engine, discovered from this assembly like the rules, and the one
    /// public way to ask for a diagnostic's fixes: the CLI's <c>fix</c>, SARIF and the language server all call
    /// <see cref="GetFixes(LintResult, Diagnostic, FixKind?)"/>.
    /// </summary>
    public static class FixCatalog
    {
        private static readonly Lazy<ImmutableArray<FixProvider>> LazyProviders = new Lazy<ImmutableArray<FixProvider>>(Discover);

        // A file's model is bound again only for the providers that need it, once per linted file, when the engine
        // did not keep it (LintOptions.KeepTopology: a large topology's model is most of its memory), and most
        // diagnostics' fixes do not read it.
        private static readonly ConditionalWeakTable<LintedFile, Lazy<Topology?>> Topologies = new ConditionalWeakTable<LintedFile, Lazy<Topology?>>();

        /// <summary>All providers, ordered by type name so fixes come in a stable order.</summary>
        public static ImmutableArray<FixProvider> Providers => LazyProviders.Value;

        /// <summary>
        /// The fixes and suggestions for one diagnostic of <paramref name="file"/> (as the engine returned it), fixes
        /// first; only those of <paramref name="kind"/> when it is given. Empty for a diagnostic outside the file's
        /// documents or one no provider can help with.
        /// </summary>
        public static ImmutableArray<DiagnosticFix> GetFixes(LintedFile file, Diagnostic diagnostic, FixKind? kind = null)
        {
            string path = diagnostic.Location.GetLineSpan().Path;
            LoadedDocument? document = file.Documents.FirstOrDefault(d => d.File.Path == path);
            if (document == null)
            {
                return ImmutableArray<DiagnosticFix>.Empty;
            }

            var fixes = new List<DiagnosticFix>();
            foreach (FixProvider provider in Providers)
            {
                if ((kind == null || provider.Kind == kind)
                    && (provider.FixableDiagnosticIds.Contains(diagnostic.Id) || provider.FixableDiagnosticIds.Contains(FixProvider.AnyDiagnostic)))
                {
                    provider.RegisterFixes(new FixContext(provider.Kind, diagnostic, document, file.Documents, () => file.Topology ?? TopologyOf(file), fixes));
                }
            }

            return fixes.OrderBy(f => f.Kind).ToImmutableArray();
        }

        /// <summary>The fixes of a diagnostic of a whole lint result: those of the first linted file that reported it.</summary>
        public static ImmutableArray<DiagnosticFix> GetFixes(LintResult result, Diagnostic diagnostic, FixKind? kind = null)
            => result.Files.FirstOrDefault(f => f.Diagnostics.Contains(diagnostic)) is { } file
                ? GetFixes(file, diagnostic, kind)
                : ImmutableArray<DiagnosticFix>.Empty;

        /// <summary>The fixes (or only those of <paramref name="kind"/>) of every diagnostic that counts in <paramref name="file"/>, in diagnostic order.</summary>
        public static ImmutableArray<DiagnosticFix> GetFixes(LintedFile file, FixKind? kind = null)
            => file.Diagnostics.SelectMany(d => GetFixes(file, d, kind)).ToImmutableArray();

        private static Topology? TopologyOf(LintedFile file)
            => Topologies.GetValue(file, f => new Lazy<Topology?>(() => f.Documents[0].Root is MappingNode root
                ? Binder.Bind(root, f.Documents.Skip(1).Select(d => d.Root).OfType<MappingNode>())
                : null)).Value;

        private static ImmutableArray<FixProvider> Discover()
        {
            var providers = new List<FixProvider>();
            foreach (Type type in typeof(FixCatalog).Assembly.GetTypes())
            {
                if (!type.IsAbstract && typeof(FixProvider).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is { } constructor)
                {
                    providers.Add((FixProvider)constructor.Invoke(null));
                }
            }

            return providers.OrderBy(p => p.GetType().Name, StringComparer.Ordinal).ToImmutableArray();
        }
    }
}
