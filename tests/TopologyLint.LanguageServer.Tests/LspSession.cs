using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Nerdbank.Streams;
using StreamJsonRpc;
using TopologyLint.LanguageServer;
using TopologyLint.LanguageServer.Protocol;
using TopologyLint.LanguageServer.Workspace;
using TopologyLint.Loading;

namespace TopologyLint.LanguageServer.Tests
{
    /// <summary>A client and the server in one process, over a duplex pipe, in a temporary workspace folder.</summary>
    internal sealed class LspSession : IAsyncDisposable
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
        private readonly ConcurrentDictionary<string, PublishDiagnosticsParams> _latest = new ConcurrentDictionary<string, PublishDiagnosticsParams>(StringComparer.Ordinal);
        private readonly SemaphoreSlim _received = new SemaphoreSlim(0);
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly JsonRpc _client;
        private readonly Stream _clientStream;
        private TopologyLanguageServer? _server;
        private long _publicationsReceived;

        private LspSession(string folder, TimeSpan debounce, ITopologyFileSystem disk)
        {
            Folder = folder;
            (Stream clientSide, Stream serverSide) = FullDuplexStream.CreatePair();
            _clientStream = clientSide;
            ServerTask = LanguageServerHost.RunAsync(serverSide, serverSide, disk, debounce, _stop.Token, server => _server = server);
            _client = new JsonRpc(new HeaderDelimitedMessageHandler(clientSide, clientSide, new SystemTextJsonFormatter { JsonSerializerOptions = LspSerializer.CreateOptions() }));
            _client.AddLocalRpcTarget(new ClientTarget(this));
            _client.StartListening();
        }

        public string Folder { get; }

        public Task<int> ServerTask { get; }

        public ConcurrentQueue<string> Logs { get; } = new ConcurrentQueue<string>();

        public List<PublishDiagnosticsParams> Published { get; } = new List<PublishDiagnosticsParams>();

        public Stream RawClientStream => _clientStream;

        /// <summary>Starts a server over one document, opens it and waits until its first lint is published.</summary>
        public static async Task<LspSession> StartWithOpenDocumentAsync(string path, string text)
        {
            LspSession session = await StartAsync(new Dictionary<string, string> { [path] = text });
            await session.OpenAsync(path);
            await session.IdleAsync();
            return session;
        }

        /// <summary>Writes <paramref name="files"/> to a new temporary folder and starts a server on it (<paramref name="disk"/>: what it reads files through, the disk unless a test holds reads).</summary>
        public static async Task<LspSession> StartAsync(IDictionary<string, string> files, TimeSpan? debounce = null, object? initializationOptions = null, ITopologyFileSystem? disk = null)
        {
            string folder = Path.Combine(Path.GetTempPath(), "topolint-lsp-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            foreach (KeyValuePair<string, string> file in files)
            {
                string path = Path.Combine(folder, file.Key);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Value);
            }

            var session = new LspSession(folder, debounce ?? TimeSpan.Zero, disk ?? PhysicalFileSystem.Instance);
            await session.RequestAsync<JsonElement>("initialize", new { processId = (int?)null, rootUri = DocumentUris.FromPath(folder), capabilities = new { }, initializationOptions });
            await session.NotifyAsync("initialized", new { });
            return session;
        }

        /// <summary>The server's workspace: its lints, open buffers and cached trees.</summary>
        public LintCoordinator Coordinator => _server!.Coordinator;

        public string PathOf(string relative) => Path.GetFullPath(Path.Combine(Folder, relative));

        public string UriOf(string relative) => DocumentUris.FromPath(PathOf(relative));

        public Task<T> RequestAsync<T>(string method, object parameters) => _client.InvokeWithParameterObjectAsync<T>(method, parameters);

        public Task NotifyAsync(string method, object parameters) => _client.NotifyWithParameterObjectAsync(method, parameters);

        public Task OpenAsync(string relative, int version = 1, string? text = null)
            => NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = UriOf(relative), languageId = "yaml", version, text = text ?? File.ReadAllText(PathOf(relative)) } });

        public Task ChangeAsync(string relative, int version, Protocol.Range? range, string text)
            => NotifyAsync("textDocument/didChange", new { textDocument = new { uri = UriOf(relative), version }, contentChanges = new[] { new TextDocumentContentChangeEvent { Range = range, Text = text } } });

        public Task CloseAsync(string relative) => NotifyAsync("textDocument/didClose", new { textDocument = new { uri = UriOf(relative) } });

        /// <summary>Waits until the server has linted everything asked of it and the client has received what it published.</summary>
        public async Task IdleAsync()
        {
            // Requests are handled in order with notifications: once one is answered, the notifications before it were applied.
            await ProbeAsync();
            await _server!.Coordinator.WhenIdleAsync();

            // The client handles notifications concurrently with responses: wait until it has taken in every publication sent.
            long sent = _server.Coordinator.PublicationsSent;
            DateTime deadline = DateTime.UtcNow + Timeout;
            while (Interlocked.Read(ref _publicationsReceived) < sent && DateTime.UtcNow < deadline)
            {
                await _received.WaitAsync(TimeSpan.FromMilliseconds(50));
            }
        }

        private Task<JsonElement?> ProbeAsync() => RequestAsync<JsonElement?>("textDocument/hover", new { textDocument = new { uri = UriOf("not-open.yaml") }, position = new { line = 0, character = 0 } });

        public PublishDiagnosticsParams? Latest(string relative) => _latest.TryGetValue(UriOf(relative), out PublishDiagnosticsParams? p) ? p : null;

        public async Task<PublishDiagnosticsParams> DiagnosticsAsync(string relative)
        {
            await IdleAsync();
            return Latest(relative) ?? throw new Xunit.Sdk.XunitException($"no diagnostics were published for {relative}; logs: {string.Join(" | ", Logs)}; published: {string.Join(", ", Published.Select(p => p.Uri))}");
        }

        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            _client.Dispose();
            await ServerTask.ContinueWith(_ => { }, TaskScheduler.Default);
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the system's temporary-file cleanup.
            }
        }

        private void OnDiagnostics(PublishDiagnosticsParams published)
        {
            lock (Published)
            {
                Published.Add(published);
            }

            _latest[published.Uri] = published;
            Interlocked.Increment(ref _publicationsReceived);
            _received.Release();
        }
    

        private void OnLog(LogMessageParams message)
        {
            Logs.Enqueue(message.Message);
            _received.Release();
        }

        private sealed class ClientTarget
        {
            private readonly LspSession _session;

            public ClientTarget(LspSession session) => _session = session;

            [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
            public void PublishDiagnostics(PublishDiagnosticsParams published) => _session.OnDiagnostics(published);

            [JsonRpcMethod("window/logMessage", UseSingleObjectParameterDeserialization = true)]
            public void LogMessage(LogMessageParams message) => _session.OnLog(message);
        }
    }
}
