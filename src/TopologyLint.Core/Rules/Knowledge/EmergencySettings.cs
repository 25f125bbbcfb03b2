using TopologyLint.Model;

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
        public static bool? Has<T>(Site site, System.Func<Model.Emergency, ItemList<T>> list)
        {
            if (site.Emergency.Value is not { } emergency)
            {
                return site.Emergency.IsAbsent ? false : null;
            }

            ItemList<T> items = list(emergency);
            return items.Presence switch
            {
                Presence.Absent => false,
                Presence.Valid => items.Node!.Items.Count > 0,
                _ => null,
            };
        }
    }
}
