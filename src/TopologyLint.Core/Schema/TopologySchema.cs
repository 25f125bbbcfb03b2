using System.IO;

namespace TopologyLint.Schema
{
    /// <summary>The DSL's JSON Schema (<c>schema/topology.schema.json</c>), embedded in the engine.</summary>
    public static class TopologySchema
    {
        private static readonly System.Lazy<string> LazyText = new System.Lazy<string>(() =>
        {
            using Stream stream = typeof(TopologySchema).Assembly.GetManifestResourceStream("TopologyLint.topology.schema.json")!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        });

        public static string Text => LazyText.Value;
    }
}
