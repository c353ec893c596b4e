package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/testsite"
)

// TestBuildGuard runs build on a copy of the bundled workbook after each
// change an editor may make, in order, into the same output folder: exit
// code, the lines it prints, and whether the folder was replaced.
func TestBuildGuard(t *testing.T) {
	dir := testsite.Copy(t, "content")
	testsite.ProgrammeWithoutPriorities(t, filepath.Join(dir, "content"))
	out := filepath.Join(dir, "public")
	spoenk := filepath.Join(dir, "content", "prioriteiten", "1-jeugd-en-onderwijs", "1-spoenk.md")
	for _, c := range []struct {
		name     string
		change   func(t *testing.T)
		args     []string
		code     int
		stdout   []string // lines printed, in order (stdout for exit 0, stderr otherwise)
		replaced bool
	}{
		{"first build", nil, nil, 0, []string{"werkboek build: een nieuwe site: 33 pagina's", "werkboek build: 33 pagina's en 35 andere bestanden geschreven naar public"}, true},
		{"a card's text edited", func(t *testing.T) {
			replaceIn(t, spoenk, "Jeugd tot achttien jaar.", "Jeugd tot achttien jaar, bewerkt.")
		}, nil, 0,
			[]string{"werkboek build: vergeleken met de vorige site: 0 pagina's nieuw, 0 pagina's weg, 2 pagina's veranderd"}, true},
		// (A misspelt priorities folder is a content error of its own; the
		// guard catches what the content rules allow, such as folders
		// moved away.)
		{"two priorities moved away", func(t *testing.T) { moveAway(t, dir) }, nil, 1, []string{
			"werkboek build: vergeleken met de vorige site: 0 pagina's nieuw, 10 pagina's weg, 23 pagina's veranderd",
			"werkboek build: de nieuwe site laat 2 prioriteiten en 8 van de 21 kaarten weg die de site in public nu heeft; niets vervangen, de site in public blijft staan. Is dit de bedoeling, bouw dan opnieuw met --verwijder-ok",
			`  weg: prioriteit 4 "Verandering & verbreding klassieke Bibliotheek" (prioriteiten/verandering-en-verbreding-klassieke-bibliotheek/), met 4 kaarten`,
			`  weg: prioriteit 5 "Bevorderen culturele infrastructuur" (prioriteiten/bevorderen-culturele-infrastructuur/), met 4 kaarten`,
		}, false},
		{"the same, confirmed", nil, []string{"--verwijder-ok"}, 0, []string{"werkboek build: vergeleken met de vorige site: 0 pagina's nieuw, 10 pagina's weg, 23 pagina's veranderd"}, true},
		{"moved back", func(t *testing.T) { moveBack(t, dir) }, nil, 0,
			[]string{"werkboek build: vergeleken met de vorige site: 10 pagina's nieuw, 0 pagina's weg, 23 pagina's veranderd"}, true},
		{"one card deleted", func(t *testing.T) { os.Remove(spoenk) }, nil, 0, []string{"werkboek build: vergeleken met de vorige site: 0 pagina's nieuw, 1 pagina weg, 10 pagina's veranderd"}, true},
	} {
		if c.change != nil {
			c.change(t)
		}
		before := map[string][]byte{}
		if _, err := os.Stat(out); err == nil {
			before = testsite.ReadTree(t, out)
		}
		code, stdout, stderr := werkboekIn(t, dir, append([]string{"build"}, c.args...)...)
		printed := stdout
		if code != 0 {
			printed = stderr
		}
		if code != c.code || !inOrder(printed, c.stdout) || strings.Contains(stdout+stderr, "%!") {
			t.Errorf("%s: exit %d\nstdout:\n%s\nstderr:\n%s\nwant exit %d and the lines\n%s", c.name, code, stdout, stderr, c.code, strings.Join(c.stdout, "\n"))
		}
		after := testsite.ReadTree(t, out)
		if replaced := !sameFiles(before, after); replaced != c.replaced {
			t.Errorf("%s: output folder replaced: %v, want %v", c.name, replaced, c.replaced)
		}
	}
}

