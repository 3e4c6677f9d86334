package digest

import (
	"crypto/sha256"
	"math/rand/v2"
	"testing"
)

func TestSum256MatchesCryptoSHA256(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	check := func(data []byte) {
		t.Helper()
		if got, want := Sum256(data), sha256.Sum256(data); got != want {
			t.Fatalf("Sum256(%d bytes %x...) = %x, crypto/sha256 gives %x", len(data), data[:min(len(data), 8)], got, want)
		}
	}
	// Every length across the padding's one- and two-block cases and
	// several full blocks.
	for n := 0; n <= 300; n++ {
		data := make([]byte, n)
		for i := range data {
			data[i] = byte(rng.IntN(256))
		}
		check(data)
	}
	for range 2000 {
		data := make([]byte, rng.IntN(5000))
		for i := range data {
			data[i] = byte(rng.IntN(256))
		}
		check(data)
	}
	check(nil)
	check([]byte("abc"))
}

// TestKnownAnswer checks the FIPS 180-4 example, independently of
// crypto/sha256.
func TestKnownAnswer(t *testing.T) {
	const want = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
	got := Sum256([]byte("abc"))
	const hex = "0123456789abcdef"
	var s []byte
	for _, b := range got {
		s = append(s, hex[b>>4], hex[b&15])
	}
	if string(s) != want {
		t.Errorf("Sum256(\"abc\") = %s, want %s", s, want)
	}
}
