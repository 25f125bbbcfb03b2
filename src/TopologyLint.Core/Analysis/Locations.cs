using System.Globalization;
using TopologyLint.Syntax;

namespace TopologyLint.Analysis
{
    /// <summary>How a message names another place: "line 12", or "other.yaml line 12" when it is in another file.</summary>
    public static class Locations
    {
        public static string Describe(DocumentNode target, DocumentNode from)
        {
            string line = "line " + (target.LineSpan.Start.Line + 1).ToString(CultureInfo.InvariantCulture);
            return ReferenceEquals(target.File, from.File) || target.File.Path == from.File.Path
                ? line
                : System.IO.Path.GetFileName(target.File.Path) + " " + line;
        }
    }
}
