using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Extensions.FileSystemGlobbing;
using TopologyLint.Loading;

namespace TopologyLint.Core.Tests.Rules.Testing
{
    /// <summary>
    /// Files held in memory, for tests that lint through the engine's one entry point without touching the
    /// disk. Paths are absolute under <see cref="Root"/>; a directory exists when a file lies below it or
    /// when it is added with <see cref="AddDirectory"/>.
    /// </summary>
    internal sealed class InMemoryFileSystem : ITopologyFileSystem
    {
        private static readonly UTF8Encoding Utf8WithoutBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        private readonly Dictionary<string, byte[]> _files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        private readonly HashSet<string> _directories = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>The directory relative paths are taken from; nothing exists outside it unless added.</summary>
        public static string Root { get; } = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "topolint-in-memory"));

        public static string PathOf(string relativePath) => Path.GetFullPath(Path.Combine(Root, relativePath));

        /// <summary>Adds a file as UTF-8 without a byte order mark; returns its absolute path.</summary>
        public string Add(string relativePath, string text) => AddBytes(relativePath, Utf8WithoutBom.GetBytes(text));

        public string AddBytes(string relativePath, byte[] bytes)
        {
            string path = PathOf(relativePath);
            _files[path] = bytes;
            return path;
        }

        public string AddDirectory(string relativePath)
        {
            string path = PathOf(relativePath);
            _directories.Add(path);
            return path;
        }

        public FileEntry GetEntry(string path)
        {
            if (_files.TryGetValue(path, out byte[]? bytes))
            {
                return new FileEntry(FileEntryKind.File, bytes.Length);
            }

            return IsDirectory(path) ? new FileEntry(FileEntryKind.Directory, 0) : new FileEntry(FileEntryKind.Missing, 0);
        }

        public byte[] ReadAllBytes(string path, long maxBytes)
            => _files.TryGetValue(path, out byte[]? bytes) ? bytes.Take((int)Math.Min(bytes.Length, maxBytes + 1)).ToArray() : throw new FileNotFoundException("No such file in memory", path);

        public string GetRealPath(string path) => path;

        public IReadOnlyList<string> Glob(string directory, string pattern)
        {
            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddInclude(pattern);
            return matcher.Match(directory, _files.Keys)
                .Files
                .Select(match => Path.GetFullPath(Path.Combine(directory, match.Path)))
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();
        }

        private bool IsDirectory(string path)
        {
            string prefix = path.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            return _directories.Contains(path.TrimEnd(Path.DirectorySeparatorChar))
                || _directories.Any(d => d.StartsWith(prefix, StringComparison.Ordinal))
                || _files.Keys.Any(f => f.StartsWith(prefix, StringComparison.Ordinal));
        }
    }
}
