using System.IO;

namespace TopologyLint.Formatting
{
    /// <summary>Writes a report in one output format.</summary>
    public interface IReportFormatter
    {
        /// <summary>The name used with <c>--format</c>.</summary>
        string Name { get; }

        void Write(LintReport report, TextWriter writer);
    }
}
