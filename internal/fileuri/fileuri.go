// Package fileuri converts between slash-separated file system paths and
// file: URIs the way net/url does for them, without importing net/url:
// its initialisation, with that of net/netip which it imports, cost every
// run of the binary 0.7 ms of start-up (measured on `junoslint version`),
// for the two conversions the language server and SARIF output need.
// Tests hold both directions to net/url.
package fileuri

import "strings"

// FromSlashPath returns the file: URI of the slash-separated path p, which
// should be absolute ("/etc/junos.conf" -> "file:///etc/junos.conf"), as
// (&url.URL{Scheme: "file", Path: p}).String() writes it: every byte other
// than letters, digits and -._~$&+,/:;=@ percent-encoded.
func FromSlashPath(p string) string {
	if p == "" {
		return "file:"
	}
	return "file://" + EscapePath(p)
}

// EscapePath returns p percent-encoded as a URI path, as
// (&url.URL{Path: p}).EscapedPath() does: every byte other than letters,
// digits and -._~$&+,/:;=@ as %XX with upper-case hex digits; "*" stays.
func EscapePath(p string) string {
	n := 0
	for i := 0; i < len(p); i++ {
		if !pathByte(p[i]) {
			n++
		}
	}
	if n == 0 || p == "*" {
		return p
	}
	const hex = "0123456789ABCDEF"
	b := make([]byte, 0, len(p)+2*n)
	for i := 0; i < len(p); i++ {
		c := p[i]
		if pathByte(c) {
			b = append(b, c)
		} else {
			b = append(b, '%', hex[c>>4], hex[c&15])
		}
	}
	return string(b)
}

// pathByte reports whether c stands unescaped in a URI path.
func pathByte(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("-._~$&+,/:;=@", c) >= 0
}

// ToSlashPath returns the percent-decoded path of the file: URI uri
// ("file:///c%3A/x" -> "/c:/x"), and false when uri is not a file: URI
// with a path, or is malformed: a control byte before the fragment, or a
// '%' not followed by two hex digits in its path or fragment. As url.Parse, it takes the
// scheme in any case, drops the query and the fragment, and the host of
// "file://host/path" is not part of the path. Unlike url.Parse, it does
// not check the host's syntax.
func ToSlashPath(uri string) (string, bool) {
	rest, frag, _ := strings.Cut(uri, "#")
	for i := 0; i < len(rest); i++ {
		if c := rest[i]; c < 0x20 || c == 0x7f {
			return "", false
		}
	}
	if _, ok := unescape(frag); !ok {
		return "", false
	}
	if len(rest) < 5 || !strings.EqualFold(rest[:5], "file:") {
		return "", false
	}
	rest = rest[5:]
	rest, _, _ = strings.Cut(rest, "?")
	if !strings.HasPrefix(rest, "/") {
		return "", false // opaque: "file:x"
	}
	if strings.HasPrefix(rest, "//") {
		rest = rest[2:]
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			rest = rest[i:]
		} else {
			rest = ""
		}
	}
	p, ok := unescape(rest)
	if !ok || p == "" {
		return "", false
	}
	return p, true
}

// unescape decodes the %XX escapes of s; false when a '%' is not followed
// by two hex digits.
func unescape(s string) (string, bool) {
	if strings.IndexByte(s, '%') < 0 {
		return s, true
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			b = append(b, s[i])
			continue
		}
		if i+2 >= len(s) {
			return "", false
		}
		hi, ok1 := unhex(s[i+1])
		lo, ok2 := unhex(s[i+2])
		if !ok1 || !ok2 {
			return "", false
		}
		b = append(b, hi<<4|lo)
		i += 2
	}
	return string(b), true
}

// unhex returns the value of the hex digit c.
func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}
