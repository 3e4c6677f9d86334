// Package hugepage allocates large slices whose memory the kernel may back
// with transparent huge pages.
//
// A parse of a large configuration touches tens of megabytes of fresh
// memory. With 4 KiB pages each first touch is a page fault; on a virtual
// machine a fault costs microseconds, and on a 3.5 MB file the faults took
// as long as the parse itself. Linux backs a region with 2 MiB pages when
// transparent huge pages are enabled ("always") or when the region was
// advised with MADV_HUGEPAGE ("madvise", the common default). [Make] gives
// that advice for the whole 2 MiB pages inside a large allocation before
// anything touches it. Elsewhere, or when the advice is refused, it is an
// ordinary make.
package hugepage

import "unsafe"

// pageSize is the size of a transparent huge page on x86-64 and arm64
// (with 4 KiB base pages), in bytes.
const pageSize = 2 << 20

// MinBytes is the smallest allocation, in bytes, that Make advises: a
// smaller one cannot hold a whole huge page.
const MinBytes = pageSize

// Make returns make([]T, 0, n). When the slice's memory spans at least
// MinBytes, the whole huge pages inside it are advised for huge-page
// backing first. The memory is ordinary garbage-collected memory.
func Make[T any](n int) []T {
	s := make([]T, 0, n)
	var zero T
	size := uintptr(n) * unsafe.Sizeof(zero)
	if size >= MinBytes {
		advise(unsafe.Pointer(unsafe.SliceData(s)), size)
	}
	return s
}

// inner returns the whole huge pages inside [start, start+size): the first
// page's address and the length in bytes, 0 when there is none.
func inner(start, size uintptr) (uintptr, uintptr) {
	first := (start + pageSize - 1) &^ (pageSize - 1)
	last := (start + size) &^ (pageSize - 1)
	if last <= first {
		return 0, 0
	}
	return first, last - first
}
