// Package fix holds fixes as data: configuration operations (`set`,
// `delete`, `activate`, `deactivate` on a full path) with a title and an
// applicability. The same operations render two ways:
//
//   - as Junos commands for `load set terminal` ([Op.Command],
//     [Fix.Commands]), each word quoted as Junos needs ([Word]);
//   - as byte edits on a parsed file as written ([TextEdits]): lines of a
//     set file, statements of a curly file, each operation in the form of
//     the place it changes, so that a file keeps its form.
//
// [Apply] and [ApplyFixes] apply edits, skipping those that overlap edits
// already taken. [ApplyOps] executes operations on a configuration tree, as
// `load set` would; tests hold the two renderings to it. [Retarget] moves a
// fix built from effective-view paths into the configuration group an
// inherited statement comes from, with a local override as an alternative.
package fix

import (
	"strings"
)

// Verb is a configuration operation.
type Verb string

// The operations a fix may use.
const (
	Set        Verb = "set"
	Delete     Verb = "delete"
	Activate   Verb = "activate"
	Deactivate Verb = "deactivate"
)

// Op is one configuration operation. Path holds the words from the
// configuration root, unquoted (`security`, `pki`, `ca-profile`, `CORP`,
// `revocation-check`, `crl`, `url`, `<crl-url>`); for Set the last words are
// the value. A placeholder the user must fill in is written in angle
// brackets, e.g. `<crl-url>`.
type Op struct {
	Verb Verb
	Path []string
}

// Applicability says when a fix may be applied without asking.
type Applicability string

// The applicabilities of rules.md.
const (
	// Safe fixes cannot break the device's working configuration.
	Safe Applicability = "safe"
	// Unsafe fixes are correct but change behaviour someone may rely on; they
	// are applied only when the user asks for unsafe fixes.
	Unsafe Applicability = "unsafe"
	// NeedsInput fixes hold a placeholder only the user can fill in; they
	// are printed, never applied.
	NeedsInput Applicability = "needs-input"
)

// Fix is a titled list of operations.
type Fix struct {
	Title         string // a verb phrase, lower case: "add re-enroll-trigger-time-percentage 10 to certificate-id fw1"
	Applicability Applicability
	Ops           []Op
}

// Command renders op as one Junos command line for `load set terminal`,
// each word written as [Word] writes it: bare where Junos reads it bare
// (placeholders such as `<crl-url>` included), quoted with `\"` escapes
// otherwise.
func (op Op) Command() string {
	var b strings.Builder
	b.WriteString(string(op.Verb))
	for _, w := range op.Path {
		b.WriteByte(' ')
		b.WriteString(Word(w))
	}
	return b.String()
}

// Commands renders the fix as Junos commands, one per operation, ready for
// `load set terminal`.
func (f Fix) Commands() []string {
	out := make([]string, len(f.Ops))
	for i, op := range f.Ops {
		out[i] = op.Command()
	}
	return out
}
