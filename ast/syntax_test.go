package ast

import (
	"reflect"
	"sync"
	"testing"
)

func TestAnnotationText(t *testing.T) {
	tests := []struct{ text, want string }{
		{"/* core uplink */", "core uplink"},
		{"/*x*/", "x"},
		{"/* two\r\n   lines */", "two\n   lines"},
		{"/* two\n   lines */", "two\n   lines"},
		{"/* */", ""},
	}
	for _, tt := range tests {
		if got := (Comment{Kind: CommentAnnotation, Text: tt.text}).AnnotationText(); got != tt.want {
			t.Errorf("AnnotationText(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestLineIndex(t *testing.T) {
	tests := []struct {
		src    string
		starts []int
	}{
		{"", []int{0}},
		{"a", []int{0}},
		{"a\n", []int{0, 2}},
		{"a\r\nbc\n\nd", []int{0, 3, 6, 7}},
		{"\n\n", []int{0, 1, 2}},
	}
	for _, build := range []struct {
		name string
		new  func([]byte) *LineIndex
	}{{"NewLineIndex", NewLineIndex}, {"LazyLineIndex", LazyLineIndex}} {
		for _, tt := range tests {
			x := build.new([]byte(tt.src))
			if x.Size() != len(tt.src) || x.LineCount() != len(tt.starts) || !reflect.DeepEqual(x.starts, tt.starts) {
				t.Errorf("%s(%q): starts %v size %d, want %v %d", build.name, tt.src, x.starts, x.Size(), tt.starts, len(tt.src))
			}
			// The starts are counted before they are stored: one allocation.
			if cap(x.starts) != len(x.starts) {
				t.Errorf("%s(%q): starts has capacity %d for %d lines", build.name, tt.src, cap(x.starts), len(x.starts))
			}
		}
		x := build.new([]byte("ab\ncd"))
		for off, want := range [][2]int{{1, 1}, {1, 2}, {1, 3}, {2, 1}, {2, 2}, {2, 3}} {
			if got := x.Position(off); got.Line != want[0] || got.Column != want[1] || got.Offset != off {
				t.Errorf("%s: Position(%d) = %v, want %v", build.name, off, got, want)
			}
		}
		if got := build.new([]byte("a\nb\nc")).LineStart(3); got != 4 {
			t.Errorf("%s: LineStart(3) = %d, want 4", build.name, got)
		}
	}
}

// TestLazyLineIndexConcurrent asks a lazy index from several goroutines at
// once, as the two halves of a split parse may; run with -race.
func TestLazyLineIndexConcurrent(t *testing.T) {
	x := LazyLineIndex([]byte("a\nb\nc\nd"))
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			if got := x.Position(2 * i).Line; got != i+1 {
				t.Errorf("Position(%d).Line = %d, want %d", 2*i, got, i+1)
			}
		})
	}
	wg.Wait()
}

// TestStmtExt checks the accessors of the fields few statements set: they
// answer zero values for a nil statement, drop the extension when it
// empties, and a statement copied by value does not see the original's
// later changes, nor the original the copy's.
func TestStmtExt(t *testing.T) {
	var none *Stmt
	if none.Tags() != nil || none.List() != nil || none.ListSpan() != (Span{}) || none.Leading() != nil || none.Trailing() != nil {
		t.Error("a nil *Stmt has tags, a list or comments")
	}
	s := &Stmt{}
	s.SetLeading(nil)
	s.SetTrailing(nil)
	s.AddLeading()
	s.AddTrailing()
	s.SetList(nil, Span{})
	if s.ext != nil {
		t.Error("setting nothing gave the statement an extension")
	}
	c1 := Comment{Kind: CommentHash, Text: "# one", Span: Span{Start: 10, End: 15}}
	c2 := Comment{Kind: CommentHash, Text: "# two", Span: Span{Start: 20, End: 25}}
	s.AddTag(Tag{Kind: TagInactive, Span: Span{Start: 0, End: 9}})
	s.AddTrailing(c1)
	s.SetList([]Word{{Raw: "a", Span: Span{Start: 2, End: 3}}}, Span{Start: 1, End: 5})

	c := *s
	c.SetTrailing(nil)
	c.AddTag(Tag{Kind: TagProtect})
	c.AddLeading(c2)
	s.AddTrailing(c2)
	if got := len(s.Tags()); got != 1 {
		t.Errorf("original has %d tags after the copy added one, want 1", got)
	}
	if got := len(s.Leading()); got != 0 {
		t.Errorf("original has %d leading comments after the copy added one, want 0", got)
	}
	if !reflect.DeepEqual(s.Trailing(), []Comment{c1, c2}) {
		t.Errorf("original trailing = %v, want both comments", s.Trailing())
	}
	if len(c.Tags()) != 2 || len(c.Trailing()) != 0 || !reflect.DeepEqual(c.Leading(), []Comment{c2}) {
		t.Errorf("copy: tags %v, leading %v, trailing %v", c.Tags(), c.Leading(), c.Trailing())
	}
	if len(c.List()) != 1 || c.ListSpan() != (Span{Start: 1, End: 5}) {
		t.Errorf("copy: list %v %v, want the original's", c.List(), c.ListSpan())
	}

	e := &Stmt{}
	e.AddTrailing(c1)
	e.SetTrailing(nil)
	if e.ext != nil {
		t.Error("a statement whose only comment was removed keeps its extension")
	}
}
