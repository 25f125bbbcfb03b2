using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace TopologyLint.Import
{
    internal sealed class ImportedUser
    {
        public ImportedUser(string sip)
        {
            Sip = sip;
        }

        public string Sip { get; }

        public string? Site { get; set; }

        public string? RegistrarPool { get; set; }

        public bool? Enabled { get; set; }

        public bool? EnterpriseVoice { get; set; }

        public string? LineUri { get; set; }
    }

    internal sealed class ImportedUsers
    {
        public List<ImportedUser> Users { get; } = new List<ImportedUser>();

        /// <summary>How many users have no registrar pool of this topology (the to-do T-USERPOOL).</summary>
        public int WithoutPool { get; set; }

        /// <summary>The first five of them.</summary>
        public List<string> WithoutPoolExamples { get; } = new List<string>();
    }

    /// <summary>Turns the export's rows into users (docs/import.md, "Users"): homed on a registrar pool of the imported topology.</summary>
    internal static partial class UserImport
    {
        private const int ExamplesInToDo = 5;

        public static ImportedUsers Resolve(IEnumerable<UserRow> rows, string file, ImportedTopology topology, ImportWarnings warnings)
        {
            // A user's registrarPool names a front-end, SBA or SBS pool.
            var registrars = new Dictionary<string, ImportedPool>(StringComparer.OrdinalIgnoreCase);
            foreach (ImportedPool pool in topology.Pools.Where(p => p.Role == ImportedRole.FrontEnd || p.Role == ImportedRole.SurvivableBranchServer))
            {
                registrars.TryAdd(pool.Fqdn, pool);
            }

            var result = new ImportedUsers();
            var firstRowOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var unknownPools = new SortedDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (UserRow row in rows)
            {
                string sip = row.SipAddress?.Trim() ?? string.Empty;
                if (sip.StartsWith("sip:", StringComparison.OrdinalIgnoreCase))
                {
                    sip = sip.Substring(4);
                }

                if (sip.Length == 0)
                {
                    warnings.Add(row.Where, "no SipAddress: row skipped");
                    continue;
                }

                if (!SipAddress().IsMatch(sip))
                {
                    warnings.Add(row.Where, $"the SipAddress '{sip}' is not user@domain: row skipped");
                    continue;
                }

                if (!firstRowOf.TryAdd(sip, row.Where))
                {
                    warnings.Add(row.Where, $"the SIP address '{sip}' is also at {firstRowOf[sip]}: written twice (TL0004 reports it)");
                }

                var user = new ImportedUser(sip) { Enabled = row.Enabled, EnterpriseVoice = row.EnterpriseVoice, LineUri = row.LineUri };
                string? poolName = row.RegistrarPool?.Trim();
                if (poolName is { Length: > 0 } && registrars.TryGetValue(poolName, out ImportedPool? pool))
                {
                    user.RegistrarPool = pool.Fqdn;
                    user.Site = pool.Site;
                }
                else
                {
                    if (poolName is { Length: > 0 })
                    {
                        unknownPools[poolName] = unknownPools.GetValueOrDefault(poolName) + 1;
                    }

                    result.WithoutPool++;
                    if (result.WithoutPoolExamples.Count < ExamplesInToDo)
                    {
                        result.WithoutPoolExamples.Add(sip);
                    }
                }

                result.Users.Add(user);
            }

            foreach (KeyValuePair<string, int> unknown in unknownPools)
            {
                warnings.Add(file, $"{unknown.Value} {(unknown.Value == 1 ? "user names" : "users name")} the registrar pool '{unknown.Key}', which is no front-end or branch pool of the topology: written without registrarPool and site");
            }

            return result;
        }

        /// <summary>The schema's pattern for <c>users[].sip</c>.</summary>
        [GeneratedRegex(@"^[^@\s]+@[^@\s]+$")]
        private static partial Regex SipAddress();
    }
}
