using TopologyLint.Model;

namespace TopologyLint.Rules.Knowledge
{
    /// <summary>How messages name items that have no <c>ToString</c> of their own.</summary>
    public static class ItemNames
    {
        public static string Of(Topology topology) => topology.Name?.Value ?? "(unnamed topology)";

        public static string Of(Administrator administrator) => administrator.Account?.Value ?? "(administrator without account)";

        /// <summary>" at site 'x'" for a client deployment that names its site, so two deployments of one product can be told apart.</summary>
        public static string SiteSuffix(ClientDeployment client) => client.Site.Name is { } site ? $" at site '{site}'" : string.Empty;
    }
}
