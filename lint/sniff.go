package lint

import (
	"bytes"
	"strings"
)

// sniffBytes is how much of a file [Sniff] reads.
const sniffBytes = 64 << 10

// isTopKeyword reports whether w is a statement Junos accepts at the top of
// a configuration.
func isTopKeyword(w string) bool {
	switch w {
	case "version", "system", "chassis", "security", "interfaces", "snmp", "forwarding-options",
		"routing-options", "protocols", "policy-options", "class-of-service", "firewall",
		"routing-instances", "applications", "groups", "apply-groups", "apply-groups-except", "services",
		"vlans", "bridge-domains", "access", "access-profile", "event-options", "logical-systems",
		"multi-chassis", "switch-options", "ethernet-switching-options", "poe", "virtual-chassis",
		"schedulers", "dynamic-profiles", "accounting-options", "tenants", "jsrc", "smtp", "wlan",
		"vmhost", "fabric", "diameter", "multicast-snooping-options", "protection-group",
		"session-limit-group", "unified-edge", "apply-macro", "rename", "services-options":
		return true
	}
	return false
}

// Sniff decides from the content whether src is a Junos configuration (curly,
// set or mixed form), as a directory walk must before linting a file it was
// not named: at least one set command or statement whose keyword is a
// top-level Junos keyword (system, interfaces, security, …), and at least 60%
// of the significant lines shaped like Junos text. A bare fragment (a
// ca-profile block alone) does not qualify; name such a file explicitly. It reads at most the first 64 KiB. When
// it says no, reason says why in a few words ("binary file", "empty file",
// "no configuration statements", "not Junos configuration text").
func Sniff(src []byte) (ok bool, reason string) {
	sample := src
	if len(sample) > sniffBytes {
		sample = sample[:sniffBytes]
	}
	// A sample of the full size may end inside a line; that line does not count.
	truncated := len(sample) == sniffBytes
	sample = bytes.TrimPrefix(sample, []byte("\xef\xbb\xbf")) // a UTF-8 byte order mark
	if len(bytes.TrimSpace(sample)) == 0 {
		return false, "empty file"
	}
	ctl := 0
	for _, c := range sample {
		switch {
		case c == 0:
			return false, "binary file"
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f':
			ctl++
		}
	}
	if ctl*100 > len(sample) {
		return false, "binary file"
	}
	lines := bytes.Split(sample, []byte("\n"))
	if truncated && len(lines) > 1 {
		lines = lines[:len(lines)-1]
	}
	var total, like int
	strong := false
	inAnnot := false
	for _, raw := range lines {
		if total >= 100 {
			break
		}
		line := strings.TrimSpace(string(raw))
		if inAnnot {
			i := strings.Index(line, "*/")
			if i < 0 {
				continue
			}
			inAnnot = false
			line = strings.TrimSpace(line[i+2:])
		}
		switch {
		case line == "", line[0] == '#', line[0] == '!', isPromptLine(line):
			continue
		case strings.HasPrefix(line, "/*"):
			i := strings.Index(line[2:], "*/")
			if i < 0 {
				inAnnot = true
				continue
			}
			if line = strings.TrimSpace(line[i+4:]); line == "" {
				continue
			}
		}
		total++
		l, s := classifyLine(line)
		if l {
			like++
		}
		if s {
			strong = true
		}
	}
	switch {
	case total == 0:
		return false, "no configuration statements"
	case strong && like*10 >= total*6:
		return true, ""
	}
	return false, "not Junos configuration text"
}

// isPromptLine reports CLI artefacts pasted with a configuration: prompts
// such as `{master:0}` and `user@host> show configuration`.
func isPromptLine(line string) bool {
	if strings.HasPrefix(line, "{") && strings.HasSuffix(line, "}") && strings.Contains(line, ":") && !strings.Contains(line, " ") {
		return true
	}
	return strings.Contains(line, "> show ") || strings.Contains(line, "# show ")
}

// classifyLine reports whether one significant line is shaped like Junos
// text (like), and whether it is unmistakably Junos (strong): a set-file
// command or a statement whose keyword is a top-level Junos keyword.
func classifyLine(line string) (like, strong bool) {
	line = blankQuoted(line)
	if i := strings.Index(line, "##"); i > 0 {
		line = strings.TrimSpace(line[:i])
	}
	if i := strings.Index(line, "/*"); i > 0 {
		line = strings.TrimSpace(line[:i])
	}
	words := strings.Fields(line)
	for len(words) > 0 && isTagWord(words[0]) {
		words = words[1:]
	}
	if len(words) == 0 {
		return false, false
	}
	first := words[0]
	switch first {
	case "set", "delete", "deactivate", "activate", "protect", "unprotect", "annotate", "insert", "rename", "copy", "edit", "replace":
		if len(words) >= 2 {
			return true, isTopKeyword(words[1])
		}
	case "top", "up", "exit":
		return len(words) <= 2, false
	case "}":
		return true, false
	}
	if strings.HasSuffix(first, ":") || strings.ContainsAny(line, "=()") && !strings.Contains(line, "apply-path") {
		return false, false
	}
	last := line[len(line)-1]
	if last != '{' && last != ';' && last != '}' && last != ']' && last != '[' {
		return false, false
	}
	kw := strings.TrimRight(first, "{;")
	return true, isTopKeyword(kw)
}

// isTagWord reports whether w is a statement tag such as `inactive:`.
func isTagWord(w string) bool {
	switch w {
	case "inactive:", "protect:", "replace:", "active:", "delete:", "unprotect:":
		return true
	}
	return false
}

// blankQuoted replaces the contents of double-quoted strings with x, so that
// punctuation inside them does not count.
func blankQuoted(s string) string {
	if !strings.Contains(s, `"`) {
		return s
	}
	b := []byte(s)
	in := false
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == '\\' && in && i+1 < len(b):
			b[i], b[i+1] = 'x', 'x'
			i++
		case b[i] == '"':
			in = !in
		case in:
			b[i] = 'x'
		}
	}
	return string(b)
}
