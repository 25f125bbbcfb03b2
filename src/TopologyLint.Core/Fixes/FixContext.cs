using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Engine;
using TopologyLint.Loading;
using TopologyLint.Model;

namespace TopologyLint.Fixes
{
    /// <summary>What a <see cref="FixProvider"/> sees: one diagnostic, the documents it was found in, and where fixes are registered.</summary>
    public sealed class FixContext
    {
        private readonly Func<Topology?> _topology;
        private readonly List<DiagnosticFix> _fixes;

        internal FixContext(FixKind kind, Diagnostic diagnostic, LoadedDocument document, ImmutableArray<LoadedDocument> documents, Func<Topology?> topology, List<DiagnosticFix> fixes)
        {
            Kind = kind;
            Diagnostic = diagnostic;
            Document = document;
            Documents = documents;
            _topology = topology;
            _fixes = fixes;
        }

        /// <summary>The kind of what is registered: the provider's <see cref="FixProvider.Kind"/>.</summary>
        public FixKind Kind { get; }

        public Diagnostic Diagnostic { get; }

        /// <summary>The document the diagnostic is located in.</summary>
        public LoadedDocument Document { get; }

        /// <summary>The root document first, then its fragments in include order.</summary>
        public ImmutableArray<LoadedDocument> Documents { get; }

        /// <summary>The diagnostic's span in <see cref="Document"/>'s text.</summary>
        public TextSpan Span => Diagnostic.Location.SourceSpan;

        /// <summary>The bound model of the documents (bound when first asked); null when the root is not a mapping.</summary>
        public Topology? Topology => _topology();

        /// <summary>Offers one fix (or suggestion) for the diagnostic; its title says what the edits do.</summary>
        public void Register(string title, params TextEdit[] edits)
        {
            if (edits.Length > 0)
            {
                _fixes.Add(new DiagnosticFix(Diagnostic, title, Kind, edits.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Span.Start).ToImmutableArray()));
            }
        }

        /// <summary>An edit of the diagnostic's own document.</summary>
        public TextEdit Edit(TextSpan span, string newText) => new TextEdit(Document.File.Path, span, newText);
    }
}
