using System;
using System.IO;

namespace TopologyLint.Core.Tests
{
    /// <summary>The checkout the tests run from: the nearest directory above the test binaries that holds TopologyLint.sln.</summary>
    internal static class RepositoryRoot
    {
        public static string Path { get; } = Find();

        public static string Combine(params string[] parts) => System.IO.Path.Combine(Path, System.IO.Path.Combine(parts));

        private static string Find()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "TopologyLint.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("No TopologyLint.sln above " + AppContext.BaseDirectory);
        }
    }
}
