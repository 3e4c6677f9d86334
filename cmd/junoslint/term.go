package main

import "os"

// isTerminal reports whether the file descriptor fd (1 stdout, 2 stderr) is a
// character device, which is how a terminal looks without cgo or x/term.
func isTerminal(fd int) bool {
	var f *os.File
	switch fd {
	case 1:
		f = os.Stdout
	case 2:
		f = os.Stderr
	default:
		return false
	}
	st, err := f.Stat()
	if err != nil {
		return false
	}
	return st.Mode()&os.ModeCharDevice != 0
}
