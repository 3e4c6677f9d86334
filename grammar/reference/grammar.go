// Package reference is the readable specification of Junos configuration
// syntax: a participle grammar for curly files, set files and files that mix
// both. It is slow (participle builds a heap context per alternative tried)
// and stops at the first error, so no user command runs it; tests hold the
// hand-written production parser in package grammar to it.
//
// The lexical rules, in the order they are tried (the first that matches at
// the current byte wins):
//
//	Prompt          {name:0} alone on its line, at the start of a line
//	                (see leniency 4 below); takes its line end with it
//	Annotation      /* … */, may span lines
//	OpenAnnotation  /* never closed: no rule of the grammar accepts it
//	Comment         # or ## to the end of the line
//	String          "…" on one line; \" and \\ are escapes, any other
//	                backslash keeps the byte after it from ending the string
//	Paren           ( … ) on one line, balanced, quotes inside respected
//	EOL             \n (a \r before it is white space)
//	Space           space, tab, \r, \f, \v
//	Punct           { } [ ] ;
//	Word            any other run of bytes up to white space, ; { } or a
//	                [ or ] that is not inside a <…> wildcard; it may not
//	                start with " (see leniency 3 below)
//
// Because Comment, Annotation and Paren are tried first, `#`, `/*` and `(`
// start those only at the start of a token; in the middle of a word they are
// ordinary bytes (`a#b`, `a/*b`, `f(x)` are single words). A Word cannot
// start with `(`: an unbalanced `(` at the start of a token is an error.
// The lexer has two states, Root at the start of a line and Line after the
// first token of a line that is not white space; Prompt is a rule of Root
// only.
//
// Space, Comment and Annotation are elided: they are not part of the
// statement tree. An Annotation is still taken as a value where the grammar
// asks for one explicitly: after the first word of a statement or after the
// verb of a command, on the same line (`encrypted-password /* SECRET-DATA
// */;`), and anywhere inside a `[ … ]` list. Before the first word (after
// tags too) and after a list it is a comment.
//
// The grammar, as participle prints it (see EBNF):
//
//	File           = (EOL | Prompt | Line)* .
//	Line           = Command | ((Statement | ";")+ (EOL | EOF)) .
//	Command        = Verb Value* LineList? (EOL | EOF) .
//	Statement      = (Tag EOL*)* Word Value* List? (";" | Block) .
//	Block          = "{" (EOL | ";" | BlockStatement)* LastStatement? "}" .
//	BlockStatement = (Tag EOL*)* Word Value* List? (";" | Block | EOL) .
//	LastStatement  = (Tag EOL*)* Word Value* List? .
//	List           = "[" (EOL | Value)* "]" .
//	LineList       = "[" Value* "]" .
//	Word           = <word> | <string> | <paren> .
//	Value          = <annotation> | Word .
//
// Newlines are tokens, so the grammar says where a line may end: between
// statements, after `{` and `;`, after a tag (Junos prints `replace:` on a
// line of its own above the statement it marks) and inside a curly `[ … ]`
// list. At top level a line end anywhere else in a curly statement (before
// its `;` or `{`) is an error; inside a block it ends the statement (see
// leniency 1). Words after a list are an error.
//
// A set command is a top-level line whose first word is one of the verbs
// (set, delete, deactivate, activate, protect, unprotect, annotate, insert,
// rename, copy, edit, up, top, exit, and replace: see leniency 2) and that
// reaches the end of the line with no `;`, `{` or `}` outside quotes,
// parentheses and annotations; otherwise the line is curly. The parser tries
// Command first and backtracks to curly statements (unbounded lookahead), so
// `set foo;` is a curly statement whose first word is `set`, and in
// `foo; set bar` the second statement is curly and lacks its `;`.
//
// # Deliberate leniencies
//
// The grammar accepts four things that go beyond the strict Junos syntax,
// because Junos `load` or Batfish accept them and real files (the corpus)
// hold them. The production parser accepts them the same way.
//
//  1. Inside a block, a line end or a `}` ends a curly statement that has no
//     `;` (`then accept }`, or `term t9 then accept` and a line end), as
//     Junos `load` and Batfish do. At top level a missing `;` is still an
//     error, and so is a line end before the `;` or `{` of a statement.
//  2. `replace <path>` lines, which Batfish's flattener writes for
//     `replace:` tags, are set commands (the production parser treats the
//     verb as a no-op).
//  3. A `"` inside a bare word, not at its start, is part of the word:
//     `key foo bar";` holds the word `bar"` (Batfish's
//     nested-config-with-quote-bug.conf). Only a word-initial `"` opens a
//     string.
//  4. A CLI prompt line such as `{master:0}` or `{primary:node0}`, alone on
//     its line (white space aside) at top level, is a comment: configurations
//     are often pasted with it.
package reference

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// Stmt is one statement: a curly statement (Verb "") or a set command.
type Stmt struct {
	Verb     string   // command word of a set line ("set", "delete", …); "" for curly
	Tags     []string // tag names without the colon, in order ("inactive")
	Words    []string // keyword and values as written, quotes kept
	List     []string // members of a `[ … ]` leaf-list, as written
	HasList  bool     // written with `[ … ]`
	Block    bool     // written with `{ … }`
	Children []Stmt   // statements inside the block
}

