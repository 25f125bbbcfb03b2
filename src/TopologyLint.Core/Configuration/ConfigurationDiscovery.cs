using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace TopologyLint.Configuration
{
    /// <summary>
    /// Finds the configuration files a host that may read the disk should pass to
    /// <see cref="EditorConfigConfiguration"/>: every <c>.editorconfig</c> from each linted file's directory up to
    /// the filesystem root (stopping after one that says <c>root = true</c>), and the nearest <c>.globalconfig</c>
    /// at or above one start directory, as the .NET SDK looks for it above a project's directory.
    /// </summary>
    public static class ConfigurationDiscovery
    {
        public const string EditorConfigFileName = ".editorconfig";
        public const string GlobalConfigFileName = ".globalconfig";

        // Only the preamble (before the first section) can declare root; Roslyn reads the same line.
        private static readonly Regex RootDeclaration = new Regex(@"^\s*root\s*[=:]\s*true\s*([#;].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        /// <summary>Reads the configuration files for <paramref name="lintedFiles"/> (absolute paths). Throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when one cannot be read.</summary>
        public static IReadOnlyList<ConfigurationFile> Find(IEnumerable<string> lintedFiles, string globalConfigStartDirectory)
        {
            var found = new List<ConfigurationFile>();
            var visited = new HashSet<string>(Engine.TopologyFiles.PathComparer);
            foreach (string file in lintedFiles)
            {
                for (string? directory = Path.GetDirectoryName(Path.GetFullPath(file)); directory != null; directory = Path.GetDirectoryName(directory))
                {
                    if (!visited.Add(directory))
                    {
                        // An earlier file's walk went on from here already (or stopped at a root here).
                        break;
                    }

                    string candidate = Path.Combine(directory, EditorConfigFileName);
                    if (File.Exists(candidate))
                    {
                        string text = File.ReadAllText(candidate);
                        found.Add(new ConfigurationFile(candidate, text));
                        if (DeclaresRoot(text))
                        {
                            break;
                        }
                    }
                }
            }

            for (string? directory = Path.GetFullPath(globalConfigStartDirectory); directory != null; directory = Path.GetDirectoryName(directory))
            {
                string candidate = Path.Combine(directory, GlobalConfigFileName);
                if (File.Exists(candidate))
                {
                    found.Add(new ConfigurationFile(candidate, File.ReadAllText(candidate)));
                    break;
                }
            }

            return found;
        }

        /// <summary>Whether an <c>.editorconfig</c>'s preamble says <c>root = true</c>, so no file above it applies.</summary>
        public static bool DeclaresRoot(string editorConfigText)
        {
            foreach (string line in editorConfigText.Split('\n'))
            {
                string trimmed = line.Trim();
                if (trimmed.StartsWith("[", StringComparison.Ordinal))
                {
                    return false;
                }

                if (RootDeclaration.IsMatch(trimmed))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
