using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TopologyLint.LanguageServer.Protocol
{
    // The subset of LSP 3.17 this server speaks, written by hand: the protocol packages are not served here.
    // Properties are camelCased on the wire (LspSerializer) and nulls are left out.

    public sealed class Position
    {
        public Position()
        {
        }

        public Position(int line, int character)
        {
            Line = line;
            Character = character;
        }

        public int Line { get; set; }

        public int Character { get; set; }

        public override string ToString() => $"{Line}:{Character}";
    }

    public sealed class Range
    {
        public Range()
        {
        }

        public Range(Position start, Position end)
        {
            Start = start;
            End = end;
        }

        public Position Start { get; set; } = new Position();

        public Position End { get; set; } = new Position();

        public override string ToString() => $"{Start}-{End}";
    }

    public sealed class Location
    {
        public string Uri { get; set; } = string.Empty;

        public Range Range { get; set; } = new Range();
    }

    public sealed class TextDocumentIdentifier
    {
        public string Uri { get; set; } = string.Empty;
    }

    public sealed class VersionedTextDocumentIdentifier
    {
        public string Uri { get; set; } = string.Empty;

        public int Version { get; set; }
    }

    public sealed class TextDocumentItem
    {
        public string Uri { get; set; } = string.Empty;

        public string LanguageId { get; set; } = string.Empty;

        public int Version { get; set; }

        public string Text { get; set; } = string.Empty;
    }

    public sealed class TextDocumentContentChangeEvent
    {
        /// <summary>Absent: the change replaces the whole text.</summary>
        public Range? Range { get; set; }

        public string Text { get; set; } = string.Empty;
    }

    public sealed class DidOpenTextDocumentParams
    {
        public TextDocumentItem TextDocument { get; set; } = new TextDocumentItem();
    }

    public sealed class DidChangeTextDocumentParams
    {
        public VersionedTextDocumentIdentifier TextDocument { get; set; } = new VersionedTextDocumentIdentifier();

        public List<TextDocumentContentChangeEvent> ContentChanges { get; set; } = new List<TextDocumentContentChangeEvent>();
    }

    public sealed class DidCloseTextDocumentParams
    {
        public TextDocumentIdentifier TextDocument { get; set; } = new TextDocumentIdentifier();
    }

    public sealed class DidSaveTextDocumentParams
    {
        public TextDocumentIdentifier TextDocument { get; set; } = new TextDocumentIdentifier();
    }

    public sealed class TextDocumentPositionParams
    {
        public TextDocumentIdentifier TextDocument { get; set; } = new TextDocumentIdentifier();

        public Position Position { get; set; } = new Position();
    }

    public sealed class ReferenceParams
    {
        public TextDocumentIdentifier TextDocument { get; set; } = new TextDocumentIdentifier();

        public Position Position { get; set; } = new Position();

        public ReferenceContext Context { get; set; } = new ReferenceContext();
    }

    public sealed class ReferenceContext
    {
        public bool IncludeDeclaration { get; set; }
    }

    public sealed class RenameParams
    {
        public TextDocumentIdentifier TextDocument { get; set; } = new TextDocumentIdentifier();

        public Position Position { get; set; } = new Position();

        public string NewName { get; set; } = string.Empty;
    }

    public sealed class DocumentSymbolParams
    {
        public TextDocumentIdentifier TextDocument { get; set; } = new TextDocumentIdentifier();
    }

    public sealed class WorkspaceFolder
    {
        public string Uri { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;
    }

    public sealed class InitializeParams
    {
        public int? ProcessId { get; set; }

        public string? RootUri { get; set; }

        public string? RootPath { get; set; }

        public List<WorkspaceFolder>? WorkspaceFolders { get; set; }

        public JsonElement? InitializationOptions { get; set; }
    }

    public sealed class InitializeResult
    {
        public ServerCapabilities Capabilities { get; set; } = new ServerCapabilities();

        public ServerInfo ServerInfo { get; set; } = new ServerInfo();
    }

    public sealed class ServerInfo
    {
        public string Name { get; set; } = "topolint";

        public string? Version { get; set; }
    }

    public static class TextDocumentSyncKind
    {
        public const int Incremental = 2;
    }

    public sealed class TextDocumentSyncOptions
    {
        public bool OpenClose { get; set; } = true;

        public int Change { get; set; } = TextDocumentSyncKind.Incremental;

        public bool Save { get; set; } = true;
    }

    public sealed class CompletionOptions
    {
        public List<string> TriggerCharacters { get; set; } = new List<string>();
    }

    public sealed class CodeActionOptions
    {
        public List<string> CodeActionKinds { get; set; } = new List<string>();
    }

    public sealed class RenameOptions
    {
        public bool PrepareProvider { get; set; }
    }

    public sealed class ServerCapabilities
    {
        public TextDocumentSyncOptions TextDocumentSync { get; set; } = new TextDocumentSyncOptions();

        public bool HoverProvider { get; set; }

        public CompletionOptions? CompletionProvider { get; set; }

        public bool DefinitionProvider { get; set; }

        public bool ReferencesProvider { get; set; }

        public RenameOptions? RenameProvider { get; set; }

        public bool DocumentSymbolProvider { get; set; }

        public CodeActionOptions? CodeActionProvider { get; set; }
    }

    public static class DiagnosticSeverityCode
    {
        public const int Error = 1;
        public const int Warning = 2;
        public const int Information = 3;
        public const int Hint = 4;
    }

    public sealed class CodeDescription
    {
        public string Href { get; set; } = string.Empty;
    }

    public sealed class LspDiagnostic
    {
        public Range Range { get; set; } = new Range();

        public int Severity { get; set; }

        public string Code { get; set; } = string.Empty;

        public CodeDescription? CodeDescription { get; set; }

        public string Source { get; set; } = "topolint";

        public string Message { get; set; } = string.Empty;
    }

    public sealed class PublishDiagnosticsParams
    {
        public string Uri { get; set; } = string.Empty;

        /// <summary>The version of the open document the diagnostics were computed from.</summary>
        public int? Version { get; set; }

        public List<LspDiagnostic> Diagnostics { get; set; } = new List<LspDiagnostic>();
    }

    public static class MessageTypeCode
    {
        public const int Error = 1;
        public const int Warning = 2;
        public const int Info = 3;
        public const int Log = 4;
    }

    public sealed class LogMessageParams
    {
        public int Type { get; set; }

        public string Message { get; set; } = string.Empty;
    }

    public static class FileChangeTypeCode
    {
        public const int Created = 1;
        public const int Changed = 2;
        public const int Deleted = 3;
    }

    public sealed class FileEvent
    {
        public string Uri { get; set; } = string.Empty;

        public int Type { get; set; }
    }

    public sealed class DidChangeWatchedFilesParams
    {
        public List<FileEvent> Changes { get; set; } = new List<FileEvent>();
    }

    public sealed class MarkupContent
    {
        public string Kind { get; set; } = "markdown";

        public string Value { get; set; } = string.Empty;
    }

    public sealed class Hover
    {
        public MarkupContent Contents { get; set; } = new MarkupContent();

        public Range? Range { get; set; }
    }

    public static class CompletionItemKindCode
    {
        public const int Property = 10;
        public const int EnumMember = 20;
        public const int Reference = 18;
    }

    public sealed class CompletionItem
    {
        public string Label { get; set; } = string.Empty;

        public int Kind { get; set; }

        public string? Detail { get; set; }

        public MarkupContent? Documentation { get; set; }

        /// <summary>What the client matches the typed text against (the quoted form, where the edit's range takes in a quote).</summary>
        public string? FilterText { get; set; }

        /// <summary>The edit that accepting the item makes: it replaces the scalar being typed, quotes included.</summary>
        public TextEdit? TextEdit { get; set; }

        /// <summary>Edits elsewhere that go with the item: the ',' a JSON or flow key needs after the value before it.</summary>
        public List<TextEdit>? AdditionalTextEdits { get; set; }
    }

    public sealed class CompletionList
    {
        public bool IsIncomplete { get; set; }

        public List<CompletionItem> Items { get; set; } = new List<CompletionItem>();
    }

    public static class SymbolKindCode
    {
        public const int Namespace = 3;
        public const int Class = 5;
        public const int Field = 8;
        public const int Interface = 11;
        public const int Object = 19;
        public const int Event = 24;
    }

    public sealed class DocumentSymbol
    {
        public string Name { get; set; } = string.Empty;

        public string? Detail { get; set; }

        public int Kind { get; set; }

        public Range Range { get; set; } = new Range();

        public Range SelectionRange { get; set; } = new Range();

        public List<DocumentSymbol>? Children { get; set; }
    }

    public sealed class TextEdit
    {
        public Range Range { get; set; } = new Range();

        public string NewText { get; set; } = string.Empty;
    }

    public sealed class WorkspaceEdit
    {
        public Dictionary<string, List<TextEdit>> Changes { get; set; } = new Dictionary<string, List<TextEdit>>();
    }

    public sealed class CodeActionContext
    {
        public List<LspDiagnostic> Diagnostics { get; set; } = new List<LspDiagnostic>();
    }

    public sealed class CodeActionParams
    {
        public TextDocumentIdentifier TextDocument { get; set; } = new TextDocumentIdentifier();

        public Range Range { get; set; } = new Range();

        public CodeActionContext Context { get; set; } = new CodeActionContext();
    }

    public sealed class CodeAction
    {
        public string Title { get; set; } = string.Empty;

        public string Kind { get; set; } = "quickfix";

        public List<LspDiagnostic>? Diagnostics { get; set; }

        public bool? IsPreferred { get; set; }

        public WorkspaceEdit Edit { get; set; } = new WorkspaceEdit();
    }

    /// <summary>The serializer settings of the wire: camelCase names, nulls left out.</summary>
    public static class LspSerializer
    {
        /// <remarks>A new instance each time: StreamJsonRpc adds its converters to the options it is given.</remarks>
        public static JsonSerializerOptions CreateOptions() => new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = false,
        };
    }
}
