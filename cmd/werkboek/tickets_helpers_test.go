package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
	"time"
)

func write(t *testing.T, dir, name, data string) { writeRepeated(t, dir, name, data, "", 0, "") }

// writeRepeated writes head, n times part, and tail into a file, without
// holding it in memory.
func writeRepeated(t *testing.T, dir, name, head, part string, n int, tail string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	os.MkdirAll(filepath.Dir(p), 0o755)
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	w.WriteString(head)
	for range n {
		w.WriteString(part)
	}
	w.WriteString(tail)
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func contentDir(t *testing.T) string {
	p, err := filepath.Abs("../../content")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

// formulaStart is what a spreadsheet reads as the start of a formula.
var formulaStart = regexp.MustCompile(`^\s*[=+\-@]|^[\t\r]`)

// checkCSVs fails on a cell of the count's CSV files that a spreadsheet
// would run as a formula or that holds a control character.
func checkCSVs(t *testing.T, dir string) {
	t.Helper()
	for _, name := range []string{"tickets-per-project.csv", "tickets-per-bibliotheek.csv"} {
		rows, err := readCSV(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range rows {
			for _, cell := range row {
				if formulaStart.MatchString(cell) || strings.ContainsFunc(cell, func(r rune) bool { return r < 0x20 || r == 0x7f || r >= 0x202a && r <= 0x202e }) {
					t.Errorf("%s: cell %q", name, cell)
				}
			}
		}
	}
}

func readCSV(name string) ([][]string, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	r.Comma = ';'
	return r.ReadAll()
}

// snapshot maps every file and folder under dir to a hash of its
// content.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		switch {
		case d.IsDir():
			out[rel+"/"] = ""
		case d.Type().IsRegular():
			f, err := os.Open(p)
			if err != nil {
				return err
			}
			defer f.Close()
			h := sha256.New()
			io.Copy(h, f)
			out[rel] = fmt.Sprintf("%x", h.Sum(nil))
		default:
			out[rel] = d.Type().String()
		}
		return nil
	})
	return out
}

func maps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// boundedRun is the outcome of one run of the binary, with its wall time
// and peak memory.
type boundedRun struct {
	code           int
	stdout, stderr string
	wall           time.Duration
	maxRSS         int64 // bytes
}

// runBounded runs the binary in dir in its own process and measures it.
func runBounded(t *testing.T, dir string, args ...string) boundedRun {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	// Linux counts the memory of the test process in the child's peak
	// (the child starts as a copy of it): keep it small.
	debug.FreeOSMemory()
	start := time.Now()
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		<-done
		t.Fatalf("still running after 2 minutes (it hangs):\n%s", stderr.String())
	}
	run := boundedRun{stdout: stdout.String(), stderr: stderr.String(), wall: time.Since(start), maxRSS: maxRSS(cmd.ProcessState)}
	if ee, ok := err.(*exec.ExitError); ok {
		run.code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return run
}
