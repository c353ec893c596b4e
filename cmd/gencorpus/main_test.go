package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "werkboek")
	hugo := filepath.Join(t.TempDir(), "hugo")
	var out, errOut bytes.Buffer
	if code := run([]string{"-n", "7", "-o", dir, "-seed", "5", "-hugo", hugo}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, errOut.String())
	}
	if want := "7 kaarten geschreven naar " + dir + ", Hugo-site naar " + hugo + "\n"; out.String() != want {
		t.Errorf("stdout %q, want %q", out.String(), want)
	}
	for _, f := range []string{filepath.Join(dir, "_index.md"), filepath.Join(hugo, "hugo.toml")} {
		if _, err := os.Stat(f); err != nil {
			t.Error(err)
		}
	}
	errOut.Reset()
	if code := run([]string{"-n", "7", "-o", dir}, &out, &errOut); code != 1 {
		t.Errorf("writing into a full folder: exit %d, want 1", code)
	}
	if want := "gencorpus: map " + dir + " is niet leeg; kies een lege map\n"; errOut.String() != want {
		t.Errorf("stderr %q, want %q", errOut.String(), want)
	}
}

func TestUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-n", "3"}, "geef met -o de map op"},
		{[]string{"-o", "x"}, "-n moet minstens 1 zijn, niet 0"},
		{[]string{"-n", "drie", "-o", "x"}, `ongeldige waarde "drie" voor optie -n`},
		{[]string{"-x"}, "onbekende optie -x"},
		{[]string{"-n", "3", "-o", "x", "extra"}, `onverwacht argument "extra"`},
	} {
		var out, errOut bytes.Buffer
		if code := run(tc.args, &out, &errOut); code != 2 {
			t.Errorf("%q: exit %d, want 2", tc.args, code)
		}
		if !strings.Contains(errOut.String(), tc.want) || !strings.Contains(errOut.String(), "Gebruik: gencorpus") {
			t.Errorf("%q: stderr %q lacks %q and the usage text", tc.args, errOut.String(), tc.want)
		}
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"-h"}, &out, &errOut); code != 0 || !strings.HasPrefix(out.String(), "Gebruik:") {
		t.Errorf("-h: exit %d, stdout %q", code, out.String())
	}
}
