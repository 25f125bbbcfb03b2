using System;
using System.Collections.Generic;
using System.Linq;
using TopologyLint.Model;

namespace TopologyLint.Rules.Knowledge
{
    /// <summary>Who carries the Enterprise Voice workload, and where (TL1008, TL1011, TL2001, TL2003, TL3001-TL3004).</summary>
    public static class EnterpriseVoice
    {
        /// <summary><see cref="SitesWithUsers"/> of each topology, found once: four rules ask, and finding them visits every user.</summary>
        private static readonly PerTopology<HashSet<Site>> SitesWithUsersByTopology = new PerTopology<HashSet<Site>>(FindSitesWithUsers);

        /// <summary>
        /// An Enterprise Voice user is one with <c>enterpriseVoice: true</c>, whatever <c>enabled</c> says:
        /// the document declares the user voice-enabled, so the number, the emergency location and the
        /// PSTN route must be ready for the day the account is enabled.
        /// </summary>
        /// <remarks>Reads the value without making its node, and compares the <c>bool?</c> directly (<c>Field&lt;T&gt;.IsTrue</c> boxes it): a cost paid per user.</remarks>
        public static bool IsUser(User user) => user.EnterpriseVoiceValue == true;

        public static bool HasUsers(Topology topology) => topology.Users.Any(IsUser);

        /// <summary>
        /// The sites that at least one Enterprise Voice user names (references TL0003 reports are not followed).
        /// A new set on each call, which the caller may change; copying it costs per site, not per user.
        /// </summary>
        public static HashSet<Site> SitesWithUsers(Topology topology)
            => new HashSet<Site>(SitesWithUsersByTopology.Of(topology));

        /// <summary>
        /// The sites with voice clients: an Enterprise Voice user, or a client deployment with clients
        /// (a deployment with <c>count: 0</c> has none; one without a count is taken to have some).
        /// </summary>
        public static HashSet<Site> SitesWithVoiceClients(Topology topology)
        {
            HashSet<Site> sites = SitesWithUsers(topology);
            foreach (ClientDeployment client in topology.Clients)
            {
                if (client.Site.Target is Site site && client.Count.Value != 0)
                {
                    sites.Add(site);
                }
            }

            return sites;
        }

        private static HashSet<Site> FindSitesWithUsers(Topology topology)
        {
            // A loop rather than LINQ, and each run of users on one site added once: this visits every user.
            var sites = new HashSet<Site>();
            Site? previous = null;
            foreach (User user in topology.Users)
            {
                if (IsUser(user) && user.ResolvedSite is { } site && site != previous)
                {
                    sites.Add(site);
                    previous = site;
                }
            }

            return sites;
        }
    }
}
