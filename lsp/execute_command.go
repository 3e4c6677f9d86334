package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/sourcegraph/jsonrpc2"
)

// copyArgs is the argument of junoslint.copySetCommands: a finding of one
// document version, by index, and which of its fixes.
type copyArgs struct {
	URI     DocumentURI `json:"uri"`
	Version int32       `json:"version"`
	Index   int         `json:"index"`
	Fix     int         `json:"fix"`
}

// handleExecuteCommand answers "workspace/executeCommand". The one command,
// junoslint.copySetCommands, returns a finding's fix as Junos commands, one
// per line (`set …`, `delete …`), ready for `load set terminal`; what to do
// with the text (copy it to the clipboard, show it) is the client's choice.
// The finding must belong to the document's current version: after an edit
// the client asks for code actions again.
func (s *Server) handleExecuteCommand(_ context.Context, r *request) (any, error) {
	p, err := decode[ExecuteCommandParams](r.method, r.params)
	if err != nil {
		return nil, err
	}
	if p.Command != commandCopySetCommands {
		return nil, &jsonrpc2.Error{Code: codeInvalidParams, Message: fmt.Sprintf("unknown command %q (known: %s)", p.Command, commandCopySetCommands)}
	}
	if len(p.Arguments) != 1 {
		return nil, &jsonrpc2.Error{Code: codeInvalidParams, Message: commandCopySetCommands + " takes one argument"}
	}
	var a copyArgs
	if err := json.Unmarshal(p.Arguments[0], &a); err != nil {
		return nil, &jsonrpc2.Error{Code: codeInvalidParams, Message: fmt.Sprintf("%s: bad argument: %v", commandCopySetCommands, err)}
	}
	doc := s.docs.get(a.URI)
	if doc == nil {
		return nil, &jsonrpc2.Error{Code: codeInvalidParams, Message: fmt.Sprintf("%s: document %s is not open", commandCopySetCommands, a.URI)}
	}
	if doc.Version != a.Version {
		return nil, &jsonrpc2.Error{Code: codeRequestFailed, Message: fmt.Sprintf("%s: the document changed (version %d, now %d); ask for code actions again", commandCopySetCommands, a.Version, doc.Version)}
	}
	fs := s.findings(doc)
	if a.Index < 0 || a.Index >= len(fs.diags) || a.Fix < 0 || a.Fix >= len(fs.diags[a.Index].Fixes) {
		return nil, &jsonrpc2.Error{Code: codeInvalidParams, Message: fmt.Sprintf("%s: no fix %d of finding %d", commandCopySetCommands, a.Fix, a.Index)}
	}
	cmds := fs.diags[a.Index].Fixes[a.Fix].Commands()
	return strings.Join(cmds, "\n") + "\n", nil
}