// Parse parses a curly, set or mixed Junos configuration. It returns the
// first syntax error; comments, and annotations in comment position, are not
// part of the tree. It builds the grammar on every call; use a Parser to
// parse many inputs.
func Parse(name string, src []byte) ([]Stmt, error) {
	p, err := NewParser()
	if err != nil {
		return nil, err
	}
	return p.Parse(name, src)
}

// Parser is the reference grammar, built once. It is safe for concurrent
// use.
type Parser struct {
	p *participle.Parser[file]
}

// NewParser builds the grammar.
func NewParser() (*Parser, error) {
	def, err := lexer.New(lexRules())
	if err != nil {
		return nil, err
	}
	p, err := participle.Build[file](
		participle.Lexer(def),
		participle.Elide("Space", "Comment", "Annotation"),
		participle.UseLookahead(participle.MaxLookahead),
	)
	if err != nil {
		return nil, err
	}
	return &Parser{p: p}, nil
}

// Parse parses src like the package-level Parse. A UTF-8 byte order mark
// at the start of src is not part of the configuration.
func (p *Parser) Parse(name string, src []byte) ([]Stmt, error) {
	f, err := p.p.ParseBytes(name, bytes.TrimPrefix(src, []byte("\ufeff")))
	if err != nil {
		return nil, err
	}
	return f.stmts(), nil
}

// EBNF returns the grammar in participle's EBNF notation.
func (p *Parser) EBNF() string { return p.p.String() }

// ws is the class of white-space bytes, line end included.
const ws = ` \t\r\n\f\v`

// lexRules are the lexical rules in priority order; see the package comment.
// State Root is the start of a line, where a Prompt may stand; the first
// other token that is not white space moves to state Line, and the line end
// moves back.
func lexRules() lexer.Rules {
	str := `"(?:\\[^\n]|[^"\\\n])*"`
	// A word is plain bytes and <…> wildcards; inside a wildcard `[` and `]`
	// are word bytes (`<ge-0/0/[0-3]>`), outside they are punctuation. A
	// wildcard left open runs to the end of the word. A `"` may not start a
	// word, but is a word byte after its start (leniency 3).
	wild := wildcardPattern(16)
	word := `(?:[^` + ws + `;{}\[\]"<#(]|` + wild + `)(?:[^` + ws + `;{}\[\]<]|` + wild + `)*`
	space := lexer.SimpleRule{Name: "Space", Pattern: `[ \t\r\f\v]+`}
	line := []lexer.SimpleRule{
		{Name: "Annotation", Pattern: `/\*(?s:.)*?\*/`},
		{Name: "OpenAnnotation", Pattern: `/\*`},
		{Name: "Comment", Pattern: `#[^\n]*`},
		{Name: "String", Pattern: str},
		{Name: "Paren", Pattern: parenPattern(str, 16)},
		{Name: "EOL", Pattern: `\n`},
		space,
		{Name: "Punct", Pattern: `[{}\[\];]`},
		{Name: "Word", Pattern: word},
	}
	var root, mid []lexer.Rule
	root = append(root,
		lexer.Rule{Name: "Prompt", Pattern: `\{[A-Za-z0-9:_-]+\}[ \t\r\f\v]*(?:\n|$)`},
		lexer.Rule{Name: "EOL", Pattern: `\n`},
		lexer.Rule{Name: space.Name, Pattern: space.Pattern})
	for _, r := range line {
		switch r.Name {
		case "EOL":
			mid = append(mid, lexer.Rule{Name: r.Name, Pattern: r.Pattern, Action: lexer.Pop()})
		case "Space":
			mid = append(mid, lexer.Rule{Name: r.Name, Pattern: r.Pattern})
		default:
			mid = append(mid, lexer.Rule{Name: r.Name, Pattern: r.Pattern})
			root = append(root, lexer.Rule{Name: r.Name, Pattern: r.Pattern, Action: lexer.Push("Line")})
		}
	}
	return lexer.Rules{"Root": root, "Line": mid}
}

