package ast

import "strings"

// Format says which of the Junos text forms a file is written in.
type Format uint8

// The file forms.
const (
	FormatUnknown Format = iota // empty or comments only
	FormatCurly                 // hierarchical form, as `show configuration` prints it
	FormatSet                   // flat form, as `show configuration | display set` prints it
	FormatMixed                 // curly statements and set commands in one file
)

// String returns "curly", "set", "mixed" or "unknown".
func (f Format) String() string {
	switch f {
	case FormatCurly:
		return "curly"
	case FormatSet:
		return "set"
	case FormatMixed:
		return "mixed"
	}
	return "unknown"
}

// TagKind is a statement prefix such as `inactive:`.
type TagKind uint8

// The tags Junos prints or accepts on load.
const (
	TagInactive  TagKind = iota + 1 // inactive: the element is kept but ignored at commit
	TagProtect                      // protect: the element cannot be changed
	TagReplace                      // replace: honoured by `load replace` only
	TagActive                       // active: load input that activates an element
	TagDelete                       // delete: load input that deletes an element
	TagUnprotect                    // unprotect: load input that unprotects an element
)

var tagNames = [...]string{"", "inactive", "protect", "replace", "active", "delete", "unprotect"}

// String returns the tag's word without its colon, e.g. "inactive".
func (k TagKind) String() string {
	if int(k) < len(tagNames) {
		return tagNames[k]
	}
	return "tag?"
}

// TagByName returns the tag for a word without its colon ("inactive"), or 0.
func TagByName(s string) TagKind {
	for i, n := range tagNames {
		if i > 0 && n == s {
			return TagKind(i)
		}
	}
	return 0
}

// Tag is one statement prefix as written, e.g. `inactive:`.
type Tag struct {
	Kind TagKind
	Span Span
}

// Word is one token of a statement: a bare word, a quoted string or a
// parenthesised policy expression, exactly as written.
type Word struct {
	Raw  string // the source text, quotes included
	Span Span   // byte span of Raw in the source
}

// Quoted reports whether the word was written as a quoted string.
func (w Word) Quoted() bool { return len(w.Raw) >= 1 && w.Raw[0] == '"' }

// Value returns the word's value: for a quoted string the text between the
// quotes with the escapes \" and \\ resolved; otherwise Raw.
func (w Word) Value() string { return Unquote(w.Raw) }

// Unquote returns the value of a word as written: quotes removed and the
// escapes \" and \\ resolved. Other backslashes are kept as written, as Junos
// keeps them. A word that is not quoted is returned unchanged.
func Unquote(raw string) string {
	if len(raw) < 1 || raw[0] != '"' {
		return raw // inlined: most words are bare
	}
	return unquote(raw)
}

// QuoteValue writes v in double quotes with the fewest escapes that read back
// as v under [Unquote]: `"` becomes `\"`, and `\` is doubled only where it
// would otherwise be read as an escape (before `"` or `\`, or at the end).
// Other backslashes, such as the `\n` of a PEM block, stay as they are. A
// line end inside v is written as `\n`, since a quoted string cannot span
// lines.
func QuoteValue(v string) string { return quote(v, false) }

// QuoteText returns text in double quotes with `"`, `\`, line feed and
// carriage return escaped as `\"`, `\\`, `\n` and `\r`: the form in which
// an `annotate` command carries a comment of several lines. UnquoteText
// reverses it.
func QuoteText(text string) string { return quote(text, true) }

