package main

import (
	"bytes"
	"encoding/xml"
	"math/rand/v2"
	"testing"
)

// TestCheckstyleMatchesEncodingXML holds the hand-written Checkstyle
// document to what encoding/xml's indenting encoder writes for the same
// data: fixed cases with every escape, invalid UTF-8 and characters XML
// forbids, and random attribute values.
func TestCheckstyleMatchesEncodingXML(t *testing.T) {
	type xmlError struct {
		Line     int    `xml:"line,attr"`
		Column   int    `xml:"column,attr"`
		Severity string `xml:"severity,attr"`
		Message  string `xml:"message,attr"`
		Source   string `xml:"source,attr"`
	}
	type xmlFile struct {
		Name   string     `xml:"name,attr"`
		Errors []xmlError `xml:"error"`
	}
	type xmlDoc struct {
		XMLName xml.Name  `xml:"checkstyle"`
		Version string    `xml:"version,attr"`
		Files   []xmlFile `xml:"file"`
	}
	want := func(files []csFile) []byte {
		doc := xmlDoc{Version: "4.3"}
		for _, f := range files {
			xf := xmlFile{Name: f.Name}
			for _, e := range f.Errors {
				xf.Errors = append(xf.Errors, xmlError(e))
			}
			doc.Files = append(doc.Files, xf)
		}
		var buf bytes.Buffer
		buf.WriteString(xml.Header)
		enc := xml.NewEncoder(&buf)
		enc.Indent("", "  ")
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
		buf.WriteString("\n")
		return buf.Bytes()
	}
	e := func(msg string) csError {
		return csError{Line: 12, Column: 5, Severity: "warning", Message: msg, Source: "junoslint.PKI001"}
	}
	tests := []struct {
		name  string
		files []csFile
	}{
		{"no files", nil},
		{"clean file", []csFile{{Name: "r1.conf"}}},
		{"findings", []csFile{{Name: "r1.conf", Errors: []csError{e("a"), e("b")}}, {Name: "r2.conf"}}},
		{"markup", []csFile{{Name: `a&b<c>"d"'e'.conf`, Errors: []csError{e(`value "x" & <y> 'z'`)}}}},
		{"whitespace", []csFile{{Name: "t.conf", Errors: []csError{e("tab\there\nnewline\r\ncrlf")}}}},
		{"bad bytes", []csFile{{Name: "\xff\xfe.conf", Errors: []csError{e("nul\x00 bell\x07 \xc3 \ufffd \ufffe \U0001F600 \u00e9")}}}},
		{"negative and zero", []csFile{{Name: "", Errors: []csError{{Line: 0, Column: -1}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := appendCheckstyle(nil, tt.files), want(tt.files); !bytes.Equal(got, want) {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", " ", "&", "<", ">", `"`, "'", "\t", "\n", "\r", "\x00", "\x1f", "\x7f", "\xff", "\xc3", "é", "\ufffd", "\ufffe", "\U0001F600", "\ud7ff", "\ue000"}
	word := func() string {
		var b []byte
		for range rng.IntN(8) {
			b = append(b, alphabet[rng.IntN(len(alphabet))]...)
		}
		return string(b)
	}
	for i := range 2000 {
		files := []csFile{{Name: word(), Errors: []csError{{Line: rng.IntN(1000), Column: rng.IntN(80), Severity: word(), Message: word(), Source: word()}}}}
		if got, want := appendCheckstyle(nil, files), want(files); !bytes.Equal(got, want) {
			t.Fatalf("random case %d: got\n%q\nwant\n%q", i, got, want)
		}
	}
}
