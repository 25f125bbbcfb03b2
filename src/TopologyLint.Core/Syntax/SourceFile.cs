using Microsoft.CodeAnalysis.Text;

namespace TopologyLint.Syntax
{
    /// <summary>A topology file: its path as the host named it and its decoded text.</summary>
    public sealed class SourceFile
    {
        public SourceFile(string path, SourceText text)
        {
            Path = path;
            Text = text;
        }

        public string Path { get; }

        public SourceText Text { get; }

        /// <summary>The document's root node once it is loaded; node pointers are found from it.</summary>
        public DocumentNode? Root { get; internal set; }

        /// <summary>The keys the file's mappings use, named by number in their entries.</summary>
        internal KeyTable Keys { get; } = new KeyTable();

        public override string ToString() => Path;
    }
}
