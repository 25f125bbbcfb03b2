using TopologyLint.Model;
using TopologyLint.Syntax;

namespace TopologyLint.Rules.Knowledge
{
    /// <summary>Reads a site's <c>emergency</c> lists the same way for TL3001 and TL3003.</summary>
    public static class EmergencySettings
    {
        /// <summary>
        /// True when the site's <c>emergency.{key}</c> list has an item; false when the section or the list
        /// is absent or empty; null when a value is not of the schema's type (the schema reports it, the
        /// rule skips it).
        /// </summary>
        public static bool? Has(Site site, string key)
        {
            if (site.Emergency == null)
            {
                return site.Node["emergency"] == null ? false : null;
            }

            return site.Emergency.Node[key] switch
            {
                null => false,
                SequenceNode list => list.Items.Count > 0,
                _ => null,
            };
        }
    }
}
