using System.IO;
using System.Linq;
using TopologyLint.Engine;
using TopologyLint.Loading;
using TopologyLint.Model;
using TopologyLint.Syntax;
using Xunit;

namespace TopologyLint.Core.Tests
{
    public class ExampleTwinTests
    {
        internal static string RepositoryPath(string relative)
        {
            string? directory = System.AppContext.BaseDirectory;
            while (directory != null && !File.Exists(Path.Combine(directory, "TopologyLint.sln")))
            {
                directory = Path.GetDirectoryName(directory);
            }

            return Path.Combine(directory ?? throw new DirectoryNotFoundException("repository root"), relative);
        }

        private static Topology Bind(string relative)
        {
            LintedFile file = new TopologyLinter(PhysicalFileSystem.Instance).LintFile(RepositoryPath(relative));
            return Binder.Bind((MappingNode)file.Documents[0].Root!, file.Documents.Skip(1).Select(d => (MappingNode)d.Root!));
        }

        [Fact]
        public void Yaml_and_json_examples_bind_to_the_same_model()
        {
            Topology yaml = Bind("examples/contoso/contoso.topology.yaml");
            Topology json = Bind("examples/contoso-json/contoso.topology.json");
            Assert.Equal(yaml.Sites.Select(s => s.Id!.Value), json.Sites.Select(s => s.Id!.Value));
            Assert.Equal(yaml.Pools.Select(p => p.Fqdn!.Value + "/" + p.Servers.Count), json.Pools.Select(p => p.Fqdn!.Value + "/" + p.Servers.Count));
            Assert.Equal(yaml.Users.Select(u => u.Sip!.Value + "=" + u.LineUri.Node?.Value), json.Users.Select(u => u.Sip!.Value + "=" + u.LineUri.Node?.Value));
            Assert.Equal(yaml.Trunks.Select(t => t.Name + ">" + t.Gateway.Name + "/" + t.TranslationRules.Count), json.Trunks.Select(t => t.Name + ">" + t.Gateway.Name + "/" + t.TranslationRules.Count));
            Assert.Equal(yaml.DialPlans.Select(d => d + "/" + string.Join(",", d.NormalizationRules.Select(r => r.Pattern?.Value))), json.DialPlans.Select(d => d + "/" + string.Join(",", d.NormalizationRules.Select(r => r.Pattern?.Value))));
            Assert.Equal(yaml.Routes.Select(r => r + "=" + r.Pattern?.Value + ">" + string.Join(",", r.ResolvedTrunks)), json.Routes.Select(r => r + "=" + r.Pattern?.Value + ">" + string.Join(",", r.ResolvedTrunks)));
            Assert.Equal(yaml.Users.Select(u => yaml.VoicePolicyInEffect(u).Policy?.ToString()), json.Users.Select(u => json.VoicePolicyInEffect(u).Policy?.ToString()));
            Assert.Equal(yaml.Network.Value!.Subnets.Select(s => s + ">" + s.Site.Name), json.Network.Value!.Subnets.Select(s => s + ">" + s.Site.Name));
            Assert.Equal(6, yaml.Routes.Count);
            Assert.Equal(3, yaml.Sites.Count);
            Assert.InRange(yaml.Users.Count, 40, 60);
            Assert.Contains(yaml.Users, u => u.Node.File.Path.EndsWith("branch-users.yaml", System.StringComparison.Ordinal));
        }
    }
}
