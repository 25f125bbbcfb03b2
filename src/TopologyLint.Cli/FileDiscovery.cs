using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopologyLint.Engine;

namespace TopologyLint.Cli
{
    /// <summary>Turns the command line's paths into topology files, as docs/cli.md describes.</summary>
    internal static class FileDiscovery
    {
        private static readonly HashSet<string> SkippedDirectories = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".git", "node_modules" };

        public static bool IsTopologyFile(string path) => TopologyFiles.IsTopologyDocument(path);

        /// <summary>The files to lint, absolute and sorted; a path that does not exist is returned in <paramref name="missing"/>.</summary>
        public static IReadOnlyList<string> Find(IEnumerable<string> paths, out string? missing)
        {
            var files = new SortedSet<string>(StringComparer.Ordinal);
            missing = null;
            foreach (string path in paths)
            {
                string full = Path.GetFullPath(path);
                if (File.Exists(full))
                {
                    files.Add(full);
                }
                else if (Directory.Exists(full))
                {
                    Walk(full, files);
                }
                else
                {
                    missing = path;
                    return Array.Empty<string>();
                }
            }

            return files.ToList();
        }

        private static void Walk(string root, SortedSet<string> files)
        {
            var pending = new Stack<string>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                string directory = pending.Pop();
                foreach (string file in Directory.EnumerateFiles(directory))
                {
                    if (IsTopologyFile(file))
                    {
                        files.Add(file);
                    }
                }

                foreach (string child in Directory.EnumerateDirectories(directory))
                {
                    var info = new DirectoryInfo(child);
                    // Symbolic links to directories are not followed: they could loop or leave the tree.
                    if (!SkippedDirectories.Contains(info.Name) && (info.Attributes & FileAttributes.ReparsePoint) == 0)
                    {
                        pending.Push(child);
                    }
                }
            }
        }
    }
}
