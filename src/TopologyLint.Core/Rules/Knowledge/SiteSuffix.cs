using TopologyLint.Model;

namespace TopologyLint.Rules.Knowledge
{
    /// <summary>" at site 'x'" for a client deployment that names its site, so two deployments of one product can be told apart.</summary>
    public static class SiteSuffix
    {
        public static string Of(ClientDeployment client) => client.Site == null ? string.Empty : $" at site '{client.Site.Name}'";
    }
}
