using System;
using System.IO;
using System.Text;

namespace TopologyLint.Import.Tests
{
    /// <summary>A fresh temporary directory for inputs written by a test, and the importer run with a fixed date.</summary>
    internal sealed class ImportRun : IDisposable
    {
        /// <summary>The date every test import writes in its header, so that expected documents do not change daily.</summary>
        public static readonly DateTime Date = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        public ImportRun()
        {
            Directory = Path.Combine(Path.GetTempPath(), "topolint-import-tests", Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(Directory);
        }

        public string Directory { get; }

        public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

        public string Write(string name, string text) => WriteBytes(name, new UTF8Encoding(false).GetBytes(text));

        public string WriteBytes(string name, byte[] bytes)
        {
            string path = Path.Combine(Directory, name);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        public static ImportResult Import(string source, string? users = null, bool original = false, string? name = null)
            => TopologyImporter.Import(source, new ImportOptions { UsersPath = users, Original = original, Name = name, UtcNow = Date });

        /// <summary>The message of the import's refusal.</summary>
        public static string Refusal(string source, string? users = null, bool original = false)
            => Xunit.Assert.Throws<ImportException>(() => Import(source, users, original)).Message;

        public void Dispose()
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary directory does not fail a test.
            }
        }
    }
}
