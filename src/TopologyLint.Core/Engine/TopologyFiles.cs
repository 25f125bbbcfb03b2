using System;
using System.IO;
using System.Linq;

namespace TopologyLint.Engine
{
    /// <summary>
    /// The one place that knows which files are topology documents and how paths compare. The CLI's discovery,
    /// the analyzer and the engine use it; the two packages' .targets files hold <see cref="MSBuildGlobs"/>
    /// as text (MSBuild cannot call this), and a test keeps them equal to it.
    /// </summary>
    public static class TopologyFiles
    {
        /// <summary>A root document's name ends in one of these (compared ignoring case).</summary>
        public static readonly string[] Suffixes = { ".topology.yaml", ".topology.yml", ".topology.json" };

        /// <summary>The same as MSBuild item globs, as both packages' .targets files write them.</summary>
        public static readonly string MSBuildGlobs = string.Join(";", Suffixes.Select(s => "**/*" + s));

        /// <summary>Paths compare as the file system does: ignoring case on Windows only.</summary>
        public static readonly StringComparison PathComparison =
            Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

        public static readonly StringComparer PathComparer =
            PathComparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

        /// <summary>A root document: <c>*.topology.yaml</c>, <c>*.topology.yml</c> or <c>*.topology.json</c>.</summary>
        public static bool IsTopologyDocument(string path) => Suffixes.Any(s => path.EndsWith(s, StringComparison.OrdinalIgnoreCase));

        public static bool IsEditorConfig(string path)
            => string.Equals(Path.GetFileName(path), ".editorconfig", StringComparison.OrdinalIgnoreCase);

        /// <summary>The form the engine gives paths (it resolves includes with <see cref="Path.GetFullPath(string)"/>).</summary>
        public static string Normalize(string path) => Path.IsPathRooted(path) ? Path.GetFullPath(path) : path;
    }
}
