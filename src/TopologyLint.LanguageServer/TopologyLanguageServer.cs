using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Text;
using StreamJsonRpc;
using TopologyLint.Analysis;
using TopologyLint.LanguageServer.Protocol;
using TopologyLint.LanguageServer.Workspace;
using TopologyLint.Loading;

namespace TopologyLint.LanguageServer
{
    /// <summary>
    /// The LSP methods. StreamJsonRpc calls them one at a time, in the order they arrived (the host sets a
    /// non-concurrent synchronization context), so edits apply in order; linting runs in the background.
    /// </summary>
    internal sealed class TopologyLanguageServer : IDisposable
    {
        private readonly ILanguageClient _client;
        private readonly LintCoordinator _coordinator;
        private readonly Action _exit;

        public TopologyLanguageServer(ILanguageClient client, ITopologyFileSystem disk, TimeSpan debounce, Action exit)
        {
            _client = client;
            _exit = exit;
            _coordinator = new LintCoordinator(client, disk, debounce);
        }

        /// <summary>True once the client asked to shut down: <c>exit</c> then ends the process with 0, else with 1.</summary>
        public bool ShutdownRequested { get; private set; }

        internal LintCoordinator Coordinator => _coordinator;

        [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
        public InitializeResult Initialize(InitializeParams parameters)
        {
            var folders = new List<string>();
            foreach (string uri in parameters.WorkspaceFolders?.Select(f => f.Uri) ?? new[] { parameters.RootUri ?? string.Empty })
            {
                if (DocumentUris.TryGetPath(uri, out string folder))
                {
                    folders.Add(folder);
                }
            }

            if (folders.Count == 0 && !string.IsNullOrEmpty(parameters.RootPath))
            {
                folders.Add(System.IO.Path.GetFullPath(parameters.RootPath));
            }

            if (parameters.InitializationOptions is { ValueKind: JsonValueKind.Object } options
                && options.TryGetProperty("maxFileSize", out JsonElement maxFileSize) && maxFileSize.TryGetInt64(out long maxBytes) && maxBytes > 0)
            {
                _coordinator.Limits = new LoaderLimits { MaxFileBytes = maxBytes };
            }

            _coordinator.StartWorkspace(folders, ReadOption(parameters.InitializationOptions, "baseline"));
            return new InitializeResult
            {
                ServerInfo = new ServerInfo { Version = ToolVersion.SemanticVersion },
                Capabilities = new ServerCapabilities(),
            };
        }

        [JsonRpcMethod("initialized")]
        public void Initialized()
        {
            // Nothing to do: the workspace scan started with initialize.
        }

        [JsonRpcMethod("shutdown")]
        public object? Shutdown()
        {
            ShutdownRequested = true;
            _coordinator.Dispose();
            return null;
        }

        [JsonRpcMethod("exit")]
        public void Exit() => _exit();

        [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
        public void DidOpen(DidOpenTextDocumentParams parameters)
        {
            TextDocumentItem item = parameters.TextDocument;
            if (DocumentUris.TryGetPath(item.Uri, out string path))
            {
                _coordinator.Open(new OpenDocument(item.Uri, path, item.Version, SourceText.From(item.Text ?? string.Empty)));
            }
            else
            {
                Log(MessageTypeCode.Warning, $"topolint: {item.Uri} is not a file: URI; not linted");
            }
        }

        [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
        public void DidChange(DidChangeTextDocumentParams parameters)
        {
            if (!TryGetOpenPath(parameters.TextDocument.Uri, out string path))
            {
                return;
            }

            var problems = new List<string>();
            _coordinator.Change(path, document => document.WithChanges(parameters.TextDocument.Version, parameters.ContentChanges, problems));
            foreach (string problem in problems)
            {
                Log(MessageTypeCode.Warning, "topolint: " + problem);
            }
        }

        [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
        public void DidSave(DidSaveTextDocumentParams parameters)
        {
            // The buffer was linted as typed; saving changes nothing the server reads.
        }

        [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
        public void DidClose(DidCloseTextDocumentParams parameters)
        {
            if (DocumentUris.TryGetPath(parameters.TextDocument.Uri, out string path))
            {
                _coordinator.Close(path);
            }
        }

        [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
        public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters) => _coordinator.FilesChanged(parameters.Changes ?? new List<FileEvent>());

        [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
        public Hover? Hover(TextDocumentPositionParams parameters)
            => DocumentUris.TryGetPath(parameters.TextDocument.Uri, out string path) && _coordinator.GetOpen(path) is { } document
                ? Features.HoverProvider.Hover(document, parameters.Position, _coordinator.ResultsReading(path))
                : null;

        public void Dispose() => _coordinator.Dispose();

        private static string? ReadOption(JsonElement? options, string name)
            => options is { ValueKind: JsonValueKind.Object } element && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;

        private bool TryGetOpenPath(string uri, out string path)
        {
            if (DocumentUris.TryGetPath(uri, out path) && _coordinator.GetOpen(path) != null)
            {
                return true;
            }

            Log(MessageTypeCode.Warning, $"topolint: {uri} is not open; the request is ignored");
            return false;
        }

        private void Log(int type, string message) => _ = _client.LogAsync(type, message);
    }
}
