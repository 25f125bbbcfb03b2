using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Text;
using StreamJsonRpc;
using TopologyLint.Analysis;
using TopologyLint.Engine;
using TopologyLint.LanguageServer.Features;
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
        private static readonly ServerCapabilities Capabilities = new ServerCapabilities
        {
            HoverProvider = true,
            // YAML's key indicator and item dash, JSON's opening quote, and what opens or separates a flow collection's items.
            CompletionProvider = new CompletionOptions { TriggerCharacters = new List<string> { ":", " ", "-", "\"", "{", "[", "," } },
            DefinitionProvider = true,
            ReferencesProvider = true,
            RenameProvider = new RenameOptions { PrepareProvider = false },
            DocumentSymbolProvider = true,
            CodeActionProvider = new CodeActionOptions { CodeActionKinds = new List<string> { "quickfix" } },
        };

        private readonly ILanguageClient _client;
        private readonly LintCoordinator _coordinator;
        private readonly Action _exit;

        /// <summary>The longest quiet period a client may ask for: past it, diagnostics would seem not to come.</summary>
        internal const int MaxDebounceMilliseconds = 5000;

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

            JsonElement? options = ReadOptions(parameters.InitializationOptions);
            if (ReadNumberOption(options, "maxFileSize", 1, long.MaxValue, "a number of bytes above 0", $"{_coordinator.Limits.MaxFileBytes} bytes") is long maxBytes)
            {
                _coordinator.Limits = new LoaderLimits { MaxFileBytes = maxBytes };
            }

            if (ReadNumberOption(options, "debounce", 0, MaxDebounceMilliseconds, $"a number of milliseconds from 0 to {MaxDebounceMilliseconds}", $"{(int)_coordinator.Debounce.TotalMilliseconds} ms") is long milliseconds)
            {
                _coordinator.Debounce = TimeSpan.FromMilliseconds(milliseconds);
            }

            _coordinator.StartWorkspace(folders, ReadPathOption(options, "baseline", "a path to a baseline file (a string, relative to the workspace folder)", "no baseline"));
            return new InitializeResult
            {
                ServerInfo = new ServerInfo { Version = ToolVersion.SemanticVersion },
                Capabilities = Capabilities,
            };
        }

        [JsonRpcMethod("initialized")]
        [SuppressMessage("Performance", "CA1822", Justification = "StreamJsonRpc dispatches requests to the target object's instance methods.")]
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
        [SuppressMessage("Performance", "CA1822", Justification = "StreamJsonRpc dispatches requests to the target object's instance methods.")]
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
            => Analyzed(parameters.TextDocument.Uri) is { } at
                ? HoverProvider.Hover(at.Document, parameters.Position, at.Results, at.Symbols)
                : null;

        [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
        public CompletionList Completion(TextDocumentPositionParams parameters)
        {
            if (Analyzed(parameters.TextDocument.Uri) is not { } at)
            {
                return new CompletionList();
            }

            return CompletionProvider.Complete(at.Document.Text, DocumentLoader.IsJson(at.Document.Path), at.Symbols, parameters.Position.Line, parameters.Position.Character);
        }

        [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
        public List<Location> Definition(TextDocumentPositionParams parameters)
            => Analyzed(parameters.TextDocument.Uri) is { } at
                ? NavigationProvider.Definition(at.Symbols, at.Document.Path, at.Offset(parameters.Position))
                : new List<Location>();

        [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
        public List<Location> References(ReferenceParams parameters)
            => Analyzed(parameters.TextDocument.Uri) is { } at
                ? NavigationProvider.References(at.Symbols, at.Document.Path, at.Offset(parameters.Position), parameters.Context?.IncludeDeclaration ?? true)
                : new List<Location>();

        [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
        public WorkspaceEdit? Rename(RenameParams parameters)
            => Analyzed(parameters.TextDocument.Uri) is { } at
                ? NavigationProvider.Rename(at.Symbols, at.Document.Path, at.Offset(parameters.Position), parameters.NewName, UriOf)
                : null;

        [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
        public List<DocumentSymbol> DocumentSymbols(DocumentSymbolParams parameters)
            => Analyzed(parameters.TextDocument.Uri)?.Tree is { } tree ? DocumentSymbolProvider.Symbols(tree) : new List<DocumentSymbol>();

        [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
        public List<CodeAction> CodeActions(CodeActionParams parameters)
            => DocumentUris.TryGetPath(parameters.TextDocument.Uri, out string path) && _coordinator.GetOpen(path) is { } document
                ? CodeActionProvider.Actions(document, parameters.Context?.Diagnostics ?? new List<LspDiagnostic>(), _coordinator.ResultsReading(path), UriOf)
                : new List<CodeAction>();

        public void Dispose() => _coordinator.Dispose();

        /// <summary>The initialization options when they are an object or absent; anything else is logged and read as no options.</summary>
        private JsonElement? ReadOptions(JsonElement? options)
        {
            if (options is not { } element || element.ValueKind is JsonValueKind.Object or JsonValueKind.Null or JsonValueKind.Undefined)
            {
                return options;
            }

            Log(MessageTypeCode.Warning, "topolint: the initialization options must be an object (such as {\"debounce\": 200}); every option keeps its default");
            return null;
        }

        /// <summary>A whole-number initialization option within its range; one that is written otherwise is logged and left at <paramref name="kept"/>.</summary>
        private long? ReadNumberOption(JsonElement? options, string name, long minimum, long maximum, string expected, string kept)
        {
            if (!TryGetOption(options, name, out JsonElement value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long number) && number >= minimum && number <= maximum)
            {
                return number;
            }

            LogInvalidOption(name, expected, kept);
            return null;
        }

        /// <summary>A path initialization option; one that is not a non-empty string is logged and left at <paramref name="kept"/>.</summary>
        private string? ReadPathOption(JsonElement? options, string name, string expected, string kept)
        {
            if (!TryGetOption(options, name, out JsonElement value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
            {
                return value.GetString();
            }

            LogInvalidOption(name, expected, kept);
            return null;
        }

        private static bool TryGetOption(JsonElement? options, string name, out JsonElement value)
        {
            value = default;
            return options is { ValueKind: JsonValueKind.Object } element && element.TryGetProperty(name, out value);
        }

        private void LogInvalidOption(string name, string expected, string kept)
            => Log(MessageTypeCode.Warning, $"topolint: the initialization option {name} must be {expected}; {kept} is used");

        /// <summary>
        /// An open document with the last lint of the roots that read it, its tree, and the identifiers of all their
        /// documents where they are now. Text being typed rarely parses: a document's identifiers then come from the
        /// last version of it that did, and its fragments from the last lint in which it did.
        /// </summary>
        private AnalyzedDocument? Analyzed(string uri)
        {
            if (!DocumentUris.TryGetPath(uri, out string path) || _coordinator.GetOpen(path) is not { } document)
            {
                return null;
            }

            IReadOnlyList<LintResult> results = _coordinator.ResultsReading(path);
            LoadedDocument? tree = results.SelectMany(r => r.Files).SelectMany(f => f.Documents).FirstOrDefault(d => d.File.Path == path);
            return new AnalyzedDocument(document, results, tree, TopologySymbols.From(_coordinator.NewestParsedTrees(path)));
        }

        /// <summary>The client's own spelling of an open document's URI, else one made from the path.</summary>
        private string UriOf(string path) => _coordinator.GetOpen(path)?.Uri ?? DocumentUris.FromPath(path);

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

    /// <summary>What a language feature reads: the buffer, the lints of the roots reading it, its tree and their identifiers.</summary>
    internal sealed class AnalyzedDocument
    {
        public AnalyzedDocument(OpenDocument document, IReadOnlyList<LintResult> results, LoadedDocument? tree, TopologySymbols symbols)
        {
            Document = document;
            Results = results;
            Tree = tree;
            Symbols = symbols;
        }

        public OpenDocument Document { get; }

        public IReadOnlyList<LintResult> Results { get; }

        public LoadedDocument? Tree { get; }

        public TopologySymbols Symbols { get; }

        public int Offset(Position position) => PositionConverter.ToOffset(Document.Text, position, out _);
    }
}
