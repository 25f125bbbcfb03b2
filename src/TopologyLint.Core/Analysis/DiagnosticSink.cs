using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Configuration;

namespace TopologyLint.Analysis
{
    /// <summary>
    /// Where every part of the engine reports. It applies the policy's first step, the effective severity of
    /// each diagnostic, as the diagnostic is reported, so loader, schema check and rules all create
    /// diagnostics the same way, and drops those turned off.
    /// </summary>
    public sealed class DiagnosticSink
    {
        private readonly ITopologyConfiguration _configuration;
        private readonly string? _rootPath;
        private readonly ConcurrentDictionary<(string Path, string Id), DiagnosticSeverity?> _severities = new ConcurrentDictionary<(string, string), DiagnosticSeverity?>();
        private readonly List<Diagnostic> _diagnostics = new List<Diagnostic>();

        // A recorder (see Recorder) keeps what was reported, before any severity, to report it again elsewhere.
        private readonly List<RecordedReport>? _recorded;

        /// <param name="configuration">The severities and options.</param>
        /// <param name="rootPath">The root document the diagnostics belong to: a fragment falls back on its severities.</param>
        public DiagnosticSink(ITopologyConfiguration configuration, string? rootPath = null)
        {
            _configuration = configuration;
            _rootPath = rootPath;
        }

        private DiagnosticSink()
        {
            _configuration = DefaultConfiguration.Instance;
            _recorded = new List<RecordedReport>();
        }

        public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

        /// <summary>
        /// A sink that only records what is reported, as it is reported, so that a document loaded once (and
        /// cached) reports the same diagnostics into the sink of every later lint, under that lint's severities.
        /// </summary>
        internal static DiagnosticSink Recorder() => new DiagnosticSink();

        /// <summary>Reports into <paramref name="sink"/>, in order, what this recorder recorded.</summary>
        internal void ReplayInto(DiagnosticSink sink)
        {
            foreach (RecordedReport report in _recorded!)
            {
                sink.Add(report.Descriptor, report.Path, report.Span, report.LineSpan, report.Pointer, report.Args);
            }
        }

        /// <summary>
        /// The severity a rule's diagnostic has in a file, or null when it is turned off there. The severity the
        /// configuration gives the file's own path for that ID; where nothing configures the ID for that path (a
        /// fragment outside the root's sections), the root document's; else the rule's default. TL0001 is always
        /// an error, as a compiler's syntax error is: no configuration lowers or silences it.
        /// </summary>
        public DiagnosticSeverity? EffectiveSeverity(string path, DiagnosticDescriptor descriptor)
            => _severities.GetOrAdd((path, descriptor.Id), key => Resolve(Configured(key.Path, descriptor), descriptor));

        private ReportDiagnostic? Configured(string path, DiagnosticDescriptor descriptor)
        {
            if (descriptor.Id == DocumentDiagnostics.SyntaxError.Id)
            {
                return null;
            }

            ReportDiagnostic? own = _configuration.GetSeverity(path, descriptor);
            return own == null && _rootPath != null && !string.Equals(path, _rootPath, Engine.TopologyFiles.PathComparison)
                ? _configuration.GetSeverity(_rootPath, descriptor)
                : own;
        }

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
            if (_recorded != null)
            {
                _recorded.Add(new RecordedReport(descriptor, path, span, lineSpan, pointer, args));
                return;
            }

            if (EffectiveSeverity(path, descriptor) is DiagnosticSeverity severity)
            {
                ImmutableDictionary<string, string?>? properties = pointer == null ? null : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Pointer, pointer);
                _diagnostics.Add(Diagnostic.Create(descriptor, Location.Create(path, span, lineSpan), severity, additionalLocations: null, properties, OneLine(args)));
            }
        }

        /// <summary>
        /// The one place messages meet document values: a quoted value's line breaks and other control
        /// characters are shown escaped (<c>\n</c>), so a message is one line in every front end and a value cannot
        /// start a line of a CI log; CI command openers in it are defused here too, because the MSBuild task's and
        /// the analyzer's messages reach build logs through MSBuild's own loggers, not through a report format.
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
                string oneLine = Formatting.OutputText.DefuseCommands(Formatting.OutputText.EscapeControlCharacters(text));
                if (!(args[i] is string) || !ReferenceEquals(oneLine, text))
                {
                    // A copy: the caller's array is left as it was.
                    escaped = ReferenceEquals(escaped, args) ? (object?[])args.Clone() : escaped;
                    escaped[i] = oneLine;
                }
            }

            return escaped;
        }

        private sealed class RecordedReport
        {
            public RecordedReport(DiagnosticDescriptor descriptor, string path, TextSpan span, LinePositionSpan lineSpan, string? pointer, object?[] args)
            {
                Descriptor = descriptor;
                Path = path;
                Span = span;
                LineSpan = lineSpan;
                Pointer = pointer;
                Args = args;
            }

            public DiagnosticDescriptor Descriptor { get; }

            public string Path { get; }

            public TextSpan Span { get; }

            public LinePositionSpan LineSpan { get; }

            public string? Pointer { get; }

            public object?[] Args { get; }
        }

        /// <summary>Severity as the catalog defines it (docs/rules/README.md): <c>suggestion</c> is info, <c>silent</c> and <c>none</c> are off.</summary>
        private static DiagnosticSeverity? Resolve(ReportDiagnostic? configured, DiagnosticDescriptor descriptor)
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
                    return descriptor.DefaultSeverity;
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
