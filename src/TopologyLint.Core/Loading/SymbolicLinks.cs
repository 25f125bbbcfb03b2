using System.IO;

namespace TopologyLint.Loading
{
    /// <summary>Resolves symbolic links in a path, component by component, so an include cannot leave the root through one.</summary>
    internal static class SymbolicLinks
    {
        private const int MaxLinks = 40;

        public static string Resolve(string path) => Resolve(path, 0);

        private static string Resolve(string path, int linksFollowed)
        {
            string full = Path.GetFullPath(path);
            string root = Path.GetPathRoot(full) ?? string.Empty;
            string resolved = root;
            string[] parts = full.Substring(root.Length).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, System.StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < parts.Length; i++)
            {
                string candidate = Path.Combine(resolved, parts[i]);
                string? target = LinkTarget(candidate);
                if (target != null && linksFollowed < MaxLinks)
                {
                    string next = Path.GetFullPath(Path.Combine(resolved, target));
                    string rest = string.Join(Path.DirectorySeparatorChar.ToString(), parts, i + 1, parts.Length - i - 1);
                    return Resolve(rest.Length > 0 ? Path.Combine(next, rest) : next, linksFollowed + 1);
                }

                resolved = candidate;
            }

            return resolved;
        }

        private static string? LinkTarget(string path)
        {
            var info = new FileInfo(path);
            if (!info.Exists && !Directory.Exists(path))
            {
                return null;
            }

            if ((info.Attributes & FileAttributes.ReparsePoint) == 0)
            {
                return null;
            }

            return ReadLink(path);
        }

        private static string? ReadLink(string path)
        {
            // netstandard2.0 has no FileSystemInfo.LinkTarget: ask the runtime that hosts us through reflection.
            System.Reflection.PropertyInfo? property = typeof(FileSystemInfo).GetProperty("LinkTarget");
            return property?.GetValue(new FileInfo(path)) as string;
        }
    }
}
