package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/ast/effective"
	"github.com/junoslint/junoslint/format"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/internal/corpus"
)

// groupsCurly applies a group at the top: netconf and default-address-
// selection come from it, host-name stays as written, the syslog written
// inactive is dropped.
const groupsCurly = `groups {
    foo {
        system {
            host-name from-group;
            default-address-selection;
            services {
                netconf {
                    ssh;
                }
            }
        }
        snmp {
            interface so-1/1/1.0;
        }
    }
}
apply-groups foo;
system {
    host-name vr1;
    services {
        ssh;
    }
    inactive: syslog {
        file messages {
            any notice;
        }
    }
}
snmp {
    interface so-0/0/0.0;
}
`

const groupsEffectiveSet = `set apply-groups foo
set system host-name vr1
set system services ssh
set system services netconf ssh
set system default-address-selection
set snmp interface so-0/0/0.0
set snmp interface so-1/1/1.0
`

// groupsInheritance is groupsCurly as `show | display inheritance` prints
// it, in the layout of the Junos documentation's examples.
const groupsInheritance = `apply-groups foo;
system {
    host-name vr1;
    services {
        ssh;
        ##
        ## 'netconf' was inherited from group 'foo'
        ##
        netconf {
            ##
            ## 'ssh' was inherited from group 'foo'
            ##
            ssh;
        }
    }
    ##
    ## 'default-address-selection' was inherited from group 'foo'
    ##
    default-address-selection;
}
snmp {
    ##
    ## 'so-1/1/1.0' was inherited from group 'foo'
    ##
    interface [ so-0/0/0.0 so-1/1/1.0 ];
}
`

// annotatedGroup's inherited statement carries an annotation written in
// the group: it is kept, below the inheritance comment.
const annotatedGroup = `groups {
    g {
        system {
            /* from the group */
            time-zone UTC;
        }
    }
}
apply-groups g;
`

const annotatedInheritance = `apply-groups g;
##
## 'system' was inherited from group 'g'
##
system {
    ##
    ## 'UTC' was inherited from group 'g'
    ##
    /* from the group */
    time-zone UTC;
}
`

func TestShow(t *testing.T) {
	dir := t.TempDir()
	curlyPath := filepath.Join(dir, "r1.conf")
	if err := os.WriteFile(curlyPath, []byte(groupsCurly), 0o644); err != nil {
		t.Fatal(err)
	}
	setFile := "set groups g system time-zone UTC\nset apply-groups g\nset system host-name r2\nset system ntp server 192.0.2.1\ndeactivate system ntp\n"
	tests := []struct {
		name     string
		stdin    string
		args     []string
		wantOut  string
		wantErr  string // substring of stderr; "" means stderr must be empty
		wantCode int
	}{
		{name: "effective as set from a curly file", args: []string{"show", "--effective", "--to", "set", curlyPath}, wantOut: groupsEffectiveSet},
		{name: "effective from stdin", stdin: groupsCurly, args: []string{"show", "--effective", "--to=set", "-"}, wantOut: groupsEffectiveSet},
		{name: "a set file prints set by default", stdin: setFile, args: []string{"show", "--effective"},
			wantOut: "set apply-groups g\nset system host-name r2\nset system time-zone UTC\n"},
		{name: "inheritance", args: []string{"show", "--inheritance", curlyPath}, wantOut: groupsInheritance},
		{name: "inheritance of a set file", stdin: setFile, args: []string{"show", "--inheritance"},
			wantOut: "apply-groups g;\nsystem {\n    host-name r2;\n    ##\n    ## 'UTC' was inherited from group 'g'\n    ##\n    time-zone UTC;\n}\n"},
		{name: "inheritance keeps annotations", stdin: annotatedGroup, args: []string{"show", "--inheritance"}, wantOut: annotatedInheritance},
		{name: "undefined group is a warning", stdin: "apply-groups [ g h ];\ngroups { g { system { time-zone UTC; } } }\n",
			args: []string{"show", "--effective", "--to", "set"}, wantOut: "set apply-groups g\nset apply-groups h\nset system time-zone UTC\n",
			wantErr: `<stdin>:1:18: warning: group "h" is not defined`},
		{name: "syntax error", stdin: "system {\n    host-name r1\n", args: []string{"show", "--effective"},
			wantErr: "<stdin>:1:1: error: block opened at line 1 is never closed [SYN001 syntax-error]", wantCode: exitFindings},
		{name: "neither mode", stdin: groupsCurly, args: []string{"show"}, wantErr: "one of --effective or --inheritance", wantCode: exitUsage},
		{name: "both modes", stdin: groupsCurly, args: []string{"show", "--effective", "--inheritance"}, wantErr: "one of --effective or --inheritance", wantCode: exitUsage},
		{name: "--to with --inheritance", stdin: groupsCurly, args: []string{"show", "--inheritance", "--to", "set"}, wantErr: "--to goes with --effective", wantCode: exitUsage},
		{name: "bad --to", stdin: groupsCurly, args: []string{"show", "--effective", "--to", "xml"}, wantErr: `--to "xml"`, wantCode: exitUsage},
		{name: "two paths", args: []string{"show", "--effective", curlyPath, curlyPath}, wantErr: "takes one file", wantCode: exitUsage},
		{name: "missing file", args: []string{"show", "--effective", filepath.Join(dir, "nope")}, wantErr: "nope", wantCode: exitInternal},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, code := runWith(t, tt.stdin, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit code %d, want %d (stderr %q)", code, tt.wantCode, errs)
			}
			if out != tt.wantOut {
				t.Errorf("stdout:\n%s\nwant:\n%s", out, tt.wantOut)
			}
			if tt.wantErr == "" && errs != "" || !strings.Contains(errs, tt.wantErr) {
				t.Errorf("stderr %q, want it to contain %q", errs, tt.wantErr)
			}
		})
	}
}

