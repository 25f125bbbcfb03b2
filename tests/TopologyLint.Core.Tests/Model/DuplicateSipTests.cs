using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TopologyLint.Model;
using TopologyLint.Syntax;
using Xunit;

namespace TopologyLint.Core.Tests.Model
{
    /// <summary>
    /// Which users the binder keeps and which it records as duplicate sips (TL0004), held to the definition: in the
    /// documents' order, a user whose sip (ASCII letters compared case-insensitively) an earlier user has is a duplicate of
    /// the first such user. Random deployments, each bound, then bound again with one document replaced (what a language
    /// server does after an edit), against a dictionary of sips.
    /// </summary>
    public class DuplicateSipTests
    {
        // ed^ and ed~ differ in bit 0x20 alone, which the hash folds: they hash alike, and only the comparison tells them apart.
        private static readonly string[] Names = { "alice", "bob", "carol", "dan", "ed^", "ed~" };

        public static IEnumerable<object[]> Seeds => Enumerable.Range(1, 60).Select(seed => new object[] { seed });

        [Theory]
        [MemberData(nameof(Seeds))]
        public void Users_and_duplicate_sips_are_those_a_dictionary_of_sips_in_document_order_finds(int seed)
        {
            var random = new Random(seed);
            var texts = new List<string> { RandomUsers(random) };
            int fragments = random.Next(1, 5);
            for (int i = 0; i < fragments; i++)
            {
                texts.Add(RandomUsers(random));
            }

            List<MappingNode> documents = texts.Select((text, i) => Load(i, text)).ToList();
            AssertAsDefined(documents);

            // An edit: one document read anew, the others the same trees.
            int edited = random.Next(documents.Count);
            documents[edited] = Load(edited, RandomUsers(random));
            AssertAsDefined(documents);
        }

        [Fact]
        public void A_sip_repeated_across_documents_in_another_case_is_a_duplicate_of_the_first_document_s()
        {
            List<MappingNode> documents = new[]
            {
                "users:\n  - {sip: Alice@contoso.com, site: hq}\n",
                "users:\n  - {sip: bob@contoso.com, site: hq}\n  - {sip: bob@contoso.com, site: hq}\n",
                "users:\n  - {sip: ALICE@contoso.com, site: hq}\n  - {sip: BOB@contoso.com, site: hq}\n",
            }.Select(Load).ToList();

            Topology topology = Binder.Bind(documents[0], documents.Skip(1));

            Assert.All(documents, d => Assert.True(DocumentUsers.Of(MappingFields.Sequence(d, "users")!).AllAscii));
            Assert.Equal(new[] { "Alice@contoso.com", "bob@contoso.com" }, topology.Users.Select(u => u.Sip!.Value));
            Assert.Equal(
                new[] { "f1.yaml 3 -> f1.yaml 2", "f2.yaml 2 -> f0.yaml 2", "f2.yaml 3 -> f1.yaml 2" },
                topology.DuplicateDefinitions.Select(d => $"{Where(d.Duplicate)} -> {Where(d.First)}"));
        }

        [Fact]
        public void A_document_bound_twice_has_every_user_of_its_second_reading_a_duplicate()
        {
            MappingNode root = Load(0, "users:\n  - {sip: alice@contoso.com, site: hq}\n");
            MappingNode fragment = Load(1, "users:\n  - {sip: bob@contoso.com, site: hq}\n  - {sip: carol@contoso.com, site: hq}\n");

            AssertAsDefined(new List<MappingNode> { root, fragment, fragment });
        }

        [Fact]
        public void A_document_bound_twice_lists_its_users_without_a_sip_twice_as_distinct_users_after_a_bind_that_kept_them()
        {
            MappingNode root = Load(0, "users:\n  - {sip: alice@contoso.com, site: hq}\n");
            MappingNode fragment = Load(1, "users:\n  - {site: hq}\n");
            Binder.Bind(root, new[] { fragment });

            Topology twice = Binder.Bind(root, new[] { fragment, fragment });

            User[] withoutSip = twice.Users.Where(u => u.Sip == null).ToArray();
            Assert.Equal(2, withoutSip.Length);
            Assert.NotSame(withoutSip[0], withoutSip[1]);
        }

        private static void AssertAsDefined(List<MappingNode> documents)
        {
            Topology topology = Binder.Bind(documents[0], documents.Skip(1));

            var firsts = new Dictionary<string, ScalarNode>(StringComparer.OrdinalIgnoreCase);
            var users = new List<MappingNode>();
            var duplicates = new List<string>();
            foreach (MappingNode document in documents)
            {
                foreach (MappingNode user in (MappingFields.Sequence(document, "users")?.Items ?? Array.Empty<DocumentNode>()).OfType<MappingNode>())
                {
                    if (MappingFields.String(user, "sip") is { } sip)
                    {
                        if (firsts.TryGetValue(sip.Value, out ScalarNode? first))
                        {
                            duplicates.Add($"{Where(sip)} -> {Where(first)}");
                            continue;
                        }

                        firsts.Add(sip.Value, sip);
                    }

                    users.Add(user);
                }
            }

            Assert.Equal(users.Select(Where), topology.Users.Select(u => Where(u.Node)));
            Assert.Equal(duplicates, topology.DuplicateDefinitions.Where(d => d.Kind == "user sip").Select(d => $"{Where(d.Duplicate)} -> {Where(d.First)}"));
        }

        /// <summary>
        /// A users list of sips that repeat within and across documents, in either case, with users that have no sip or a
        /// number, items that are no user, sips that are not written in place (quoted, escaped), and now and then one that is
        /// not ASCII (compared as a string, as <see cref="StringComparer.OrdinalIgnoreCase"/> does: æ and Æ alike).
        /// </summary>
        private static string RandomUsers(Random random)
        {
            var text = new StringBuilder("users:\n");
            int count = random.Next(0, 8);
            for (int i = 0; i < count; i++)
            {
                string name = Names[random.Next(Names.Length)];
                name = random.Next(2) == 0 ? name : name.ToUpperInvariant();
                text.Append(random.Next(36) switch
                {
                    5 => $"  - {{sip: {(random.Next(2) == 0 ? "\u00e6rin" : "\u00c6RIN")}@contoso.com, site: hq}}\n",
                    0 => "  - {site: hq}\n",
                    1 => "  - {sip: 42, site: hq}\n",
                    2 => "  - not a user\n",
                    3 => $"  - {{sip: \"{name}\\x40contoso.com\", site: hq}}\n",
                    4 => $"  - {{sip: \"{name}@contoso.com\", site: hq}}\n",
                    _ => $"  - {{sip: {name}@contoso.com, site: hq}}\n",
                });
            }

            return text.ToString();
        }

        private static MappingNode Load(string text, int index) => Load(index, text);

        private static MappingNode Load(int index, string text) => ParsedMappings.Parse(text, $"/t/f{index}.yaml");

        private static string Where(DocumentNode node) => $"{System.IO.Path.GetFileName(node.File.Path)} {node.File.Text.Lines.GetLinePosition(node.Span.Start).Line + 1}";
    }
}
