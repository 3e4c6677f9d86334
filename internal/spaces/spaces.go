// Package spaces skips runs of ' ' bytes eight at a time: indentation is
// close to half the bytes of a configuration, and both the scanner and the
// printer step over it.
package spaces

import (
	"encoding/binary"
	"math/bits"
)

// eight is eight ' ' bytes read as one little-endian word.
const eight = 0x2020202020202020

// After returns the offset of the first byte at or after i that is not a
// ' ', or len(src).
func After(src []byte, i int) int {
	for i+8 <= len(src) {
		x := binary.LittleEndian.Uint64(src[i:]) ^ eight
		if x != 0 {
			return i + bits.TrailingZeros64(x)>>3
		}
		i += 8
	}
	for i < len(src) && src[i] == ' ' {
		i++
	}
	return i
}

// Before returns the offset of the first byte of the run of ' ' bytes that
// ends just before end: end itself when src[end-1] is not a ' ', 0 when
// the run reaches the start of src.
func Before(src []byte, end int) int {
	for end >= 8 {
		x := binary.LittleEndian.Uint64(src[end-8:]) ^ eight
		if x != 0 {
			return end - bits.LeadingZeros64(x)>>3
		}
		end -= 8
	}
	for end > 0 && src[end-1] == ' ' {
		end--
	}
	return end
}
