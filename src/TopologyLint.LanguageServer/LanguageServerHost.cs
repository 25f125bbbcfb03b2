using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.Threading;
using Nerdbank.Streams;
using StreamJsonRpc;
using TopologyLint.LanguageServer.Protocol;
using TopologyLint.LanguageServer.Transport;
using TopologyLint.LanguageServer.Workspace;
using TopologyLint.Loading;

namespace TopologyLint.LanguageServer
{
    /// <summary>Runs the language server over a pair of streams (stdin and stdout for <c>topolint lsp</c>).</summary>
    public static class LanguageServerHost
    {
        /// <summary>The quiet period after an edit before its roots are linted again.</summary>
        public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(200);

        /// <summary>Serves until the client sends <c>exit</c> or closes the input. Returns the process exit code: 0 after <c>shutdown</c>, else 1 (LSP's rule).</summary>
        public static Task<int> RunAsync(Stream input, Stream output, CancellationToken cancellationToken = default)
            => RunAsync(input, output, PhysicalFileSystem.Instance, DefaultDebounce, cancellationToken);

        internal static async Task<int> RunAsync(Stream input, Stream output, ITopologyFileSystem disk, TimeSpan debounce, CancellationToken cancellationToken, Action<TopologyLanguageServer>? started = null)
        {
            (Stream rpcSide, Stream filterSide) = FullDuplexStream.CreatePair();
            var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = LspSerializer.CreateOptions() };
            using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, rpcSide, formatter));
            rpc.SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false);
            var client = new RpcLanguageClient(rpc);
            using var server = new TopologyLanguageServer(client, disk, debounce, rpc.Dispose);
            rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { DisposeOnDisconnect = false });
            rpc.StartListening();
            started?.Invoke(server);

            var filter = new FrameFilter(input, filterSide, problem => _ = client.LogAsync(MessageTypeCode.Error, "topolint: " + problem));
            Task pump = Task.Run(() => filter.RunAsync(cancellationToken), cancellationToken);
            using (cancellationToken.Register(rpc.Dispose))
            {
                await rpc.Completion.ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            }

            return server.ShutdownRequested ? 0 : 1;
        }

        private sealed class RpcLanguageClient : ILanguageClient
        {
            private readonly JsonRpc _rpc;

            public RpcLanguageClient(JsonRpc rpc) => _rpc = rpc;

            public Task PublishDiagnosticsAsync(PublishDiagnosticsParams diagnostics)
                => _rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", diagnostics);

            public async Task LogAsync(int messageType, string message)
            {
                try
                {
                    await _rpc.NotifyWithParameterObjectAsync("window/logMessage", new LogMessageParams { Type = messageType, Message = message }).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is ObjectDisposedException || ex is ConnectionLostException || ex is IOException)
                {
                    // Logging to a client that has gone is not an error.
                }
            }
        }
    }
}