// TestWatchGuard starts watch after two priority folders were moved
// away since the last build: it keeps the site, says what would
// disappear, and publishes once the folders are back.
func TestWatchGuard(t *testing.T) {
	dir := testsite.Copy(t, "content")
	testsite.ProgrammeWithoutPriorities(t, filepath.Join(dir, "content"))
	if code, _, stderr := werkboekIn(t, dir, "build"); code != 0 {
		t.Fatal(stderr)
	}
	out := filepath.Join(dir, "public")
	before := testsite.ReadTree(t, out)
	moveAway(t, dir)
	s := startBinaryIn(t, dir, "watch")
	s.waitLine(t, "fout: de nieuwe site laat 2 prioriteiten en 8 van de 21 kaarten weg die de site in public nu heeft")
	s.waitLine(t, `  weg: prioriteit 4 "Verandering & verbreding klassieke Bibliotheek" (prioriteiten/verandering-en-verbreding-klassieke-bibliotheek/), met 4 kaarten`)
	s.waitLine(t, "werkboek watch: volgt")
	if !sameFiles(before, testsite.ReadTree(t, out)) {
		t.Error("watch replaced the site although it would drop two priorities")
	}
	moveBack(t, dir)
	s.waitLine(t, "bijgewerkt: vergeleken met de vorige site: 0 pagina's nieuw, 0 pagina's weg, 0 pagina's veranderd; ")
	replaceIn(t, filepath.Join(dir, "content", "keuzelijst.md"), "Maak uw notities", "Maak uw eigen notities")
	s.waitLine(t, "bijgewerkt: 0 pagina's nieuw, 0 pagina's weg, 2 pagina's veranderd; ")
	if code := s.stop(t); code != 0 {
		t.Errorf("watch stopped with exit %d", code)
	}
}

// movedAway are the priority folders moveAway takes out of the content.
var movedAway = []string{"4-verandering-en-verbreding-klassieke-bibliotheek", "5-bevorderen-culturele-infrastructuur"}

// moveAway moves two priority folders out of the edition's content, to
// dir/weg.
func moveAway(t *testing.T, dir string) {
	t.Helper()
	os.MkdirAll(filepath.Join(dir, "weg"), 0o755)
	for _, p := range movedAway {
		move(t, dir, filepath.Join("content", "prioriteiten", p), filepath.Join("weg", p))
	}
}

// moveBack undoes moveAway.
func moveBack(t *testing.T, dir string) {
	t.Helper()
	for _, p := range movedAway {
		move(t, dir, filepath.Join("weg", p), filepath.Join("content", "prioriteiten", p))
	}
}

// TestServeSummary checks that serve prints build's summary per rebuild.
func TestServeSummary(t *testing.T) {
	dir := testsite.Copy(t, "content")
	s := startBinaryIn(t, dir, "serve", "--addr", "127.0.0.1:0")
	s.waitLine(t, "bijgewerkt: 33 pagina's nieuw, 0 pagina's weg, 0 pagina's veranderd; ")
	s.waitLine(t, "werkboek serve: http://127.0.0.1:")
	os.Remove(filepath.Join(dir, "content", "prioriteiten", "1-jeugd-en-onderwijs", "1-spoenk.md"))
	s.waitLine(t, "bijgewerkt: 0 pagina's nieuw, 1 pagina weg, ")
	if code := s.stop(t); code != 0 {
		t.Errorf("serve stopped with exit %d", code)
	}
}

func replaceIn(t *testing.T, file, old, new string) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil || !strings.Contains(string(b), old) {
		t.Fatalf("%s lacks %q", file, old)
	}
	if err := os.WriteFile(file, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

func move(t *testing.T, dir, from, to string) {
	t.Helper()
	if err := os.Rename(filepath.Join(dir, from), filepath.Join(dir, to)); err != nil {
		t.Fatal(err)
	}
}

// inOrder reports whether text holds each of lines, as the start of a
// line, in this order.
func inOrder(text string, lines []string) bool {
	rest := strings.Split(text, "\n")
	for _, want := range lines {
		for len(rest) > 0 && !strings.HasPrefix(rest[0], want) {
			rest = rest[1:]
		}
		if len(rest) == 0 {
			return false
		}
		rest = rest[1:]
	}
	return true
}

func sameFiles(a, b map[string][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for name, x := range a {
		if y, ok := b[name]; !ok || string(x) != string(y) {
			return false
		}
	}
	return true
}
