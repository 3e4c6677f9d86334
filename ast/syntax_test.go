package ast

import (
	"reflect"
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
	for _, tt := range tests {
		x := NewLineIndex([]byte(tt.src))
		if !reflect.DeepEqual(x.starts, tt.starts) || x.Size() != len(tt.src) || x.LineCount() != len(tt.starts) {
			t.Errorf("NewLineIndex(%q): starts %v size %d, want %v %d", tt.src, x.starts, x.Size(), tt.starts, len(tt.src))
		}
	}
	x := NewLineIndex([]byte("ab\ncd"))
	for off, want := range [][2]int{{1, 1}, {1, 2}, {1, 3}, {2, 1}, {2, 2}, {2, 3}} {
		if got := x.Position(off); got.Line != want[0] || got.Column != want[1] || got.Offset != off {
			t.Errorf("Position(%d) = %v, want %v", off, got, want)
		}
	}
}
