using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Analysis;
using TopologyLint.Engine;
using TopologyLint.Loading;
using TopologyLint.Syntax;

namespace TopologyLint.Policy
{
    /// <summary>
    /// What a finding is, independent of where its file's lines and list items happen to be: the rule, the
    /// file, the item's own identity with the key path inside it (<see cref="ItemPath"/>), and a hash of the
    /// offending text. Baselines record it; report formats derive their fingerprints from it.
    /// </summary>
    public sealed class FindingIdentity : IEquatable<FindingIdentity>, IComparable<FindingIdentity>
    {
        public FindingIdentity(string ruleId, string file, string itemPath, string contentHash)
        {
            RuleId = ruleId;
            File = file;
            ItemPath = itemPath;
            ContentHash = contentHash;
        }

        public string RuleId { get; }

        /// <summary>Relative to the directory the identity was made for, with forward slashes.</summary>
        public string File { get; }

        /// <summary>
        /// The node's JSON pointer with each list item named by its identity instead of its position:
        /// <c>/users/[sip=alice@contoso.com]/lineUri</c>, <c>/pools/[fqdn=pool01.contoso.local]/servers/[fqdn=fe01.contoso.local]/os</c>.
        /// An item is named by its <c>sip</c>, else its <c>fqdn</c>, else its <c>id</c>; an item with none of them
        /// (a client deployment, a list of names) is <c>*</c>, told apart by its offending text alone. Empty for a
        /// diagnostic reported before there is a node (a syntax error).
        /// </summary>
        public string ItemPath { get; }

        /// <summary>16 hex digits of the offending text's hash: a changed value is a new finding.</summary>
        public string ContentHash { get; }

        /// <summary>All four parts as 16 hex digits, for formats that need one key (SARIF's partialFingerprints, Code Climate).</summary>
        public string Fingerprint => DiagnosticFingerprint.Hash(RuleId + "\n" + File + "\n" + ItemPath + "\n" + ContentHash);

        public int CompareTo(FindingIdentity? other)
        {
            if (other is null)
            {
                return 1;
            }

            int order = string.CompareOrdinal(File, other.File);
            order = order != 0 ? order : string.CompareOrdinal(ItemPath, other.ItemPath);
            order = order != 0 ? order : string.CompareOrdinal(RuleId, other.RuleId);
            return order != 0 ? order : string.CompareOrdinal(ContentHash, other.ContentHash);
        }

        public bool Equals(FindingIdentity? other) => other is not null && CompareTo(other) == 0;

        public override bool Equals(object? obj) => Equals(obj as FindingIdentity);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(RuleId + "\n" + File + "\n" + ItemPath + "\n" + ContentHash);

        public static bool operator ==(FindingIdentity? left, FindingIdentity? right) => left is null ? right is null : left.Equals(right);

        public static bool operator !=(FindingIdentity? left, FindingIdentity? right) => !(left == right);

        public static bool operator <(FindingIdentity? left, FindingIdentity? right) => Compare(left, right) < 0;

        public static bool operator <=(FindingIdentity? left, FindingIdentity? right) => Compare(left, right) <= 0;

        public static bool operator >(FindingIdentity? left, FindingIdentity? right) => Compare(left, right) > 0;

        public static bool operator >=(FindingIdentity? left, FindingIdentity? right) => Compare(left, right) >= 0;

        // Null sorts first, as Comparer<T>.Default orders it.
        private static int Compare(FindingIdentity? left, FindingIdentity? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

        public override string ToString() => RuleId + " " + File + ItemPath + " " + ContentHash;
    }

    /// <summary>
    /// The one place that says which finding a diagnostic is (<see cref="FindingIdentity"/>): inserting,
    /// removing or reordering other list items, adding comments or lines, re-indenting or re-quoting leave it
    /// unchanged. Made for one lint result and the directory that files are named relative to.
    /// </summary>
    public sealed class DiagnosticFingerprint
    {
        /// <summary>The keys that name a list item, in the order they are looked for.</summary>
        private static readonly string[] IdentityKeys = { "sip", "fqdn", "id" };

        [ThreadStatic]
        private static SHA256? t_sha256;

        private readonly Dictionary<string, SourceFile> _files = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _relativePaths = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly string _baseDirectory;

        public DiagnosticFingerprint(LintResult result, string baseDirectory)
        {
            _baseDirectory = Path.GetFullPath(baseDirectory);
            foreach (LoadedDocument document in result.Files.SelectMany(f => f.Documents))
            {
                _files[document.File.Path] = document.File;
            }
        }

        public FindingIdentity Identify(Diagnostic diagnostic)
        {
            string path = diagnostic.Location.GetLineSpan().Path;
            _files.TryGetValue(path, out SourceFile? file);
            string itemPath = ItemPath(file?.Root, Pointer(diagnostic), diagnostic.Location.SourceSpan, out DocumentNode? node);
            string content = node != null ? Canonical(node) : CollapseWhitespace(SpanText(file, diagnostic.Location.SourceSpan));
            return new FindingIdentity(diagnostic.Id, Relative(path), itemPath, Hash(content));
        }

        /// <summary>
        /// <see cref="FindingIdentity.Fingerprint"/> of each diagnostic, in order, made unique: the second
        /// diagnostic with an identity already seen gets <c>:2</c> appended, the third <c>:3</c>.
        /// </summary>
        public IReadOnlyList<string> Fingerprints(IEnumerable<Diagnostic> diagnostics)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var fingerprints = new List<string>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                string fingerprint = Identify(diagnostic).Fingerprint;
                seen.TryGetValue(fingerprint, out int count);
                seen[fingerprint] = ++count;
                fingerprints.Add(count == 1 ? fingerprint : fingerprint + ":" + count.ToString(CultureInfo.InvariantCulture));
            }

