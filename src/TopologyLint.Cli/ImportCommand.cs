using System;
using System.CommandLine;
using System.IO;
using TopologyLint.Formatting;
using TopologyLint.Import;
using TopologyLint.Loading;

namespace TopologyLint.Cli
{
    /// <summary>
    /// <c>topolint import SOURCE [--users FILE] [--original] [--name NAME] [--output FILE] [--force]</c>: writes a
    /// topology document from Lync Server topology XML (docs/import.md). Exit 0 written, 2 nothing written; warnings go
    /// to standard error and do not change the exit code.
    /// </summary>
    internal static class ImportCommand
    {
        /// <summary>Where <c>topolint schema</c>'s output is kept in a repository (docs/editors.md).</summary>
        private static readonly string SchemaInRepository = Path.Combine("schema", "topology.schema.json");

        public static Command Create(TextWriter stdout, TextWriter stderr, Action<int> exitWith)
        {
            var source = new Argument<string>("source") { Description = "Topology Builder document (.tbxml) or published topology (Get-CsTopology -AsXml > FILE)" };
            var users = new Option<string>("--users") { Description = "Users exported with Get-CsUser (Export-Csv or ConvertTo-Json)", HelpName = "file" };
            var original = new Option<bool>("--original") { Description = "From a .tbxml, import OriginalTopology (the last published) instead of NewTopology" };
            var name = new Option<string>("--name") { Description = "The document's topology value (default: the default SIP domain)", HelpName = "name" };
            var output = new Option<string>("--output") { Description = "Write the document to this file (default, or '-': standard output)", HelpName = "file" };
            var force = new Option<bool>("--force") { Description = "Replace the --output file if it exists" };
            var import = new Command("import", "Write a topology document from Lync Server topology XML and a users export") { source, users, original, name, output, force };
            import.SetAction(parse => exitWith(Run(
                parse.GetValue(source)!,
                new ImportOptions { UsersPath = parse.GetValue(users), Original = parse.GetValue(original), Name = parse.GetValue(name) },
                parse.GetValue(output),
                parse.GetValue(force),
                stdout,
                stderr)));
            return import;
        }

        private static int Run(string source, ImportOptions options, string? output, bool force, TextWriter stdout, TextWriter stderr)
        {
            bool toStdout = output == null || output == "-";
            if (!toStdout && !force && PhysicalFileSystem.Instance.GetEntry(Path.GetFullPath(output!)).Kind == FileEntryKind.File)
            {
                stderr.WriteLine(Safe($"topolint: '{output}' exists: pass --force to replace it"));
                return Program.ExitCannotRun;
            }

            if (!toStdout)
            {
                options.SchemaPath = FindSchema(Path.GetDirectoryName(Path.GetFullPath(output!))!);
            }

            ImportResult result;
            try
            {
                result = TopologyImporter.Import(source, options);
            }
            catch (ImportException ex)
            {
                stderr.WriteLine(Safe("topolint: " + ex.Message));
                return Program.ExitCannotRun;
            }

            foreach (string warning in result.Warnings.Lines)
            {
                stderr.WriteLine(Safe("topolint: warning: " + warning));
            }

            if (toStdout)
            {
                stdout.Write(result.Text);
                return Program.ExitClean;
            }

            if (!ReportFile.TryWrite(output!, writer => writer.Write(result.Text), out string? error, replaceExisting: force))
            {
                stderr.WriteLine(Safe($"topolint: cannot write '{output}': {error}"));
                return Program.ExitCannotRun;
            }

            return Program.ExitClean;
        }

        /// <summary>
        /// The schema's path relative to the output's directory, for the editor modeline, when a directory at or
        /// above it holds <c>schema/topology.schema.json</c>; otherwise null (no modeline).
        /// </summary>
        private static string? FindSchema(string outputDirectory)
        {
            for (string? directory = outputDirectory; directory != null; directory = Path.GetDirectoryName(directory))
            {
                string schema = Path.Combine(directory, SchemaInRepository);
                if (File.Exists(schema))
                {
                    return Path.GetRelativePath(outputDirectory, schema).Replace('\\', '/');
                }
            }

            return null;
        }

        /// <summary>Messages quote file names and XML text: one line each, and no CI log command can pass through.</summary>
        private static string Safe(string line) => OutputText.DefuseCommands(OutputText.EscapeControlCharacters(line));
    }
}
