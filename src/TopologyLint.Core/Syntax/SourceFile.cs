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

        public override string ToString() => Path;
    }
}
