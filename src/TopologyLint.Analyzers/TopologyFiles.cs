using System;
using System.IO;

namespace TopologyLint.Analyzers
{
    /// <summary>Which AdditionalFiles the analyzer treats as topology documents or configuration, and how paths compare.</summary>
    internal static class TopologyFiles
    {
        /// <summary>Paths compare as the file system does: ignoring case on Windows only (as the engine's include check does).</summary>
        public static readonly StringComparison PathComparison =
            Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

        public static readonly StringComparer PathComparer =
            PathComparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

        private static readonly string[] TopologySuffixes = { ".topology.yaml", ".topology.yml", ".topology.json" };

        /// <summary>A root document: <c>*.topology.yaml</c>, <c>*.topology.yml</c> or <c>*.topology.json</c>, as the CLI finds them.</summary>
        public static bool IsTopologyDocument(string path)
        {
            foreach (string suffix in TopologySuffixes)
            {
                if (path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        public static bool IsEditorConfig(string path)
            => string.Equals(Path.GetFileName(path), ".editorconfig", StringComparison.OrdinalIgnoreCase);

        /// <summary>The form the engine gives paths (it resolves includes with <see cref="Path.GetFullPath(string)"/>).</summary>
        public static string Normalize(string path) => Path.IsPathRooted(path) ? Path.GetFullPath(path) : path;
    }
}
