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

// MinBytes is the size of a huge page, in bytes: the smallest allocation
// that MakeAligned aligns.
const MinBytes = pageSize

// AdviseBytes is the smallest allocation, in bytes, that Make advises. A
// huge page costs about as much to fault in as 12 to 25 pages of 4 KiB on
// the virtual machine the project is measured on (0.13-0.29 ms against
// 11 µs), so from 128 KiB on the huge page is cheaper even when the
// allocation is all that uses it.
const AdviseBytes = 128 << 10

// Make returns make([]T, 0, n). When the slice's memory spans at least
// AdviseBytes, every huge page it touches is advised for huge-page backing
// first, its partial first and last huge pages included (see advise):
// advising only the whole huge pages inside it left those edges to 4 KiB
// faults, about 12 MB of them across the arenas of a large parse. The
// memory is ordinary garbage-collected memory.
func Make[T any](n int) []T {
	s := make([]T, 0, n)
	var zero T
	size := uintptr(n) * unsafe.Sizeof(zero)
	if advises && size >= AdviseBytes {
		advise(uintptr(unsafe.Pointer(unsafe.SliceData(s))), size)
	}
	return s
}

// MakeAligned is Make for a buffer that one command fills once, such as a
// file read whole. From MinBytes on (below, it is Make), the slice starts
// on a huge-page boundary, so that its first huge page holds none of the
// heap memory before it, which may already be in use in 4 KiB pages and
// would keep that page small. Its capacity is n or more: it runs to the
// end of the last huge page that n elements reach, since the kernel zeroes
// a huge page whole when it is first touched and the rest of it costs
// nothing more to use (see Rest).
// The allocation is up to two huge pages larger than asked; the Go runtime
// zeroes that part too when it reuses memory, so the arenas of a parse,
// which a long-running process allocates again and again, use Make.
func MakeAligned[T any](n int) []T {
	var zero T
	elem := unsafe.Sizeof(zero)
	if !advises || elem == 0 || uintptr(n)*elem < MinBytes {
		return Make[T](n) // smaller than a huge page: not worth aligning
	}
	// Room for n elements, the alignment and the rest of the last page.
	pad := int(2*pageSize/elem) + 2
	s := make([]T, 0, n+pad)
	base := uintptr(unsafe.Pointer(unsafe.SliceData(s)))
	i0 := int(((base+pageSize-1)&^(pageSize-1) - base + elem - 1) / elem)
	start := base + uintptr(i0)*elem
	end := (start + uintptr(n)*elem + pageSize - 1) &^ (pageSize - 1)
	full := int((end - start) / elem)
	s = s[i0 : i0 : i0+full]
	advise(uintptr(unsafe.Pointer(unsafe.SliceData(s))), uintptr(full)*elem)
	return s
}

// Rest returns the unused capacity of b, a slice from MakeAligned, as an
// empty slice, when it holds at least least bytes; nil otherwise. Its
// memory lies in huge pages that b's contents already made the kernel
// zero, so a second use costs no fresh memory. The caller gives up that
// room: b must no longer be appended to.
func Rest(b []byte, least int) []byte {
	if cap(b)-len(b) < least {
		return nil
	}
	return b[len(b):len(b):cap(b)]
}

// outer returns the huge pages that [start, start+size) touches: the first
// page's address and the length in bytes, 0 when size is 0.
func outer(start, size uintptr) (uintptr, uintptr) {
	if size == 0 {
		return 0, 0
	}
	first := start &^ (pageSize - 1)
	last := (start + size + pageSize - 1) &^ (pageSize - 1)
	return first, last - first
}
