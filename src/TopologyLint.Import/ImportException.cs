using System;

namespace TopologyLint.Import
{
    /// <summary>
    /// Input that nothing can be imported from: the message is one line that names the file (and the line and
    /// column where there is one), for the CLI to print before exiting with 2.
    /// </summary>
    public sealed class ImportException : Exception
    {
        public ImportException(string message)
            : base(message)
        {
        }

        public ImportException(string message, Exception inner)
            : base(message, inner)
        {
        }

        public ImportException()
        {
        }
    }
}
