using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;

namespace TopologyLint.Loading
{
    /// <summary>The disk, for hosts that may read it (CLI, MSBuild task).</summary>
    public sealed class PhysicalFileSystem : ITopologyFileSystem, IFileStamps
    {
        private const int ReadChunk = 81920;

        public static PhysicalFileSystem Instance { get; } = new PhysicalFileSystem();

        public FileEntry GetEntry(string path)
        {
            if (UnixFileStatus.TryGetEntry(path, out FileEntry entry))
            {
                return entry;
            }

            if (Directory.Exists(path))
            {
                return new FileEntry(FileEntryKind.Directory, 0);
            }

            var info = new FileInfo(path);
            return info.Exists ? new FileEntry(FileEntryKind.File, info.Length) : new FileEntry(FileEntryKind.Missing, 0);
        }

        public bool TryGetStamp(string path, out FileStamp stamp)
        {
            try
            {
                var info = new FileInfo(path);
                if (info.Exists && (info.Attributes & (FileAttributes.Directory | FileAttributes.Device)) == 0)
                {
                    stamp = new FileStamp(info.Length, info.LastWriteTimeUtc);
                    return true;
                }
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is ArgumentException)
            {
                // Unstamped: the file is read and compared as it would be without stamps.
            }

            stamp = default;
            return false;
        }

        public byte[] ReadAllBytes(string path, long maxBytes)
        {
            long limit = maxBytes < long.MaxValue ? maxBytes + 1 : maxBytes;
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 1);

            // Straight into an array of the size the file has now: for a large file, a growing buffer and
            // its final copy were two more large-object allocations, enough to set off a full collection.
            var bytes = new byte[(int)Math.Min(Math.Min(stream.CanSeek ? stream.Length : 0, limit), int.MaxValue)];
            int filled = 0;
            int read;
            while (filled < bytes.Length && (read = stream.Read(bytes, filled, bytes.Length - filled)) > 0)
            {
                filled += read;
            }

            if (filled < bytes.Length)
            {
                // The file shrank since its length was read.
                Array.Resize(ref bytes, filled);
                return bytes;
            }

            var probe = new byte[1];
            if (filled >= limit || stream.Read(probe, 0, 1) == 0)
            {
                return bytes;
            }

            // The file grew since its length was read: the rest too, up to the limit.
            using var grown = new MemoryStream();
            grown.Write(bytes, 0, filled);
            grown.Write(probe, 0, 1);
            var chunk = new byte[ReadChunk];
            while (grown.Length < limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - grown.Length))) > 0)
            {
                grown.Write(chunk, 0, read);
            }

            return grown.ToArray();
        }

        public string GetRealPath(string path) => SymbolicLinks.Resolve(path);

        public IReadOnlyList<string> Glob(string directory, string pattern)
        {
            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddInclude(pattern);
            return matcher.Match(directory, FilesUnder(directory))
                .Files
                .Select(f => Path.GetFullPath(Path.Combine(directory, f.Path)))
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>
        /// Every file below a directory, walked with an explicit stack. Symbolic links to directories are
        /// not descended into: a link back up (<c>loop -> ..</c>) would make <c>**</c> walk forever, and
        /// one pointing out of the root would walk the rest of the disk. Linked files are listed; the
        /// include check refuses those that resolve outside the root.
        /// </summary>
        private static IEnumerable<string> FilesUnder(string directory)
        {
            var pending = new Stack<DirectoryInfo>();
            pending.Push(new DirectoryInfo(directory));
            while (pending.Count > 0)
            {
                DirectoryInfo current = pending.Pop();
                FileSystemInfo[] entries;
                try
                {
                    entries = current.GetFileSystemInfos();
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    continue; // An unreadable directory holds no file an include could use.
                }

                foreach (FileSystemInfo entry in entries)
                {
                    if (entry is DirectoryInfo subdirectory)
                    {
                        if ((entry.Attributes & FileAttributes.ReparsePoint) == 0)
                        {
                            pending.Push(subdirectory);
                        }
                    }
                    else
                    {
                        yield return entry.FullName;
                    }
                }
            }
        }
    }
}
