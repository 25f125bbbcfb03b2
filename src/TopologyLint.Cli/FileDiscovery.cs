using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopologyLint.Engine;

namespace TopologyLint.Cli
{
    /// <summary>How the discovery lists a directory: the disk, or a test's stand-in (the tests may run as root, where no permission can be taken away).</summary>
    internal interface IDirectoryListing
    {
        IEnumerable<string> Files(string directory);

        /// <summary>Subdirectories that are not symbolic links: a link could loop or leave the tree.</summary>
        IEnumerable<string> Subdirectories(string directory);
    }

    /// <summary>Turns the command line's paths into topology files, as docs/cli.md describes.</summary>
    internal static class FileDiscovery
    {
        private static readonly HashSet<string> SkippedDirectories = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".git", "node_modules" };

        public static bool IsTopologyFile(string path) => TopologyFiles.IsTopologyDocument(path);

        /// <summary>
        /// The files to lint, absolute and sorted; a path that does not exist is returned in <paramref name="missing"/>.
        /// What did not stop the search is in <paramref name="notes"/>, one line each: a directory that cannot be read
        /// (the others are still searched), a directory argument that holds no topology file.
        /// </summary>
        public static IReadOnlyList<string> Find(IEnumerable<string> paths, out string? missing, out IReadOnlyList<string> notes, IDirectoryListing? listing = null)
        {
            listing ??= DiskListing.Instance;
            var files = new SortedSet<string>(StringComparer.Ordinal);
            var problems = new List<string>();
            missing = null;
            notes = problems;
            foreach (string path in paths)
            {
                string full = Path.GetFullPath(path);
                if (File.Exists(full))
                {
                    files.Add(full);
                }
                else if (Directory.Exists(full))
                {
                    int before = files.Count;
                    Walk(full, files, listing, problems);
                    if (files.Count == before)
                    {
                        problems.Add($"no topology file (*{string.Join(", *", TopologyFiles.Suffixes)}) in '{path}'");
                    }
                }
                else
                {
                    missing = path;
                    return Array.Empty<string>();
                }
            }

            return files.ToList();
        }

        private static void Walk(string root, SortedSet<string> files, IDirectoryListing listing, List<string> notes)
        {
            var pending = new Stack<string>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                string directory = pending.Pop();
                string[] entries;
                string[] children;
                try
                {
                    entries = listing.Files(directory).Where(IsTopologyFile).ToArray();
                    children = listing.Subdirectories(directory).Where(c => !SkippedDirectories.Contains(Path.GetFileName(c))).ToArray();
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    notes.Add($"warning: cannot read directory '{directory}' ({ex.Message}); its topology files are not linted");
                    continue;
                }

                files.UnionWith(entries);
                foreach (string child in children)
                {
                    pending.Push(child);
                }
            }
        }

        private sealed class DiskListing : IDirectoryListing
        {
            public static readonly DiskListing Instance = new DiskListing();

            public IEnumerable<string> Files(string directory) => Directory.EnumerateFiles(directory);

            public IEnumerable<string> Subdirectories(string directory)
                => Directory.EnumerateDirectories(directory).Where(c => (new DirectoryInfo(c).Attributes & FileAttributes.ReparsePoint) == 0);
        }
    }
}
