using System.Collections.Generic;

namespace TopologyLint.Loading
{
    /// <summary>What a path names, as far as the engine cares.</summary>
    public enum FileEntryKind
    {
        /// <summary>Nothing: the path does not exist (or is a dangling link).</summary>
        Missing,

        /// <summary>A regular file (after following symbolic links).</summary>
        File,

        Directory,

        /// <summary>A device, FIFO or socket: never read, since reading one can block forever or never end.</summary>
        Special,
    }

    /// <summary>The kind and size of a path, found without opening it.</summary>
    public readonly struct FileEntry
    {
        public FileEntry(FileEntryKind kind, long length)
        {
            Kind = kind;
            Length = length;
        }

        public FileEntryKind Kind { get; }

        /// <summary>
        /// The file's length in bytes; 0 for anything but a regular file, and for a file whose length a host
        /// knows only by reading it (the loader checks the size of the bytes it reads as well).
        /// </summary>
        public long Length { get; }
    }

    /// <summary>
    /// The files the engine may read. The CLI and the MSBuild task use the disk; the Roslyn analyzer
    /// serves its AdditionalFiles (it may do no file IO of its own). Paths are absolute.
    /// </summary>
    public interface ITopologyFileSystem
    {
        /// <summary>What <paramref name="path"/> names, following symbolic links; asked before any read, so a huge file, a directory or a device is never opened.</summary>
        FileEntry GetEntry(string path);

        /// <summary>
        /// The file's bytes, reading at most <paramref name="maxBytes"/> + 1 of them: a file that grew after
        /// <see cref="GetEntry"/> (or misreports its length) still cannot make the engine read without bound.
        /// </summary>
        byte[] ReadAllBytes(string path, long maxBytes);

        /// <summary>The file's path with symbolic links resolved, to check that it stays inside the root.</summary>
        string GetRealPath(string path);

        /// <summary>Files under <paramref name="directory"/> that match a glob (<c>*</c>, <c>?</c>, <c>**</c>), in ordinal order.</summary>
        IReadOnlyList<string> Glob(string directory, string pattern);
    }
}
