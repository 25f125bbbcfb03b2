using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Microsoft.Extensions.FileSystemGlobbing;
using TopologyLint.Engine;
using TopologyLint.Loading;

namespace TopologyLint.Analyzers
{
    /// <summary>
    /// The project's AdditionalFiles as the engine's file system: an analyzer may not read the disk
    /// (RS1035), so an include resolves only to a file the project lists as an AdditionalFile.
    /// </summary>
    internal sealed class AdditionalFileSystem : ITopologyFileSystem
    {
        private static readonly Encoding Utf8WithoutBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        private readonly Dictionary<string, AdditionalText> _files;
        private readonly CancellationToken _cancellationToken;

        public AdditionalFileSystem(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
        {
            _files = new Dictionary<string, AdditionalText>(TopologyFiles.PathComparer);
            foreach (AdditionalText file in additionalFiles)
            {
                string path = TopologyFiles.Normalize(file.Path);
                if (!_files.ContainsKey(path))
                {
                    _files.Add(path, file);
                }
            }

            _cancellationToken = cancellationToken;
        }

        /// <summary>
        /// Every path but a directory is taken to be a file, so that an include of a file the project does
        /// not list reaches <see cref="ReadAllBytes"/> and TL0005 says how to fix it rather than that the
        /// file is missing. The length is not known without encoding the text (0): the loader checks the
        /// size of the bytes it gets instead. AdditionalFiles are never devices or FIFOs.
        /// </summary>
        public FileEntry GetEntry(string path)
            => IsDirectory(path) ? new FileEntry(FileEntryKind.Directory, 0) : new FileEntry(FileEntryKind.File, 0);

        private bool IsDirectory(string path)
        {
            string prefix = path.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? path : path + Path.DirectorySeparatorChar;
            return _files.Keys.Any(file => file.StartsWith(prefix, TopologyFiles.PathComparison));
        }

        /// <summary>
        /// The text encoded back to the bytes it was read from (its encoding and byte order mark), so the
        /// engine's decoder reports a UTF-16 or non-UTF-8 file (TL0001) as the CLI does.
        /// </summary>
        public byte[] ReadAllBytes(string path, long maxBytes)
        {
            // The text is already in memory; maxBytes is enforced by the loader on what this returns.
            SourceText text = GetText(path)
                ?? throw new FileNotFoundException($"'{path}' is not among the project's AdditionalFiles, and the analyzer reads no other file; add it as <AdditionalFiles Include=\"...\" />", path);
            Encoding encoding = text.Encoding ?? Utf8WithoutBom;
            byte[] preamble = encoding.GetPreamble();
            byte[] body = encoding.GetBytes(text.ToString());
            if (preamble.Length == 0)
            {
                return body;
            }

            var bytes = new byte[preamble.Length + body.Length];
            Buffer.BlockCopy(preamble, 0, bytes, 0, preamble.Length);
            Buffer.BlockCopy(body, 0, bytes, preamble.Length, body.Length);
            return bytes;
        }

        /// <summary>Symbolic links cannot be seen without reading the disk; AdditionalFiles paths are taken as they are.</summary>
        public string GetRealPath(string path) => path;

        public IReadOnlyList<string> Glob(string directory, string pattern)
        {
            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddInclude(pattern);
            return matcher.Match(directory, _files.Keys)
                .Files
                .Select(match => Path.GetFullPath(Path.Combine(directory, match.Path)))
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>The file's text, or null when the project does not list it or it cannot be read.</summary>
        public SourceText? GetText(string path) => Find(path)?.GetText(_cancellationToken);

        public AdditionalText? Find(string path) => _files.TryGetValue(TopologyFiles.Normalize(path), out AdditionalText? file) ? file : null;
    }
}
