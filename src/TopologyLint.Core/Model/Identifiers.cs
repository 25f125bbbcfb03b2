using System;
using System.Collections.Generic;
using System.Linq;
using TopologyLint.Syntax;

namespace TopologyLint.Model
{
    /// <summary>What an identifier names. Kinds that share a name space say so through <see cref="Identifiers.NameSpaceOf"/>.</summary>
    public enum IdentifierKind
    {
        Site,
        Pool,

        /// <summary>A server fqdn: in the pools' name space, as pools and servers share DNS.</summary>
        Server,

        /// <summary>A v1 <c>pstn[]</c> id: in the trunks' name space (a route names it as a trunk).</summary>
        PstnConnection,
        Gateway,
        Trunk,
        PstnUsage,
        DialPlan,
        VoicePolicy,
        LocationPolicy,
        Route,
        Region,
        NetworkSite,
        SipDomain,
    }

    /// <summary>Where an identifier is written: a path of keys from the document's root (<c>*</c> for every list item).</summary>
    public sealed class IdentifierPath
    {
        internal IdentifierPath(string path, IdentifierKind kind, bool isDefinition, params string[] poolRoles)
        {
            Path = path.Split('.');
            Kind = kind;
            IsDefinition = isDefinition;
            PoolRoles = poolRoles;
        }

        /// <summary>The keys from the root, <c>*</c> standing for each item of a list, e.g. <c>voice, routes, *, trunks, *</c>.</summary>
        public IReadOnlyList<string> Path { get; }

        public IdentifierKind Kind { get; }

        /// <summary>The identifier defines the thing; otherwise it refers to a definition.</summary>
        public bool IsDefinition { get; }

        /// <summary>For a reference to a pool, the roles (as written in documents) of the pools it may name; empty for any role.</summary>
        public IReadOnlyList<string> PoolRoles { get; }

        public override string ToString() => string.Join(".", Path);
    }

    /// <summary>An identifier found in a document: where, and the path that made it one.</summary>
    public readonly struct IdentifierOccurrence
    {
        internal IdentifierOccurrence(IdentifierPath path, ScalarNode node, MappingNode item)
        {
            Path = path;
            Node = node;
            Item = item;
        }

        public IdentifierPath Path { get; }

        public ScalarNode Node { get; }

        /// <summary>The mapping that holds the identifier (for a list of names, the mapping that holds the list).</summary>
        public MappingNode Item { get; }
    }

    /// <summary>
    /// Every identifier and reference of the DSL (docs/topology.md, "Identifiers and references") as data:
    /// the binder resolves these, and tools that read documents without binding them (the language server's definition,
    /// references, rename and completion) find them here. A test holds the table to the binder: every TL0003 and TL0004 the
    /// binder records is at one of these paths.
    /// </summary>
    public static class Identifiers
    {
        private static readonly string[] MediationRoles = { "mediation", "front-end", "survivable-branch-appliance", "survivable-branch-server" };
        private static readonly string[] RegistrarRoles = { "front-end", "survivable-branch-appliance", "survivable-branch-server" };

