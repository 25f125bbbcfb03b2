using System;
using System.Globalization;
using System.Linq;
using TopologyLint.Core.Tests.Rules;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Engine;
using TopologyLint.Loading;
using TopologyLint.Model;
using TopologyLint.Syntax;
using Xunit;

namespace TopologyLint.Core.Tests.Model
{
    /// <summary>
    /// What the binder keeps from the last bind of unchanged trees (sites by root, users by document) and uses again: only
    /// what binding anew would make alike, so every re-lint reports as a fresh lint, and reused items point into the
    /// topology at hand.
    /// </summary>
    public class BindReuseTests
    {
        private const string Include = "include: [fragments/a.yaml, fragments/b.yaml]\n";

        // Dan writes a voice key: his targets are pools and policies that every bind makes anew, so he is never reused.
        private const string FragmentA = "users:\n  - {sip: carol@contoso.com, site: hq}\n  - {sip: dan@contoso.com, site: hq, dialPlan: nowhere}\n";

        private const string FragmentB = "users:\n  - {sip: erin@contoso.com, site: hq}\n";

        [Fact]
        public void An_unchanged_fragments_users_without_voice_keys_are_reused_and_an_edited_fragments_are_bound_anew()
        {
            var (files, linter) = Deployment(ValidTopology.Yaml + Include, FragmentA, FragmentB);
            Topology first = Bound(linter.Lint(new[] { RootPath() }));

            files.Add("fragments/b.yaml", "users:\n  - {sip: frank@contoso.com, site: hq}\n");
            LintResult edited = linter.Lint(new[] { RootPath() });
            Topology second = Bound(edited);

            Assert.Same(UserNamed(first, "carol"), UserNamed(second, "carol"));
            Assert.NotSame(UserNamed(first, "dan"), UserNamed(second, "dan"));
            Assert.Same(second.SitesById["hq"], UserNamed(second, "carol").Site.Target);
            Assert.Equal(Reported(Fresh(files)), Reported(edited));
        }

        [Fact]
        public void A_site_that_an_edited_fragment_adds_resolves_the_users_of_an_unchanged_fragment()
        {
            var (files, linter) = Deployment(ValidTopology.Yaml + Include, "users:\n  - {sip: carol@contoso.com, site: branch}\n", FragmentB);
            LintResult before = linter.Lint(new[] { RootPath() });
            Assert.Contains(before.Diagnostics, d => d.Id == "TL0003" && Message(d).Contains("'branch'", StringComparison.Ordinal));

            files.Add("fragments/b.yaml", FragmentB + "sites:\n  - {id: branch, kind: branch, centralSite: hq}\n");
            LintResult after = linter.Lint(new[] { RootPath() });

            Topology topology = Bound(after);
            Assert.DoesNotContain(after.Diagnostics, d => d.Id == "TL0003");
            Assert.Same(topology.SitesById["branch"], UserNamed(topology, "carol").Site.Target);
            Assert.Equal(Reported(Fresh(files)), Reported(after));
        }

        [Fact]
        public void An_edited_root_binds_new_sites_and_every_user_points_to_them()
        {
            var (files, linter) = Deployment(ValidTopology.Yaml + Include, FragmentA, FragmentB);
            Topology first = Bound(linter.Lint(new[] { RootPath() }));

            files.Add(ValidTopology.FileName, ValidTopology.With("count: 10", "count: 12") + Include);
            LintResult edited = linter.Lint(new[] { RootPath() });
            Topology second = Bound(edited);

            Assert.NotSame(first.SitesById["hq"], second.SitesById["hq"]);
            Assert.All(second.Users, user => Assert.Same(second.SitesById["hq"], user.Site.Target));
            Assert.NotSame(UserNamed(first, "carol"), UserNamed(second, "carol"));
            Assert.Equal(Reported(Fresh(files)), Reported(edited));
        }

        [Fact]
        public void Reused_sites_report_their_duplicate_ids_and_unresolved_central_sites_as_a_fresh_lint()
        {
            string root = ValidTopology.With("sites:\n", "sites:\n  - {id: hq, kind: central}\n  - {id: lab, kind: branch, centralSite: nowhere}\n") + Include;
            var (files, linter) = Deployment(root, FragmentA, FragmentB);
            Topology first = Bound(linter.Lint(new[] { RootPath() }));

            files.Add("fragments/b.yaml", "users:\n  - {sip: frank@contoso.com, site: lab}\n");
            LintResult edited = linter.Lint(new[] { RootPath() });

            Topology second = Bound(edited);
            Assert.Same(first.SitesById["lab"], second.SitesById["lab"]);
            Assert.Contains(edited.Diagnostics, d => d.Id == "TL0004" && Message(d).Contains("'hq'", StringComparison.Ordinal));
            Assert.Contains(edited.Diagnostics, d => d.Id == "TL0003" && Message(d).Contains("'nowhere'", StringComparison.Ordinal));
            Assert.Equal(Reported(Fresh(files)), Reported(edited));
        }

