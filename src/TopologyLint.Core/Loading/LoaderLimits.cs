namespace TopologyLint.Loading
{
    /// <summary>Bounds that keep the loader finite on hostile input; each breach is a TL0001 or TL0005 diagnostic.</summary>
    public sealed class LoaderLimits
    {
        public static LoaderLimits Default { get; } = new LoaderLimits();

        /// <summary>Largest file read, in bytes.</summary>
        public long MaxFileBytes { get; set; } = 64L * 1024 * 1024;

        /// <summary>Deepest nesting of mappings and sequences.</summary>
        public int MaxDepth { get; set; } = 256;

        /// <summary>Most nodes that aliases may add by reference, so a billion-laughs document stays small.</summary>
        public long MaxAliasExpansion { get; set; } = 100_000;

        /// <summary>Longest scalar, in UTF-16 characters.</summary>
        public int MaxScalarLength { get; set; } = 1024 * 1024;

        /// <summary>Most fragment files one root document may include.</summary>
        public int MaxIncludedFiles { get; set; } = 1000;
    }
}
