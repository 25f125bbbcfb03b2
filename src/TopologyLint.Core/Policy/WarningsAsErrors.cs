using System;
using System.Collections.Generic;
using System.Linq;

namespace TopologyLint.Policy
{
    /// <summary>
    /// The policy's last step: which warnings become errors. <c>--warnaserror</c> promotes all or the listed
    /// IDs; MSBuild's <c>TreatWarningsAsErrors</c>, <c>WarningsAsErrors</c> and <c>WarningsNotAsErrors</c> map
    /// onto the same three sets. Errors, infos and rules turned off stay as they are.
    /// </summary>
    public sealed class WarningsAsErrors
    {
        private readonly bool _all;
        private readonly HashSet<string> _ids;
        private readonly HashSet<string> _except;

        /// <param name="all">Promote every warning (but those in <paramref name="except"/>).</param>
        /// <param name="ids">Promote these IDs in any case.</param>
        /// <param name="except">With <paramref name="all"/>, keep these as warnings.</param>
        public WarningsAsErrors(bool all, IEnumerable<string>? ids = null, IEnumerable<string>? except = null)
        {
            _all = all;
            _ids = new HashSet<string>(ids ?? Enumerable.Empty<string>(), StringComparer.OrdinalIgnoreCase);
            _except = new HashSet<string>(except ?? Enumerable.Empty<string>(), StringComparer.OrdinalIgnoreCase);
        }

        public static WarningsAsErrors None { get; } = new WarningsAsErrors(false);

        public bool IsNone => !_all && _ids.Count == 0;

        /// <summary>Whether a warning with this ID becomes an error.</summary>
        public bool Promotes(string id) => _ids.Contains(id) || (_all && !_except.Contains(id));
    }
}
