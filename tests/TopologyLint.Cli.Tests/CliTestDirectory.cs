using System;
using System.IO;
using System.Text;

namespace TopologyLint.Cli.Tests
{
    /// <summary>A fresh temporary directory with topology documents, and the in-process CLI run over it.</summary>
    internal sealed class CliTestDirectory : IDisposable
    {
        /// <summary>Where <see cref="WriteExample"/> puts the example, inside the directory.</summary>
        public const string ExampleFolder = "example";

        public CliTestDirectory()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "topolint-cli-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Write(string relativePath, string text)
        {
            string path = System.IO.Path.Combine(Path, relativePath);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            System.IO.File.WriteAllText(path, text, new UTF8Encoding(false));
            return path;
        }

        public string File(string relativePath) => System.IO.Path.Combine(Path, relativePath);

        /// <summary>
        /// Copies <c>examples/contoso</c> (clean: the examples tests keep it so) into <see cref="ExampleFolder"/>
        /// and returns its root document. With <paramref name="broken"/>, a key the schema does not allow is
        /// appended twice: TL0002 on <paramref name="brokenLine"/> and TL0006 on the line after it.
        /// </summary>
        public string WriteExample(bool broken, out int brokenLine)
        {
            string source = System.IO.Path.Combine(RepositoryRoot(), "examples", "contoso");
            foreach (string file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            {
                Write(System.IO.Path.Combine(ExampleFolder, System.IO.Path.GetRelativePath(source, file)), System.IO.File.ReadAllText(file));
            }

            string root = File(System.IO.Path.Combine(ExampleFolder, "contoso.topology.yaml"));
            string text = System.IO.File.ReadAllText(root).Replace("\r\n", "\n");
            brokenLine = text.Split('\n').Length;
            if (broken)
            {
                System.IO.File.WriteAllText(root, text + "foo: 1\nfoo: 2\n", new UTF8Encoding(false));
            }

            return root;
        }

        public static string RepositoryRoot()
        {
            string? directory = AppContext.BaseDirectory;
            while (directory != null && !System.IO.File.Exists(System.IO.Path.Combine(directory, "Directory.Build.props")))
            {
                directory = System.IO.Path.GetDirectoryName(directory);
            }

            return directory ?? throw new InvalidOperationException("the tests run outside the repository");
        }

        public static CliRun Run(params string[] args)
        {
            var stdout = new StringWriter { NewLine = "\n" };
            var stderr = new StringWriter { NewLine = "\n" };
            int exitCode = Program.Run(args, stdout, stderr);
            return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary directory does not fail a test.
            }
        }
    }

    internal sealed class CliRun
    {
        public CliRun(int exitCode, string stdout, string stderr)
        {
            ExitCode = exitCode;
            Stdout = stdout;
            Stderr = stderr;
        }

        public int ExitCode { get; }

        public string Stdout { get; }

        public string Stderr { get; }

        public void Deconstruct(out int exitCode, out string stdout, out string stderr)
        {
            exitCode = ExitCode;
            stdout = Stdout;
            stderr = Stderr;
        }
    }
}
