package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/probiblio/werkboek/generator/testsite"
)

// TestWatchFollowsMovedFolders runs watch (with file system events, and
// polling) started while the priorities folder is misspelt: the editor
// renames it as werkboek asks, later moves a priority folder away and
// back, and each card edited afterwards is written to its page.
func TestWatchFollowsMovedFolders(t *testing.T) {
	for _, mode := range [][]string{nil, {"--poll"}} {
		t.Run(strings.Join(append([]string{"watch"}, mode...), " "), func(t *testing.T) {
			dir := testsite.Copy(t, "content")
			testsite.ProgrammeWithoutPriorities(t, filepath.Join(dir, "content"))
			pri := filepath.Join("content", "prioriteiten")
			misspelt := filepath.Join("content", "Prioriteiten")
			move(t, dir, pri, misspelt)
			s := startBinaryIn(t, dir, append([]string{"watch"}, mode...)...)
			s.waitLine(t, "deze map heet Prioriteiten; bedoelde u prioriteiten?")
			s.waitLine(t, "werkboek watch: volgt")

			move(t, dir, misspelt, pri)
			s.waitLine(t, "bijgewerkt: een nieuwe site: 33 pagina's; ")
			editCard(t, s, dir, filepath.Join(pri, "2-persoonlijke-ontwikkeling", "2-leesbevordering.md"),
				"Volwassenen vanaf achttien jaar.", "Volwassenen vanaf achttien jaar: bewerkt na het hernoemen.",
				filepath.Join("persoonlijke-ontwikkeling", "leesbevordering"))

			os.MkdirAll(filepath.Join(dir, "weg"), 0o755)
			move(t, dir, filepath.Join(pri, "1-jeugd-en-onderwijs"), filepath.Join("weg", "1-jeugd-en-onderwijs"))
			s.waitLine(t, "bijgewerkt: 0 pagina's nieuw, 6 pagina's weg, ")
			move(t, dir, filepath.Join("weg", "1-jeugd-en-onderwijs"), filepath.Join(pri, "1-jeugd-en-onderwijs"))
			s.waitLine(t, "bijgewerkt: 6 pagina's nieuw, 0 pagina's weg, ")
			editCard(t, s, dir, filepath.Join(pri, "1-jeugd-en-onderwijs", "1-spoenk.md"),
				"Jeugd tot achttien jaar.", "Jeugd tot achttien jaar: bewerkt na het terugzetten.",
				filepath.Join("jeugd-en-onderwijs", "spoenk"))

			if code := s.stop(t); code != 0 {
				t.Errorf("watch stopped with exit %d", code)
			}
		})
	}
}

// editCard changes old into new in the card file and waits until the
// card's page (under public/prioriteiten/page/) says new. It waits for
// the page, not for a summary line: under load the watcher may take the
// last move's late events and the edit in one batch, which prints
// another count of pages.
func editCard(t *testing.T, s *started, dir, card, old, new, page string) {
	t.Helper()
	replaceIn(t, filepath.Join(dir, card), old, new)
	index := filepath.Join(dir, "public", "prioriteiten", page, "index.html")
	deadline := time.Now().Add(20 * time.Second)
	for {
		b, err := os.ReadFile(index)
		if err == nil && strings.Contains(string(b), new) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the page of %s does not say %q within 20 s after the edit (read error: %v)", card, new, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
