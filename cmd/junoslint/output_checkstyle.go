package main

import (
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"
)

// checkstyleReporter writes Checkstyle XML, which Jenkins, GitLab and many
// review tools read: one <file> per checked file, one <error> per finding,
// with source "junoslint.CODE".
//
// The XML is written by hand, byte for byte as encoding/xml's indenting
// encoder writes it (TestCheckstyleMatchesEncodingXML holds it to that):
// the document is five fixed elements and attributes, and importing
// encoding/xml costs every run of the binary, lint or not, its
// initialisation.
type checkstyleReporter struct {
	w     io.Writer
	files []csFile
}

type csFile struct {
	Name   string
	Errors []csError
}

type csError struct {
	Line     int
	Column   int
	Severity string // error, warning or info
	Message  string
	Source   string
}

func (c *checkstyleReporter) file(r *fileReport) error {
	f := csFile{Name: r.name}
	for _, d := range r.diags {
		f.Errors = append(f.Errors, csError{
			Line: d.Start.Line, Column: d.Start.Column, Severity: d.Severity.String(),
			Message: fmt.Sprintf("%s [%s %s]", d.Message, d.Code, d.Rule), Source: "junoslint." + d.Code,
		})
	}
	c.files = append(c.files, f)
	return nil
}

func (c *checkstyleReporter) finish(summary) error {
	if _, err := c.w.Write(appendCheckstyle(nil, c.files)); err != nil {
		return fmt.Errorf("writing checkstyle output: %w", err)
	}
	return nil
}

// appendCheckstyle appends the whole document for files to b: the XML
// declaration, <checkstyle version="4.3"> with the files indented by two
// spaces a level, and a final newline.
func appendCheckstyle(b []byte, files []csFile) []byte {
	b = append(b, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+`<checkstyle version="4.3">`...)
	for _, f := range files {
		b = append(b, "\n  <file"...)
		b = appendAttr(b, "name", f.Name)
		b = append(b, '>')
		for _, e := range f.Errors {
			b = append(b, "\n    <error"...)
			b = appendAttr(b, "line", strconv.Itoa(e.Line))
			b = appendAttr(b, "column", strconv.Itoa(e.Column))
			b = appendAttr(b, "severity", e.Severity)
			b = appendAttr(b, "message", e.Message)
			b = appendAttr(b, "source", e.Source)
			b = append(b, "></error>"...)
		}
		if len(f.Errors) > 0 {
			b = append(b, "\n  "...)
		}
		b = append(b, "</file>"...)
	}
	if len(files) > 0 {
		b = append(b, '\n')
	}
	return append(b, "</checkstyle>\n"...)
}

// appendAttr appends ` name="value"` to b, value escaped as encoding/xml
// escapes attribute values: the five markup characters and tab, newline
// and carriage return as character references, and each byte that is not
// UTF-8, and each character XML does not allow, as U+FFFD.
func appendAttr(b []byte, name, value string) []byte {
	b = append(b, ' ')
	b = append(b, name...)
	b = append(b, `="`...)
	last := 0
	for i := 0; i < len(value); {
		r, width := utf8.DecodeRuneInString(value[i:])
		var esc string
		switch r {
		case '"':
			esc = "&#34;"
		case '\'':
			esc = "&#39;"
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '\t':
			esc = "&#x9;"
		case '\n':
			esc = "&#xA;"
		case '\r':
			esc = "&#xD;"
		default:
			if !xmlChar(r) || (r == utf8.RuneError && width == 1) {
				esc = "\uFFFD"
			}
		}
		if esc != "" {
			b = append(b, value[last:i]...)
			b = append(b, esc...)
			last = i + width
		}
		i += width
	}
	b = append(b, value[last:]...)
	return append(b, '"')
}

// xmlChar reports whether r is a character XML 1.0 allows (its production
// Char).
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}
