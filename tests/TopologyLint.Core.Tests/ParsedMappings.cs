using System.Text;
using TopologyLint.Analysis;
using TopologyLint.Configuration;
using TopologyLint.Loading;
using TopologyLint.Syntax;
using Xunit;

namespace TopologyLint.Core.Tests
{
    /// <summary>A document loaded from text, as its root mapping: what tests of the binder and of the tree bind or read.</summary>
    internal static class ParsedMappings
    {
        public static MappingNode Parse(string text, string path = "/t/a.yaml")
            => Assert.IsType<MappingNode>(DocumentLoader.Load(path, Encoding.UTF8.GetBytes(text), LoaderLimits.Default, new DiagnosticSink(DefaultConfiguration.Instance)).Root);
    }
}
