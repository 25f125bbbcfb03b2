using System;
using System.IO;
using System.Reflection;

namespace TopologyLint.Loading
{
    /// <summary>Resolves symbolic links in a path, component by component, so an include cannot leave the root through one.</summary>
    internal static class SymbolicLinks
    {
        /// <summary>As many links as Linux follows in one path (its ELOOP limit); more means a cycle.</summary>
        private const int MaxLinks = 40;

        // netstandard2.0 has no FileSystemInfo.LinkTarget (.NET 6+); the runtime that hosts us usually does.
        private static readonly PropertyInfo? LinkTargetProperty = typeof(FileSystemInfo).GetProperty("LinkTarget");

        /// <summary>The path with every link in it resolved; an IOException when the links form a cycle.</summary>
        public static string Resolve(string path)
        {
            string pending = Path.GetFullPath(path);
            for (int linksFollowed = 0; ; linksFollowed++)
            {
                (string resolved, string? rest) = ResolveUpToFirstLink(pending);
                if (rest == null)
                {
                    return resolved;
                }

                if (linksFollowed == MaxLinks)
                {
                    throw new IOException($"Too many levels of symbolic links in '{path}' (a link cycle)");
                }

                pending = rest;
            }
        }

        /// <summary>Walks the path's components; at the first link, returns the path with that link replaced by its target.</summary>
        private static (string Resolved, string? Remaining) ResolveUpToFirstLink(string full)
        {
            string root = Path.GetPathRoot(full) ?? string.Empty;
            string resolved = root;
            string[] parts = full.Substring(root.Length).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < parts.Length; i++)
            {
                string candidate = Path.Combine(resolved, parts[i]);
                string? target = LinkTarget(candidate);
                if (target != null)
                {
                    // A relative target is relative to the link's directory; Combine keeps an absolute one as it is.
                    string next = Path.GetFullPath(Path.Combine(resolved, target));
                    string rest = string.Join(Path.DirectorySeparatorChar.ToString(), parts, i + 1, parts.Length - i - 1);
                    return (resolved, rest.Length > 0 ? Path.Combine(next, rest) : next);
                }

                resolved = candidate;
            }

            return (resolved, null);
        }

        private static string? LinkTarget(string path)
        {
            if (LinkTargetProperty == null)
            {
                return null;
            }

            try
            {
                // LinkTarget is null for a path that is not a link, including one that does not exist.
                return LinkTargetProperty.GetValue(new FileInfo(path)) as string;
            }
            catch (TargetInvocationException ex) when (ex.InnerException is IOException || ex.InnerException is UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}
