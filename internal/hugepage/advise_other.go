//go:build !linux

package hugepage

import "unsafe"

// advise does nothing where transparent huge pages do not exist.
func advise(p unsafe.Pointer, size uintptr) {}
