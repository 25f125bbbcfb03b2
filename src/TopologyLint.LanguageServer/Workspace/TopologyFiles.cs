using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TopologyLint.LanguageServer.Workspace
{
    /// <summary>Which files are root documents (the CLI's <c>*.topology.yaml|yml|json</c>), and finding them under a folder.</summary>
    internal static class TopologyFiles
    {
        private static readonly string[] Suffixes = { ".topology.yaml", ".topology.yml", ".topology.json" };
        private static readonly HashSet<string> SkippedDirectories = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".git", "node_modules" };

        public static bool IsRootDocument(string path) => Suffixes.Any(s => path.EndsWith(s, StringComparison.OrdinalIgnoreCase));

        public static bool IsConfiguration(string path)
        {
            string name = Path.GetFileName(path);
            return name.Equals(".editorconfig", StringComparison.Ordinal) || name.Equals(".globalconfig", StringComparison.Ordinal);
        }

        /// <summary>Root documents under <paramref name="folder"/>, skipping build output, .git and node_modules, not following directory links.</summary>
        public static IReadOnlyList<string> FindRoots(string folder)
        {
            var found = new List<string>();
            var pending = new Stack<string>();
            pending.Push(folder);
            while (pending.Count > 0)
            {
                string directory = pending.Pop();
                try
                {
                    found.AddRange(Directory.EnumerateFiles(directory).Where(IsRootDocument));
                    foreach (string child in Directory.EnumerateDirectories(directory))
                    {
                        var info = new DirectoryInfo(child);
                        if (!SkippedDirectories.Contains(info.Name) && (info.Attributes & FileAttributes.ReparsePoint) == 0)
                        {
                            pending.Push(child);
                        }
                    }
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    // A folder that cannot be listed holds nothing the server can lint.
                }
            }

            found.Sort(StringComparer.Ordinal);
            return found;
        }
    }
}