            return fingerprints;
        }

        /// <summary>
        /// How version 1 baselines named a finding: the plain JSON pointer (list positions) and a hash of the
        /// span's text with white space collapsed. Read so that an old baseline keeps working until it is rewritten.
        /// </summary>
        internal FindingIdentity IdentifyByPosition(Diagnostic diagnostic)
        {
            string path = diagnostic.Location.GetLineSpan().Path;
            _files.TryGetValue(path, out SourceFile? file);
            return new FindingIdentity(diagnostic.Id, Relative(path), Pointer(diagnostic), Hash(CollapseWhitespace(SpanText(file, diagnostic.Location.SourceSpan))));
        }

        /// <summary>The first 8 bytes of SHA-256, as 16 lowercase hex digits.</summary>
        internal static string Hash(string text)
        {
            // One instance a thread: a report hashes every diagnostic, and an instance is not thread-safe.
            t_sha256 ??= SHA256.Create();
            byte[] hash = t_sha256.ComputeHash(Encoding.UTF8.GetBytes(text));
            var builder = new StringBuilder(16);
            for (int i = 0; i < 8; i++)
            {
                builder.Append(hash[i].ToString("x2", CultureInfo.InvariantCulture));
            }

            return builder.ToString();
        }

        private string Relative(string path)
        {
            if (!_relativePaths.TryGetValue(path, out string? relative))
            {
                relative = RelativePath(_baseDirectory, path);
                _relativePaths[path] = relative;
            }

            return relative;
        }

        /// <summary>Empty for diagnostics the loader reports before there is a node (e.g. a syntax error).</summary>
        private static string Pointer(Diagnostic diagnostic)
            => diagnostic.Properties.TryGetValue(DiagnosticProperties.Pointer, out string? pointer) && pointer != null ? pointer : string.Empty;

        /// <summary>
        /// Follows <paramref name="pointer"/> down from the root, naming list items by identity; the segments
        /// it cannot follow (a node the loader reported before building it) are kept as they are.
        /// <paramref name="node"/> is the node reached when it is the one reported at (same span), else null.
        /// </summary>
        private static string ItemPath(DocumentNode? root, string pointer, TextSpan span, out DocumentNode? node)
        {
            node = null;
            if (pointer.Length == 0)
            {
                return string.Empty;
            }

            var path = new StringBuilder(pointer.Length + 32);
            DocumentNode? current = root;
            foreach (string escaped in pointer.Substring(1).Split('/'))
            {
                string segment = escaped.Replace("~1", "/").Replace("~0", "~");
                switch (current)
                {
                    case MappingNode mapping:
                        current = mapping[segment];
                        Append(path, segment);
                        break;
                    case SequenceNode sequence when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < sequence.Items.Count:
                        current = sequence.Items[index];
                        Append(path, Identity(current));
                        break;
                    default:
                        current = null;
                        Append(path, segment);
                        break;
                }
            }

            node = current != null && current.Span == span ? current : null;
            return path.ToString();
        }

        private static string Identity(DocumentNode item)
        {
            if (item is MappingNode mapping)
            {
                foreach (string key in IdentityKeys)
                {
                    if (mapping[key] is ScalarNode value)
                    {
                        return "[" + key + "=" + value.Value + "]";
                    }
                }
            }

            return "*";
        }

        private static void Append(StringBuilder path, string segment)
            => path.Append('/').Append(segment.Replace("~", "~0").Replace("/", "~1"));

        /// <summary>A node's values without its layout, quoting or comments: only a changed value makes a new finding.</summary>
        private static string Canonical(DocumentNode node)
        {
            var builder = new StringBuilder();
            WriteCanonical(builder, node);
            return builder.ToString();
        }

        private static void WriteCanonical(StringBuilder builder, DocumentNode node)
        {
            switch (node)
            {
                case ScalarNode scalar:
                    builder.Append('"').Append(scalar.Value.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
                    break;
                case MappingNode mapping:
                    builder.Append('{');
                    foreach (MappingEntry entry in mapping.Entries)
                    {
                        builder.Append('"').Append(entry.KeyText.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\":");
                        WriteCanonical(builder, entry.Value);
                        builder.Append(',');
                    }

                    builder.Append('}');
                    break;
                case SequenceNode sequence:
                    builder.Append('[');
                    foreach (DocumentNode item in sequence.Items)
                    {
                        WriteCanonical(builder, item);
                        builder.Append(',');
                    }

                    builder.Append(']');
                    break;
            }
        }

        private static string SpanText(SourceFile? file, TextSpan span)
            => file != null && span.End <= file.Text.Length ? file.Text.ToString(span) : string.Empty;

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

        /// <summary>Relative to <paramref name="directory"/> with forward slashes, so an identity is the same on every OS and checkout.</summary>
        private static string RelativePath(string directory, string path)
        {
            StringComparison comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            string[] from = directory.Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
            string[] to = Path.GetFullPath(path).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
            int common = 0;
            while (common < from.Length && common < to.Length - 1 && string.Equals(from[common], to[common], comparison))
            {
                common++;
            }

            if (common == 0 && Path.IsPathRooted(path) && Path.DirectorySeparatorChar == '\\')
            {
                // Another drive: no relative path exists.
                return Path.GetFullPath(path).Replace('\\', '/');
            }

            return string.Join("/", Enumerable.Repeat("..", from.Length - common).Concat(to.Skip(common)));
        }
    }
}
