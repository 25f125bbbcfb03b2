using System.Collections.Generic;
using TopologyLint.Loading;

namespace TopologyLint.MSBuild
{
    /// <summary>
    /// The disk, noting every file the engine reads (roots and fragments, including a fragment it then refused),
    /// so the target can list them as inputs of the next incremental build. Roots are linted in parallel.
    /// </summary>
    internal sealed class ReadRecordingFileSystem : ITopologyFileSystem
    {
        private readonly ITopologyFileSystem _inner;
        private readonly HashSet<string> _read = new HashSet<string>(Engine.TopologyFiles.PathComparer);

        public ReadRecordingFileSystem(ITopologyFileSystem inner) => _inner = inner;

        /// <summary>The files read so far.</summary>
        public IReadOnlyCollection<string> Read
        {
            get
            {
                lock (_read)
                {
                    return new List<string>(_read);
                }
            }
        }

        public FileEntry GetEntry(string path) => _inner.GetEntry(path);

        public byte[] ReadAllBytes(string path, long maxBytes)
        {
            lock (_read)
            {
                _read.Add(path);
            }

            return _inner.ReadAllBytes(path, maxBytes);
        }

        public string GetRealPath(string path) => _inner.GetRealPath(path);

        public IReadOnlyList<string> Glob(string directory, string pattern) => _inner.Glob(directory, pattern);
    }
}
