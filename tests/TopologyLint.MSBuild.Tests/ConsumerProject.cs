using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace TopologyLint.MSBuild.Tests
{
    /// <summary>One consumer project of the packed task: its files and its builds.</summary>
    public sealed class ConsumerProject
    {
        private static readonly Regex DiagnosticLine = new Regex(@"^(\s*\d+:\d+>)?\s*(?<diagnostic>\S.*\(\d+,\d+,\d+,\d+\): (error|warning) TL\d{4}: .*) \[[^\]]+\]\r?$", RegexOptions.Multiline);

        private readonly PackagedTaskFixture _fixture;
        private bool _restored;

        internal ConsumerProject(PackagedTaskFixture fixture, string directory)
        {
            _fixture = fixture;
            Directory = directory;
        }

        public string Directory { get; }

        public string IntermediateDirectory => Path.Combine(Directory, "obj", "Debug", "net10.0");

        public string Write(string relativePath, string text)
        {
            string path = Path.Combine(Directory, relativePath);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            return path;
        }

        /// <summary>Copies a folder of the repository (an example) into the project.</summary>
        public void CopyFromRepository(string relativeDirectory)
        {
            string source = Path.Combine(_fixture.RepositoryRoot, relativeDirectory);
            foreach (string file in System.IO.Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            {
                string target = Path.Combine(Directory, Path.GetRelativePath(source, file));
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
        }

        /// <summary>Builds the project; only the first build restores, as nothing a later one changes needs a restore.</summary>
        public BuildResult Build(params string[] arguments)
        {
            var result = new BuildResult(_fixture.Build(Directory, _restored ? arguments.Append("--no-restore") : arguments));
            _restored = true;
            return result;
        }

        /// <summary>
        /// A build's exit code, its whole output, and its TL diagnostics each once, in order, without what the
        /// console logger adds around them (the node prefix at detailed verbosity, the project suffix).
        /// </summary>
        public sealed class BuildResult
        {
            internal BuildResult(ProcessResult process)
            {
                ExitCode = process.ExitCode;
                Output = process.Output;

                // The console logger prints each diagnostic where it happens and again in the summary.
                Diagnostics = DiagnosticLine.Matches(Output).Select(m => m.Groups["diagnostic"].Value).Distinct().ToList();
            }

            public int ExitCode { get; }

            public string Output { get; }

            public IReadOnlyList<string> Diagnostics { get; }

            public override string ToString() => $"exit code {ExitCode}:\n{Output}";
        }
    }
}
