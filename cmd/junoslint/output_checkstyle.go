package main

import (
	"encoding/xml"
	"fmt"
	"io"
)

// checkstyleReporter writes Checkstyle XML, which Jenkins, GitLab and many
// review tools read: one <file> per checked file, one <error> per finding,
// with source "junoslint.CODE".
type checkstyleReporter struct {
	w     io.Writer
	files []csFile
}

type csOutput struct {
	XMLName xml.Name `xml:"checkstyle"`
	Version string   `xml:"version,attr"`
	Files   []csFile `xml:"file"`
}

type csFile struct {
	Name   string    `xml:"name,attr"`
	Errors []csError `xml:"error"`
}

type csError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr"`
	Severity string `xml:"severity,attr"` // error, warning or info
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
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
	if _, err := io.WriteString(c.w, xml.Header); err != nil {
		return fmt.Errorf("writing checkstyle output: %w", err)
	}
	enc := xml.NewEncoder(c.w)
	enc.Indent("", "  ")
	if err := enc.Encode(csOutput{Version: "4.3", Files: c.files}); err != nil {
		return fmt.Errorf("writing checkstyle output: %w", err)
	}
	if _, err := io.WriteString(c.w, "\n"); err != nil {
		return fmt.Errorf("writing checkstyle output: %w", err)
	}
	return nil
}
