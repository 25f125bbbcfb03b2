using System;
using System.IO;
using System.Text;

namespace TopologyLint.Cli.Tests
{
    /// <summary>A fresh temporary directory with topology documents, and the in-process CLI run over it.</summary>
    internal sealed class CliTestDirectory : IDisposable
    {
        public const string Clean = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\n";
        public const string Broken = Clean + "foo: 1\nfoo: 2\n";

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
    }
}