        public static IReadOnlyList<IdentifierPath> Paths { get; } = new[]
        {
            // Definitions.
            new IdentifierPath("sites.*.id", IdentifierKind.Site, true),
            new IdentifierPath("pools.*.fqdn", IdentifierKind.Pool, true),
            new IdentifierPath("pools.*.servers.*.fqdn", IdentifierKind.Server, true),
            new IdentifierPath("pstn.*.id", IdentifierKind.PstnConnection, true),
            new IdentifierPath("gateways.*.fqdn", IdentifierKind.Gateway, true),

            // A v1 entry's gateway defines one when no gateway of that fqdn exists yet (TOPOLOGY-v2 A.3).
            new IdentifierPath("pstn.*.gateways.*", IdentifierKind.Gateway, true),
            new IdentifierPath("trunks.*.name", IdentifierKind.Trunk, true),
            new IdentifierPath("voice.pstnUsages.*", IdentifierKind.PstnUsage, true),
            new IdentifierPath("voice.dialPlans.*.name", IdentifierKind.DialPlan, true),
            new IdentifierPath("voice.voicePolicies.*.name", IdentifierKind.VoicePolicy, true),
            new IdentifierPath("voice.routes.*.name", IdentifierKind.Route, true),
            new IdentifierPath("network.locationPolicies.*.name", IdentifierKind.LocationPolicy, true),
            new IdentifierPath("network.regions.*.id", IdentifierKind.Region, true),
            new IdentifierPath("network.sites.*.id", IdentifierKind.NetworkSite, true),
            new IdentifierPath("sipDomains.*", IdentifierKind.SipDomain, true),

            // References.
            new IdentifierPath("sites.*.centralSite", IdentifierKind.Site, false),
            new IdentifierPath("pools.*.site", IdentifierKind.Site, false),
            new IdentifierPath("pools.*.backupPool", IdentifierKind.Pool, false, "front-end"),
            new IdentifierPath("pools.*.edgePool", IdentifierKind.Pool, false, "edge"),
            new IdentifierPath("reverseProxies.*.site", IdentifierKind.Site, false),
            new IdentifierPath("reverseProxies.*.publishes.*", IdentifierKind.Pool, false, "front-end", "director"),
            new IdentifierPath("pstn.*.site", IdentifierKind.Site, false),
            new IdentifierPath("pstn.*.mediationPool", IdentifierKind.Pool, false, MediationRoles),
            new IdentifierPath("gateways.*.site", IdentifierKind.Site, false),
            new IdentifierPath("trunks.*.gateway", IdentifierKind.Gateway, false),
            new IdentifierPath("trunks.*.mediationPool", IdentifierKind.Pool, false, MediationRoles),
            new IdentifierPath("clients.*.site", IdentifierKind.Site, false),
            new IdentifierPath("users.*.site", IdentifierKind.Site, false),
            new IdentifierPath("users.*.registrarPool", IdentifierKind.Pool, false, RegistrarRoles),
            new IdentifierPath("users.*.dialPlan", IdentifierKind.DialPlan, false),
            new IdentifierPath("users.*.voicePolicy", IdentifierKind.VoicePolicy, false),
            new IdentifierPath("users.*.locationPolicy", IdentifierKind.LocationPolicy, false),
            new IdentifierPath("voice.dialPlans.*.site", IdentifierKind.Site, false),
            new IdentifierPath("voice.voicePolicies.*.site", IdentifierKind.Site, false),
            new IdentifierPath("voice.voicePolicies.*.pstnUsages.*", IdentifierKind.PstnUsage, false),
            new IdentifierPath("voice.routes.*.pstnUsages.*", IdentifierKind.PstnUsage, false),
            new IdentifierPath("voice.routes.*.trunks.*", IdentifierKind.Trunk, false),
            new IdentifierPath("network.locationPolicies.*.site", IdentifierKind.Site, false),
            new IdentifierPath("network.locationPolicies.*.pstnUsage", IdentifierKind.PstnUsage, false),
            new IdentifierPath("network.regions.*.centralSite", IdentifierKind.Site, false),
            new IdentifierPath("network.sites.*.region", IdentifierKind.Region, false),
            new IdentifierPath("network.sites.*.locationPolicy", IdentifierKind.LocationPolicy, false),
            new IdentifierPath("network.subnets.*.site", IdentifierKind.NetworkSite, false),
            new IdentifierPath("simpleUrls.meet.*.domain", IdentifierKind.SipDomain, false),
        };

        /// <summary>The kind whose identifiers share a name space with <paramref name="kind"/>'s (pools and servers; trunks and v1 PSTN ids).</summary>
        public static IdentifierKind NameSpaceOf(IdentifierKind kind) => kind switch
        {
            IdentifierKind.Server => IdentifierKind.Pool,
            IdentifierKind.PstnConnection => IdentifierKind.Trunk,
            _ => kind,
        };

        /// <summary>How names of the kind compare: site, region and network site ids exactly; the others regardless of case.</summary>
        public static StringComparer ComparerOf(IdentifierKind kind)
            => kind is IdentifierKind.Site or IdentifierKind.Region or IdentifierKind.NetworkSite ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

        /// <summary>Whether two occurrences name the same thing.</summary>
        public static bool AreSame(IdentifierKind kind, string name, IdentifierKind otherKind, string otherName)
            => NameSpaceOf(kind) == NameSpaceOf(otherKind) && ComparerOf(kind).Equals(name, otherName);

        /// <summary>The identifiers written in one document (a root or a fragment), path by path, as strings.</summary>
        public static IEnumerable<IdentifierOccurrence> In(MappingNode document)
        {
            foreach (IdentifierPath path in Paths)
            {
                foreach (IdentifierOccurrence occurrence in Walk(document, path, 0, document))
                {
                    yield return occurrence;
                }
            }
        }

        /// <summary>The reference paths a value at <paramref name="keys"/> (keys from the root, <c>*</c> for list items) would be on.</summary>
        public static IdentifierPath? At(IReadOnlyList<string> keys)
            => Paths.FirstOrDefault(p => p.Path.Count == keys.Count && p.Path.SequenceEqual(keys, StringComparer.Ordinal));

        private static IEnumerable<IdentifierOccurrence> Walk(DocumentNode node, IdentifierPath path, int step, MappingNode holder)
        {
            if (step == path.Path.Count)
            {
                if (node is ScalarNode { Type: ScalarType.String } scalar)
                {
                    yield return new IdentifierOccurrence(path, scalar, holder);
                }

                yield break;
            }

            string key = path.Path[step];
            if (key == "*")
            {
                if (node is SequenceNode sequence)
                {
                    foreach (DocumentNode item in sequence.Items)
                    {
                        foreach (IdentifierOccurrence occurrence in Walk(item, path, step + 1, item as MappingNode ?? holder))
                        {
                            yield return occurrence;
                        }
                    }
                }
            }
            else if (node is MappingNode mapping && mapping[key] is { } value)
            {
                foreach (IdentifierOccurrence occurrence in Walk(value, path, step + 1, mapping))
                {
                    yield return occurrence;
                }
            }
        }
    }
}
