using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Bench;
using TopologyLint.Engine;
using TopologyLint.Fixes;
using TopologyLint.Loading;
using Xunit;

namespace TopologyLint.Core.Tests.Fixes
{
    /// <summary>
    /// The fix model's promise, checked on the benchmark's generated documents with problems injected, in YAML
    /// (LF, CRLF, with a BOM) and JSON: every fix and suggestion, applied alone, makes its diagnostic go and adds
    /// no TL0001 or TL0002; all safe fixes together leave no fixable diagnostic, and fixing again changes nothing.
    /// </summary>
    public class FixPropertyTests
    {
        private const int Users = 200;

        public static TheoryData<string, string, bool> Variants => new TheoryData<string, string, bool>
        {
            { "yaml", "\n", false },
            { "yaml", "\r\n", true },
            { "json", "\n", false },
            { "json", "\r\n", true },
        };

        [Theory]
        [MemberData(nameof(Variants))]
        public void Each_fix_removes_its_diagnostic_and_breaks_nothing(string syntax, string lineBreak, bool bom)
        {
            using var lint = new TestLint();
            string path = lint.WriteBytes("bench.topology." + syntax, Document(syntax == "json", lineBreak, bom));
            var linter = new TopologyLinter(PhysicalFileSystem.Instance, new LintOptions { MaxDegreeOfParallelism = 1 });
            LintedFile linted = linter.LintFile(path);
            SourceText text = linted.Documents[0].File.Text;
            int checkedFixes = 0;
            foreach (Diagnostic diagnostic in linted.Diagnostics)
            {
                foreach (DiagnosticFix fix in FixCatalog.GetFixes(linted, diagnostic))
                {
                    string fixedText = FixApplier.ApplyEdits(text, fix.Edits);
                    LintedFile relinted = linter.LintText(path, SourceText.From(fixedText));
                    string what = $"{fix.Title} for {diagnostic}";
                    Assert.True(Count(relinted, diagnostic.Id) == Count(linted, diagnostic.Id) - 1, what + ": the diagnostic is still there");
                    Assert.True(Count(relinted, "TL0001") == 0 && Count(relinted, "TL0002") <= Count(linted, "TL0002"), what + ": the document broke");
                    Assert.Contains(lineBreak, fixedText);
                    if (lineBreak == "\r\n")
                    {
                        Assert.DoesNotContain("\n", fixedText.Replace("\r\n", string.Empty));
                    }

                    checkedFixes++;
                }
            }

            // Every injected problem had its fix or suggestion, and the generator's TL1009s theirs (in YAML, every diagnostic a comment).
            Assert.True(checkedFixes >= (syntax == "json" ? 13 : 40), $"only {checkedFixes} fixes checked");

            FixOutcome outcome = Fixing.Run(path);
            FixedFile file = Assert.Single(outcome.Files);
            Assert.Equal(bom, file.FixedBytes.Take(3).SequenceEqual(Fixing.Bom));
            Assert.Equal(Count(linted, "TL0002"), outcome.Result.Diagnostics.Count(d => d.Id == "TL0002"));
            Assert.DoesNotContain(outcome.Result.Diagnostics, d => d.Id == "TL0001");
            LintedFile fixedFile = outcome.Result.Files.Single();
            Assert.DoesNotContain(fixedFile.Diagnostics, d => FixCatalog.GetFixes(fixedFile, d).Any(f => f.Kind == FixKind.Fix));

            File.WriteAllBytes(path, file.FixedBytes);
            Assert.Empty(Fixing.Run(path).Files);
        }

        private static int Count(LintedFile file, string id) => file.Diagnostics.Count(d => d.Id == id);

        /// <summary>The generated topology with problems a fix or suggestion addresses written into it.</summary>
        private static byte[] Document(bool json, string lineBreak, bool bom)
        {
            var writer = new StringWriter { NewLine = "\n" };
            var generator = new TopologyGenerator(Users);
            if (json)
            {
                generator.WriteJson(writer);
            }
            else
            {
                generator.WriteYaml(writer);
            }

            string text = writer.ToString();
            string q = json ? "\"" : string.Empty;
            text = ReplaceFirst(text, json ? "[\"access\", \"av\", \"web-conferencing\"]" : "[access, av, web-conferencing]", json ? "[\"av\"]" : "[av]");
            text = ReplaceFirst(text, "tel:+14255", "Tel:+1.4255");
            text = ReplaceFirst(text, "tel:+14255", "+1 (425) 5");
            text = ReplaceFirst(text, "tel:+14255", "425 5");
            text = ReplaceFirst(text, $"{q}lineUri{q}: \"tel:+", $"{q}lineUri{q}: \"TEL:+ ");
            if (!json)
            {
                int user = text.IndexOf("  - {sip: ", StringComparison.Ordinal);
                text = text.Insert(user, "  # topolint-disable-next-line TL1O10, TL3O04 -- injected\n");
                text = text.Replace(", enterpriseVoice: true, lineUri: \"tel:+14255000100\"", ", lineUri: \"tel:+1 4255000100;EXT=12\"");
            }

            byte[] bytes = new UTF8Encoding(false).GetBytes(text.Replace("\n", lineBreak));
            return bom ? Fixing.Bom.Concat(bytes).ToArray() : bytes;
        }

        private static string ReplaceFirst(string text, string oldText, string newText)
        {
            int at = text.IndexOf(oldText, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{oldText}' is not in the generated document");
            return string.Concat(text.AsSpan(0, at), newText, text.AsSpan(at + oldText.Length));
        }
    }
}
