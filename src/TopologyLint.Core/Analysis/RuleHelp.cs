using System.IO;
using System.Reflection;

namespace TopologyLint.Analysis
{
    /// <summary>The help pages (<c>docs/rules/TLxxxx.md</c>), embedded so every front end can show them.</summary>
    public static class RuleHelp
    {
        /// <summary>The rule's help page in Markdown, or null when it has none.</summary>
        public static string? Markdown(string id)
        {
            using Stream? stream = typeof(RuleHelp).Assembly.GetManifestResourceStream("TopologyLint.docs.rules." + id.ToUpperInvariant() + ".md");
            if (stream == null)
            {
                return null;
            }

            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>The engine's version, from the one place it is set (Directory.Build.props).</summary>
    public static class ToolVersion
    {
        public static string SemanticVersion { get; } = Read();

        private static string Read()
        {
            string? informational = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            if (string.IsNullOrEmpty(informational))
            {
                return "0.0.0";
            }

            // Drop the "+commit" build metadata the SDK appends.
            int plus = informational!.IndexOf('+');
            return plus >= 0 ? informational.Substring(0, plus) : informational;
        }
    }
}
