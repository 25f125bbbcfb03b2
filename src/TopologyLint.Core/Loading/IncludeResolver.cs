using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using TopologyLint.Analysis;
using TopologyLint.Syntax;

namespace TopologyLint.Loading
{
    /// <summary>
    /// Loads the fragments a root document includes, in include order, refusing (TL0005) any that
    /// is missing, leaves the root document's directory, forms a cycle or is not a fragment.
    /// </summary>
    internal sealed class IncludeResolver
    {
        private static readonly char[] GlobCharacters = { '*', '?', '[' };

        /// <summary>The only keys a fragment may hold, besides <c>x-</c> extension keys.</summary>
        public static readonly IReadOnlyCollection<string> FragmentKeys = new[] { "sites", "pools", "reverseProxies", "pstn", "gateways", "trunks", "clients", "users" };

        /// <summary>The keys the schema requires of a topology, which a fragment never has.</summary>
        private static readonly IReadOnlyCollection<string> RootOnlyKeys = new[] { "topology", "product", "sipDomains" };

        private static readonly StringComparison PathComparison = Engine.TopologyFiles.PathComparison;

        private readonly ITopologyFileSystem _fileSystem;
        private readonly LoaderLimits _limits;
        private readonly DiagnosticSink _sink;
        private readonly LoadedDocumentCache? _cache;
        private readonly CancellationToken _cancellationToken;

        public IncludeResolver(ITopologyFileSystem fileSystem, LoaderLimits limits, DiagnosticSink sink, LoadedDocumentCache? cache = null, CancellationToken cancellationToken = default)
        {
            _fileSystem = fileSystem;
            _limits = limits;
            _sink = sink;
            _cache = cache;
            _cancellationToken = cancellationToken;
        }

        public List<LoadedDocument> LoadFragments(LoadedDocument root)
        {
            var fragments = new List<LoadedDocument>();
            if (root.Root is not MappingNode rootMapping || rootMapping["include"] is not SequenceNode includes)
            {
                return fragments;
            }

            string rootPath = root.File.Path;
            string rootDirectory = EnsureTrailingSeparator(_fileSystem.GetRealPath(Path.GetDirectoryName(rootPath)!));
            string rootReal = _fileSystem.GetRealPath(rootPath);
            var seen = new HashSet<string>(Engine.TopologyFiles.PathComparer) { rootReal };
            foreach (DocumentNode item in includes.Items)
            {
                if (item is not ScalarNode { Type: ScalarType.String } include || include.Value.Length == 0)
                {
                    continue; // The schema check reports an include that is not a path.
                }

                foreach (string path in Resolve(include, Path.GetDirectoryName(rootPath)!))
                {
                    if (!TryGetRealPath(include, path, out string real))
                    {
                        continue;
                    }

                    if (!IsInside(real, rootDirectory))
                    {
                        Report(include, $"Include '{include.Value}' resolves to '{real}', outside the root document's directory; it is not read");
                    }
                    else if (!seen.Add(real))
                    {
                        Report(include, string.Equals(real, rootReal, PathComparison)
                            ? $"Include '{include.Value}' includes the root document itself, a cycle; it is not read"
                            : $"Include '{include.Value}' names '{path}', which is already included; it is not read again");
                    }
                    else if (fragments.Count >= _limits.MaxIncludedFiles)
                    {
                        Report(include, $"More than {_limits.MaxIncludedFiles} files are included (LoaderLimits.MaxIncludedFiles); '{path}' and the rest are not read");
                        return fragments;
                    }
                    else if (LoadFragment(include, path) is { } fragment)
                    {
                        fragments.Add(fragment);
                    }
                }
            }

            return fragments;
        }

        private static string EnsureTrailingSeparator(string directory)
            => directory.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? directory : directory + Path.DirectorySeparatorChar;

        /// <summary>True for a path in or below the directory (given with a trailing separator), and for the directory itself.</summary>
        private static bool IsInside(string path, string directory) => EnsureTrailingSeparator(path).StartsWith(directory, PathComparison);

        private static bool IsGlob(string pattern) => pattern.IndexOfAny(GlobCharacters) >= 0;

