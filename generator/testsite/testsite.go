// Package testsite holds what the tests of several packages share: the
// repository's root, copies of the bundled site to change freely, reading
// a built site back, and the rule for tests that need a browser or
// another outside tool (skip locally, fail in CI).
package testsite

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/pdf"
)

// Root returns the repository's root folder.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// Path returns a path inside the repository.
func Path(parts ...string) string {
	return filepath.Join(append([]string{Root()}, parts...)...)
}

// Copy copies the given folders of the bundled site (default: content,
// layouts and assets) into a new temporary folder and returns it.
func Copy(t testing.TB, folders ...string) string {
	t.Helper()
	if len(folders) == 0 {
		folders = []string{"content", "layouts", "assets"}
	}
	dir := t.TempDir()
	for _, f := range folders {
		CopyTree(t, Path(f), filepath.Join(dir, f))
	}
	return dir
}

// ProgrammeWithoutPriorities lets the market of the programma.md in the
// content folder c name its options by text only, for tests that take
// priority folders away: the content stays valid, and what they test
// (the publish guard, watch) is what refuses or follows, not the check
// that an option's priority exists (an error of its own).
func ProgrammeWithoutPriorities(t testing.TB, c string) {
	t.Helper()
	p := filepath.Join(c, "programma.md")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(string(data), "\n") {
		switch {
		case strings.HasPrefix(l, "      - priority:"):
			lines = append(lines, strings.Replace(l, "- priority:", "- text:", 1))
		case strings.HasPrefix(l, "        priority:"):
		default:
			lines = append(lines, l)
		}
	}
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(p, fi.ModTime(), fi.ModTime())
}

// CopyTree copies the folder src to dst, each file with its modification
// time, as the same files: the calendar file is dated by the content's
// modification times (see ical.Modified).
func CopyTree(t testing.TB, src, dst string) {
	t.Helper()
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		return os.Chtimes(filepath.Join(dst, rel), fi.ModTime(), fi.ModTime())
	})
	if err != nil {
		t.Fatal(err)
	}
}

// ReadTree returns every file under dir by slash path.
func ReadTree(t testing.TB, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = b
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// RequireTool skips a test that needs an outside tool when err says it is
// missing, or fails it when WERKBOEK_REQUIRE_BROWSER is set, as in CI,
// which installs every tool.
func RequireTool(t testing.TB, err error, what string) {
	t.Helper()
	if err == nil {
		return
	}
	if os.Getenv("WERKBOEK_REQUIRE_BROWSER") != "" {
		t.Fatalf("%s is required here: %v", what, err)
	}
	t.Skipf("skipped, no %s: %v", what, err)
}

// RequireBrowser returns the path of Chromium, under the rule of
// RequireTool.
func RequireBrowser(t testing.TB) string {
	t.Helper()
	p, err := pdf.FindBrowser()
	RequireTool(t, err, "Chromium")
	return p
}

// MoveDay sets the day of the event (event.date in _index.md) of the
// bundled workbook copied to contentDir: a closing moment (closes in
// tickets.md) must lie within a year of it.
func MoveDay(t testing.TB, contentDir, day string) {
	t.Helper()
	name := filepath.Join(contentDir, "_index.md")
	src, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	moved := strings.Replace(string(src), "date: 2016-09-19\n", "date: "+day+"\n", 1)
	if moved == string(src) && !strings.Contains(moved, "date: "+day+"\n") {
		t.Fatal("_index.md has no line date: 2016-09-19")
	}
	if err := os.WriteFile(name, []byte(moved), 0o644); err != nil {
		t.Fatal(err)
	}
}
