using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Configuration;
using TopologyLint.Engine;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Testing
{
    /// <summary>
    /// The base of a rule's test class (<c>TLxxxxTests : RuleTests&lt;TheRule&gt;</c>). A test writes its documents
    /// with the expected spans marked (<see cref="MarkedText"/>) and calls <c>Verify</c>: the documents are linted in
    /// memory through the engine's one entry point, and the diagnostics of the rule under test, and of every rule a
    /// marker names, must be exactly the marked ones, each at the rule's default severity unless options say otherwise.
    /// </summary>
    public abstract class RuleTests<TRule>
        where TRule : TopologyRule, new()
    {
        protected static DiagnosticDescriptor Descriptor { get; } = new TRule().Descriptor;

        /// <summary>Verifies a marked root document named <see cref="ValidTopology.FileName"/>.</summary>
        protected static VerifiedLint Verify(string markedRoot, LintOptions? options = null)
            => Verify(options, (ValidTopology.FileName, markedRoot));

        /// <summary>Verifies marked documents; the first is the root, the others are files it may include.</summary>
        protected static VerifiedLint Verify(params (string Path, string Marked)[] files)
            => Verify(options: null, files);

        protected static VerifiedLint Verify(LintOptions? options, params (string Path, string Marked)[] files)
            => VerifyIn(new InMemoryFileSystem(), options, files);

        /// <summary>Lints documents in memory without verifying spans, for a test that asserts over the whole result; the first is the root.</summary>
        protected static LintResult Lint(params (string Path, string Text)[] files) => InMemoryLint.Run(files);

        /// <summary>Verifies marked documents added to <paramref name="fileSystem"/>, which may hold other files and directories.</summary>
        private protected static VerifiedLint VerifyIn(InMemoryFileSystem fileSystem, LintOptions? options, params (string Path, string Marked)[] files)
        {
            var expected = new List<(string Path, ExpectedSpan Span)>();
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach ((string relativePath, string marked) in files)
            {
                MarkedText document = MarkedText.Parse(marked, Descriptor.Id);
                string path = fileSystem.Add(relativePath, document.Text);
                texts[path] = document.Text;
                expected.AddRange(document.Spans.Select(span => (path, span)));
            }

            LintResult result = new TopologyLinter(fileSystem, options ?? new LintOptions { MaxDegreeOfParallelism = 1 }).Lint(new[] { InMemoryFileSystem.PathOf(files[0].Path) });
            var verifiedIds = new HashSet<string>(expected.Select(e => e.Span.Id).Append(Descriptor.Id), StringComparer.Ordinal);
            Diagnostic[] verified = result.Diagnostics.Where(d => verifiedIds.Contains(d.Id)).ToArray();

            string[] expectedLines = expected.Select(e => Describe(e.Path, e.Span)).OrderBy(l => l, StringComparer.Ordinal).ToArray();
            string[] actualLines = verified.Select(d => Describe(d.Location.GetLineSpan().Path, new ExpectedSpan(d.Id, d.Location.SourceSpan))).OrderBy(l => l, StringComparer.Ordinal).ToArray();
            if (!expectedLines.SequenceEqual(actualLines))
            {
                Assert.Fail("The diagnostics differ from the marked spans.\nExpected:\n  " + string.Join("\n  ", expectedLines)
                    + "\nActual:\n  " + string.Join("\n  ", actualLines)
                    + "\nThe documents marked as linted:\n" + string.Join("\n", texts.Select(t => "--- " + Path.GetFileName(t.Key) + "\n" + MarkedText.Mark(t.Value, verified
                        .Where(d => d.Location.GetLineSpan().Path == t.Key)
                        .Select(d => new ExpectedSpan(d.Id, d.Location.SourceSpan))))));
            }

            if (options == null || options.Configuration == DefaultConfiguration.Instance)
            {
                Assert.All(verified, d => Assert.Equal(d.Descriptor.DefaultSeverity, d.Severity));
            }

            return new VerifiedLint(Descriptor.Id, result);
        }

        private static string Describe(string path, ExpectedSpan span)
            => $"{span.Id} {Path.GetFileName(path)} {span.Span}";
    }

    /// <summary>Lints documents held in memory through the engine's one entry point.</summary>
    internal static class InMemoryLint
    {
        /// <summary>Lints the first document as the root; the others are files it may include.</summary>
        public static LintResult Run(params (string Path, string Text)[] files)
        {
            var fileSystem = new InMemoryFileSystem();
            foreach ((string path, string text) in files)
            {
                fileSystem.Add(path, text);
            }

            return new TopologyLinter(fileSystem, new LintOptions { MaxDegreeOfParallelism = 1 }).Lint(new[] { InMemoryFileSystem.PathOf(files[0].Path) });
        }
    }

    /// <summary>What a verified lint reported, for the assertions a test adds (messages, other rules).</summary>
    public sealed class VerifiedLint
    {
        private readonly string _id;

        internal VerifiedLint(string id, LintResult result)
        {
            _id = id;
            Result = result;
        }

        public LintResult Result { get; }

        /// <summary>The diagnostics of the rule under test, in report order.</summary>
        public IReadOnlyList<Diagnostic> OfRule => Result.Diagnostics.Where(d => d.Id == _id).ToArray();

        /// <summary>The one diagnostic of the rule under test.</summary>
        public Diagnostic Single => Assert.Single(OfRule);
    }
}