        private IEnumerable<string> Resolve(ScalarNode include, string baseDirectory)
        {
            string pattern = include.Value;
            if (pattern.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            {
                // A YAML or JSON escape can put a NUL (or, on Windows, '|', '<' ...) in a string; no path holds one.
                Report(include, "Include is not a valid path: it holds a character no path may hold (such as NUL)");
                return Array.Empty<string>();
            }

            if (Path.IsPathRooted(pattern))
            {
                Report(include, $"Include '{pattern}' is an absolute path; includes are relative to the including file");
                return Array.Empty<string>();
            }

            if (IsGlob(pattern))
            {
                if (Array.IndexOf(pattern.Split('/', '\\'), "..") >= 0)
                {
                    // A glob is matched against the files below the root document's directory only.
                    Report(include, $"Include '{pattern}' is a glob that climbs out with '..'; a glob matches files below the including file's directory");
                    return Array.Empty<string>();
                }

                IReadOnlyList<string> matches = _fileSystem.Glob(baseDirectory, pattern);
                if (matches.Count == 0)
                {
                    Report(include, $"Include '{pattern}' matches no file");
                }

                return matches;
            }

            string path = Path.GetFullPath(Path.Combine(baseDirectory, pattern));
            if (!IsInside(path, EnsureTrailingSeparator(baseDirectory)))
            {
                // Refused on the name alone: whatever lies outside is not looked at.
                Report(include, $"Include '{pattern}' resolves to '{path}', outside the root document's directory; it is not read");
                return Array.Empty<string>();
            }

            return new[] { path };
        }

        /// <summary>The path with links resolved; false, reported, when its links form a cycle.</summary>
        private bool TryGetRealPath(ScalarNode include, string path, out string real)
        {
            try
            {
                real = _fileSystem.GetRealPath(path);
                return true;
            }
            catch (IOException ex)
            {
                Report(include, $"Include '{include.Value}' cannot be resolved: {ex.Message.TrimEnd('.')}; it is not read");
                real = string.Empty;
                return false;
            }
        }

        private LoadedDocument? LoadFragment(ScalarNode include, string path)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            LoadedDocument? fragment = FileReader.TryLoad(_fileSystem, path, _limits, _sink, _cache, _cancellationToken, out string? refusal);
            if (fragment == null)
            {
                Report(include, $"Include '{include.Value}' cannot be used: {refusal}");
                return null;
            }

            if (fragment.Root == null)
            {
                return null; // The loader reported why (TL0001).
            }

            if (fragment.Root is not MappingNode mapping)
            {
                Report(include, $"Include '{include.Value}' is not a valid fragment: a fragment is a mapping of {string.Join(", ", FragmentKeys)}");
                return null;
            }

            CheckFragmentKeys(mapping, _sink);
            return fragment;
        }

        /// <summary>Reports (TL0005) each key a fragment may not hold.</summary>
        public static void CheckFragmentKeys(MappingNode fragment, DiagnosticSink sink)
        {
            foreach (MappingEntry entry in fragment.Entries)
            {
                string key = entry.KeyText;
                if (!IsFragmentKey(key))
                {
                    sink.Report(DocumentDiagnostics.Include, entry.Key, $"'{key}' is not allowed in an include fragment, which holds only {string.Join(", ", FragmentKeys)}");
                }
            }
        }

        /// <summary>
        /// A document that is an include fragment, not a topology: a mapping with at least one of the fragment's
        /// lists and none of the keys a topology requires (<see cref="RootOnlyKeys"/>).
        /// </summary>
        public static bool IsFragmentShaped(DocumentNode? root)
            => root is MappingNode mapping
                && mapping.Entries.Any(e => ((ICollection<string>)FragmentKeys).Contains(e.KeyText))
                && !mapping.Entries.Any(e => ((ICollection<string>)RootOnlyKeys).Contains(e.KeyText));

        /// <summary>A fragment's list keys, <c>x-</c> extensions, and <c>$schema</c>, where JSON editors look for the schema.</summary>
        private static bool IsFragmentKey(string key)
            => key.StartsWith("x-", StringComparison.Ordinal) || key == "$schema" || ((ICollection<string>)FragmentKeys).Contains(key);

        private void Report(DocumentNode at, string message)
            => _sink.Report(DocumentDiagnostics.Include, at, message);
    }
}
