using Microsoft.CodeAnalysis.Text;
using TopologyLint.Loading;

namespace TopologyLint.LanguageServer.Workspace
{
    /// <summary>A document's tree that parsed, and its buffer as it is now when the document is open (the tree may have read an older version of it).</summary>
    internal sealed class ParsedDocument
    {
        public ParsedDocument(LoadedDocument tree, SourceText? buffer)
        {
            Tree = tree;
            Buffer = buffer;
        }

        public LoadedDocument Tree { get; }

        public SourceText? Buffer { get; }
    }
}
