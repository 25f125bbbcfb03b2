using System;
using System.Collections.Generic;
using TopologyLint.Loading;

namespace TopologyLint.LanguageServer.Workspace
{
    /// <summary>
    /// The files a lint sees: the editor's open buffers (at the versions of one snapshot) first, then the disk.
    /// A fragment edited and not saved is linted as the editor shows it. Files on disk keep the disk's stamps, so an
    /// unchanged file is not read again; a buffer has none (its bytes are encoded once per version and compared).
    /// </summary>
    internal sealed class OverlayFileSystem : ITopologyFileSystem, IFileStamps
    {
        private readonly IReadOnlyDictionary<string, OpenDocument> _buffers;
        private readonly ITopologyFileSystem _disk;

        public OverlayFileSystem(IReadOnlyDictionary<string, OpenDocument> buffers, ITopologyFileSystem disk)
        {
            _buffers = buffers;
            _disk = disk;
        }

        public FileEntry GetEntry(string path)
            => _buffers.TryGetValue(path, out OpenDocument? buffer)
                ? new FileEntry(FileEntryKind.File, 0) // Its byte length is known once encoded; the loader checks it then.
                : _disk.GetEntry(path);

        public byte[] ReadAllBytes(string path, long maxBytes)
        {
            if (!_buffers.TryGetValue(path, out OpenDocument? buffer))
            {
                return _disk.ReadAllBytes(path, maxBytes);
            }

            // The loader refuses more than maxBytes (TL0001); encoding an over-long buffer whole is what the disk read avoids, so stop one past.
            return buffer.Text.Length > maxBytes + 1
                ? OpenDocument.Encode(buffer.Text, (int)Math.Min(int.MaxValue, maxBytes + 1))
                : buffer.Utf8Bytes;
        }

        public bool TryGetStamp(string path, out FileStamp stamp)
        {
            stamp = default;
            return !_buffers.ContainsKey(path) && _disk is IFileStamps stamps && stamps.TryGetStamp(path, out stamp);
        }

        public string GetRealPath(string path)
            => _buffers.ContainsKey(path) && _disk.GetEntry(path).Kind == FileEntryKind.Missing ? path : _disk.GetRealPath(path);

        public IReadOnlyList<string> Glob(string directory, string pattern) => _disk.Glob(directory, pattern);
    }
}
