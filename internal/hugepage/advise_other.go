//go:build !linux

package hugepage

// advises tells whether advise gives the kernel huge-page advice here.
const advises = false

// advise does nothing where transparent huge pages do not exist.
func advise(start, size uintptr) {}
