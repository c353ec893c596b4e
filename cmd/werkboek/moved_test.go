package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/testsite"
)

// TestRenamedFolderKeepsLinks is the organiser's year: a priority folder
// renamed by a file manager's copy ("2-persoonlijke-ontwikkeling -
// kopie") gives its pages new addresses; build says so, and last year's
// links still lead to them.
func TestRenamedFolderKeepsLinks(t *testing.T) {
	dir := testsite.Copy(t, "content")
	if code, _, stderr := werkboekIn(t, dir, "build"); code != 0 {
		t.Fatalf("first build: %d %s", code, stderr)
	}
	prio := filepath.Join(dir, "content", "prioriteiten")
	if err := os.Rename(filepath.Join(prio, "2-persoonlijke-ontwikkeling"), filepath.Join(prio, "2-persoonlijke-ontwikkeling - kopie")); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := werkboekIn(t, dir, "build")
	if want := "werkboek build: vergeleken met de vorige site: 0 pagina's nieuw, 0 pagina's weg, 28 pagina's veranderd; 5 pagina's hebben een nieuw adres; de oude adressen verwijzen door\n"; code != 0 || !strings.Contains(stdout, want) {
		t.Fatalf("exit %d\n%s%s\nwant %s", code, stdout, stderr, want)
	}
	page, err := os.ReadFile(filepath.Join(dir, "public", "prioriteiten", "persoonlijke-ontwikkeling", "leesbevordering", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), `<a href="../../../prioriteiten/persoonlijke-ontwikkeling-kopie/leesbevordering/">Leesbevordering</a>`) {
		t.Errorf("the old address does not send on:\n%s", page)
	}
}
