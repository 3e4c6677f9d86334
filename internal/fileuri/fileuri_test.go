package fileuri

import (
	"math/rand/v2"
	"net/url"
	"strings"
	"testing"
)

// randomPath returns a slash-separated path of bytes from across the byte
// range, the ones URIs treat specially more often than the rest.
func randomPath(rng *rand.Rand, abs bool) string {
	special := []string{"/", " ", "%", "?", "#", "*", ":", "@", "+", ";", "=", "&", "$", ",", "~", "-", "_", ".", "!", "'", "(", ")", "[", "]", "\\", "é", "日本", "\x00", "\x1f", "\x7f", "\xff", "c:", "%41", "%zz"}
	var b strings.Builder
	if abs {
		b.WriteByte('/')
	}
	for range rng.IntN(12) {
		switch rng.IntN(3) {
		case 0:
			b.WriteString(special[rng.IntN(len(special))])
		case 1:
			b.WriteByte(byte(rng.IntN(256)))
		default:
			b.WriteString("conf")
		}
	}
	return b.String()
}

func TestFromSlashPathMatchesNetURL(t *testing.T) {
	fixed := []string{"", "*", "/", "/etc/junos.conf", "/home/a b/fw1#1.conf", "/c:/Users/x/r1.conf", "/a?b", "/100%/x", "/ünïcödé/日本.conf", "relative/path", "a:b/c"}
	rng := rand.New(rand.NewPCG(7, 11))
	paths := fixed
	for range 5000 {
		paths = append(paths, randomPath(rng, rng.IntN(4) > 0))
	}
	for _, p := range paths {
		if got, want := FromSlashPath(p), (&url.URL{Scheme: "file", Path: p}).String(); got != want {
			t.Errorf("FromSlashPath(%q) = %q, net/url writes %q", p, got, want)
		}
		if got, want := EscapePath(p), (&url.URL{Path: p}).EscapedPath(); got != want {
			t.Errorf("EscapePath(%q) = %q, net/url writes %q", p, got, want)
		}
	}
}

// netURLPath is what the language server took from a URI before this
// package: url.Parse's Path when the scheme is file.
func netURLPath(uri string) (string, bool) {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" || u.Path == "" {
		return "", false
	}
	return u.Path, true
}

func TestToSlashPathMatchesNetURL(t *testing.T) {
	fixed := []string{
		"file:///etc/junos.conf", "FILE:///etc/junos.conf", "File://localhost/etc/x",
		"file://server/share/r1.conf", "file:/x/y", "file:x", "file:", "file://", "file://host",
		"file:///c%3A/Users/a%20b/r1.conf", "file:///a%zz", "file:///a%4", "file:///a%", "file:///a%2F",
		"file:///a?q=1", "file:///a?", "file:///a??", "file:///a#frag", "file:///a#%zz", "file:///a#%41",
		"file:///a\x00b", "file:///a\x7f", "http://x/y", "files:///x", "fil:///x", "", "/just/a/path",
		"file:///%E6%97%A5%E6%9C%AC.conf", "file:///a+b", "file:////double",
	}
	rng := rand.New(rand.NewPCG(3, 5))
	uris := fixed
	for range 5000 {
		p := randomPath(rng, true)
		uri := FromSlashPath(p)
		switch rng.IntN(6) {
		case 0:
			uri = "file://localhost" + uri[len("file://"):]
		case 1:
			uri = "FILE" + uri[len("file"):]
		case 2:
			uri += "?" + randomPath(rng, false)
		case 3:
			uri += "#" + randomPath(rng, false)
		case 4:
			uri = "file://" + p // not escaped: bad escapes, query and fragment marks as written
		}
		uris = append(uris, uri)
	}
	for _, uri := range uris {
		got, gotOK := ToSlashPath(uri)
		want, wantOK := netURLPath(uri)
		if got != want || gotOK != wantOK {
			t.Errorf("ToSlashPath(%q) = %q, %v; net/url gives %q, %v", uri, got, gotOK, want, wantOK)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		p := randomPath(rng, true)
		if strings.ContainsAny(p, "\x00\x1f\x7f") {
			continue // control bytes are escaped on the way out but refused on the way in by net/url too
		}
		if got, ok := ToSlashPath(FromSlashPath(p)); !ok || got != p {
			t.Errorf("ToSlashPath(FromSlashPath(%q)) = %q, %v", p, got, ok)
		}
	}
}

// TestHostIsNotChecked records where ToSlashPath is more lenient than
// url.Parse: a host net/url refuses still gives the path.
func TestHostIsNotChecked(t *testing.T) {
	host := "a b" // a space: not a valid host
	uri := "file://" + host + "/x"
	if _, err := url.Parse(uri); err == nil {
		t.Fatalf("url.Parse(%q) now accepts it; the difference this test records is gone", uri)
	}
	if got, ok := ToSlashPath(uri); !ok || got != "/x" {
		t.Errorf("ToSlashPath(%q) = %q, %v; want \"/x\", true", uri, got, ok)
	}
}
