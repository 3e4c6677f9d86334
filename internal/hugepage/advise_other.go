//go:build !linux

package hugepage

import "unsafe"

// advise does nothing where transparent huge pages do not exist.
// advises tells whether advise gives the kernel huge-page advice here.
const advises = false

func advise(p unsafe.Pointer, size uintptr) {}
