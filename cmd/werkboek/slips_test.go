package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSlipsExitOne makes the slips of issue 20 in a new edition, as an
// editor would, and runs the built binary: check and build exit 1 with
// the one message at its path and line, and build leaves the published
// site exactly as it was.
func TestSlipsExitOne(t *testing.T) {
	prio := "content/prioriteiten/1-eerste-prioriteit"
	card := prio + "/1-eerste-kaart.md"
	tests := []struct {
		name  string
		slip  func(t *testing.T, ed string)
		where string // the diagnostic's "path:line" (or "path") as printed
		want  string
	}{
		{"priorities folder renamed by mistake", func(t *testing.T, ed string) {
			os.Rename(filepath.Join(ed, "content/prioriteiten"), filepath.Join(ed, "content/prioritieten"))
		}, "content/prioritieten", "deze map heet prioritieten; bedoelde u prioriteiten? Hernoem de map naar prioriteiten"},
		{"card saved by Notepad", func(t *testing.T, ed string) {
			os.Rename(filepath.Join(ed, card), filepath.Join(ed, prio, "1-eerste-kaart.md.txt"))
		}, prio + "/1-eerste-kaart.md.txt", "dit lijkt een kaart, maar werkboek leest alleen bestanden die op .md eindigen (kleine letters); hernoem het bestand naar 1-eerste-kaart.md"},
		{"heading without a space", edit(card, "## Doelgroep", "##Doelgroep"), card + ":7", `"##Doelgroep" is geen kop, want na ## staat geen spatie, en zo komt de regel als gewone tekst op de site; schrijf "## Doelgroep"`},
		{"unclosed quote", edit(card, `title: "Eerste kaart"`, `title: "Eerste kaart`), card + ":2", `het aanhalingsteken (") voor de waarde van title wordt niet gesloten; zet er aan het eind van de waarde ook een, zoals title: "Eerste kaart"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ed := t.TempDir()
			if code, _, stderr := werkboekIn(t, ed, "init"); code != 0 {
				t.Fatal(stderr)
			}
			if code, _, stderr := werkboekIn(t, ed, "build", "--drafts"); code != 0 {
				t.Fatal(stderr)
			}
			before := treeHash(t, filepath.Join(ed, "public"))
			tt.slip(t, ed)
			line := tt.where + ": " + tt.want + "\n"
			code, stdout, stderr := werkboekIn(t, ed, "check")
			stderr = withoutSamples(stderr)
			if code != 1 || stdout != "" || stderr != line+"werkboek check: 1 fout in content; niets gebouwd\n" {
				t.Errorf("check: exit %d\n%s%s", code, stdout, stderr)
			}
			code, stdout, stderr = werkboekIn(t, ed, "build", "--drafts")
			stderr = withoutSamples(stderr)
			if code != 1 || stdout != "" || stderr != line+"werkboek build: 1 fout; de vorige uitvoer in public is niet veranderd\n" {
				t.Errorf("build: exit %d\n%s%s", code, stdout, stderr)
			}
			if treeHash(t, filepath.Join(ed, "public")) != before {
				t.Error("the failed build changed public/")
			}
		})
	}
}

// edit replaces old by new in a file of the edition.
func edit(rel, old, new string) func(t *testing.T, ed string) {
	return func(t *testing.T, ed string) {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(ed, rel))
		if err != nil || !strings.Contains(string(b), old) {
			t.Fatalf("%s lacks %q", rel, old)
		}
		os.WriteFile(filepath.Join(ed, rel), []byte(strings.Replace(string(b), old, new, 1)), 0o644)
	}
}

// withoutSamples drops the warnings about init's example text, which a
// new edition has (see TestInitSamplesCaught), from a command's output.
func withoutSamples(out string) string {
	var keep []string
	for _, l := range strings.SplitAfter(out, "\n") {
		if !strings.Contains(l, ": waarschuwing: hier staat nog voorbeeldtekst") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "")
}
