package lsp

import "encoding/json"

// This file holds the Language Server Protocol (3.17) types the server uses,
// written by hand: only the messages and fields junoslint reads or sends.
// Field names and JSON tags follow the specification; optional fields are
// pointers or carry omitempty. Positions are zero-based lines and UTF-16
// code units (the protocol's default encoding), converted from and to byte
// offsets only by [Mapper].

// The methods the server handles or sends.
const (
	methodInitialize             = "initialize"
	methodInitialized            = "initialized"
	methodShutdown               = "shutdown"
	methodExit                   = "exit"
	methodCancelRequest          = "$/cancelRequest"
	methodDidOpen                = "textDocument/didOpen"
	methodDidChange              = "textDocument/didChange"
	methodDidClose               = "textDocument/didClose"
	methodDidSave                = "textDocument/didSave"
	methodDidChangeWatchedFiles  = "workspace/didChangeWatchedFiles"
	methodDidChangeConfiguration = "workspace/didChangeConfiguration"
	methodPublishDiagnostics     = "textDocument/publishDiagnostics"
	methodCodeAction             = "textDocument/codeAction"
	methodExecuteCommand         = "workspace/executeCommand"
	methodFormatting             = "textDocument/formatting"
	methodRangeFormatting        = "textDocument/rangeFormatting"
	methodHover                  = "textDocument/hover"
	methodDocumentSymbol         = "textDocument/documentSymbol"
	methodFoldingRange           = "textDocument/foldingRange"
	methodDefinition             = "textDocument/definition"
	methodReferences             = "textDocument/references"
	methodCompletion             = "textDocument/completion"
	methodShowMessage            = "window/showMessage"
)

// JSON-RPC and LSP error codes.
const (
	codeParseError           = -32700
	codeInvalidRequest       = -32600
	codeMethodNotFound       = -32601
	codeInvalidParams        = -32602
	codeInternalError        = -32603
	codeServerNotInitialized = -32002
	codeRequestFailed        = -32803
	codeRequestCancelled     = -32800
)

// DocumentURI is a document's URI, such as "file:///etc/junos/fw1.conf".
type DocumentURI string

// Position is a place in a document: a zero-based line and a zero-based
// character offset counted in UTF-16 code units from the start of the line.
type Position struct {
	Line      uint32 `json:"line"`
	Character uint32 `json:"character"`
}

// Range is a half-open range [Start, End) of positions.
type Range struct {
	Start Position `json:"start"`
	End   Position `json:"end"`
}

// Location is a range in a document.
type Location struct {
	URI   DocumentURI `json:"uri"`
	Range Range       `json:"range"`
}

// TextEdit replaces the text in Range by NewText.
type TextEdit struct {
	Range   Range  `json:"range"`
	NewText string `json:"newText"`
}

// TextDocumentIdentifier names a document.
type TextDocumentIdentifier struct {
	URI DocumentURI `json:"uri"`
}

// VersionedTextDocumentIdentifier names a document at a version.
type VersionedTextDocumentIdentifier struct {
	URI     DocumentURI `json:"uri"`
	Version int32       `json:"version"`
}

// TextDocumentItem is a document as the client opened it.
type TextDocumentItem struct {
	URI        DocumentURI `json:"uri"`
	LanguageID string      `json:"languageId"`
	Version    int32       `json:"version"`
	Text       string      `json:"text"`
}

// TextDocumentPositionParams is a position in a document (hover,
// definition, references, completion).
type TextDocumentPositionParams struct {
	TextDocument TextDocumentIdentifier `json:"textDocument"`
	Position     Position               `json:"position"`
}

// ---- lifecycle ----

// ClientInfo names the client.
type ClientInfo struct {
	Name    string `json:"name"`
	Version string `json:"version,omitempty"`
}

// WorkspaceFolder is a root folder of the client's workspace.
type WorkspaceFolder struct {
	URI  DocumentURI `json:"uri"`
	Name string      `json:"name"`
}

// InitializeParams are the parameters of "initialize". Only the fields the
// server reads are declared.
type InitializeParams struct {
	ProcessID             *int               `json:"processId"`
	ClientInfo            *ClientInfo        `json:"clientInfo,omitempty"`
	RootURI               *DocumentURI       `json:"rootUri"`
	RootPath              *string            `json:"rootPath,omitempty"`
	Capabilities          ClientCapabilities `json:"capabilities"`
	InitializationOptions json.RawMessage    `json:"initializationOptions,omitempty"`
	WorkspaceFolders      []WorkspaceFolder  `json:"workspaceFolders,omitempty"`
}

