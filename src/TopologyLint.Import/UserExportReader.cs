using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TopologyLint.Import
{
    /// <summary>One user of the export, as read: empty and null values are null.</summary>
    internal sealed class UserRow
    {
        public UserRow(string where, string? sipAddress, bool? enabled, bool? enterpriseVoice, string? lineUri, string? registrarPool)
        {
            Where = where;
            SipAddress = sipAddress;
            Enabled = enabled;
            EnterpriseVoice = enterpriseVoice;
            LineUri = lineUri;
            RegistrarPool = registrarPool;
        }

        /// <summary>"users.csv:12:1" or "users.json: item 3", for warnings.</summary>
        public string Where { get; }

        public string? SipAddress { get; }

        public bool? Enabled { get; }

        public bool? EnterpriseVoice { get; }

        public string? LineUri { get; }

        public string? RegistrarPool { get; }
    }

    /// <summary>
    /// Reads the users export (docs/import.md, "Three steps"): <c>Export-Csv</c> (RFC 4180) or <c>ConvertTo-Json</c> output,
    /// told apart by content (JSON when the first non-blank character is '[' or '{'). Rows are read as they are
    /// enumerated, so that each row's warnings come in file order and no list of all rows is kept.
    /// </summary>
    internal static partial class UserExportReader
    {
        private const string SipAddressColumn = "SipAddress";
        private const string EnabledColumn = "Enabled";
        private const string EnterpriseVoiceColumn = "EnterpriseVoiceEnabled";
        private const string LineUriColumn = "LineURI";
        private const string RegistrarPoolColumn = "RegistrarPool";

        public static IEnumerable<UserRow> Read(string text, string file, ImportWarnings warnings)
        {
            string start = text.TrimStart();
            return start.StartsWith('[') || start.StartsWith('{') ? ReadJson(text, file, warnings) : ReadCsv(text, file, warnings);
        }

        private static IEnumerable<UserRow> ReadCsv(string text, string file, ImportWarnings warnings)
        {
            using IEnumerator<CsvRecord> records = CsvReader.Records(text, file).GetEnumerator();
            if (!records.MoveNext())
            {
                throw new ImportException($"{file}: empty: expected a CSV header with {SipAddressColumn} (Export-Csv) or JSON (ConvertTo-Json)");
            }

            // Export-Csv without -NoTypeInformation writes "#TYPE <type name>" above the header.
            if (records.Current.Fields[0].StartsWith("#TYPE", StringComparison.Ordinal) && !records.MoveNext())
            {
                throw new ImportException($"{file}: no header after the #TYPE line");
            }

            CsvRecord header = records.Current;
            int Column(string name) => header.Fields.FindIndex(f => string.Equals(f.Trim(), name, StringComparison.OrdinalIgnoreCase));
            int sip = Column(SipAddressColumn);
            if (sip < 0)
            {
                throw new ImportException($"{file}:{header.Line}:1: the header has no {SipAddressColumn} column (export with: Get-CsUser | Select-Object SipAddress,Enabled,EnterpriseVoiceEnabled,LineURI,RegistrarPool | Export-Csv FILE -NoTypeInformation)");
            }

            int enabled = Column(EnabledColumn);
            int enterpriseVoice = Column(EnterpriseVoiceColumn);
            int lineUri = Column(LineUriColumn);
            int registrarPool = Column(RegistrarPoolColumn);
            while (records.MoveNext())
            {
                CsvRecord record = records.Current;
                string where = $"{file}:{record.Line}:1";
                if (record.Fields.Count != header.Fields.Count)
                {
                    warnings.Add(file, record.Line, 1, $"{record.Fields.Count} fields where the header has {header.Fields.Count}: row skipped");
                    continue;
                }

                string? Field(int index) => index < 0 || record.Fields[index].Length == 0 ? null : record.Fields[index];
                yield return new UserRow(
                    where,
                    Field(sip),
                    Boolean(Field(enabled), EnabledColumn, where, warnings),
                    Boolean(Field(enterpriseVoice), EnterpriseVoiceColumn, where, warnings),
                    Field(lineUri),
                    Field(registrarPool));
            }
        }

        private static bool? Boolean(string? text, string column, string where, ImportWarnings warnings)
        {
            if (text == null)
            {
                return null;
            }

            if (bool.TryParse(text.Trim(), out bool value))
            {
                return value;
            }

            warnings.Add(where, $"{column} '{text}' is neither True nor False: not imported");
            return null;
        }

        private static IEnumerable<UserRow> ReadJson(string text, string file, ImportWarnings warnings)
        {
            // Parsed before the first row is returned: invalid JSON refuses the file before any row is used.
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(text);
            }
            catch (JsonException ex)
            {
                string reason = JsonPosition().Replace(ex.Message, string.Empty);
                throw new ImportException(ex.LineNumber is long line ? $"{file}:{line + 1}:{(ex.BytePositionInLine ?? 0) + 1}: not valid JSON: {reason}" : $"{file}: not valid JSON: {reason}", ex);
            }

            using (document)
            {
                JsonElement root = document.RootElement;
                IEnumerable<JsonElement> items = root.ValueKind switch
                {
                    JsonValueKind.Array => root.EnumerateArray(),
                    JsonValueKind.Object => new[] { root },
                    _ => throw new ImportException($"{file}: expected a JSON array of users or one user object (ConvertTo-Json), found {root.ValueKind.ToString().ToLowerInvariant()}"),
                };
                bool anySipAddress = false;
                int index = 0;
                foreach (JsonElement item in items)
                {
                    index++;
                    string where = $"{file}: user {index}";
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        warnings.Add(where, $"a JSON {item.ValueKind.ToString().ToLowerInvariant()}, not an object: skipped");
                        continue;
                    }

                    JsonElement? sip = Property(item, SipAddressColumn);
                    anySipAddress |= sip != null;
                    yield return new UserRow(
                        where,
                        JsonString(sip, SipAddressColumn, where, warnings),
                        JsonBoolean(Property(item, EnabledColumn), EnabledColumn, where, warnings),
                        JsonBoolean(Property(item, EnterpriseVoiceColumn), EnterpriseVoiceColumn, where, warnings),
                        JsonString(Property(item, LineUriColumn), LineUriColumn, where, warnings),

                        // Unverified: how ConvertTo-Json writes RegistrarPool; anything but a string is read as absent.
                        Property(item, RegistrarPoolColumn) is { ValueKind: JsonValueKind.String } pool && pool.GetString() is { Length: > 0 } name ? name : null);
                }

                if (index > 0 && !anySipAddress)
                {
                    throw new ImportException($"{file}: no user has a {SipAddressColumn} property (export with: Get-CsUser | Select-Object SipAddress,Enabled,EnterpriseVoiceEnabled,LineURI,RegistrarPool | ConvertTo-Json)");
                }
            }
        }

        /// <summary>The first property whose name matches, ignoring case (ConvertTo-Json keeps the property names' case).</summary>
        private static JsonElement? Property(JsonElement item, string name)
        {
            foreach (JsonProperty property in item.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return property.Value;
                }
            }

            return null;
        }

        private static string? JsonString(JsonElement? value, string name, string where, ImportWarnings warnings)
        {
            switch (value?.ValueKind)
            {
                case null:
                case JsonValueKind.Null:
                    return null;
                case JsonValueKind.String:
                    string text = value.Value.GetString()!;
                    return text.Length == 0 ? null : text;
                default:
                    warnings.Add(where, $"{name} is a JSON {value.Value.ValueKind.ToString().ToLowerInvariant()}, not a string: not imported");
                    return null;
            }
        }

        private static bool? JsonBoolean(JsonElement? value, string name, string where, ImportWarnings warnings)
        {
            switch (value?.ValueKind)
            {
                case null:
                case JsonValueKind.Null:
                    return null;
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                case JsonValueKind.String:
                    return Boolean(value.Value.GetString() is { Length: > 0 } text ? text : null, name, where, warnings);
                default:
                    warnings.Add(where, $"{name} is a JSON {value.Value.ValueKind.ToString().ToLowerInvariant()}, not true or false: not imported");
                    return null;
            }
        }

        [GeneratedRegex(@"\s*(Path: \S*\s*\|\s*)?LineNumber: \d+ \| BytePositionInLine: \d+\.\s*$")]
        private static partial Regex JsonPosition();
    }

    internal sealed class CsvRecord
    {
        public CsvRecord(int line, List<string> fields)
        {
            Line = line;
            Fields = fields;
        }

        /// <summary>The 1-based line the record starts on.</summary>
        public int Line { get; }

        public List<string> Fields { get; }
    }

    /// <summary>
    /// RFC 4180 records: comma-separated fields, optionally in double quotes, a quote inside a quoted field
    /// doubled, CRLF or LF line ends, line breaks allowed inside quotes. Blank lines are skipped. A quoted field
    /// left open, or text after a closing quote, is an error with its line and column.
    /// </summary>
    internal static class CsvReader
    {
        public static IEnumerable<CsvRecord> Records(string text, string file)
        {
            int position = 0;
            int line = 1;
            int lineStart = 0;
            var field = new StringBuilder();
            while (position < text.Length)
            {
                int recordLine = line;
                var fields = new List<string>();
                while (true)
                {
                    field.Clear();
                    if (position < text.Length && text[position] == '"')
                    {
                        int openLine = line;
                        int openColumn = position - lineStart + 1;
                        position++;
                        while (true)
                        {
                            if (position >= text.Length)
                            {
                                throw new ImportException($"{file}:{openLine}:{openColumn}: the quoted field that starts here is not closed");
                            }

                            char c = text[position++];
                            if (c == '"')
                            {
                                if (position < text.Length && text[position] == '"')
                                {
                                    field.Append('"');
                                    position++;
                                    continue;
                                }

                                break;
                            }

                            if (c == '\n')
                            {
                                line++;
                                lineStart = position;
                            }

                            field.Append(c);
                        }

                        if (position < text.Length && text[position] != ',' && text[position] != '\r' && text[position] != '\n')
                        {
                            throw new ImportException($"{file}:{line}:{position - lineStart + 1}: text after a closing quote (a quote inside a quoted field is written twice: \"\")");
                        }
                    }
                    else
                    {
                        while (position < text.Length && text[position] != ',' && text[position] != '\r' && text[position] != '\n')
                        {
                            field.Append(text[position++]);
                        }
                    }

                    fields.Add(field.ToString());
                    if (position < text.Length && text[position] == ',')
                    {
                        position++;
                        continue;
                    }

                    break;
                }

                if (position < text.Length && text[position] == '\r')
                {
                    position++;
                }

                if (position < text.Length && text[position] == '\n')
                {
                    position++;
                }

                line++;
                lineStart = position;
                if (fields.Count > 1 || fields[0].Length > 0)
                {
                    yield return new CsvRecord(recordLine, fields);
                }
            }
        }
    }
}
