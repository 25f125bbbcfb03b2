using System;
using System.IO;
using System.Text;

namespace TopologyLint.Cli
{
    /// <summary>Writes an output file through a temporary file and a rename, so a failure never leaves half a report.</summary>
    internal static class ReportFile
    {
        public static bool TryWrite(string path, Action<TextWriter> write, out string? error)
        {
            string full;
            try
            {
                full = Path.GetFullPath(path);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
            {
                error = ex.Message;
                return false;
            }

            // Beside the target, so the rename stays on one file system and is atomic.
            string temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            bool renamed = false;
            try
            {
                using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
                {
                    write(writer);
                }

                File.Move(temporary, full, overwrite: true);
                renamed = true;
                error = null;
                return true;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is ArgumentException)
            {
                // The user named the report, not the temporary file beside it.
                error = ex is DirectoryNotFoundException
                    ? $"the directory '{Path.GetDirectoryName(full)}' does not exist"
                    : ex.Message.Replace(temporary, full);
                return false;
            }
            finally
            {
                // Also when the report itself failed with an unexpected exception: no temporary file is left behind.
                if (!renamed)
                {
                    TryDelete(temporary);
                }
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
