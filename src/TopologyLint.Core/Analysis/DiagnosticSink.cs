using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Configuration;

namespace TopologyLint.Analysis
{
    /// <summary>
    /// Where every part of the engine reports: it applies the configured severity once, so loader,
    /// schema check and rules all create diagnostics the same way, and drops those turned off.
    /// </summary>
    public sealed class DiagnosticSink
    {
        private readonly ITopologyConfiguration _configuration;
        private readonly ConcurrentDictionary<(string Path, string Id), DiagnosticSeverity?> _severities = new ConcurrentDictionary<(string, string), DiagnosticSeverity?>();
        private readonly List<Diagnostic> _diagnostics = new List<Diagnostic>();

        public DiagnosticSink(ITopologyConfiguration configuration) => _configuration = configuration;

        public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

        /// <summary>The severity a rule has in a file, or null when it is turned off there.</summary>
        public DiagnosticSeverity? EffectiveSeverity(string path, DiagnosticDescriptor descriptor)
            => _severities.GetOrAdd((path, descriptor.Id), key => Resolve(_configuration.GetSeverity(key.Path, descriptor), descriptor.DefaultSeverity));

        public bool IsEnabled(string path, DiagnosticDescriptor descriptor) => EffectiveSeverity(path, descriptor) != null;

        public void Report(DiagnosticDescriptor descriptor, string path, TextSpan span, LinePositionSpan lineSpan, params object?[] args)
            => Add(descriptor, path, span, lineSpan, pointer: null, args);

        /// <summary>Reports where the node is not built yet (the loader), with the JSON pointer it will have.</summary>
        public void ReportAtPointer(DiagnosticDescriptor descriptor, string path, TextSpan span, LinePositionSpan lineSpan, string pointer, params object?[] args)
            => Add(descriptor, path, span, lineSpan, pointer, args);

        /// <summary>
        /// Reports at a node, recording its JSON pointer in the diagnostic's properties
        /// (<see cref="DiagnosticProperties.Pointer"/>) so a baseline can recognize the finding after lines move.
        /// </summary>
        public void Report(DiagnosticDescriptor descriptor, Syntax.DocumentNode node, params object?[] args)
            => Add(descriptor, node.File.Path, node.Span, node.LineSpan, node.GetPointer(), args);

        private void Add(DiagnosticDescriptor descriptor, string path, TextSpan span, LinePositionSpan lineSpan, string? pointer, object?[] args)
        {
            if (EffectiveSeverity(path, descriptor) is DiagnosticSeverity severity)
            {
                ImmutableDictionary<string, string?>? properties = pointer == null ? null : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Pointer, pointer);
                _diagnostics.Add(Diagnostic.Create(descriptor, Location.Create(path, span, lineSpan), severity, additionalLocations: null, properties, OneLine(args)));
            }
        }

        /// <summary>
        /// The one place messages meet document values: a quoted value's line breaks and other control
        /// characters are shown escaped (<c>\n</c>), so a message is one line in every front end and a value cannot start a line of a CI log.
        /// </summary>
        private static object?[] OneLine(object?[] args)
        {
            object?[] escaped = args;
            for (int i = 0; i < args.Length; i++)
            {
                // Numbers keep their format specifiers; anything else (a node prints its value) is text.
                if (args[i] == null || args[i] is System.IFormattable)
                {
                    continue;
                }

                string text = args[i]!.ToString() ?? string.Empty;
                string oneLine = Formatting.OutputText.EscapeControlCharacters(text);
                if (!(args[i] is string) || !ReferenceEquals(oneLine, text))
                {
                    // A copy: the caller's array is left as it was.
                    escaped = ReferenceEquals(escaped, args) ? (object?[])args.Clone() : escaped;
                    escaped[i] = oneLine;
                }
            }

            return escaped;
        }

        /// <summary>Severity as the catalog defines it (docs/rules/README.md): <c>suggestion</c> is info, <c>silent</c> and <c>none</c> are off.</summary>
        private static DiagnosticSeverity? Resolve(ReportDiagnostic configured, DiagnosticSeverity defaultSeverity)
        {
            switch (configured)
            {
                case ReportDiagnostic.Error:
                    return DiagnosticSeverity.Error;
                case ReportDiagnostic.Warn:
                    return DiagnosticSeverity.Warning;
                case ReportDiagnostic.Info:
                    return DiagnosticSeverity.Info;
                case ReportDiagnostic.Hidden:
                case ReportDiagnostic.Suppress:
                    return null;
                default:
                    return defaultSeverity;
            }
        }
    }

    /// <summary>Keys of <see cref="Diagnostic.Properties"/> the engine sets.</summary>
    public static class DiagnosticProperties
    {
        /// <summary>The JSON pointer (RFC 6901) of the node a rule reported at, e.g. <c>/users/3/lineUri</c>.</summary>
        public const string Pointer = "pointer";

        /// <summary>On a suppressed diagnostic (<see cref="Diagnostic.IsSuppressed"/>): the text after <c>--</c> in the suppression comment.</summary>
        public const string Justification = "justification";
    }
}
