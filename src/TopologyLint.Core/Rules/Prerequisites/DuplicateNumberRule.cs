using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>
    /// TL1010: two users have the same primary number. One pass over all users (root and fragments)
    /// with dictionaries keyed by normalized number and by extension, so a large directory stays
    /// linear; reported at the later user's <c>lineUri</c>, naming the earliest user it collides with.
    /// </summary>
    public sealed class DuplicateNumberRule : ModelRule
    {
        public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            "TL1010",
            "Two users have the same number",
            "The lineUri '{0}' of '{1}' is the same number as that of '{2}' ({3})",
            RuleCategory.Prerequisites,
            DiagnosticSeverity.Error,
            "A primary number must identify one user: Lync Server 2013 routes inbound calls and resolves callers by the line URI, and a private extension written as bare digits must be unique across the enterprise.");

        public override DiagnosticDescriptor Descriptor => Rule;

        public override void Analyze(RuleContext context)
        {
            if (context.Topology == null)
            {
                return;
            }

            // First holder of each full number (tel:+E164 with or without ;ext=), of each extension written
            // bare, and of each extension in either form. A user's position in the list orders "earlier".
            var byNumber = new Dictionary<string, (int Index, User User)>(System.StringComparer.Ordinal);
            var byBareExtension = new Dictionary<string, (int Index, User User)>(System.StringComparer.Ordinal);
            var byAnyExtension = new Dictionary<string, (int Index, User User)>(System.StringComparer.Ordinal);
            List<User> users = context.Topology.Users;
            for (int index = 0; index < users.Count; index++)
            {
                User user = users[index];

                // A lineUri that is not normalized (TL1009) has no number to compare.
                if (user.LineUri is not { } node || !LineUri.TryParse(node.Value, out LineUri? lineUri))
                {
                    continue;
                }

                (int Index, User User)? earlier;
                if (lineUri!.IsBareExtension)
                {
                    // A bare extension collides with the same extension on any base number, and with itself.
                    earlier = Find(byAnyExtension, lineUri.Extension!);
                }
                else
                {
                    earlier = Find(byNumber, lineUri.Normalized);
                    if (lineUri.Extension != null)
                    {
                        earlier = Earliest(earlier, Find(byBareExtension, lineUri.Extension));
                    }
                }

                if (earlier is { } first)
                {
                    context.Report(node, node.Value, user, first.User, Locations.Describe(first.User.LineUri!, node));
                }

                var entry = (index, user);
                if (lineUri.IsBareExtension)
                {
                    Add(byBareExtension, lineUri.Extension!, entry);
                }
                else
                {
                    Add(byNumber, lineUri.Normalized, entry);
                }

                if (lineUri.Extension != null)
                {
                    Add(byAnyExtension, lineUri.Extension, entry);
                }
            }
        }

        private static (int Index, User User)? Find(Dictionary<string, (int Index, User User)> holders, string key)
            => holders.TryGetValue(key, out (int Index, User User) holder) ? holder : null;

        private static (int Index, User User)? Earliest((int Index, User User)? a, (int Index, User User)? b)
            => a == null || (b != null && b.Value.Index < a.Value.Index) ? b : a;

        private static void Add(Dictionary<string, (int Index, User User)> holders, string key, (int Index, User User) holder)
        {
            // The first holder stays: every later user is reported against it.
            if (!holders.ContainsKey(key))
            {
                holders.Add(key, holder);
            }
        }
    }
}
