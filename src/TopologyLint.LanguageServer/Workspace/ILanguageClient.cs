using System.Threading.Tasks;
using TopologyLint.LanguageServer.Protocol;

namespace TopologyLint.LanguageServer.Workspace
{
    /// <summary>What the server tells the client unasked.</summary>
    internal interface ILanguageClient
    {
        Task PublishDiagnosticsAsync(PublishDiagnosticsParams diagnostics);

        Task LogAsync(int messageType, string message);
    }
}
