namespace TopologyLint.Configuration
{
    /// <summary>
    /// The text of one <c>.editorconfig</c> or <c>.globalconfig</c> and where it lives. Hosts that may not
    /// touch the disk (the Roslyn analyzer, from its additional files) build these from texts they hold.
    /// </summary>
    public sealed class ConfigurationFile
    {
        public ConfigurationFile(string path, string text)
        {
            Path = path;
            Text = text;
        }

        /// <summary>Absolute path: an <c>.editorconfig</c>'s sections match files relative to its directory.</summary>
        public string Path { get; }

        public string Text { get; }
    }
}
