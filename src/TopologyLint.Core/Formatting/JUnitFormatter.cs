using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using Microsoft.CodeAnalysis;
using TopologyLint.Loading;
using TopologyLint.Policy;

namespace TopologyLint.Formatting
{
    /// <summary>
    /// JUnit XML for the test-report views of Jenkins, GitLab and Azure DevOps: one <c>testsuite</c> per
    /// linted file (root documents and their include fragments) and one <c>testcase</c> per diagnostic.
    /// An error is a failing test case; a warning or info is a passing one whose <c>system-out</c> holds
    /// the diagnostic, so it is visible without failing the report; a file without diagnostics has one
    /// passing test case, so every linted file shows up.
    /// </summary>
    public sealed class JUnitFormatter : IReportFormatter
    {
        public string Name => "junit";

        public void Write(LintReport report, TextWriter writer)
        {
            List<FileDiagnostics> byFile = Group(report);
            var identities = new DiagnosticFingerprint(report.Result, report.BaseDirectory);
            var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, CloseOutput = false };

            // Written whole first, so that CI command openers can be defused in the finished XML.
            using var buffer = new BufferWriter(writer.Encoding);
            using (XmlWriter xml = XmlWriter.Create(buffer, settings))
            {
                xml.WriteStartDocument();
                xml.WriteStartElement("testsuites");
                xml.WriteAttributeString("name", "TopologyLint");
                xml.WriteAttributeString("tests", Number(byFile.Sum(f => TestCount(f.Diagnostics))));
                xml.WriteAttributeString("failures", Number(report.Count(DiagnosticSeverity.Error)));
                xml.WriteAttributeString("errors", "0");
                foreach (FileDiagnostics file in byFile)
                {
                    WriteSuite(xml, report, identities, file);
                }

                xml.WriteEndElement();
                xml.WriteEndDocument();
            }

            writer.Write(OutputText.DefuseXmlCommands(buffer.ToString()));
            writer.WriteLine();
        }

        /// <summary>Every linted file, in path order, with its diagnostics in report order (possibly none).</summary>
        private static List<FileDiagnostics> Group(LintReport report)
        {
            ILookup<string, Diagnostic> diagnostics = report.Diagnostics.ToLookup(d => d.Location.GetLineSpan().Path);
            return report.Result.Files
                .SelectMany(f => f.Documents)
                .Select((LoadedDocument d) => d.File.Path)
                .Concat(diagnostics.Select(g => g.Key))
                .Distinct()
                .OrderBy(p => p, System.StringComparer.Ordinal)
                .Select(path => new FileDiagnostics(path, diagnostics[path].ToList()))
                .ToList();
        }

        private static int TestCount(IEnumerable<Diagnostic> diagnostics) => System.Math.Max(1, diagnostics.Count());

        private static void WriteSuite(XmlWriter xml, LintReport report, DiagnosticFingerprint identities, FileDiagnostics file)
        {
            string path = XmlText(OutputText.EscapeControlCharacters(report.DisplayPath(file.Path)));
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", path);
            xml.WriteAttributeString("tests", Number(TestCount(file.Diagnostics)));
            xml.WriteAttributeString("failures", Number(file.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)));
            xml.WriteAttributeString("errors", "0");
            xml.WriteAttributeString("skipped", "0");
            xml.WriteAttributeString("time", "0");
            if (file.Diagnostics.Count == 0)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", path);
                xml.WriteAttributeString("name", "no diagnostics");
                xml.WriteAttributeString("time", "0");
                xml.WriteEndElement();
            }

            var names = new Dictionary<string, int>(System.StringComparer.Ordinal);
            foreach (Diagnostic diagnostic in file.Diagnostics)
            {
                string name = CaseName(identities.Identify(diagnostic), diagnostic);
                names.TryGetValue(name, out int seen);
                names[name] = ++seen;
                WriteCase(xml, path, seen == 1 ? name : name + " #" + Number(seen), diagnostic);
            }

            xml.WriteEndElement();
        }

        /// <summary>
        /// The rule and the item the finding is on (<c>TL1009 /users/[sip=alice@contoso.com]/lineUri</c>), never a
        /// line number: GitLab and Jenkins match test cases across runs by name, so adding a line above a finding
        /// must not turn it into a new failure and a fixed one. A finding on no item (a syntax error) is named by its
        /// rule and the hash of its offending text.
        /// </summary>
        private static string CaseName(FindingIdentity identity, Diagnostic diagnostic)
            => diagnostic.Id + " " + (identity.ItemPath.Length > 0 ? XmlText(OutputText.EscapeControlCharacters(identity.ItemPath)) : "text " + identity.ContentHash);

        private static void WriteCase(XmlWriter xml, string path, string name, Diagnostic diagnostic)
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            int line = span.StartLinePosition.Line + 1;
            int column = span.StartLinePosition.Character + 1;
            string message = XmlText(diagnostic.GetMessage(CultureInfo.InvariantCulture));
            string severity = Severities.Name(diagnostic.Severity);
            string detail = string.Format(CultureInfo.InvariantCulture, "{0}:{1}:{2}: {3} {4}: {5}", path, line, column, severity, diagnostic.Id, message);
            if (!string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri))
            {
                detail += "\n" + diagnostic.Descriptor.HelpLinkUri;
            }

            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", path);
            xml.WriteAttributeString("name", name);
            xml.WriteAttributeString("time", "0");
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", message);
                xml.WriteAttributeString("type", diagnostic.Id);
                xml.WriteString(detail);
                xml.WriteEndElement();
            }
            else
            {
                xml.WriteElementString("system-out", detail);
            }

            xml.WriteEndElement();
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// XML 1.0 cannot hold most control characters even escaped; a message quoting a document's bytes
        /// could contain one, so it is shown as U+FFFD rather than making the report unreadable.
        /// </summary>
        private static string XmlText(string value)
        {
            char[] chars = value.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                bool pairedSurrogate = char.IsSurrogate(c) && (char.IsHighSurrogate(c) ? i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]) : i > 0 && char.IsHighSurrogate(chars[i - 1]));
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF' || (char.IsSurrogate(c) && !pairedSurrogate))
                {
                    chars[i] = '\uFFFD';
                }
            }

            return new string(chars);
        }

        /// <summary>A string buffer that reports the target's encoding, so the XML declaration names the encoding the report is written in.</summary>
        private sealed class BufferWriter : StringWriter
        {
            public BufferWriter(System.Text.Encoding encoding)
                : base(CultureInfo.InvariantCulture) => Encoding = encoding;

            public override System.Text.Encoding Encoding { get; }
        }

        private sealed class FileDiagnostics
        {
            public FileDiagnostics(string path, List<Diagnostic> diagnostics)
            {
                Path = path;
                Diagnostics = diagnostics;
            }

            public string Path { get; }

            public List<Diagnostic> Diagnostics { get; }
        }
    }
}
