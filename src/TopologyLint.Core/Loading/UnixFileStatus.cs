using System;
using System.Runtime.InteropServices;
using System.Text;

namespace TopologyLint.Loading
{
    /// <summary>
    /// The file type of a path on Unix, from stat(2), without opening the file: opening a FIFO for reading
    /// blocks until a writer comes, and a device such as /dev/zero never ends, yet .NET reports both as
    /// ordinary files (netstandard2.0 has no API for the file type). The call goes to the .NET runtime's own
    /// native shim (libSystem.Native, which every .NET Core and .NET 5+ runtime on Unix ships), whose
    /// FileStatus layout and file-type constants are the runtime's, not the platform's, so they do not vary
    /// with the C library or CPU. Where the shim is absent (.NET Framework on Windows, which has no FIFOs or
    /// devices inside a directory tree), the caller falls back to the managed checks.
    /// </summary>
    internal static class UnixFileStatus
    {
        // FileStatus is { int32 Flags; int32 Mode; int32 Uid; int32 Gid; int64 Size; ... }; this buffer is larger than any version of it.
        private const int StatusBufferSize = 512;
        private const int ModeOffset = 4;
        private const int SizeOffset = 16;

        // The runtime shim's own constants (pal_io.h), the same on every Unix.
        private const int TypeMask = 0xF000;
        private const int TypeDirectory = 0x4000;
        private const int TypeRegular = 0x8000;

        private static bool s_unavailable = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

        /// <summary>False when the type cannot be asked for here; otherwise the entry, following symbolic links.</summary>
        public static bool TryGetEntry(string path, out FileEntry entry)
        {
            entry = default;
            if (s_unavailable)
            {
                return false;
            }

            var status = new byte[StatusBufferSize];
            try
            {
                if (Stat(NullTerminatedUtf8(path), status) != 0)
                {
                    // No such file, a dangling link or a link loop: nothing that can be read.
                    entry = new FileEntry(FileEntryKind.Missing, 0);
                    return true;
                }
            }
            catch (Exception ex) when (ex is DllNotFoundException || ex is EntryPointNotFoundException)
            {
                s_unavailable = true;
                return false;
            }

            switch (BitConverter.ToInt32(status, ModeOffset) & TypeMask)
            {
                case TypeRegular:
                    entry = new FileEntry(FileEntryKind.File, BitConverter.ToInt64(status, SizeOffset));
                    break;
                case TypeDirectory:
                    entry = new FileEntry(FileEntryKind.Directory, 0);
                    break;
                default:
                    entry = new FileEntry(FileEntryKind.Special, 0);
                    break;
            }

            return true;
        }

        private static byte[] NullTerminatedUtf8(string path)
        {
            var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
            Encoding.UTF8.GetBytes(path, 0, path.Length, bytes, 0);
            return bytes;
        }

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
        private static extern int Stat(byte[] path, [Out] byte[] status);
    }
}
