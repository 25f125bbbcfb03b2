using System;
using System.IO;

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
        {
            try
            {
                FileEntry entry = fileSystem.GetEntry(path);
                switch (entry.Kind)
                {
                    case FileEntryKind.Missing:
                        refusal = "it does not exist";
                        return null;
                    case FileEntryKind.Directory:
                        refusal = "it is a directory";
                        return null;
                    case FileEntryKind.Special:
                        refusal = "it is not a regular file (a device, FIFO or socket), so it is not read";
                        return null;
                }

                if (entry.Length > limits.MaxFileBytes)
                {
                    refusal = TooLarge(entry.Length, limits);
                    return null;
                }

                refusal = null;
                return fileSystem.ReadAllBytes(path, limits.MaxFileBytes);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is ArgumentException)
            {
                refusal = "it cannot be read: " + ex.Message.TrimEnd('.');
                return null;
            }
        }

        public static string TooLarge(long length, LoaderLimits limits)
            => $"it is {length} bytes, over the limit of {limits.MaxFileBytes} bytes (LoaderLimits.MaxFileBytes), so it is not read";
    }
}
