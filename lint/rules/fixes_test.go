package rules

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// TestFixes pins the fixes of one finding per fixable rule: the
// applicability and the Junos commands, which must paste into `load set
// terminal` unchanged.
func TestFixes(t *testing.T) {
	tests := []struct {
		file string
		code string
		msg  string // a substring of the finding's message
		app  fix.Applicability
		cmds []string // empty: the finding has no fix
	}{
		{"PKI001/bad.set", "PKI001", `"fw1-vpn"`, fix.Safe, []string{
			"set security pki auto-re-enrollment scep certificate-id fw1-vpn re-enroll-trigger-time-percentage 10"}},
		{"PKI001/deprecated-flat.conf", "PKI001", `"fw1-vpn"`, fix.Safe, []string{
			"set security pki auto-re-enrollment certificate-id fw1-vpn re-enroll-trigger-time-percentage 10"}},
		{"PKI002/bad.conf", "PKI002", `"fw1-vpn"`, fix.Safe, []string{
			"set security pki auto-re-enrollment scep certificate-id fw1-vpn scep-digest-algorithm sha1"}},
		{"PKI003/bad.conf", "PKI003", `"fw1-ike"`, fix.Safe, []string{
			"set security pki auto-re-enrollment scep certificate-id fw1-ike scep-encryption-algorithm des3"}},
		{"PKI002/group.conf", "PKI002", `"fw1-vpn"`, fix.Safe, []string{
			"set groups SCEP-DEFAULTS security pki auto-re-enrollment scep certificate-id <*> scep-digest-algorithm sha1"}},
		{"PKI004/bad.conf", "PKI004", `"CORP-CA"`, fix.NeedsInput, []string{
			"set security pki ca-profile CORP-CA revocation-check crl url <crl-url>"}},
		{"PKI005/bad.conf", "PKI005", `"CORP-CA"`, fix.NeedsInput, []string{
			"delete security pki ca-profile CORP-CA revocation-check disable",
			"set security pki ca-profile CORP-CA revocation-check crl url <crl-url>"}},
		{"PKI006/bad.conf", "PKI006", `crl disable`, fix.Unsafe, []string{
			"delete security pki ca-profile CORP-CA revocation-check crl disable on-download-failure"}},
		{"PKI006/bad.set", "PKI006", `accept-unknown-status`, fix.Unsafe, []string{
			"delete security pki ca-profile CORP-CA revocation-check ocsp accept-unknown-status"}},
		{"PKI007/bad.conf", "PKI007", `"CORP-ISUING"`, fix.Unsafe, []string{
			"set security pki auto-re-enrollment scep certificate-id fw1-vpn ca-profile-name CORP-ISSUING"}},
		{"PKI007/bad.conf", "PKI007", `"OLD-ROOT-CA"`, "", nil},
		{"PKI007/other-references.set", "PKI007", `"PARTNER-RROT"`, fix.Unsafe, []string{
			"delete security pki trusted-ca-group ALL-TRUSTED ca-profiles PARTNER-RROT",
			"set security pki trusted-ca-group ALL-TRUSTED ca-profiles PARTNER-ROOT"}},
		{"PKI007/other-references.set", "PKI007", `"CORP-ISSUNG"`, fix.Unsafe, []string{
			"delete security pki trap ca-identity CORP-ISSUNG",
			"set security pki trap ca-identity CORP-ISSUING days 30"}},
		{"PKI007/rest-bare.conf", "PKI007", `"CORP-ISSUNG"`, fix.Unsafe, []string{
			"delete system services rest https mutual-authentication CORP-ISSUNG",
			"set system services rest https mutual-authentication certificate-authority CORP-ISSUING"}},
		{"PKI008/bad.conf", "PKI008", `"LAB-CA"`, fix.NeedsInput, []string{
			"set security pki ca-profile LAB-CA enrollment url <enrollment-url>"}},
		{"PKI009/bad.conf", "PKI009", `retry 2000`, "", nil},
		{"PKI010/bad.conf", "PKI010", `"PARTNER-CA"`, fix.NeedsInput, []string{
			"set security pki ca-profile PARTNER-CA ca-identity <ca-identity>"}},
		{"PKI011/bad.conf", "PKI011", `"fw1-vpn"`, fix.Safe, []string{
			"set security pki auto-re-enrollment scep certificate-id fw1-vpn re-generate-keypair"}},
		{"PKI012/bad.conf", "PKI012", `"fw1-vpn"`, fix.Safe, []string{
			"delete security pki auto-re-enrollment scep certificate-id fw1-vpn re-enroll-trigger-time-percentage"}},
		{"PKI012/group.set", "PKI012", `"fw1-web"`, fix.Safe, []string{
			"delete groups PKI-DEFAULTS security pki auto-re-enrollment acme certificate-id <*> re-enroll-trigger-time-percentage"}},
		{"PKI013/bad.conf", "PKI013", `crl url password`, "", nil},
		{"PKI014/bad.conf", "PKI014", `"fw1-vpn"`, fix.NeedsInput, []string{
			"delete security pki auto-re-enrollment certificate-id fw1-vpn",
			"set security pki auto-re-enrollment scep certificate-id fw1-vpn ca-profile-name CORP-CA",
			"set security pki auto-re-enrollment scep certificate-id fw1-vpn challenge-password <challenge-password>",
			"set security pki auto-re-enrollment scep certificate-id fw1-vpn re-enroll-trigger-time-percentage 10",
			"set security pki auto-re-enrollment scep certificate-id fw1-vpn re-generate-keypair",
			"set security pki auto-re-enrollment scep certificate-id fw1-vpn scep-encryption-algorithm des3"}},
		{"PKI014/bad.set", "PKI014", `"fw1-ike"`, fix.Unsafe, []string{
			"delete security pki auto-re-enrollment certificate-id fw1-ike",
			"set security pki auto-re-enrollment scep certificate-id fw1-ike ca-profile-name CORP-CA",
			"set security pki auto-re-enrollment scep certificate-id fw1-ike re-enroll-trigger-time-percentage 10",
			"set security pki auto-re-enrollment scep certificate-id fw1-ike re-generate-keypair"}},
		{"PKI014/group.conf", "PKI014", `"fw1-vpn"`, fix.Safe, []string{
			"delete groups PKI-LEGACY security pki auto-re-enrollment certificate-id fw1-vpn",
			"set groups PKI-LEGACY security pki auto-re-enrollment scep certificate-id fw1-vpn ca-profile-name CORP-CA",
			"set groups PKI-LEGACY security pki auto-re-enrollment scep certificate-id fw1-vpn re-enroll-trigger-time-percentage 10",
			"set groups PKI-LEGACY security pki auto-re-enrollment scep certificate-id fw1-vpn re-generate-keypair"}},
		{"PKI017/bad.conf", "PKI017", `a space`, "", nil},
		{"REST001/bad.conf", "REST001", `mutual-authentication`, fix.Safe, []string{
			"set system services rest https mutual-authentication certificate-authority CORP-CA"}},
		{"REST001/bad-two-profiles.set", "REST001", `mutual-authentication`, fix.NeedsInput, []string{
			"set system services rest https mutual-authentication certificate-authority <ca-profile>"}},
		{"REST002/bad.conf", "REST002", `http`, fix.Unsafe, []string{"delete system services rest http"}},
		{"REST002/group.set", "REST002", `http`, fix.Unsafe, []string{"delete groups REST-LAB system services rest http"}},
		{"REST003/bad.conf", "REST003", `server-certificate`, fix.NeedsInput, []string{
			"set system services rest https server-certificate <certificate-id>"}},
		{"REST004/bad.set", "REST004", `cipher-list`, fix.Safe, []string{
			"set system services rest https cipher-list ecdhe-rsa-with-aes-256-gcm-sha384",
			"set system services rest https cipher-list ecdhe-rsa-with-aes-128-gcm-sha256"}},
		{"REST005/bad.set", "REST005", `"rsa-with-rc4-128-md5"`, fix.Safe, []string{
			"delete system services rest https cipher-list rsa-with-rc4-128-md5"}},
		{"REST005/only-weak.set", "REST005", `"rsa-with-3des-ede-cbc-sha"`, fix.Unsafe, []string{
			"delete system services rest https cipher-list rsa-with-3des-ede-cbc-sha"}},
		{"REST005/group.conf", "REST005", `"rsa-with-rc4-128-sha"`, fix.Safe, []string{
			"delete groups TLS-LEGACY system services rest https cipher-list rsa-with-rc4-128-sha"}},
		{"REST006/bad.conf", "REST006", `explorer`, fix.Safe, []string{"delete system services rest enable-explorer"}},
		{"REST007/bad.conf", "REST007", `allowed-sources`, fix.NeedsInput, []string{
			"set system services rest control allowed-sources <address>"}},
		{"REST008/bad.set", "REST008", `connection-limit`, fix.Safe, []string{"set system services rest control connection-limit 10"}},
		{"REST009/bad.conf", "REST009", `"CORP-CA"`, fix.Safe, []string{
			"delete system services rest https mutual-authentication CORP-CA",
			"set system services rest https mutual-authentication certificate-authority CORP-CA"}},
	}
	all := All()
	for _, tt := range tests {
		t.Run(tt.file+"/"+tt.code, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			_, got := lintSource(tt.file, src, all)
			var f *finding
			for i := range got {
				if got[i].Code == tt.code && strings.Contains(got[i].Message, tt.msg) {
					f = &got[i]
					break
				}
			}
			if f == nil {
				t.Fatalf("no %s finding about %s; findings: %v", tt.code, tt.msg, got)
			}
			if tt.cmds == nil {
				if len(f.Fixes) != 0 {
					t.Errorf("finding has fixes, want none: %v", f)
				}
				return
			}
			// An inherited finding's fix comes first inside its group; a
			// fix made only of `set` commands gains a second, local one.
			switch {
			case len(f.Fixes) == 0:
				t.Fatalf("finding has no fix: %v", f)
			case len(f.Fixes) > 2 || len(f.Fixes) == 2 && !strings.Contains(f.Fixes[1].Title, "here only (overrides group"):
				t.Fatalf("finding has %d fixes, want 1 (or 2 with a local override when inherited): %v", len(f.Fixes), f)
			}
			fx := f.Fixes[0]
			if fx.Applicability != tt.app {
				t.Errorf("applicability %s, want %s", fx.Applicability, tt.app)
			}
			if fx.Title == "" || strings.HasSuffix(fx.Title, ".") {
				t.Errorf("fix title %q must be a verb phrase without a final period", fx.Title)
			}
			if got, want := strings.Join(fx.Commands(), "\n"), strings.Join(tt.cmds, "\n"); got != want {
				t.Errorf("commands:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// TestOptions checks that the rule options change the fixes.
func TestOptions(t *testing.T) {
	tests := []struct {
		rule       *lint.Rule
		opts       map[string]string
		file, want string
	}{
		{ReenrollTriggerMissing(), nil, "PKI001/bad.conf", "re-enroll-trigger-time-percentage 10"},
		{ReenrollTriggerMissing(), map[string]string{"trigger-percentage": "25"}, "PKI001/bad.conf", "re-enroll-trigger-time-percentage 25"},
		{ReenrollTriggerMissing(), map[string]string{"trigger-percentage": "150"}, "PKI001/bad.conf", "re-enroll-trigger-time-percentage 10"},
		{RestNoConnectionLimit(), nil, "REST008/bad.conf", "connection-limit 10"},
		{RestNoConnectionLimit(), map[string]string{"connection-limit": "4"}, "REST008/bad.conf", "connection-limit 4"},
	}
	for _, tt := range tests {
		src, err := os.ReadFile(filepath.Join("testdata", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		f, view := parseAndView(tt.file, src)
		var cmds []string
		tt.rule.Run(lint.NewPass(tt.rule, f, view, tt.opts, func(d lint.Diagnostic) {
			for _, fx := range d.Fixes {
				cmds = append(cmds, fx.Commands()...)
			}
		}))
		if len(cmds) == 0 || !strings.HasSuffix(cmds[0], tt.want) {
			t.Errorf("%s with %v: commands %q, want the first to end in %q", tt.rule.Code, tt.opts, cmds, tt.want)
		}
	}
}

// TestRestWeakCipherSeverity checks the severity of each rest-weak-cipher
// finding by the class of the suite.
func TestRestWeakCipherSeverity(t *testing.T) {
	want := map[string]lint.Severity{
		"rsa-with-rc4-128-md5":           lint.Error,
		"rsa-with-3des-ede-cbc-sha":      lint.Error,
		"ecdhe-rsa-with-aes-128-cbc-sha": lint.Warning,
	}
	for _, file := range []string{"REST005/bad.conf", "REST005/bad.set"} {
		src, err := os.ReadFile(filepath.Join("testdata", file))
		if err != nil {
			t.Fatal(err)
		}
		_, got := lintSource(file, src, []*lint.Rule{RestWeakCipher()})
		seen := 0
		for _, g := range got {
			m := regexp.MustCompile(`member "([^"]+)"`).FindStringSubmatch(g.Message)
			if m == nil {
				t.Errorf("%s: message names no member: %s", file, g.Message)
				continue
			}
			if sev, ok := want[m[1]]; !ok || sev != g.Severity {
				t.Errorf("%s: %s reported as %s, want %s", file, m[1], g.Severity, sev)
			}
			if text := string(src[g.Span.Start:g.Span.End]); !strings.HasSuffix(text, m[1]) {
				t.Errorf("%s: finding points at %q, want the member %s", file, text, m[1])
			}
			seen++
		}
		if seen != len(want) {
			t.Errorf("%s: %d findings, want %d", file, seen, len(want))
		}
	}
	for name, class := range map[string]cipherClass{
		"RSA-WITH-RC4-128-SHA": cipherBroken, "tls-aes-128-gcm-sha256": cipherStrong,
		"ecdhe-rsa-with-aes-256-cbc-sha384": cipherAcceptable, "no-such-suite": cipherUnknown,
	} {
		if got := classifyCipher(name); got != class {
			t.Errorf("classifyCipher(%q) = %d, want %d", name, got, class)
		}
	}
}

// secretKeywords are the statements whose values are secrets.
var secretKeywords = map[string]bool{
	"challenge-password": true, "password": true, "encrypted-password": true, "secret": true,
	"authentication-key": true, "ascii-text": true, "hexadecimal-text": true, "privacy-key": true,
}

// secrets returns the values of the secret statements in the parsed file.
func secrets(root *ast.Node) []string {
	var out []string
	root.Walk(func(n *ast.Node) bool {
		if secretKeywords[n.Name] {
			for _, v := range n.Children {
				if len(v.Name) >= 3 {
					out = append(out, v.Name)
				}
			}
		}
		return true
	})
	return out
}

// TestNoSecretsInFindings checks that no finding of any fixture or example
// shows a secret's value in its message, configuration path or fixes.
func TestNoSecretsInFindings(t *testing.T) {
	files := fixtures(t)
	ex, _ := filepath.Glob("../../examples/*")
	files = append(files, ex...)
	all := All()
	checked := 0
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		f, got := lintSource(file, src, all)
		for _, s := range secrets(f.Config) {
			for _, g := range got {
				text := g.Message + "\n" + g.ConfigPath
				for _, fx := range g.Fixes {
					text += "\n" + fx.Title + "\n" + strings.Join(fx.Commands(), "\n")
				}
				if strings.Contains(text, s) {
					t.Errorf("%s: finding %s shows the secret %q", file, g.Code, s)
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Error("no finding was checked against a secret")
	}
}
