package main

import (
	udiff "github.com/aymanbagabas/go-udiff"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/schema"
)

// maskedDiff returns the unified diff from the file old (parsed) to the text
// out, named name, with the value of every secret on either side masked
// (grammar.MaskSecrets): a diff is printed, and junoslint never prints a
// secret's value. Masking both sides alike keeps every other change visible.
func maskedDiff(name string, old *ast.File, out []byte, p *grammar.Parser, sch *schema.Schema) string {
	a, _ := grammar.MaskSecrets(string(old.Src), 0, grammar.Secrets(old, sch))
	b, _ := grammar.MaskSecrets(string(out), 0, grammar.Secrets(p.Parse(name, out), sch))
	return udiff.Unified(name+".orig", name, a, b)
}
