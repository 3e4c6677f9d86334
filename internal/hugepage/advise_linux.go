//go:build linux

package hugepage

import "syscall"

// madvHugepage is MADV_HUGEPAGE from <linux/mman.h>.
const madvHugepage = 14

// advises tells whether advise gives the kernel huge-page advice here.
const advises = true

// advise asks the kernel to back the huge pages that [start, start+size)
// touches with huge pages: the range rounded out to huge-page boundaries.
// The rounding reaches into the neighbouring heap memory, which lies in the
// same mapping (the Go heap is mapped in 64 MiB arenas, a multiple of the
// huge-page size); that memory is then backed by huge pages too when it is
// first touched, which changes nothing but page sizes. Errors are ignored:
// the advice changes speed, never results.
func advise(start, size uintptr) {
	first, n := outer(start, size)
	if n == 0 {
		return
	}
	_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, first, n, madvHugepage)
}
