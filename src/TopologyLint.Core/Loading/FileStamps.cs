using System;

namespace TopologyLint.Loading
{
    /// <summary>A regular file's length and last write time: what tells, without reading the file, that it has not changed.</summary>
    public readonly struct FileStamp : IEquatable<FileStamp>
    {
        public FileStamp(long length, DateTime lastWriteTimeUtc)
        {
            Length = length;
            LastWriteTimeUtc = lastWriteTimeUtc;
        }

        public long Length { get; }

        public DateTime LastWriteTimeUtc { get; }

        public static bool operator ==(FileStamp left, FileStamp right) => left.Equals(right);

        public static bool operator !=(FileStamp left, FileStamp right) => !left.Equals(right);

        public bool Equals(FileStamp other) => Length == other.Length && LastWriteTimeUtc == other.LastWriteTimeUtc;

        public override bool Equals(object? obj) => obj is FileStamp other && Equals(other);

        public override int GetHashCode() => Length.GetHashCode() ^ LastWriteTimeUtc.GetHashCode();
    }

    /// <summary>
    /// A file system that can stamp a file without reading it (the disk: one stat), which a
    /// <see cref="LoadedDocumentCache"/> compares, as MSBuild compares timestamps, to reuse a tree without reading
    /// its file again. Optional: the files of a file system without stamps (the analyzer's AdditionalFiles, an
    /// editor's buffers) are read on every lint and compared byte for byte.
    /// </summary>
    public interface IFileStamps
    {
        /// <summary>The stamp of a regular file (following symbolic links); false for anything else, or when it cannot be told.</summary>
        bool TryGetStamp(string path, out FileStamp stamp);
    }
}
