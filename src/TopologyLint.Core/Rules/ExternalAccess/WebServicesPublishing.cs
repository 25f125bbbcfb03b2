using System.Collections.Generic;
using TopologyLint.Model;

namespace TopologyLint.Rules.ExternalAccess
{
    /// <summary>Which pools the reverse proxies publish (TL5006, TL5010).</summary>
    internal static class WebServicesPublishing
    {
        /// <summary>The pools some reverse proxy's <c>publishes</c> names (references TL0003 reports are not followed).</summary>
        public static HashSet<Pool> PublishedPools(Topology topology)
        {
            var published = new HashSet<Pool>();
            foreach (ReverseProxy proxy in topology.ReverseProxies)
            {
                foreach (Reference<Pool> item in proxy.Publishes)
                {
                    if (item.Target is { } pool)
                    {
                        published.Add(pool);
                    }
                }
            }

            return published;
        }

        public static bool HasDirector(Topology topology)
        {
            foreach (Pool pool in topology.Pools)
            {
                if (pool.Role.Value == PoolRole.Director)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