// wildcardPattern matches a `<…>` wildcard inside a word, with up to depth
// levels of `<` nesting (`<a<b>[c]>` is one wildcard: each `<` opens a level
// and each `>` closes one). The closing `>` is optional: a wildcard left open
// ends with the word.
func wildcardPattern(depth int) string {
	inner := `[^` + ws + `;{}<>]`
	p := `<` + inner + `*>?`
	for i := 1; i < depth; i++ {
		p = `<(?:` + inner + `|` + p + `)*>?`
	}
	return p
}

// parenPattern matches a parenthesised expression on one line with up to
// depth levels of nesting. Quoted strings inside it are skipped whole, so a
// parenthesis inside quotes does not count.
func parenPattern(str string, depth int) string {
	inner := `[^()"\n]|` + str
	p := `\((?:` + inner + `)*\)`
	for i := 1; i < depth; i++ {
		p = `\((?:` + inner + `|` + p + `)*\)`
	}
	return p
}

// file is the whole document: top-level lines and blank lines.
type file struct {
	Lines []*line `parser:"( EOL | Prompt | @@ )*"`
}

// line is one top-level line: a set command, or curly statements (whose
// blocks may run over many lines) up to the end of the line.
type line struct {
	Command *command     `parser:"  @@"`
	Stmts   []*statement `parser:"| ( @@ | ';':Punct )+ ( EOL | EOF )"`
}

// command is a set-form line: a verb, words, an optional list, line end.
type command struct {
	Verb  string    `parser:"@( 'set':Word | 'delete':Word | 'deactivate':Word | 'activate':Word | 'protect':Word | 'unprotect':Word | 'annotate':Word | 'insert':Word | 'rename':Word | 'copy':Word | 'edit':Word | 'up':Word | 'top':Word | 'exit':Word | 'replace':Word )"`
	Words []string  `parser:"@( Annotation | Word | String | Paren )*"`
	List  *lineList `parser:"@@? ( EOL | EOF )"`
}

// statement is a curly statement: tags, words, optional list, then `;` or a
// block.
type statement struct {
	Tags  []string `parser:"( @( 'inactive:':Word | 'protect:':Word | 'replace:':Word | 'active:':Word | 'delete:':Word | 'unprotect:':Word ) EOL* )*"`
	Words []string `parser:"@( Word | String | Paren ) @( Annotation | Word | String | Paren )*"`
	List  *list    `parser:"@@?"`
	Block *block   `parser:"( ';':Punct | @@ )"`
}

// block is `{ … }` with the statements inside it. Inside a block a line end
// or the closing `}` also ends a statement (leniency 1).
type block struct {
	Stmts []*blockStatement `parser:"'{':Punct ( EOL | ';':Punct | @@ )*"`
	Last  *lastStatement    `parser:"@@? '}':Punct"`
}