// TestShowCurlyRoundTrip checks that the curly outputs load back to the
// effective configuration they print: parsed again (the `##` lines are
// comments), they give the same display-set lines as `--effective --to
// set`. It runs on every corpus file that defines groups.
func TestShowCurlyRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the corpus")
	}
	dir, ok := corpus.Dir()
	if !ok {
		t.Skip("corpus not found")
	}
	files, err := corpus.Files(dir, "curly", "set", "pairs", "pki")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f := grammar.Parse(path, src)
		if len(f.Errors) > 0 || f.Config.Child("groups") == nil {
			continue
		}
		checked++
		want := format.SetLines(effective.Compute(f, nil).Root, format.SetOptions{})
		for _, mode := range []string{"--inheritance", "--effective --to curly"} {
			out, _, code := runWith(t, string(src), append([]string{"show"}, strings.Fields(mode)...)...)
			if code != exitOK {
				t.Errorf("%s: show %s: exit code %d", path, mode, code)
				continue
			}
			if out == "" && mode != "--inheritance" {
				continue // format.ConfigCurly is not written yet
			}
			back := grammar.Parse("output", []byte(out))
			if len(back.Errors) > 0 {
				t.Errorf("%s: show %s prints text that does not parse: %s", path, mode, back.Errors[0].Msg)
				continue
			}
			if got := format.SetLines(back.Config, format.SetOptions{}); string(got) != string(want) {
				t.Errorf("%s: show %s does not load back to the effective configuration", path, mode)
			}
		}
	}
	if checked == 0 {
		t.Skip("no corpus file with groups")
	}
	t.Logf("%d corpus files with groups load back from their curly outputs", checked)
}

// TestShowDefaultForm checks that --effective prints in the file's own form
// without --to: set for a set file, curly for a curly file, and curly for a
// file that mixes both.
func TestShowDefaultForm(t *testing.T) {
	mixed := "system {\n    host-name r1;\n}\nset system time-zone UTC\n"
	tests := []struct {
		name, src, form string
	}{
		{"curly", groupsCurly, "curly"},
		{"set", "set system host-name r1\n", "set"},
		{"mixed", mixed, "curly"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			def, errs, code := runWith(t, tt.src, "show", "--effective")
			if code != exitOK || errs != "" {
				t.Fatalf("code %d, stderr %q", code, errs)
			}
			want, _, _ := runWith(t, tt.src, "show", "--effective", "--to", tt.form)
			other := map[string]string{"set": "curly", "curly": "set"}[tt.form]
			notWant, _, _ := runWith(t, tt.src, "show", "--effective", "--to", other)
			if def != want || def == notWant {
				t.Errorf("default output:\n%s\nwant the %s form:\n%s", def, tt.form, want)
			}
		})
	}
}