// ClientCapabilities holds the client capabilities the server looks at.
type ClientCapabilities struct {
	Workspace *struct {
		WorkspaceEdit *struct {
			DocumentChanges bool `json:"documentChanges"`
		} `json:"workspaceEdit,omitempty"`
	} `json:"workspace,omitempty"`
	TextDocument *struct {
		Hover *struct {
			ContentFormat []string `json:"contentFormat,omitempty"`
		} `json:"hover,omitempty"`
		DocumentSymbol *struct {
			HierarchicalDocumentSymbolSupport bool `json:"hierarchicalDocumentSymbolSupport"`
		} `json:"documentSymbol,omitempty"`
		PublishDiagnostics *struct {
			RelatedInformation bool `json:"relatedInformation"`
		} `json:"publishDiagnostics,omitempty"`
	} `json:"textDocument,omitempty"`
	General *struct {
		PositionEncodings []string `json:"positionEncodings,omitempty"`
	} `json:"general,omitempty"`
}

// InitializeResult answers "initialize".
type InitializeResult struct {
	Capabilities ServerCapabilities `json:"capabilities"`
	ServerInfo   *ServerInfo        `json:"serverInfo,omitempty"`
}

// ServerInfo names the server.
type ServerInfo struct {
	Name    string `json:"name"`
	Version string `json:"version,omitempty"`
}

// Text document sync kinds.
const (
	syncIncremental = 2 // ranges of changes; 1 would be the whole text each time
)

// ServerCapabilities says what the server offers.
type ServerCapabilities struct {
	PositionEncoding                string                   `json:"positionEncoding,omitempty"`
	TextDocumentSync                TextDocumentSyncOptions  `json:"textDocumentSync"`
	HoverProvider                   bool                     `json:"hoverProvider"`
	CompletionProvider              *CompletionOptions       `json:"completionProvider,omitempty"`
	DefinitionProvider              bool                     `json:"definitionProvider"`
	ReferencesProvider              bool                     `json:"referencesProvider"`
	DocumentSymbolProvider          bool                     `json:"documentSymbolProvider"`
	CodeActionProvider              *CodeActionOptions       `json:"codeActionProvider,omitempty"`
	DocumentFormattingProvider      bool                     `json:"documentFormattingProvider"`
	DocumentRangeFormattingProvider bool                     `json:"documentRangeFormattingProvider"`
	FoldingRangeProvider            bool                     `json:"foldingRangeProvider"`
	ExecuteCommandProvider          *ExecuteCommandOptions   `json:"executeCommandProvider,omitempty"`
	Workspace                       *WorkspaceServerCapacity `json:"workspace,omitempty"`
}

// WorkspaceServerCapacity is the workspace part of ServerCapabilities.
type WorkspaceServerCapacity struct {
	WorkspaceFolders *struct {
		Supported bool `json:"supported"`
	} `json:"workspaceFolders,omitempty"`
}

// TextDocumentSyncOptions says how the client sends document changes.
type TextDocumentSyncOptions struct {
	OpenClose bool         `json:"openClose"`
	Change    int          `json:"change"`
	Save      *SaveOptions `json:"save,omitempty"`
}

// SaveOptions asks for didSave notifications.
type SaveOptions struct {
	IncludeText bool `json:"includeText"`
}

// CompletionOptions describes completion support.
type CompletionOptions struct {
	TriggerCharacters []string `json:"triggerCharacters,omitempty"`
	ResolveProvider   bool     `json:"resolveProvider"`
}

// CodeActionOptions lists the code action kinds the server returns.
type CodeActionOptions struct {
	CodeActionKinds []string `json:"codeActionKinds,omitempty"`
	ResolveProvider bool     `json:"resolveProvider"`
}

// ExecuteCommandOptions lists the server's commands.
type ExecuteCommandOptions struct {
	Commands []string `json:"commands"`
}

// ---- text synchronisation ----

// DidOpenTextDocumentParams are the parameters of "textDocument/didOpen".
type DidOpenTextDocumentParams struct {
	TextDocument TextDocumentItem `json:"textDocument"`
}

// TextDocumentContentChangeEvent is one change: the whole text when Range is
// nil, else the replacement of Range.
type TextDocumentContentChangeEvent struct {
	Range *Range `json:"range,omitempty"`
	// RangeLength is deprecated in the protocol and ignored.
	RangeLength *uint32 `json:"rangeLength,omitempty"`
	Text        string  `json:"text"`
}

// DidChangeTextDocumentParams are the parameters of "textDocument/didChange".
type DidChangeTextDocumentParams struct {
	TextDocument   VersionedTextDocumentIdentifier  `json:"textDocument"`
	ContentChanges []TextDocumentContentChangeEvent `json:"contentChanges"`
}

// DidCloseTextDocumentParams are the parameters of "textDocument/didClose".
type DidCloseTextDocumentParams struct {
	TextDocument TextDocumentIdentifier `json:"textDocument"`
}

