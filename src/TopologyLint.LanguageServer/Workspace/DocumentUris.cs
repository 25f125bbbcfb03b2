using System;
using System.IO;

namespace TopologyLint.LanguageServer.Workspace
{
    /// <summary>file: URIs to absolute paths and back; the engine knows only paths.</summary>
    internal static class DocumentUris
    {
        public static bool TryGetPath(string? uri, out string path)
        {
            path = string.Empty;
            if (uri == null || !Uri.TryCreate(uri, UriKind.Absolute, out Uri? parsed) || !parsed.IsFile)
            {
                return false;
            }

            path = Path.GetFullPath(parsed.LocalPath);
            return true;
        }

        public static string FromPath(string path) => new Uri(path).AbsoluteUri;
    }
}
