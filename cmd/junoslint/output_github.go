package main

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/junoslint/junoslint/lint"
)

// githubReporter writes GitHub Actions workflow commands, one per finding:
//
//	::error file=F,line=L,col=C,endLine=EL,endColumn=EC,title=CODE rule-name::message
//
// warning for warnings and notice for infos. GitHub shows them as
// annotations on the pull request.
type githubReporter struct {
	w io.Writer
}

func (g *githubReporter) file(r *fileReport) error {
	bw := bufio.NewWriter(g.w)
	for _, d := range r.diags {
		level := "notice"
		switch d.Severity {
		case lint.Error:
			level = "error"
		case lint.Warning:
			level = "warning"
		}
		fmt.Fprintf(bw, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			level, ghProperty(filepath.ToSlash(r.name)), d.Start.Line, d.Start.Column, d.End.Line, d.End.Column,
			ghProperty(d.Code+" "+d.Rule), ghData(d.Message))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	return nil
}

func (g *githubReporter) finish(summary) error { return nil }

// ghData escapes the message part of a workflow command.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a property value of a workflow command.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
