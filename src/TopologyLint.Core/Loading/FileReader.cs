using System;
using System.IO;
using System.Threading;
using TopologyLint.Analysis;

namespace TopologyLint.Loading
{
    /// <summary>
    /// Reads a root document or a fragment only when it is a regular file within the size limit; anything
    /// else is refused with a reason, before a byte of it is read.
    /// </summary>
    internal static class FileReader
    {
        /// <summary>The file's bytes, or null with <paramref name="refusal"/> saying why it was not read.</summary>
        public static byte[]? TryRead(ITopologyFileSystem fileSystem, string path, LoaderLimits limits, out string? refusal)
            => IsReadable(fileSystem, path, limits, out refusal) ? TryReadBytes(fileSystem, path, limits, out refusal) : null;

        /// <summary>
        /// The file's tree, or null with <paramref name="refusal"/> saying why it was not read. With a
        /// <paramref name="cache"/>, a file whose bytes are those of the tree kept for its path is not parsed again,
        /// and one whose stamp is the one it had then (<see cref="IFileStamps"/>) is not even read.
        /// </summary>
        public static LoadedDocument? TryLoad(ITopologyFileSystem fileSystem, string path, LoaderLimits limits, DiagnosticSink sink, LoadedDocumentCache? cache, CancellationToken cancellationToken, out string? refusal)
        {
            if (!IsReadable(fileSystem, path, limits, out refusal))
            {
                return null;
            }

            // Stamped before the read: a write after this moment gives the file another stamp.
            FileStamp? stamp = cache == null ? null : LoadedDocumentCache.SettledStamp(fileSystem, path);
            if (cache?.TryReuse(path, stamp, limits, sink) is { } unchanged)
            {
                return unchanged;
            }

            byte[]? bytes = TryReadBytes(fileSystem, path, limits, out refusal);
            return bytes == null ? null
                : cache == null ? DocumentLoader.Load(path, bytes, limits, sink, cancellationToken)
                : cache.Load(path, bytes, stamp, limits, sink, cancellationToken);
        }

        public static string TooLarge(long length, LoaderLimits limits)
            => $"it is {length} bytes, over the limit of {limits.MaxFileBytes} bytes (LoaderLimits.MaxFileBytes), so it is not read";

        /// <summary>Whether the path is a regular file within the size limit, asked without opening it; false with the reason.</summary>
        private static bool IsReadable(ITopologyFileSystem fileSystem, string path, LoaderLimits limits, out string? refusal)
        {
            try
            {
                FileEntry entry = fileSystem.GetEntry(path);
                refusal = entry.Kind switch
                {
                    FileEntryKind.Missing => "it does not exist",
                    FileEntryKind.Directory => "it is a directory",
                    FileEntryKind.Special => "it is not a regular file (a device, FIFO or socket), so it is not read",
                    _ => entry.Length > limits.MaxFileBytes ? TooLarge(entry.Length, limits) : null,
                };
            }
            catch (Exception ex) when (IsReadFailure(ex))
            {
                refusal = CannotRead(ex);
            }

            return refusal == null;
        }

        private static byte[]? TryReadBytes(ITopologyFileSystem fileSystem, string path, LoaderLimits limits, out string? refusal)
        {
            try
            {
                refusal = null;
                return fileSystem.ReadAllBytes(path, limits.MaxFileBytes);
            }
            catch (Exception ex) when (IsReadFailure(ex))
            {
                refusal = CannotRead(ex);
                return null;
            }
        }

        private static bool IsReadFailure(Exception ex)
            => ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is ArgumentException;

        private static string CannotRead(Exception ex) => "it cannot be read: " + ex.Message.TrimEnd('.');
    }
}