// quote is QuoteValue, or QuoteText when every backslash is to be doubled.
func quote(v string, everyBackslash bool) string {
	var b strings.Builder
	b.Grow(len(v) + 2)
	b.WriteByte('"')
	for i := 0; i < len(v); i++ {
		switch c := v[i]; c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			if everyBackslash || i+1 == len(v) || v[i+1] == '"' || v[i+1] == '\\' {
				b.WriteString(`\\`)
			} else {
				b.WriteByte(c)
			}
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// UnquoteText returns the text of raw, a word as written: for a quoted
// word, its content with the escapes QuoteText writes decoded (any other
// backslash stays); a bare word as it is.
func UnquoteText(raw string) string {
	if len(raw) < 1 || raw[0] != '"' {
		return raw
	}
	s := raw[1:]
	if strings.HasSuffix(s, `"`) && !escapedAt(s, len(s)-1) {
		s = s[:len(s)-1]
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' && i+1 < len(s) {
			switch s[i+1] {
			case '"', '\\':
				c = s[i+1]
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			default:
				b.WriteByte(c)
				continue
			}
			i++
		}
		b.WriteByte(c)
	}
	return b.String()
}

// unquote is Unquote for a quoted word.
func unquote(raw string) string {
	s := raw[1:]
	if strings.HasSuffix(s, `"`) && !escapedAt(s, len(s)-1) {
		s = s[:len(s)-1]
	}
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' && i+1 < len(s) && (s[i+1] == '"' || s[i+1] == '\\') {
			b.WriteByte(s[i+1])
			i++
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// escapedAt reports whether s[i] is preceded by an odd number of backslashes.
func escapedAt(s string, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && s[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}

// Quote returns value written as a Junos word: unchanged when it can stand
// bare, otherwise in double quotes with `"` and `\` escaped. An empty value
// becomes "".
func Quote(value string) string {
	if !NeedsQuotes(value) {
		return value
	}
	var b strings.Builder
	b.Grow(len(value) + 2)
	b.WriteByte('"')
	for i := 0; i < len(value); i++ {
		c := value[i]
		if c == '"' || c == '\\' {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	b.WriteByte('"')
	return b.String()
}

// NeedsQuotes reports whether value cannot be written as a bare word: it is
// empty, or holds white space or one of ; { } [ ] " # ( ) or a control byte.
func NeedsQuotes(value string) bool {
	if value == "" {
		return true
	}
	for i := 0; i < len(value); i++ {
		switch c := value[i]; c {
		case ' ', '\t', '\n', '\r', '\f', '\v', ';', '{', '}', '[', ']', '"', '#', '(', ')':
			return true
		default:
			if c < 0x20 || c == 0x7f {
				return true
			}
		}
	}
	// A value that ends with ':' would read back as a tag when it is the
	// first word of a statement.
	return TagByName(strings.TrimSuffix(value, ":")) != 0 && strings.HasSuffix(value, ":")
}

// CommentKind tells the kinds of comment apart.
type CommentKind uint8

// The comment kinds.
const (
	CommentHash       CommentKind = iota + 1 // `# …` to end of line (also RANCID/Oxidized headers)
	CommentSystem                            // `## …` written by Junos (`## Last changed`, `## SECRET-DATA`)
	CommentAnnotation                        // `/* … */`, possibly several lines
)

// Comment is a comment or annotation as written.
type Comment struct {
	Kind CommentKind
	Text string // the raw text including its markers (`#`, `##`, `/*` … `*/`); no line end
	Span Span
	// BlankBefore is set when one or more empty lines precede the comment.
	BlankBefore bool
}

// AnnotationText returns the text of a `/* … */` annotation without its
// markers and surrounding spaces. Line ends inside it are "\n", also in a
// file written with "\r\n": the text is what Junos stores.
func (c Comment) AnnotationText() string {
	t := strings.TrimPrefix(c.Text, "/*")
	t = strings.TrimSuffix(t, "*/")
	return strings.ReplaceAll(strings.TrimSpace(t), "\r\n", "\n")
}

// Stmt is one statement as written. In a curly file it is a statement with
// its words, optional `[ … ]` list and optional `{ … }` block; in a set file
// it is one command line (Verb set). Mixed files hold both.
//
// What few statements have (tags, a list, comments) is reached through
// methods: Tags, List, ListSpan, Leading and Trailing, set by AddTag,
// SetList, SetLeading, AddLeading and AddTrailing. A large file holds a
// Stmt per line, so the struct keeps only what most statements use.
type Stmt struct {
	Verb     Word   // set-file command word ("set", "delete", …); Raw is "" for curly statements
	Words    []Word // keyword and values (curly) or path and value (command)
	Children []*Stmt
	Open     int   // byte offset of `{`, or -1
	Close    int   // byte offset of `}`, or -1 when the block is never closed
	Semi     int   // byte offset of the terminating `;`, or -1
	Span     Span  // first tag or word through `;`, `}` or end of the command line
	Parent   *Stmt // enclosing statement; nil at top level
	// ext holds the tags, list and leading comments (see stmtExt); nil when
	// all of them are empty, as they are on most statements.
	ext *stmtExt
	// trailing is not in ext: the parser adds a block's trailing comments
	// when it reaches the `}`, while Parse's builder, on another goroutine,
	// may be reading the block's tags and leading comments (see
	// grammar.parsePiped). Separate fields keep those accesses apart.
	trailing []Comment
	HasList  bool // written with `[ … ]`
	HasBlock bool // written with `{ … }`
	// BlankBefore is set when one or more empty lines precede the statement
	// (and its leading comments).
	BlankBefore bool
	// Bad is set when the statement was cut short by a syntax error.
	Bad bool
}

// stmtExt is the part of a Stmt that few statements set. A Stmt never
// changes its stmtExt in place: it replaces it by a changed copy, so that a
// statement copied by value and the original do not see each other's
// changes, as with the fields of Stmt.
type stmtExt struct {
	tags     []Tag
	list     []Word
	listSpan Span
	leading  []Comment
}

// zero reports whether x holds nothing, so that its statement can drop it.
func (x *stmtExt) zero() bool {
	return len(x.tags) == 0 && len(x.list) == 0 && x.listSpan == (Span{}) && len(x.leading) == 0
}

// editExt returns a copy of s's extension (a zero one when s has none) for
// s to change and then store with setExt.
func (s *Stmt) editExt() *stmtExt {
	if s.ext == nil {
		return &stmtExt{}
	}
	x := *s.ext
	return &x
}

// setExt stores x as s's extension, or none when x holds nothing.
func (s *Stmt) setExt(x *stmtExt) {
	if x.zero() {
		x = nil
	}
	s.ext = x
}

// Tags returns the prefixes such as `inactive:` in the order written; nil
// when there are none.
func (s *Stmt) Tags() []Tag {
	if s == nil || s.ext == nil {
		return nil
	}
	return s.ext.tags
}

// AddTag appends t to the statement's tags.
func (s *Stmt) AddTag(t Tag) {
	x := s.editExt()
	x.tags = append(x.tags, t)
	s.setExt(x)
}

// List returns the members of a `[ … ]` leaf-list, in the order written,
// when HasList; nil otherwise (and for an empty list).
func (s *Stmt) List() []Word {
	if s == nil || s.ext == nil {
		return nil
	}
	return s.ext.list
}

// ListSpan returns the byte span of the `[ … ]` list when HasList: from `[`
// through `]`, or through its last member (or the `[`) when it is never
// closed. The zero Span otherwise.
func (s *Stmt) ListSpan() Span {
	if s == nil || s.ext == nil {
		return Span{}
	}
	return s.ext.listSpan
}

// SetList sets the members of the statement's `[ … ]` list and the list's
// span (see List and ListSpan). It does not change HasList.
func (s *Stmt) SetList(members []Word, span Span) {
	if len(members) == 0 && span == (Span{}) && s.ext == nil {
		return
	}
	x := s.editExt()
	x.list, x.listSpan = members, span
	s.setExt(x)
}

// Leading returns the comments that precede the statement, in source
// order: those on the lines before it (after the previous statement) and
// annotations between its tags and its first word. Nil when there are none.
func (s *Stmt) Leading() []Comment {
	if s == nil || s.ext == nil {
		return nil
	}
	return s.ext.leading
}

// SetLeading replaces the statement's leading comments by cs, which it
// keeps without copying.
func (s *Stmt) SetLeading(cs []Comment) {
	if len(cs) == 0 && len(s.Leading()) == 0 {
		return
	}
	x := s.editExt()
	x.leading = cs
	s.setExt(x)
}

// AddLeading appends cs to the statement's leading comments.
func (s *Stmt) AddLeading(cs ...Comment) {
	if len(cs) == 0 {
		return
	}
	x := s.editExt()
	x.leading = append(x.leading, cs...)
	s.setExt(x)
}

// Trailing returns the comments after the statement on its last line, such
// as `## SECRET-DATA`, and comments inside its `[ … ]` list. For a block
// statement they are, in order, the comments after `{` on its line, those
// before the `}` and those after the `}` on its line. Nil when there are none.
func (s *Stmt) Trailing() []Comment {
	if s == nil {
		return nil
	}
	return s.trailing
}

// SetTrailing replaces the statement's trailing comments by cs, which it
// keeps without copying.
func (s *Stmt) SetTrailing(cs []Comment) { s.trailing = cs }

// AddTrailing appends cs to the statement's trailing comments. It never
// appends in place, so that a statement copied by value keeps its own.
func (s *Stmt) AddTrailing(cs ...Comment) {
	if len(cs) == 0 {
		return
	}
	n := len(s.trailing)
	s.trailing = append(s.trailing[:n:n], cs...)
}

// IsCommand reports whether s is a set-file command line.
func (s *Stmt) IsCommand() bool { return s.Verb.Raw != "" }

// HasTag reports whether s carries the tag k.
func (s *Stmt) HasTag(k TagKind) bool {
	for _, t := range s.Tags() {
		if t.Kind == k {
			return true
		}
	}
	return false
}

// Keyword returns the first word's value, or "".
func (s *Stmt) Keyword() string {
	if len(s.Words) == 0 {
		return ""
	}
	return s.Words[0].Value()
}

// WordsSpan returns the span from the first word (or Verb for a command)
// through the last word or list, leaving out tags, `;` and blocks. It is
// where a finding about the statement points.
func (s *Stmt) WordsSpan() Span {
	start, end := s.Span.Start, s.Span.Start
	if s.IsCommand() {
		start, end = s.Verb.Span.Start, s.Verb.Span.End
	} else if len(s.Words) > 0 {
		start = s.Words[0].Span.Start
	}
	if len(s.Words) > 0 {
		end = s.Words[len(s.Words)-1].Span.End
	}
	if ls := s.ListSpan(); s.HasList && ls.End > end {
		end = ls.End
	}
	if end < start {
		end = start
	}
	return Span{Start: start, End: end}
}

// WordValues returns the values of s.Words.
func (s *Stmt) WordValues() []string { return Values(s.Words) }

// Values returns the values of words (see [Word.Value]), in order.
func Values(words []Word) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w.Value()
	}
	return out
}

// EditPath returns the words of the enclosing curly statements, outermost
// first, not including s itself. Joined with spaces it is the `[edit …]` context.
func (s *Stmt) EditPath() []string {
	var rev [][]Word
	for p := s.Parent; p != nil; p = p.Parent {
		rev = append(rev, p.Words)
	}
	var out []string
	for i := len(rev) - 1; i >= 0; i-- {
		for _, w := range rev[i] {
			out = append(out, w.Raw)
		}
	}
	return out
}

// SyntaxError is a problem found while parsing. The parser reports it and
// goes on with the next statement.
type SyntaxError struct {
	Span Span   // where the problem is; may be empty (Start == End) at end of file
	Msg  string // one line, lower case, e.g. `unterminated quoted string`
}

// File is one parsed document.
type File struct {
	Name   string // path as given, or a display name such as "<stdin>"
	Src    []byte // the source; never modified, and words refer to it: callers must not change it either
	Lines  *LineIndex
	Format Format
	Stmts  []*Stmt // top-level curly statements and set commands, in source order
	// Footer holds comments after the last statement at top level.
	Footer []Comment
	Errors []SyntaxError
	// Config is the configuration Junos would hold after loading the file: set
	// commands executed in order, curly statements merged. Never nil.
	Config *Node
	// Marks, set by the parser, lists the nodes of Config that the effective
	// view cannot share as they are (see [Marks]); nil when not known. Code
	// that changes Config after parsing sets it to nil.
	Marks *Marks
	// CRLF is set when the file's first line ends in "\r\n".
	CRLF bool
	// FinalNewline is set when the file ends with a line end (or is empty).
	FinalNewline bool
}

// Pos converts a byte offset of f.Src to a 1-based line and byte column.
func (f *File) Pos(off int) Position { return f.Lines.Position(off) }

// Words0Start returns the byte offset where the statement's text begins: its
// first tag, verb or word.
func (s *Stmt) Words0Start() int { return s.Span.Start }
