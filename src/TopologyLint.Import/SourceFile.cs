using System;
using System.IO;
using System.Text;

namespace TopologyLint.Import
{
    /// <summary>Reads an input file, turning every way of not being readable into one <see cref="ImportException"/> line.</summary>
    internal static class SourceFile
    {
        public static byte[] ReadAllBytes(string path, string name)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    throw new ImportException($"{name}: is a directory, not a file");
                }

                return File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is FileNotFoundException || ex is DirectoryNotFoundException)
            {
                throw new ImportException($"{name}: no such file", ex);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is ArgumentException)
            {
                throw new ImportException($"{name}: cannot be read: {ex.Message}", ex);
            }
        }

        /// <summary>
        /// Text as Windows PowerShell and PowerShell write it: UTF-8 with or without a BOM, or UTF-16 LE or BE with
        /// a BOM (Out-File's default in Windows PowerShell). Bytes that are not valid in that encoding are refused.
        /// </summary>
        public static string Decode(byte[] bytes, string name)
        {
            Encoding encoding;
            int skip;
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                (encoding, skip) = (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
            }
            else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                (encoding, skip) = (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
            }
            else
            {
                bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
                (encoding, skip) = (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), bom ? 3 : 0);
            }

            try
            {
                return encoding.GetString(bytes, skip, bytes.Length - skip);
            }
            catch (DecoderFallbackException ex)
            {
                string form = encoding is UnicodeEncoding ? "UTF-16" : "UTF-8 (or UTF-16 with a byte order mark)";
                throw new ImportException($"{name}: not valid {form} text: {ex.Message}", ex);
            }
        }
    }
}
