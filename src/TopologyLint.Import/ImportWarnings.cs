using System.Collections.Generic;
using System.Xml;
using System.Xml.Linq;

namespace TopologyLint.Import
{
    /// <summary>
    /// Warnings of one import, each one line that starts with the file it is about (and the line and column where
    /// there is one): what was skipped or is doubtful, printed on standard error without changing the exit code.
    /// </summary>
    public sealed class ImportWarnings
    {
        /// <summary>A users file of 100,000 bad rows should not print 100,000 lines: the rest are counted.</summary>
        internal const int MaxLines = 100;

        private readonly List<string> _lines = new List<string>();
        private int _notListed;

        /// <summary>The warnings, at most <see cref="MaxLines"/>, then one line that counts the others.</summary>
        public IReadOnlyList<string> Lines
            => _notListed == 0 ? _lines : new List<string>(_lines) { $"{_notListed} more {(_notListed == 1 ? "warning" : "warnings")} not listed" };

        internal void Add(string file, string message) => Add(file + ": " + message);

        internal void Add(string file, int line, int column, string message) => Add($"{file}:{line}:{column}: {message}");

        internal void Add(string file, XObject at, string message)
        {
            var info = (IXmlLineInfo)at;
            if (info.HasLineInfo())
            {
                Add(file, info.LineNumber, info.LinePosition, message);
            }
            else
            {
                Add(file, message);
            }
        }

        private void Add(string line)
        {
            if (_lines.Count < MaxLines)
            {
                _lines.Add(line);
            }
            else
            {
                _notListed++;
            }
        }
    }
}
