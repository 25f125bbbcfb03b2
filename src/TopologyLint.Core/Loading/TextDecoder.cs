using System;
using System.Text;

namespace TopologyLint.Loading
{
    /// <summary>Turns a file's bytes into text: UTF-8 with or without BOM; anything else is refused with a byte position.</summary>
    internal static class TextDecoder
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public readonly struct Result
        {
            public Result(string? text, string? error, int errorCharIndex)
            {
                Text = text;
                Error = error;
                ErrorCharIndex = errorCharIndex;
            }

            /// <summary>The decoded text; on an error, the part before the error.</summary>
            public string? Text { get; }

            public string? Error { get; }

            /// <summary>Where, in the decoded text before it, the error sits.</summary>
            public int ErrorCharIndex { get; }
        }

        public static Result Decode(byte[] bytes)
        {
            string? refused = DetectOtherEncoding(bytes);
            if (refused != null)
            {
                return new Result(string.Empty, $"The file is encoded as {refused}; TopologyLint reads UTF-8 only: save it as UTF-8", 0);
            }

            int bom = Utf8BomLength(bytes);

            // Whichever comes first is reported: a NUL byte (a binary file) or a byte that is not UTF-8.
            int nul = Array.IndexOf(bytes, (byte)0, bom);
            int end = nul >= 0 ? nul : bytes.Length;
            string text;
            try
            {
                text = StrictUtf8.GetString(bytes, bom, end - bom);
            }
            catch (DecoderFallbackException ex)
            {
                // Index is where the invalid sequence starts, counted from the start of the decoded range
                // (after the BOM), so every byte before it is valid UTF-8. That prefix is decoded leniently all
                // the same: a position must never cost a second exception.
                int badByte = bom + Math.Max(0, ex.Index);
                string before = Encoding.UTF8.GetString(bytes, bom, badByte - bom);
                return new Result(before, $"The file is not valid UTF-8: byte 0x{bytes[badByte]:X2} at byte offset {badByte} cannot be decoded", before.Length);
            }

            if (nul >= 0)
            {
                return new Result(text, $"The file holds a NUL character at byte offset {nul}; a topology document is text", text.Length);
            }

            return new Result(text, null, 0);
        }

        public static int Utf8BomLength(byte[] bytes) => bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;

        private static string? DetectOtherEncoding(byte[] b)
        {
            if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
            {
                return "UTF-32 (little-endian)";
            }

            if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
            {
                return "UTF-32 (big-endian)";
            }

            if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
            {
                return "UTF-16 (little-endian)";
            }

            if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
            {
                return "UTF-16 (big-endian)";
            }

            return null;
        }
    }
}