// blockStatement is a statement inside a block: it ends with `;`, a block
// or its line end.
type blockStatement struct {
	Tags  []string `parser:"( @( 'inactive:':Word | 'protect:':Word | 'replace:':Word | 'active:':Word | 'delete:':Word | 'unprotect:':Word ) EOL* )*"`
	Words []string `parser:"@( Word | String | Paren ) @( Annotation | Word | String | Paren )*"`
	List  *list    `parser:"@@?"`
	Block *block   `parser:"( ';':Punct | @@ | EOL )"`
}

// lastStatement is a statement ended by the `}` of its block.
type lastStatement struct {
	Tags  []string `parser:"( @( 'inactive:':Word | 'protect:':Word | 'replace:':Word | 'active:':Word | 'delete:':Word | 'unprotect:':Word ) EOL* )*"`
	Words []string `parser:"@( Word | String | Paren ) @( Annotation | Word | String | Paren )*"`
	List  *list    `parser:"@@?"`
}

// list is a `[ … ]` leaf-list; its members may run over several lines. Open
// is captured so that an empty list `[ ]` still yields a list.
type list struct {
	Open    string   `parser:"@'[':Punct"`
	Members []string `parser:"( EOL | @( Annotation | Word | String | Paren ) )* ']':Punct"`
}

// lineList is a `[ … ]` leaf-list in a set command, which ends with its line.
type lineList struct {
	Open    string   `parser:"@'[':Punct"`
	Members []string `parser:"@( Annotation | Word | String | Paren )* ']':Punct"`
}

func (f *file) stmts() []Stmt {
	var out []Stmt
	for _, l := range f.Lines {
		if l.Command != nil {
			out = append(out, l.Command.stmt())
			continue
		}
		for _, s := range l.Stmts {
			out = append(out, s.stmt())
		}
	}
	return out
}

func (c *command) stmt() Stmt {
	s := Stmt{Verb: c.Verb, Words: c.Words}
	if c.List != nil {
		s.HasList, s.List = true, c.List.Members
	}
	return s
}

func (st *statement) stmt() Stmt { return makeStmt(st.Tags, st.Words, st.List, st.Block) }

func (st *blockStatement) stmt() Stmt { return makeStmt(st.Tags, st.Words, st.List, st.Block) }

func (st *lastStatement) stmt() Stmt { return makeStmt(st.Tags, st.Words, st.List, nil) }

func makeStmt(tags, words []string, l *list, b *block) Stmt {
	s := Stmt{Words: words}
	for _, t := range tags {
		s.Tags = append(s.Tags, strings.TrimSuffix(t, ":"))
	}
	if l != nil {
		s.HasList, s.List = true, l.Members
	}
	if b != nil {
		s.Block = true
		for _, c := range b.Stmts {
			s.Children = append(s.Children, c.stmt())
		}
		if b.Last != nil {
			s.Children = append(s.Children, b.Last.stmt())
		}
	}
	return s
}

// Dump writes stmts as indented text, one statement per line, with every
// word quoted by %q so that two trees are equal exactly when their dumps are.
func Dump(stmts []Stmt) string {
	var b strings.Builder
	dump(&b, stmts, 0)
	return b.String()
}

func dump(b *strings.Builder, stmts []Stmt, depth int) {
	for _, s := range stmts {
		b.WriteString(strings.Repeat("  ", depth))
		if s.Verb != "" {
			fmt.Fprintf(b, "cmd %q", s.Verb)
		} else {
			b.WriteString("stmt")
		}
		for _, t := range s.Tags {
			fmt.Fprintf(b, " %s:", t)
		}
		for _, w := range s.Words {
			fmt.Fprintf(b, " %q", w)
		}
		if s.HasList {
			b.WriteString(" [")
			for _, w := range s.List {
				fmt.Fprintf(b, " %q", w)
			}
			b.WriteString(" ]")
		}
		if s.Block {
			b.WriteString(" {\n")
			dump(b, s.Children, depth+1)
			b.WriteString(strings.Repeat("  ", depth))
			b.WriteString("}")
		}
		b.WriteString("\n")
	}
}