// DidSaveTextDocumentParams are the parameters of "textDocument/didSave".
type DidSaveTextDocumentParams struct {
	TextDocument TextDocumentIdentifier `json:"textDocument"`
	Text         *string                `json:"text,omitempty"`
}

// CancelParams are the parameters of "$/cancelRequest": the id of the
// request to cancel, a number or a string.
type CancelParams struct {
	ID json.RawMessage `json:"id"`
}

// ---- diagnostics ----

// DiagnosticSeverity is 1 error, 2 warning, 3 information, 4 hint.
type DiagnosticSeverity int

// The diagnostic severities.
const (
	SeverityError       DiagnosticSeverity = 1
	SeverityWarning     DiagnosticSeverity = 2
	SeverityInformation DiagnosticSeverity = 3
	SeverityHint        DiagnosticSeverity = 4
)

// DiagnosticTag is 1 unnecessary, 2 deprecated.
type DiagnosticTag int

// The diagnostic tags.
const (
	TagUnnecessary DiagnosticTag = 1
	TagDeprecated  DiagnosticTag = 2
)

// CodeDescription links a diagnostic code to its documentation.
type CodeDescription struct {
	Href string `json:"href"`
}

// DiagnosticRelatedInformation is a secondary location of a diagnostic.
type DiagnosticRelatedInformation struct {
	Location Location `json:"location"`
	Message  string   `json:"message"`
}

// Diagnostic is one finding as the client shows it.
type Diagnostic struct {
	Range              Range                          `json:"range"`
	Severity           DiagnosticSeverity             `json:"severity,omitempty"`
	Code               string                         `json:"code,omitempty"`
	CodeDescription    *CodeDescription               `json:"codeDescription,omitempty"`
	Source             string                         `json:"source,omitempty"`
	Message            string                         `json:"message"`
	Tags               []DiagnosticTag                `json:"tags,omitempty"`
	RelatedInformation []DiagnosticRelatedInformation `json:"relatedInformation,omitempty"`
	Data               json.RawMessage                `json:"data,omitempty"`
}

// PublishDiagnosticsParams are the parameters of
// "textDocument/publishDiagnostics". Diagnostics is never nil: a clean
// document publishes [].
type PublishDiagnosticsParams struct {
	URI         DocumentURI  `json:"uri"`
	Version     *int32       `json:"version,omitempty"`
	Diagnostics []Diagnostic `json:"diagnostics"`
}

// ---- code actions and commands ----

// The code action kinds the server produces.
const (
	kindQuickFix        = "quickfix"
	kindFixAllJunoslint = "source.fixAll.junoslint"
)

// CodeActionContext carries the diagnostics at the range and the kinds the
// client wants.
type CodeActionContext struct {
	Diagnostics []Diagnostic `json:"diagnostics"`
	Only        []string     `json:"only,omitempty"`
	TriggerKind int          `json:"triggerKind,omitempty"`
}

// CodeActionParams are the parameters of "textDocument/codeAction".
type CodeActionParams struct {
	TextDocument TextDocumentIdentifier `json:"textDocument"`
	Range        Range                  `json:"range"`
	Context      CodeActionContext      `json:"context"`
}

// Command is a command the client may ask the server to execute.
type Command struct {
	Title     string            `json:"title"`
	Command   string            `json:"command"`
	Arguments []json.RawMessage `json:"arguments,omitempty"`
}

// CodeAction is one action offered at a range.
type CodeAction struct {
	Title       string         `json:"title"`
	Kind        string         `json:"kind,omitempty"`
	Diagnostics []Diagnostic   `json:"diagnostics,omitempty"`
	IsPreferred bool           `json:"isPreferred,omitempty"`
	Edit        *WorkspaceEdit `json:"edit,omitempty"`
	Command     *Command       `json:"command,omitempty"`
}

// WorkspaceEdit is a set of edits. The server fills Changes, or
// DocumentChanges when the client supports versioned edits.
type WorkspaceEdit struct {
	Changes         map[DocumentURI][]TextEdit `json:"changes,omitempty"`
	DocumentChanges []TextDocumentEdit         `json:"documentChanges,omitempty"`
}

// TextDocumentEdit is a list of edits to one version of a document.
type TextDocumentEdit struct {
	TextDocument OptionalVersionedTextDocumentIdentifier `json:"textDocument"`
	Edits        []TextEdit                              `json:"edits"`
}

// OptionalVersionedTextDocumentIdentifier names a document and, unless
// Version is nil, its version.
type OptionalVersionedTextDocumentIdentifier struct {
	URI     DocumentURI `json:"uri"`
	Version *int32      `json:"version"`
}

// ExecuteCommandParams are the parameters of "workspace/executeCommand".
type ExecuteCommandParams struct {
	Command   string            `json:"command"`
	Arguments []json.RawMessage `json:"arguments,omitempty"`
}

// ---- formatting ----

