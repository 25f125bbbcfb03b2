using System.Collections.Generic;

namespace TopologyLint.Loading
{
    /// <summary>
    /// The files the engine may read. The CLI and the MSBuild task use the disk; the Roslyn analyzer
    /// serves its AdditionalFiles (it may do no file IO of its own). Paths are absolute.
    /// </summary>
    public interface ITopologyFileSystem
    {
        bool FileExists(string path);

        bool DirectoryExists(string path);

        byte[] ReadAllBytes(string path);

        /// <summary>The file's path with symbolic links resolved, to check that it stays inside the root.</summary>
        string GetRealPath(string path);

        /// <summary>Files under <paramref name="directory"/> that match a glob (<c>*</c>, <c>?</c>, <c>**</c>), in ordinal order.</summary>
        IReadOnlyList<string> Glob(string directory, string pattern);
    }
}
