using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using TopologyLint.Loading;

namespace TopologyLint.Cli
{
    /// <summary>
    /// Writes a report or baseline file so that no failure leaves half of one, and without replacing what the
    /// path names when that is not a plain file: a symbolic link is written through (the link stays), a FIFO or
    /// device is written to directly. A regular file is replaced by renaming a temporary file over it; the
    /// temporary file's name is derived from the target (<see cref="TemporaryPath"/>), so a run killed before the
    /// rename leaves at most one, which the next run reuses and removes. Ctrl+C and SIGTERM remove it as well.
    /// </summary>
    internal static class ReportFile
    {
        private static string? s_temporaryBeingWritten;

        /// <summary>The temporary file beside a regular file target: hidden, one per target.</summary>
        public static string TemporaryPath(string target)
            => Path.Combine(Path.GetDirectoryName(target) ?? ".", "." + Path.GetFileName(target) + ".topolint-tmp");

        /// <summary>
        /// Writes the file <paramref name="path"/> names. With <paramref name="replaceExisting"/> false, a regular file
        /// that exists by the time of the rename is left as it is and the write fails (the rename does not replace).
        /// </summary>
        public static bool TryWrite(string path, Action<TextWriter> write, out string? error, bool replaceExisting = true)
        {
            try
            {
                string full = Path.GetFullPath(path);

                // Asked through the links: /dev/stdout is a link to a terminal, pipe or file, and only a file may be replaced.
                switch (PhysicalFileSystem.Instance.GetEntry(full).Kind)
                {
                    case FileEntryKind.Directory:
                        error = "it is a directory";
                        return false;
                    case FileEntryKind.Special:
                        return TryWriteDirectly(full, write, out error);
                    default:
                        return TryReplace(ThroughLinks(full), write, replaceExisting, out error);
                }
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                error = ex.Message;
                return false;
            }
        }

        /// <summary>
        /// What the signal handlers call: removes the temporary file being written, if any. The process then
        /// ends as the signal asks; the target is untouched.
        /// </summary>
        internal static void RemoveTemporaryFile()
        {
            string? temporary = Interlocked.Exchange(ref s_temporaryBeingWritten, null);
            if (temporary != null)
            {
                TryDelete(temporary);
            }
        }

        /// <summary>The file a chain of symbolic links ends at (which need not exist yet), or the path itself.</summary>
        private static string ThroughLinks(string path)
        {
            try
            {
                return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
            }
            catch (Exception ex) when (ex is FileNotFoundException || ex is DirectoryNotFoundException)
            {
                return path; // A new file (or a missing directory, which the write reports).
            }
        }

        /// <summary>A FIFO, character device or other non-regular file: opened for writing as it is, never replaced or truncated.</summary>
        private static bool TryWriteDirectly(string target, Action<TextWriter> write, out string? error)
        {
            try
            {
                using (var stream = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
                using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
                {
                    write(writer);
                }

                error = null;
                return true;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException)
            {
                error = ex.Message;
                return false;
            }
        }

        private static bool TryReplace(string target, Action<TextWriter> write, bool replaceExisting, out string? error)
        {
            // Beside the target, so the rename stays on one file system and is atomic.
            string temporary = TemporaryPath(target);
            bool renamed = false;
            Volatile.Write(ref s_temporaryBeingWritten, temporary);
            using PosixSignalRegistration? interrupt = OnSignal(PosixSignal.SIGINT);
            using PosixSignalRegistration? terminate = OnSignal(PosixSignal.SIGTERM);
            try
            {
                // FileMode.Create: a leftover of a killed run is truncated and reused.
                using (var writer = new StreamWriter(new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None), new UTF8Encoding(false)))
                {
                    write(writer);
                }

                File.Move(temporary, target, overwrite: replaceExisting);
                renamed = true;
                error = null;
                return true;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is ArgumentException)
            {
                // The user named the report, not the temporary file beside it.
                error = ex is DirectoryNotFoundException
                    ? $"the directory '{Path.GetDirectoryName(target)}' does not exist"
                    : ex.Message.Replace(temporary, target);
                return false;
            }
            finally
            {
                // Also when the report itself failed with an unexpected exception: no temporary file is left behind.
                Volatile.Write(ref s_temporaryBeingWritten, null);
                if (!renamed)
                {
                    TryDelete(temporary);
                }
            }
        }

        /// <summary>Null where the platform has no such signal; the handler does not cancel it, so the process still ends.</summary>
        private static PosixSignalRegistration? OnSignal(PosixSignal signal)
        {
            try
            {
                return PosixSignalRegistration.Create(signal, _ => RemoveTemporaryFile());
            }
            catch (PlatformNotSupportedException)
            {
                return null;
            }
        }

        private static void TryDelete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // Nothing more can be done; the original file is untouched either way.
            }
        }
    }
}
