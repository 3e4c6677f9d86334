package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/fatih/color"

	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/lint"
)

// styles colours the text output. Each colour is enabled or disabled
// explicitly, never through fatih/color's package-level NoColor.
type styles struct {
	pos, err, warn, info, code, context, gutter, caret, fix *color.Color
}

// newStyles returns the text styles, coloured when on is set.
func newStyles(on bool) styles {
	mk := func(a ...color.Attribute) *color.Color {
		c := color.New(a...)
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c
	}
	return styles{
		pos:     mk(color.Bold),
		err:     mk(color.FgRed, color.Bold),
		warn:    mk(color.FgYellow, color.Bold),
		info:    mk(color.FgCyan, color.Bold),
		code:    mk(color.Faint),
		context: mk(color.Faint),
		gutter:  mk(color.FgBlue),
		caret:   mk(color.FgGreen, color.Bold),
		fix:     mk(color.FgGreen),
	}
}

func (st styles) severity(s lint.Severity) *color.Color {
	switch s {
	case lint.Error:
		return st.err
	case lint.Warning:
		return st.warn
	}
	return st.info
}

// textReporter writes findings for people:
//
//	file:line:col: severity: message [CODE rule-name]
//	  in [edit security pki]
//	   12 |         ca-profile CORP {
//	      |         ^~~~~~~~~~~~~~~
//	  note: file:3:5: apply-groups PKI brings it in here    (inherited findings)
//	  fix (needs-input): set security pki ca-profile CORP revocation-check crl url <crl-url>
//
// and a one-line summary at the end.
type textReporter struct {
	w  io.Writer
	st styles
}

func (t *textReporter) file(r *fileReport) error {
	if len(r.diags) == 0 {
		return nil
	}
	bw := bufio.NewWriter(t.w)
	for i := range r.diags {
		writeTextDiag(bw, t.st, r, &r.diags[i])
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	return nil
}

func (t *textReporter) finish(s summary) error {
	var line string
	if s.errors+s.warnings+s.infos == 0 {
		line = fmt.Sprintf("no problems (%s checked)", plural(s.checked, "file"))
	} else {
		line = fmt.Sprintf("%s, %s, %s in %s (%s checked)",
			plural(s.errors, "error"), plural(s.warnings, "warning"), plural(s.infos, "info"),
			plural(s.withDiags, "file"), plural(s.checked, "file"))
	}
	if _, err := fmt.Fprintln(t.w, t.st.pos.Sprint(line)); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	return nil
}

// writeTextDiag writes one finding with its context, source line and fix.
func writeTextDiag(w io.Writer, st styles, r *fileReport, d *lint.Diagnostic) {
	pos := fmt.Sprintf("%s:%d:%d:", sanitize(r.name), d.Start.Line, d.Start.Column)
	fmt.Fprintf(w, "%s %s %s %s\n", st.pos.Sprint(pos), st.severity(d.Severity).Sprint(d.Severity.String()+":"),
		sanitize(d.Message), st.code.Sprintf("[%s %s]", d.Code, d.Rule))
	if d.Context != "" {
		fmt.Fprintf(w, "  %s\n", st.context.Sprintf("in [edit %s]", sanitize(d.Context)))
	}
	if r.lines != nil && r.src != nil {
		ls := r.lines.LineStart(d.Start.Line)
		le := r.lines.LineEnd(d.Start.Line, r.src)
		line := string(r.src[ls:le])
		start := d.Span.Start - ls
		end := d.Span.End - ls
		if d.End.Line != d.Start.Line || end > len(line) {
			end = len(line)
		}
		if masked, at := grammar.MaskSecrets(line, ls, r.secrets); at != nil {
			line, start, end = masked, at(max(start, 0)), at(end)
		}
		shown, under := underline(line, start, end)
		num := strconv.Itoa(d.Start.Line)
		pad := strings.Repeat(" ", len(num))
		fmt.Fprintf(w, "  %s %s\n", st.gutter.Sprint(num+" |"), shown)
		fmt.Fprintf(w, "  %s %s\n", st.gutter.Sprint(pad+" |"), st.caret.Sprint(under))
	}
	if r.lines != nil {
		for _, rel := range d.Related {
			p := r.lines.Position(rel.Span.Start)
			fmt.Fprintf(w, "  %s\n", st.context.Sprintf("note: %s:%d:%d: %s", sanitize(r.name), p.Line, p.Column, sanitize(rel.Message)))
		}
	}
	if len(d.Fixes) > 0 {
		fx := d.Fixes[0]
		for _, c := range fx.Commands() {
			fmt.Fprintf(w, "  %s\n", st.fix.Sprintf("fix (%s): %s", fx.Applicability, sanitize(c)))
		}
	}
	fmt.Fprintln(w)
}

// maxShown is how many bytes of a source line the text output shows; longer
// lines are cut to a window around the finding.
const maxShown = 200

// underline returns the source line to show and the caret line under it:
// `^` under the first byte of [start, end) and `~` under the rest. Tabs
// before the caret are kept so that it lines up in any tab width; every
// other character counts as one column. Control characters and invalid
// UTF-8 show as U+FFFD. Lines longer than maxShown are cut around start,
// with "…" marking the cut.
func underline(line string, start, end int) (string, string) {
	start = min(max(start, 0), len(line))
	end = min(max(end, start), len(line))
	prefix, suffix := "", ""
	if len(line) > maxShown {
		ws := max(start-maxShown/3, 0)
		for ws > 0 && !utf8.RuneStart(line[ws]) {
			ws--
		}
		we := min(ws+maxShown, len(line))
		for we < len(line) && !utf8.RuneStart(line[we]) {
			we++
		}
		if ws > 0 {
			prefix = "…"
		}
		if we < len(line) {
			suffix = "…"
		}
		line = line[ws:we]
		start -= ws
		end = min(end-ws, len(line))
	}
	var shown, under strings.Builder
	if prefix != "" {
		shown.WriteString(prefix)
		under.WriteByte(' ')
	}
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRuneInString(line[i:])
		switch {
		case r == '\t':
			shown.WriteByte('\t')
		case r == utf8.RuneError && n <= 1, r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
			shown.WriteRune(utf8.RuneError)
		default:
			shown.WriteString(line[i : i+n])
		}
		switch {
		case i+n <= start && r == '\t':
			under.WriteByte('\t')
		case i+n <= start:
			under.WriteByte(' ')
		case i <= start:
			under.WriteByte('^')
		case i < end:
			under.WriteByte('~')
		}
		i += n
	}
	if start >= len(line) {
		under.WriteByte('^') // an empty span at the end of the line
	}
	shown.WriteString(suffix)
	return shown.String(), under.String()
}
