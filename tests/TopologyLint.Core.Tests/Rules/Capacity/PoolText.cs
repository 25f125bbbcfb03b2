using System.Globalization;
using System.Linq;

namespace TopologyLint.Core.Tests.Rules.Capacity
{
    /// <summary>Pool and user lines for the capacity tests, written into <see cref="ValidTopology"/>.</summary>
    internal static class PoolText
    {
        /// <summary>The front-end pool's first key, marked: where a finding about the pool is reported.</summary>
        public const string MarkedFrontEnd = "  - [|fqdn|]: fe.contoso.local\n";

        public const string FrontEnd = "  - fqdn: fe.contoso.local\n";

        /// <summary>The front-end pool's three server lines.</summary>
        public const string FrontEndServers = "      - {fqdn: fe01.contoso.local, domainMember: true}\n      - {fqdn: fe02.contoso.local, domainMember: true}\n      - {fqdn: fe03.contoso.local, domainMember: true}\n";

        /// <summary><paramref name="count"/> server lines named <c>{prefix}NN.contoso.local</c>.</summary>
        public static string Servers(string prefix, int count)
            => string.Concat(Enumerable.Range(1, count).Select(i => string.Format(CultureInfo.InvariantCulture, "      - {{fqdn: {0}{1:00}.contoso.local, domainMember: true}}\n", prefix, i)));

        /// <summary>The valid topology whose front-end pool writes <paramref name="keys"/> (block lines) after its edition.</summary>
        public static string FrontEndWith(string keys) => ValidTopology.With("    edition: enterprise\n", "    edition: enterprise\n" + keys);

        /// <summary>A branch site and an SBA in it backing up to the front-end pool, homing <paramref name="plannedUsers"/>.</summary>
        public static string WithBranchAppliance(this string yaml, long plannedUsers)
            => yaml
                .With("pools:\n", "  - {id: reno, kind: branch}\npools:\n")
                .With("reverseProxies:\n", string.Format(CultureInfo.InvariantCulture, "  - fqdn: reno-sba.contoso.local\n    role: survivable-branch-appliance\n    site: reno\n    backupPool: fe.contoso.local\n    plannedUsers: {0}\n    servers: [{{fqdn: reno-sba01.contoso.local, domainMember: true}}]\nreverseProxies:\n", plannedUsers));
    }
}
