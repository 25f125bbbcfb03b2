using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using TopologyLint.Engine;

namespace TopologyLint.Policy
{
    /// <summary>
    /// One recorded finding. Its fingerprint leaves out the line number so that edits elsewhere in the file do
    /// not make it stale: the rule, the file (relative to the baseline file, forward slashes), the offending
    /// node's JSON pointer and a hash of the node's text (<see cref="DiagnosticFingerprint"/>).
    /// </summary>
    public sealed class BaselineEntry : IEquatable<BaselineEntry>, IComparable<BaselineEntry>
    {
        public BaselineEntry(string ruleId, string file, string pointer, string contentHash)
        {
            RuleId = ruleId;
            File = file;
            Pointer = pointer;
            ContentHash = contentHash;
        }

        public string RuleId { get; }

        public string File { get; }

        /// <summary>Empty for diagnostics the loader reports before there is a node (e.g. a syntax error).</summary>
        public string Pointer { get; }

        public string ContentHash { get; }

        public int CompareTo(BaselineEntry? other)
        {
            if (other is null)
            {
                return 1;
            }

            int order = string.CompareOrdinal(File, other.File);
            order = order != 0 ? order : string.CompareOrdinal(Pointer, other.Pointer);
            order = order != 0 ? order : string.CompareOrdinal(RuleId, other.RuleId);
            return order != 0 ? order : string.CompareOrdinal(ContentHash, other.ContentHash);
        }

        public bool Equals(BaselineEntry? other) => other != null && CompareTo(other) == 0;

        public override bool Equals(object? obj) => Equals(obj as BaselineEntry);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(RuleId + "\n" + File + "\n" + Pointer + "\n" + ContentHash);
    }

    /// <summary>What applying a baseline left: the new diagnostics, and how many recorded ones no longer occur.</summary>
    public sealed class BaselineOutcome
    {
        internal BaselineOutcome(LintResult result, int matched, int stale)
        {
            Result = result;
            Matched = matched;
            Stale = stale;
        }

        /// <summary>The lint result with every diagnostic the baseline records taken out.</summary>
        public LintResult Result { get; }

        /// <summary>Diagnostics found that the baseline records (and so are not reported).</summary>
        public int Matched { get; }

        /// <summary>Baseline entries that match no diagnostic any more: fixed, or changed beyond recognition.</summary>
        public int Stale { get; }
    }

    /// <summary>
    /// A baseline file (<c>--write-baseline</c>/<c>--baseline</c>): today's diagnostics, so that an existing
    /// repository can adopt the linter and fail only on new problems. Written as indented JSON with entries
    /// sorted, so that it reads well in a diff.
    /// </summary>
    public sealed class Baseline
    {
        public const int FormatVersion = 1;

        private Baseline(string directory, ImmutableArray<BaselineEntry> entries)
        {
            Directory = directory;
            Entries = entries;
        }

        /// <summary>The directory of the baseline file: entries' file paths are relative to it.</summary>
        public string Directory { get; }

        /// <summary>Sorted; the same finding twice in one node is recorded twice.</summary>
        public ImmutableArray<BaselineEntry> Entries { get; }

        /// <summary>Records the diagnostics of <paramref name="result"/> (those that count, not the suppressed) for a baseline file at <paramref name="baselinePath"/>.</summary>
        public static Baseline Create(LintResult result, string baselinePath)
        {
            string directory = DirectoryOf(baselinePath);
            var fingerprint = new DiagnosticFingerprint(result);
            return new Baseline(directory, result.Diagnostics.Select(d => EntryFor(d, directory, fingerprint)).OrderBy(e => e).ToImmutableArray());
        }