        [Fact]
        public void Roots_that_share_a_fragment_and_bind_at_once_each_get_users_bound_to_their_own_sites()
        {
            // Each root makes its own site objects: a user reused across the roots' binds would point into the other topology.
            const string Fragment = "users:\n  - {sip: carol@contoso.com, site: hq}\n  - {sip: dan@contoso.com, site: hq}\n";
            MappingNode shared = Load("/t/shared.yaml", Fragment);
            MappingNode[] roots =
            {
                Load("/t/a.topology.yaml", "sites:\n  - {id: hq, kind: central}\nusers:\n  - {sip: alice@contoso.com, site: hq}\n"),
                Load("/t/b.topology.yaml", "sites:\n  - {id: hq, kind: central}\n"),
            };

            Topology[] bound = new Topology[400];
            System.Threading.Tasks.Parallel.For(0, bound.Length, i => bound[i] = Binder.Bind(roots[i % 2], new[] { shared }));

            Assert.All(bound, topology =>
            {
                Assert.Equal(new[] { "carol@contoso.com", "dan@contoso.com" }, topology.Users.Select(u => u.Sip!.Value).Where(sip => sip != "alice@contoso.com"));
                Assert.All(topology.Users, user => Assert.Same(topology.SitesById["hq"], user.Site.Target));
            });
            Assert.Equal(2, bound.Select(t => t.SitesById["hq"]).Distinct().Count());
        }

        [Fact]
        public void An_unchanged_fragments_user_on_no_site_is_reported_again_when_another_fragment_is_edited()
        {
            var (files, linter) = Deployment(ValidTopology.Yaml + Include, "users:\n  - {sip: carol@contoso.com, site: nowhere}\n", FragmentB);
            linter.Lint(new[] { RootPath() });

            files.Add("fragments/b.yaml", "users:\n  - {sip: frank@contoso.com, site: hq}\n");
            LintResult edited = linter.Lint(new[] { RootPath() });

            Assert.Single(edited.Diagnostics, d => d.Id == "TL0003" && Message(d).Contains("'nowhere'", StringComparison.Ordinal));
            Assert.Equal(Reported(Fresh(files)), Reported(edited));
        }

        [Fact]
        public void Binds_of_one_root_at_once_whose_sites_differ_each_get_users_bound_to_their_own_sites()
        {
            // The second fragment adds a site in one version, so each bind makes new sites and rebinds the first fragment's users.
            MappingNode root = Load("/t/r.topology.yaml", "sites:\n  - {id: hq, kind: central}\n  - {id: lab, kind: branch}\n");
            MappingNode users = Load("/t/users.yaml", "users:\n  - {sip: carol@contoso.com, site: hq}\n  - {sip: dan@contoso.com, site: lab}\n  - {sip: erin@contoso.com, site: hq}\n");
            MappingNode[] versions =
            {
                Load("/t/more.yaml", "sites:\n  - {id: annex, kind: branch}\nusers:\n  - {sip: frank@contoso.com, site: annex}\n"),
                Load("/t/more.yaml", "users:\n  - {sip: frank@contoso.com, site: hq}\n"),
            };

            Topology[] bound = new Topology[4000];
            System.Threading.Tasks.Parallel.For(0, bound.Length, i => bound[i] = Binder.Bind(root, new[] { users, versions[i % 2] }));

            Assert.All(bound, topology =>
            {
                Assert.Equal(4, topology.Users.Count);
                Assert.All(topology.Users, user => Assert.Same(topology.SitesById[user.Site.Name!], user.Site.Target));
            });
        }

        [Fact]
        public void A_fragment_bound_with_a_new_version_of_its_root_does_not_keep_the_old_root_alive()
        {
            MappingNode fragment = Load("/t/users.yaml", "users:\n  - {sip: carol@contoso.com, site: hq}\n");
            WeakReference oldRoot = BindWithRootThenDropIt(fragment);
            Binder.Bind(Load("/t/r.topology.yaml", "sites:\n  - {id: hq, kind: central}\n"), new[] { fragment });

            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            Assert.False(oldRoot.IsAlive);
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static WeakReference BindWithRootThenDropIt(MappingNode fragment)
        {
            MappingNode root = Load("/t/r.topology.yaml", "sites:\n  - {id: hq, kind: central}\n");
            Binder.Bind(root, new[] { fragment });
            return new WeakReference(root);
        }

        private static MappingNode Load(string path, string text) => ParsedMappings.Parse(text, path);

        private static (InMemoryFileSystem Files, TopologyLinter Linter) Deployment(string root, string fragmentA, string fragmentB)
        {
            var files = new InMemoryFileSystem();
            files.Add("fragments/a.yaml", fragmentA);
            files.Add("fragments/b.yaml", fragmentB);
            files.Add(ValidTopology.FileName, root);
            var options = new LintOptions { MaxDegreeOfParallelism = 1, DocumentCache = new LoadedDocumentCache(), KeepTopology = true };
            return (files, new TopologyLinter(files, options));
        }

        private static string RootPath() => InMemoryFileSystem.PathOf(ValidTopology.FileName);

        private static LintResult Fresh(InMemoryFileSystem files)
            => new TopologyLinter(files, new LintOptions { MaxDegreeOfParallelism = 1 }).Lint(new[] { RootPath() });

        private static Topology Bound(LintResult result) => Assert.IsType<Topology>(Assert.Single(result.Files).Topology);

        private static User UserNamed(Topology topology, string name)
            => Assert.Single(topology.Users, u => u.Sip?.Value == name + "@contoso.com");

        private static string Message(Microsoft.CodeAnalysis.Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

        private static string[] Reported(LintResult result)
            => result.Diagnostics.Select(d => $"{d.Location.GetLineSpan()} {d.Id} {d.Severity} {Message(d)}").ToArray();
    }
}
