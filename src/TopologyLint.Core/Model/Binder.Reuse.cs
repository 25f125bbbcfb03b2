using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using TopologyLint.Syntax;
using static TopologyLint.Model.MappingFields;

namespace TopologyLint.Model
{
    /// <remarks>
    /// A node tree never changes (an edit makes a new tree, and a loader cache hands out the same tree for the same text),
    /// so what the binder made of unchanged trees is kept with them and used again: a language server re-binding a
    /// deployment of fifty fragments after an edit to one makes new objects for that fragment, not for its 100,000 users,
    /// whose allocation and promotion were most of a bind (the users themselves: see <see cref="DocumentUsers"/>). Only
    /// items whose every input is provably the same are reused, so a reused bind is the bind a fresh one would make.
    /// </remarks>
    public static partial class Binder
    {
        // What the last bind of a root kept: its sites, reused while every document's `sites` sequence is the same node; its
        // users' merged sip hashes, into which the next bind merges only the documents that changed; and, by document, its
        // users that the next bind may reuse. Kept by root, so that roots sharing a fragment neither evict each other's
        // users nor keep each other alive.
        private static readonly ConditionalWeakTable<MappingNode, RootBinding> ByRoot = new ConditionalWeakTable<MappingNode, RootBinding>();

        /// <summary>The last binding of <paramref name="root"/>'s sites, when every document's <c>sites</c> is the same node as then; or null.</summary>
        private static SiteBinding? ReusableSites(MappingNode root, SequenceNode?[] sequences)
            => ByRoot.TryGetValue(root, out RootBinding? slot) && slot.Sites is { } last && last.IsBoundFrom(sequences) ? last : null;

        /// <summary>Adds the reused sites to <paramref name="topology"/>, as binding them anew would (<see cref="BindSites(Topology, MappingNode, List{Site})"/>).</summary>
        private static void AddSites(Topology topology, SiteBinding binding, List<Site> sites)
        {
            sites.AddRange(binding.Sites);
            foreach (Site site in binding.Sites)
            {
                if (site.Id != null)
                {
                    topology.SitesByIdTable.Add(site.Id.Value, site);
                }
            }

            topology.DuplicateDefinitionList.AddRange(binding.Duplicates);
        }

        /// <summary>Adds what resolving the reused sites' associations recorded, as <see cref="ResolveSiteAssociations"/> would.</summary>
        private static void AddSiteAssociations(Topology topology, SiteBinding binding)
        {
            topology.OnlyCentralSite = binding.OnlyCentralSite;
            topology.UnresolvedReferenceList.AddRange(binding.Unresolved);
        }

        /// <summary>Keeps what binding <paramref name="root"/>'s sites gave, once their associations are set: a reused site is never written again.</summary>
        private static void RememberSites(MappingNode root, SiteBinding binding)
            => ByRoot.GetValue(root, _ => new RootBinding()).Sites = binding;

        private static IReadOnlyDictionary<DocumentUsers, UserBinding>? LastUserBindings(MappingNode root)
            => ByRoot.TryGetValue(root, out RootBinding? slot) ? slot.Users : null;

        private static void RememberUserBindings(MappingNode root, IReadOnlyDictionary<DocumentUsers, UserBinding> users)
            => ByRoot.GetValue(root, _ => new RootBinding()).Users = users;

        private static DocumentUsers.MergedSips? LastMergedSips(MappingNode root)
            => ByRoot.TryGetValue(root, out RootBinding? slot) ? slot.Sips : null;

        private static void RememberMergedSips(MappingNode root, DocumentUsers.MergedSips? merged)
            => ByRoot.GetValue(root, _ => new RootBinding()).Sips = merged;

        /// <summary>What a root's last bind kept (a holder: netstandard2.0 has no <c>ConditionalWeakTable.AddOrUpdate</c>).</summary>
        private sealed class RootBinding
        {
            public SiteBinding? Sites { get; set; }

            public DocumentUsers.MergedSips? Sips { get; set; }

            public IReadOnlyDictionary<DocumentUsers, UserBinding>? Users { get; set; }
        }

        /// <summary>The users of a document that a bind of a root made without voice targets, by item, and the site each was bound to; never written once published.</summary>
        private sealed class UserBinding
        {
            public UserBinding(User?[] users, Site?[] sites)
            {
                Users = users;
                Sites = sites;
            }

            public User?[] Users { get; }

            public Site?[] Sites { get; }

            /// <summary>The user bound last at <paramref name="item"/> when it was bound to <paramref name="site"/>, or null.</summary>
            public User? Reusable(int item, Site? site) => Users[item] is { } user && ReferenceEquals(Sites[item], site) ? user : null;

            /// <summary>A binding of <paramref name="length"/> items that starts as this one's first <paramref name="count"/>.</summary>
            public static UserBinding StartingAs(UserBinding? last, int count, int length)
            {
                var binding = new UserBinding(new User?[length], new Site?[length]);
                if (last != null)
                {
                    Array.Copy(last.Users, binding.Users, count);
                    Array.Copy(last.Sites, binding.Sites, count);
                }

                return binding;
            }
        }

        /// <summary>The users a bind may reuse (the root's last bind's) and those it leaves for the next.</summary>
        private sealed class UserReuse
        {
            public UserReuse(IReadOnlyDictionary<DocumentUsers, UserBinding>? last) => Last = last;

            public IReadOnlyDictionary<DocumentUsers, UserBinding>? Last { get; }

            public Dictionary<DocumentUsers, UserBinding> Next { get; } = new Dictionary<DocumentUsers, UserBinding>();
        }

        /// <summary>What binding the sites of a root's documents gave: the sites, with their associations, and what was recorded.</summary>
        private sealed class SiteBinding
        {
            private readonly SequenceNode?[] _sequences;

            public SiteBinding(SequenceNode?[] sequences, IReadOnlyList<Site> sites, List<DuplicateDefinition> duplicates, List<UnresolvedReference> unresolved, Site? onlyCentralSite)
            {
                _sequences = sequences;
                Sites = sites;
                Duplicates = duplicates;
                Unresolved = unresolved;
                OnlyCentralSite = onlyCentralSite;
            }

            public IReadOnlyList<Site> Sites { get; }

            /// <summary>Duplicate site ids (TL0004).</summary>
            public IReadOnlyList<DuplicateDefinition> Duplicates { get; }

            /// <summary>Unresolved <c>centralSite</c> references (TL0003).</summary>
            public IReadOnlyList<UnresolvedReference> Unresolved { get; }

            public Site? OnlyCentralSite { get; }

            public bool IsBoundFrom(SequenceNode?[] sequences)
            {
                if (sequences.Length != _sequences.Length)
                {
                    return false;
                }

                for (int i = 0; i < sequences.Length; i++)
                {
                    if (!ReferenceEquals(sequences[i], _sequences[i]))
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }
}
