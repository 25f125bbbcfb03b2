using System;
using System.Globalization;
using System.IO;

namespace TopologyLint.Import
{
    public sealed class ImportOptions
    {
        /// <summary>The users export (CSV or JSON), or null.</summary>
        public string? UsersPath { get; set; }

        /// <summary>From a <c>.tbxml</c>, import <c>OriginalTopology</c> instead of <c>NewTopology</c>.</summary>
        public bool Original { get; set; }

        /// <summary>The document's <c>topology</c> value; null for the default SIP domain.</summary>
        public string? Name { get; set; }

        /// <summary>The schema's path relative to the output, for the editor modeline; null to write none.</summary>
        public string? SchemaPath { get; set; }

        /// <summary>The import's date (UTC) for the header line.</summary>
        public DateTime UtcNow { get; set; } = DateTime.UtcNow;
    }

    public sealed class ImportResult
    {
        internal ImportResult(string text, ImportWarnings warnings)
        {
            Text = text;
            Warnings = warnings;
        }

        /// <summary>The document: YAML, LF line ends, to be written as UTF-8 without BOM.</summary>
        public string Text { get; }

        public ImportWarnings Warnings { get; }
    }

    /// <summary>
    /// <c>topolint import</c>'s work (docs/import.md): a Lync Server topology XML and, optionally, a users export in;
    /// a topology document out. A front-end concern: the engine lints the result like any other document.
    /// </summary>
    public static class TopologyImporter
    {
        /// <summary>Imports <paramref name="sourcePath"/>; <see cref="ImportException"/> when nothing can be imported.</summary>
        public static ImportResult Import(string sourcePath, ImportOptions options)
        {
            var warnings = new ImportWarnings();
            SourceTopology source = TopologyXmlReader.Read(SourceFile.ReadAllBytes(sourcePath, sourcePath), sourcePath, options.Original, warnings);

            ImportedTopology topology = TopologyMapper.Map(source, sourcePath, warnings);
            foreach (string version in topology.OtherVersions)
            {
                warnings.Add(sourcePath, $"ServiceVersion {version} is {Product(version)}, not Lync Server 2013 (6): imported, but the rules check Lync Server 2013 requirements");
            }

            ImportedUsers? users = null;
            if (options.UsersPath != null)
            {
                string text = SourceFile.Decode(SourceFile.ReadAllBytes(options.UsersPath, options.UsersPath), options.UsersPath);
                users = UserImport.Resolve(UserExportReader.Read(text, options.UsersPath, warnings), options.UsersPath, topology, warnings);
                if (users.Users.Count == 0)
                {
                    warnings.Add(options.UsersPath, "no user imported");
                    users = null;
                }
            }

            var header = new DocumentHeader(Path.GetFileName(sourcePath), options.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            {
                Name = string.IsNullOrWhiteSpace(options.Name) ? null : options.Name,
                Original = options.Original,
                SchemaPath = options.SchemaPath,
            };
            return new ImportResult(DocumentWriter.Write(topology, users, header), warnings);
        }

        /// <summary>The product a ServiceVersion stands for; inferred from public samples, not documented by Microsoft.</summary>
        private static string Product(string version) => version switch
        {
            "7" => "Skype for Business Server 2015",
            "8" => "Skype for Business Server 2019",
            _ => "an unknown product version",
        };
    }
}
