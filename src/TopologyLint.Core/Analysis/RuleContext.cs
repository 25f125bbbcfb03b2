using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TopologyLint.Loading;
using TopologyLint.Model;
using TopologyLint.Syntax;

namespace TopologyLint.Analysis
{
    /// <summary>What a rule sees besides the model: the documents, options; and where it reports.</summary>
    public sealed class RuleContext
    {
        private readonly DiagnosticSink _sink;
        private readonly Configuration.ITopologyConfiguration _configuration;

        internal RuleContext(DiagnosticDescriptor descriptor, Topology? topology, IReadOnlyList<LoadedDocument> documents, DiagnosticSink sink, Configuration.ITopologyConfiguration configuration)
        {
            Descriptor = descriptor;
            Topology = topology;
            Documents = documents;
            _sink = sink;
            _configuration = configuration;
        }

        public DiagnosticDescriptor Descriptor { get; }

        /// <summary>The bound model, which <see cref="ModelRule"/> hands its rules; null when the root document is not a mapping (nothing to bind).</summary>
        internal Topology? Topology { get; }

        /// <summary>The root document first, then the include fragments in include order.</summary>
        public IReadOnlyList<LoadedDocument> Documents { get; }

        /// <summary>An <c>.editorconfig</c> option for the root document, e.g. <c>topolint_mediation_server_os</c>.</summary>
        public string? GetOption(string key) => _configuration.GetOption(Documents[0].File.Path, key);

        /// <summary>Where the root document's value of an option is written, when the configuration knows.</summary>
        public Configuration.OptionLocation? LocateOption(string key) => _configuration.LocateOption(Documents[0].File.Path, key);

        /// <summary>Reports this rule's diagnostic at an option's value in a configuration file.</summary>
        public void Report(Configuration.OptionLocation location, params object?[] messageArgs)
            => _sink.Report(Descriptor, location.Path, location.ValueSpan, location.ValueLineSpan, messageArgs);

        /// <summary>Reports this rule's diagnostic at a comment of one of <see cref="Documents"/>, from its <c>#</c> to the end of its line.</summary>
        public void Report(LoadedDocument document, Comment comment, params object?[] messageArgs)
            => _sink.Report(Descriptor, document.File.Path, comment.Span, comment.LineSpan, messageArgs);

        /// <summary>Reports this rule's diagnostic at a node, with the message format's arguments.</summary>
        public void Report(DocumentNode node, params object?[] messageArgs)
            => _sink.Report(Descriptor, node, messageArgs);
    }
}
