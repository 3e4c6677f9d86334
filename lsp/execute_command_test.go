package lsp

import (
	"encoding/json"
	"testing"
)

func TestExecuteCommand(t *testing.T) {
	c := newTestClient(t, Options{})
	c.initialize(nil)
	text := readTestdata(t, "pki.conf")
	uri := c.open("pki.conf", text)
	ds := c.waitDiagnostics(uri, 1).params.Diagnostics
	var data diagData
	idx := -1
	for _, d := range ds {
		if d.Code == "PKI004" {
			if err := json.Unmarshal(d.Data, &data); err != nil {
				t.Fatal(err)
			}
			idx = data.Index
		}
	}
	if idx < 0 || data.Version != 1 {
		t.Fatalf("no PKI004 with data in %+v", ds)
	}
	arg := func(a copyArgs) []json.RawMessage {
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		return []json.RawMessage{b}
	}
	tests := []struct {
		name string
		args []json.RawMessage
		want string
		code int64
	}{
		{"needs-input fix keeps its placeholder, in the group the profile comes from", arg(copyArgs{URI: uri, Version: 1, Index: idx, Fix: 0}),
			"set groups PKI-BASE security pki ca-profile GROUP-CA revocation-check crl url <crl-url>\n", 0},
		{"its local override", arg(copyArgs{URI: uri, Version: 1, Index: idx, Fix: 1}),
			"set security pki ca-profile GROUP-CA revocation-check crl url <crl-url>\n", 0},
		{"no such fix", arg(copyArgs{URI: uri, Version: 1, Index: idx, Fix: 5}), "", codeInvalidParams},
		{"no such finding", arg(copyArgs{URI: uri, Version: 1, Index: 99, Fix: 0}), "", codeInvalidParams},
		{"stale version", arg(copyArgs{URI: uri, Version: 7, Index: idx, Fix: 0}), "", codeRequestFailed},
		{"document not open", arg(copyArgs{URI: c.uri("other.conf"), Version: 1}), "", codeInvalidParams},
		{"no argument", nil, "", codeInvalidParams},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			err := c.call(methodExecuteCommand, ExecuteCommandParams{Command: commandCopySetCommands, Arguments: tt.args}, &got)
			if rpcCode(err) != tt.code || got != tt.want {
				t.Errorf("got %q, %v; want %q, code %d", got, err, tt.want, tt.code)
			}
		})
	}
}