// FormattingOptions are the client's editor settings; the Junos layout is
// fixed, so they are read but not used.
type FormattingOptions struct {
	TabSize      uint32 `json:"tabSize"`
	InsertSpaces bool   `json:"insertSpaces"`
}

// DocumentFormattingParams are the parameters of "textDocument/formatting".
type DocumentFormattingParams struct {
	TextDocument TextDocumentIdentifier `json:"textDocument"`
	Options      FormattingOptions      `json:"options"`
}

// DocumentRangeFormattingParams are the parameters of
// "textDocument/rangeFormatting".
type DocumentRangeFormattingParams struct {
	TextDocument TextDocumentIdentifier `json:"textDocument"`
	Range        Range                  `json:"range"`
	Options      FormattingOptions      `json:"options"`
}

// ---- hover ----

// MarkupContent is text in "markdown" or "plaintext".
type MarkupContent struct {
	Kind  string `json:"kind"`
	Value string `json:"value"`
}

// Hover answers "textDocument/hover".
type Hover struct {
	Contents MarkupContent `json:"contents"`
	Range    *Range        `json:"range,omitempty"`
}

// ---- symbols and folding ----

// SymbolKind classifies a document symbol.
type SymbolKind int

// The symbol kinds the server uses.
const (
	SymbolModule    SymbolKind = 2
	SymbolNamespace SymbolKind = 3
	SymbolPackage   SymbolKind = 4
	SymbolProperty  SymbolKind = 7
	SymbolField     SymbolKind = 8
	SymbolEnum      SymbolKind = 10
	SymbolKey       SymbolKind = 20
	SymbolObject    SymbolKind = 19
	SymbolEvent     SymbolKind = 24
	SymbolStruct    SymbolKind = 23
)

// DocumentSymbolParams are the parameters of "textDocument/documentSymbol".
type DocumentSymbolParams struct {
	TextDocument TextDocumentIdentifier `json:"textDocument"`
}

// DocumentSymbol is one node of the outline.
type DocumentSymbol struct {
	Name           string           `json:"name"`
	Detail         string           `json:"detail,omitempty"`
	Kind           SymbolKind       `json:"kind"`
	Range          Range            `json:"range"`
	SelectionRange Range            `json:"selectionRange"`
	Children       []DocumentSymbol `json:"children,omitempty"`
}

// FoldingRangeParams are the parameters of "textDocument/foldingRange".
type FoldingRangeParams struct {
	TextDocument TextDocumentIdentifier `json:"textDocument"`
}

// FoldingRange is a foldable region of whole lines (zero-based).
type FoldingRange struct {
	StartLine uint32 `json:"startLine"`
	EndLine   uint32 `json:"endLine"`
	Kind      string `json:"kind,omitempty"`
}

// ---- navigation ----

// ReferenceParams are the parameters of "textDocument/references".
type ReferenceParams struct {
	TextDocumentPositionParams
	Context struct {
		IncludeDeclaration bool `json:"includeDeclaration"`
	} `json:"context"`
}

// ---- completion ----

// CompletionItemKind classifies a completion item.
type CompletionItemKind int

// The completion item kinds the server uses.
const (
	CompletionValue      CompletionItemKind = 12
	CompletionKeyword    CompletionItemKind = 14
	CompletionReference  CompletionItemKind = 18
	CompletionEnumMember CompletionItemKind = 20
)

// CompletionParams are the parameters of "textDocument/completion".
type CompletionParams struct {
	TextDocumentPositionParams
	Context *struct {
		TriggerKind      int    `json:"triggerKind"`
		TriggerCharacter string `json:"triggerCharacter,omitempty"`
	} `json:"context,omitempty"`
}

// CompletionItem is one proposal.
type CompletionItem struct {
	Label         string             `json:"label"`
	Kind          CompletionItemKind `json:"kind,omitempty"`
	Tags          []int              `json:"tags,omitempty"` // 1 = deprecated
	Detail        string             `json:"detail,omitempty"`
	Documentation *MarkupContent     `json:"documentation,omitempty"`
	Deprecated    bool               `json:"deprecated,omitempty"`
	SortText      string             `json:"sortText,omitempty"`
	FilterText    string             `json:"filterText,omitempty"`
	TextEdit      *TextEdit          `json:"textEdit,omitempty"`
}

// CompletionList answers "textDocument/completion".
type CompletionList struct {
	IsIncomplete bool             `json:"isIncomplete"`
	Items        []CompletionItem `json:"items"`
}

// ---- window ----

// The message types of window/showMessage and window/logMessage.
const (
	messageError = 1 // 2 warning, 3 info, 4 log are not used
)

// ShowMessageParams are the parameters of "window/showMessage" and
// "window/logMessage".
type ShowMessageParams struct {
	Type    int    `json:"type"`
	Message string `json:"message"`
}
