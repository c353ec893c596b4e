package quality

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/site"
	"github.com/probiblio/werkboek/generator/testsite"
)

// TestDraftMark builds the small edition with a draft card shown, as
// serve shows it: the pages with the "Concept — niet gepubliceerd" mark
// are valid HTML, axe finds nothing serious on them, and the mark is
// visible on the card page, in the lists, the checklist and the print
// edition.
func TestDraftMark(t *testing.T) {
	t.Parallel()
	c := filepath.Join(t.TempDir(), "content")
	testsite.CopyTree(t, filepath.Join(repo, "generator", "site", "testdata", "kleine-editie"), c)
	card := filepath.Join(c, "prioriteiten", "10-lezen", "b-voorlezen.md")
	data, err := os.ReadFile(card)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(card, []byte(strings.Replace(string(data), "weight: 2\n", "weight: 2\ndraft: true\n", 1)), 0o644)
	out := filepath.Join(t.TempDir(), "public")
	if res, err := site.Build(site.Options{SiteDir: repo, ContentDir: c, OutDir: out, Drafts: true}); err != nil {
		t.Fatalf("build: %v\n%v", err, res.Diagnostics)
	}
	nuCheck(t, out)
	axe, err := os.ReadFile(filepath.Join(repo, ".ci", "npm", "node_modules", "axe-core", "axe.min.js"))
	requireTool(t, err, "axe-core (npm ci --prefix .ci/npm)")
	b := browser(t)
	b.site = serveDir(t, out, "")
	// The print edition names the card three times: in its contents, in
	// its checklist and on the card's own page.
	for p, want := range map[string]int{"/prioriteiten/lezen/b-voorlezen/": 1, "/prioriteiten/lezen/": 1, "/": 1, "/keuzelijst/": 1, "/werkboek/": 3} {
		b.open(p)
		if report := axeViolations(b, axe); report != "" {
			t.Errorf("%s: axe finds:\n%s", p, report)
		}
		visible := eval[int](b, `[...document.querySelectorAll(".concept")].filter(e => {
			const r = e.getBoundingClientRect(), s = getComputedStyle(e);
			return r.width > 0 && r.height > 0 && s.visibility === "visible" && e.textContent === "Concept — niet gepubliceerd";
		}).length`)
		if visible != want {
			t.Errorf("%s: %d visible concept marks, want %d", p, visible, want)
		}
	}
}
