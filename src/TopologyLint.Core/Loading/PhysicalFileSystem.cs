using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace TopologyLint.Loading
{
    /// <summary>The disk, for hosts that may read it (CLI, MSBuild task).</summary>
    public sealed class PhysicalFileSystem : ITopologyFileSystem
    {
        public static PhysicalFileSystem Instance { get; } = new PhysicalFileSystem();

        public bool FileExists(string path) => File.Exists(path);

        public bool DirectoryExists(string path) => Directory.Exists(path);

        public byte[] ReadAllBytes(string path) => File.ReadAllBytes(path);

        public string GetRealPath(string path) => SymbolicLinks.Resolve(path);

        public IReadOnlyList<string> Glob(string directory, string pattern)
        {
            if (!Directory.Exists(directory))
            {
                return Array.Empty<string>();
            }

            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddInclude(pattern);
            return matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(directory)))
                .Files
                .Select(f => Path.GetFullPath(Path.Combine(directory, f.Path)))
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();
        }
    }
}
