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
    /// repository can adopt the linter and fail only on new problems. Each entry is a <see cref="FindingIdentity"/>
    /// (file relative to the baseline file), so edits elsewhere, even to the order of list items, never bring a
    /// recorded finding back. Written as indented JSON with entries sorted, so that it reads well in a diff.
    /// </summary>
    public sealed class Baseline
    {
        /// <summary>The version written. Version 1 (entries keyed by list position, <c>"pointer"</c>) is still read and applied as it was.</summary>
        public const int FormatVersion = 2;

        private const int PositionalVersion = 1;

        private Baseline(string directory, int version, ImmutableArray<FindingIdentity> entries)
        {
            Directory = directory;
            Version = version;
            Entries = entries;
        }

        /// <summary>The directory of the baseline file: entries' file paths are relative to it.</summary>
        public string Directory { get; }

        /// <summary>The format the file was read in; below <see cref="FormatVersion"/>, writing the baseline again upgrades it.</summary>
        public int Version { get; }

        /// <summary>Sorted; the same finding twice in one node is recorded twice.</summary>
        public ImmutableArray<FindingIdentity> Entries { get; }

        /// <summary>Records the diagnostics of <paramref name="result"/> (those that count, not the suppressed) for a baseline file at <paramref name="baselinePath"/>.</summary>
        public static Baseline Create(LintResult result, string baselinePath)
        {
            string directory = DirectoryOf(baselinePath);
            var fingerprint = new DiagnosticFingerprint(result, directory);
            return new Baseline(directory, FormatVersion, result.Diagnostics.Select(fingerprint.Identify).OrderBy(e => e).ToImmutableArray());
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

                if (versionNumber != FormatVersion && versionNumber != PositionalVersion)
                {
                    error = $"baseline version {versionNumber} is not supported (this topolint reads versions {PositionalVersion} and {FormatVersion})";
                    return false;
                }

                if (!root.TryGetProperty("entries", out JsonElement entries) || entries.ValueKind != JsonValueKind.Array)
                {
                    error = "not a topolint baseline (no \"entries\" array)";
                    return false;
                }

                string pathName = versionNumber == PositionalVersion ? "pointer" : "itemPath";
                var read = ImmutableArray.CreateBuilder<FindingIdentity>();
                int index = 0;
                foreach (JsonElement entry in entries.EnumerateArray())
                {
                    if (!TryReadString(entry, "ruleId", out string ruleId) || !TryReadString(entry, "file", out string file)
                        || !TryReadString(entry, pathName, out string itemPath) || !TryReadString(entry, "contentHash", out string hash))
                    {
                        error = $"entry {index} needs string properties \"ruleId\", \"file\", \"{pathName}\" and \"contentHash\"";
                        return false;
                    }

                    read.Add(new FindingIdentity(ruleId, file, itemPath, hash));
                    index++;
                }

                read.Sort();
                baseline = new Baseline(DirectoryOf(baselinePath), versionNumber, read.ToImmutable());
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
            var remaining = new Dictionary<FindingIdentity, int>();
            foreach (FindingIdentity entry in Entries)
            {
                remaining[entry] = remaining.TryGetValue(entry, out int count) ? count + 1 : 1;
            }

            var fingerprint = new DiagnosticFingerprint(result, Directory);
            Func<Diagnostic, FindingIdentity> identify = Version == PositionalVersion ? fingerprint.IdentifyByPosition : fingerprint.Identify;
            int matched = 0;
            var files = ImmutableArray.CreateBuilder<LintedFile>();
            foreach (LintedFile file in result.Files)
            {
                var kept = ImmutableArray.CreateBuilder<Diagnostic>();
                foreach (Diagnostic diagnostic in file.Diagnostics)
                {
                    FindingIdentity entry = identify(diagnostic);
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

        /// <summary>Writes the baseline in the current format (<see cref="FormatVersion"/>).</summary>
        public void Write(TextWriter writer)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
            {
                json.WriteStartObject();
                json.WriteNumber("version", FormatVersion);
                json.WriteStartArray("entries");
                foreach (FindingIdentity entry in Entries)
                {
                    json.WriteStartObject();
                    json.WriteString("file", entry.File);
                    json.WriteString("itemPath", entry.ItemPath);
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
    }
}
