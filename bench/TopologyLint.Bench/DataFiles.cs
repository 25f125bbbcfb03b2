using System;
using System.IO;
using System.Text;

namespace TopologyLint.Bench
{
    /// <summary>Generated inputs live in <c>bench/data/</c> (git-ignored), written once and reused.</summary>
    public static class DataFiles
    {
        public static string Directory
        {
            get
            {
                string? configured = Environment.GetEnvironmentVariable("BENCH_DATA");
                if (!string.IsNullOrEmpty(configured))
                {
                    return Path.GetFullPath(configured);
                }

                // BenchmarkDotNet runs the benchmarks from a generated project under bin/: find the repository by its solution file.
                for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "TopologyLint.sln")))
                    {
                        return Path.Combine(dir.FullName, "bench", "data");
                    }
                }

                throw new InvalidOperationException("Cannot find the repository (TopologyLint.sln) above " + AppContext.BaseDirectory + "; set BENCH_DATA.");
            }
        }

        /// <summary>The path of the generated file for this many users, generating it when missing.</summary>
        public static string Ensure(int users, bool json)
        {
            string path = Path.Combine(Directory, TopologyGenerator.FileName(users, json));
            if (!File.Exists(path))
            {
                System.IO.Directory.CreateDirectory(Directory);
                string temporary = path + ".tmp";
                using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false), 1 << 16))
                {
                    var generator = new TopologyGenerator(users);
                    if (json)
                    {
                        generator.WriteJson(writer);
                    }
                    else
                    {
                        generator.WriteYaml(writer);
                    }
                }

                File.Move(temporary, path, overwrite: true);
            }

            return path;
        }
    }
}
