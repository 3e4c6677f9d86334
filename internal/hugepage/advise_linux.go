//go:build linux

package hugepage

import (
	"syscall"
	"unsafe"
)

// madvHugepage is MADV_HUGEPAGE from <linux/mman.h>.
const madvHugepage = 14

// advise asks the kernel to back the whole huge pages inside the range with
// huge pages. Errors are ignored: the advice changes speed, never results.
// advises tells whether advise gives the kernel huge-page advice here.
const advises = true

func advise(p unsafe.Pointer, size uintptr) {
	first, n := inner(uintptr(p), size)
	if n == 0 {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Add(p, first-uintptr(p))), n)
	_ = syscall.Madvise(b, madvHugepage)
}
