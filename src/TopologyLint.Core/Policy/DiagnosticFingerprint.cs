using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Analysis;
using TopologyLint.Engine;

namespace TopologyLint.Policy
{
    /// <summary>
    /// What identifies a finding across edits elsewhere in its file: not the line number, but the node it is
    /// reported at (its JSON pointer) and that node's text, as baselines record it.
    /// </summary>
    internal sealed class DiagnosticFingerprint
    {
        private readonly Dictionary<string, SourceText> _texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);

        public DiagnosticFingerprint(LintResult result)
        {
            foreach (var document in result.Files.SelectMany(f => f.Documents))
            {
                _texts[document.File.Path] = document.File.Text;
            }
        }

        /// <summary>Empty for diagnostics the loader reports before there is a node (e.g. a syntax error).</summary>
        public static string Pointer(Diagnostic diagnostic)
            => diagnostic.Properties.TryGetValue(DiagnosticProperties.Pointer, out string? pointer) && pointer != null ? pointer : string.Empty;

        /// <summary>A hash of the text at the diagnostic's span, white space runs collapsed: re-indenting a node is not a new finding.</summary>
        public string ContentHash(Diagnostic diagnostic)
        {
            TextSpan span = diagnostic.Location.SourceSpan;
            string content = _texts.TryGetValue(diagnostic.Location.GetLineSpan().Path, out SourceText? text) && span.End <= text.Length
                ? text.ToString(span)
                : string.Empty;
            return Hash(CollapseWhitespace(content));
        }

        /// <summary>The first 8 bytes of SHA-256, as 16 lowercase hex digits.</summary>
        public static string Hash(string text)
        {
            using SHA256 sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
            var builder = new StringBuilder(16);
            for (int i = 0; i < 8; i++)
            {
                builder.Append(hash[i].ToString("x2", CultureInfo.InvariantCulture));
            }

            return builder.ToString();
        }

        private static string CollapseWhitespace(string text)
        {
            var builder = new StringBuilder(text.Length);
            bool inSpace = false;
            foreach (char c in text.Trim())
            {
                if (char.IsWhiteSpace(c))
                {
                    inSpace = true;
                    continue;
                }

                if (inSpace)
                {
                    builder.Append(' ');
                    inSpace = false;
                }

                builder.Append(c);
            }

            return builder.ToString();
        }
    }
}
