package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunFromInsideTheEdition runs werkboek, like git, from folders inside
// an edition: it finds the folder that holds content/ by walking up, and
// writes only where it would from that folder.
func TestRunFromInsideTheEdition(t *testing.T) {
	prio := filepath.Join("content", "prioriteiten", "1-eerste-prioriteit")
	tests := []struct {
		name      string
		dir       string // where werkboek runs, in the edition
		args      []string
		code      int
		want      string // a part of stdout and stderr
		published bool   // public/ of the edition is written
		newFile   string // a file the command makes, in the edition
	}{
		{"check from content", "content", []string{"check"}, 0, "werkboek check: inhoud in orde: 1 prioriteit, 0 kaarten", false, ""},
		{"check from a priority folder", prio, []string{"check"}, 0, "werkboek check: inhoud in orde: 1 prioriteit", false, ""},
		{"build from a priority folder", prio, []string{"build"}, 0, "geschreven naar " + filepath.Join("..", "..", "..", "public"), true, ""},
		{"new card from content", "content", []string{"new", "card", "1", "Tweede kaart"}, 0, "werkboek: " + filepath.Join("prioriteiten", "1-eerste-prioriteit", "2-tweede-kaart.md") + "\n", false, filepath.Join(prio, "2-tweede-kaart.md")},
		{"new card in the priority's folder", prio, []string{"new", "card", ".", "Tweede kaart"}, 0, "werkboek: 2-tweede-kaart.md\n", false, filepath.Join(prio, "2-tweede-kaart.md")},
		{"new priority", ".", []string{"new", "priority", "Lezen en taal"}, 0, "werkboek: " + filepath.Join("content", "prioriteiten", "2-lezen-en-taal", "_index.md") + "\n", false, filepath.Join("content", "prioriteiten", "2-lezen-en-taal", "_index.md")},
		{"a broken card named from where werkboek runs", prio, []string{"check"}, 1, filepath.ToSlash(filepath.Join("..", "..", "..", prio, "1-eerste-kaart.md")) + ":2: het aanhalingsteken", false, ""},
		{"an explicit -s is taken as given", "content", []string{"check", "-s", "."}, 1, "content: de inhoudsmap kan niet worden gelezen (bestaat niet); start werkboek in de map van het werkboek", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ed := t.TempDir()
			if code, _, stderr := werkboekIn(t, ed, "init"); code != 0 {
				t.Fatal(stderr)
			}
			if strings.HasPrefix(tt.name, "a broken card") {
				card := filepath.Join(ed, prio, "1-eerste-kaart.md")
				data, _ := os.ReadFile(card)
				os.WriteFile(card, []byte(strings.Replace(string(data), `title: "Eerste kaart"`, `title: "Eerste kaart`, 1)), 0o644)
			}
			code, stdout, stderr := werkboekIn(t, filepath.Join(ed, tt.dir), tt.args...)
			if tt.args[0] == "new" {
				stdout = "werkboek: " + stdout // the whole line: the path as seen from tt.dir
			}
			if code != tt.code || !strings.Contains(stdout+stderr, tt.want) {
				t.Fatalf("exit %d, want %d and %q:\n%s%s", code, tt.code, tt.want, stdout, stderr)
			}
			if _, err := os.Stat(filepath.Join(ed, "public", "index.html")); (err == nil) != tt.published {
				t.Errorf("public/index.html of the edition: %v, want written %v", err, tt.published)
			}
			if _, err := os.Stat(filepath.Join(ed, tt.dir, "public")); err == nil && tt.dir != "." {
				t.Errorf("a public/ was written in %s", tt.dir)
			}
			if tt.newFile != "" {
				if _, err := os.Stat(filepath.Join(ed, tt.newFile)); err != nil {
					t.Errorf("%s not made: %v", tt.newFile, err)
				}
			}
		})
	}
}
