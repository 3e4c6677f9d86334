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

// Make returns a slice of length 0 and capacity n, like make([]T, 0, n).
// When the n elements span at least MinBytes and the system takes the
// advice (Linux), the slice starts on a huge-page boundary inside a larger
// allocation, and every huge page its elements can touch is advised for
// huge-page backing before anything touches it. A region that is not
// aligned loses its first and last partial huge pages to 4 KiB pages: on
// the six arenas of a parse that was about 12 MB of small-page faults.
// The padding costs address space only: pages that are never touched take
// no memory. The memory is ordinary garbage-collected memory.
func Make[T any](n int) []T {
	var zero T
	elem := unsafe.Sizeof(zero)
	if !advises || elem == 0 || uintptr(n)*elem < MinBytes {
		return make([]T, 0, n)
	}
	// pad elements make a huge page and one element: room before the
	// elements to reach a boundary, and after them to end inside the
	// advised region (whole huge pages only).
	pad := int((pageSize + elem + elem - 1) / elem)
	s := make([]T, 0, n+2*pad)
	base := uintptr(unsafe.Pointer(unsafe.SliceData(s)))
	advise(unsafe.Pointer(unsafe.SliceData(s)), uintptr(cap(s))*elem)
	first := (base + pageSize - 1) &^ (pageSize - 1)
	i0 := int((first - base + elem - 1) / elem)
	return s[i0 : i0 : i0+n]
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