        /// <summary>Reads a baseline file's text; <paramref name="error"/> says what is wrong when it is not one.</summary>
        public static bool TryParse(string baselinePath, string text, out Baseline? baseline, out string? error)
        {
            baseline = null;
            try
            {
                using JsonDocument document = JsonDocument.Parse(text);
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object
                    || !root.TryGetProperty("version", out JsonElement version)
                    || version.ValueKind != JsonValueKind.Number
                    || !version.TryGetInt32(out int versionNumber))
                {
                    error = "not a topolint baseline (no \"version\")";
                    return false;
                }

                if (versionNumber != FormatVersion)
                {
                    error = $"baseline version {versionNumber} is not supported (this topolint reads version {FormatVersion})";
                    return false;
                }

                if (!root.TryGetProperty("entries", out JsonElement entries) || entries.ValueKind != JsonValueKind.Array)
                {
                    error = "not a topolint baseline (no \"entries\" array)";
                    return false;
                }

                var read = ImmutableArray.CreateBuilder<BaselineEntry>();
                int index = 0;
                foreach (JsonElement entry in entries.EnumerateArray())
                {
                    if (!TryReadString(entry, "ruleId", out string ruleId) || !TryReadString(entry, "file", out string file)
                        || !TryReadString(entry, "pointer", out string pointer) || !TryReadString(entry, "contentHash", out string hash))
                    {
                        error = $"entry {index} needs string properties \"ruleId\", \"file\", \"pointer\" and \"contentHash\"";
                        return false;
                    }

                    read.Add(new BaselineEntry(ruleId, file, pointer, hash));
                    index++;
                }

                read.Sort();
                baseline = new Baseline(DirectoryOf(baselinePath), read.ToImmutable());
                error = null;
                return true;
            }
            catch (JsonException ex)
            {
                error = "not valid JSON: " + ex.Message;
                return false;
            }
        }

        /// <summary>Takes out of <paramref name="result"/> every diagnostic this baseline records, once per entry.</summary>
        public BaselineOutcome Apply(LintResult result)
        {
            var remaining = new Dictionary<BaselineEntry, int>();
            foreach (BaselineEntry entry in Entries)
            {
                remaining[entry] = remaining.TryGetValue(entry, out int count) ? count + 1 : 1;
            }

            var fingerprint = new DiagnosticFingerprint(result);
            int matched = 0;
            var files = ImmutableArray.CreateBuilder<LintedFile>();
            foreach (LintedFile file in result.Files)
            {
                var kept = ImmutableArray.CreateBuilder<Diagnostic>();
                foreach (Diagnostic diagnostic in file.Diagnostics)
                {
                    BaselineEntry entry = EntryFor(diagnostic, Directory, fingerprint);
                    if (remaining.TryGetValue(entry, out int count) && count > 0)
                    {
                        remaining[entry] = count - 1;
                        matched++;
                    }
                    else
                    {
                        kept.Add(diagnostic);
                    }
                }

                files.Add(file.WithDiagnostics(kept.ToImmutable()));
            }

            return new BaselineOutcome(new LintResult(files.ToImmutable()), matched, remaining.Values.Sum());
        }

        public void Write(TextWriter writer)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
            {
                json.WriteStartObject();
                json.WriteNumber("version", FormatVersion);
                json.WriteStartArray("entries");
                foreach (BaselineEntry entry in Entries)
                {
                    json.WriteStartObject();
                    json.WriteString("file", entry.File);
                    json.WriteString("pointer", entry.Pointer);
                    json.WriteString("ruleId", entry.RuleId);
                    json.WriteString("contentHash", entry.ContentHash);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            // "\n" on every platform, so a baseline written on Windows and one written on Linux do not differ.
            writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
            writer.Write('\n');
        }

        private static BaselineEntry EntryFor(Diagnostic diagnostic, string directory, DiagnosticFingerprint fingerprint)
            => new BaselineEntry(diagnostic.Id, RelativePath(directory, diagnostic.Location.GetLineSpan().Path), DiagnosticFingerprint.Pointer(diagnostic), fingerprint.ContentHash(diagnostic));

        private static bool TryReadString(JsonElement entry, string name, out string value)
        {
            value = string.Empty;
            if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(name, out JsonElement property) && property.ValueKind == JsonValueKind.String)
            {
                value = property.GetString()!;
                return true;
            }

            return false;
        }

        private static string DirectoryOf(string baselinePath) => Path.GetDirectoryName(Path.GetFullPath(baselinePath)) ?? Path.GetFullPath(".");

        /// <summary>Relative to <paramref name="directory"/> with forward slashes, so a baseline is the same on every OS and checkout.</summary>
        private static string RelativePath(string directory, string path)
        {
            StringComparison comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            string[] from = Path.GetFullPath(directory).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
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
