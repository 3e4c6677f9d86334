package lint

import (
	"fmt"
	"path"
	"strings"
)

// checkPathGlob reports whether g is a well-formed exclude glob.
func checkPathGlob(g string) error {
	for _, seg := range strings.Split(strings.Trim(g, "/"), "/") {
		if seg == "**" {
			continue
		}
		if _, err := path.Match(seg, ""); err != nil {
			return fmt.Errorf("bad glob %q: %w", g, err)
		}
	}
	return nil
}

// matchPathGlob reports whether the slash-separated relative path rel, or
// one of the directories it lies in, matches the exclude glob g. A glob
// without a slash (after a trailing one is dropped) matches any single
// element of rel; otherwise it is anchored at the start of rel, `*` matches
// within one element and `**` any number of elements.
func matchPathGlob(g, rel string) bool {
	g = strings.TrimPrefix(g, "./")
	g = strings.TrimSuffix(g, "/")
	segs := strings.Split(rel, "/")
	if !strings.Contains(g, "/") {
		for _, s := range segs {
			if ok, _ := path.Match(g, s); ok {
				return true
			}
		}
		return false
	}
	gs := strings.Split(strings.TrimPrefix(g, "/"), "/")
	for k := 1; k <= len(segs); k++ {
		if matchSegs(gs, segs[:k]) {
			return true
		}
	}
	return false
}

// matchSegs matches glob elements against path elements; `**` matches zero
// or more elements.
func matchSegs(gs, ps []string) bool {
	for len(gs) > 0 {
		if gs[0] == "**" {
			for i := 0; i <= len(ps); i++ {
				if matchSegs(gs[1:], ps[i:]) {
					return true
				}
			}
			return false
		}
		if len(ps) == 0 {
			return false
		}
		if ok, _ := path.Match(gs[0], ps[0]); !ok {
			return false
		}
		gs, ps = gs[1:], ps[1:]
	}
	return len(ps) == 0
}
