package site

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/testsite"
)

// siteCopy copies the bundled site (content, layouts, assets) into a
// temporary folder, so a test can change any of its files.
func siteCopy(t testing.TB) string { return testsite.Copy(t) }

// sameAsCleanBuild checks that the engine's output equals a clean build
// of the same files, byte for byte, besides the pages at the old
// addresses that the engine's earlier rebuilds moved (a clean build knows
// no earlier addresses): those must be pages that send the reader on.
func sameAsCleanBuild(t *testing.T, dir string, snap *Snapshot, moved ...string) {
	t.Helper()
	files, err := snap.All()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range moved {
		if !bytes.Contains(files[name], []byte(`http-equiv="refresh"`)) {
			t.Errorf("serve has no page at the old address %s", name)
		}
		delete(files, name)
	}
	out := filepath.Join(t.TempDir(), "public")
	if _, err := Build(Options{SiteDir: dir, ContentDir: filepath.Join(dir, "content"), OutDir: out}); err != nil {
		t.Fatal(err)
	}
	sameFiles(t, "serve", files, siteFiles(readTree(t, out)))
}

// siteFiles are the files of a built folder that make the site: without
// the marker and the manifest that only build and watch write.
func siteFiles(tree map[string][]byte) map[string][]byte {
	out := make(map[string][]byte, len(tree))
	for name, b := range tree {
		if name != Marker && name != ManifestName {
			out[name] = b
		}
	}
	return out
}

// session is an engine in serve mode, as the tests below use it.
type session struct {
	e         *Engine
	snap      *Snapshot
	lazyAbove int
}

type result struct {
	*Update
	Snapshot   *Snapshot
	CSSOnly    bool
	Stylesheet [2]string
}

func (s *session) Rebuild(changed []string) (*result, error) {
	prev := s.snap
	next, up, err := s.e.RebuildSnapshot(changed, prev, s.lazyAbove)
	s.snap = next
	r := &result{Update: up, Snapshot: next}
	if err == nil {
		r.CSSOnly, r.Stylesheet = CSSOnly(prev, next, up)
	}
	return r, err
}

func has(snap *Snapshot, name string) ([]byte, bool) {
	b, ok, _ := snap.Get(name)
	return b, ok
}

func edit(t *testing.T, path, old, new string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(old)) {
		t.Fatalf("%s does not contain %q", path, old)
	}
	if err := os.WriteFile(path, bytes.Replace(b, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestEngineRebuildsIncrementally(t *testing.T) {
	t.Run("eager", func(t *testing.T) { testSession(t, 0) })
	// Pages over 20 kB (home, checklist, print edition) rendered lazily.
	t.Run("lazy", func(t *testing.T) { testSession(t, 20000) })
}

func testSession(t *testing.T, lazyAbove int) {
	dir := siteCopy(t)
	s := &session{e: NewEngine(Options{SiteDir: dir, ContentDir: filepath.Join(dir, "content")}), lazyAbove: lazyAbove}
	up, err := s.Rebuild(nil)
	if err != nil {
		t.Fatal(err, up.Diagnostics)
	}
	sameAsCleanBuild(t, dir, up.Snapshot)
	prio := filepath.Join(dir, "content", "prioriteiten", "1-jeugd-en-onderwijs")
	spoenk := filepath.Join(prio, "1-spoenk.md")

	t.Run("edit a card", func(t *testing.T) {
		edit(t, spoenk, "Jeugd tot achttien jaar.", "Jeugd tot achttien jaar en hun ouders.")
		up, err := s.Rebuild([]string{spoenk})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(up.Changed, "prioriteiten/jeugd-en-onderwijs/spoenk/index.html") {
			t.Errorf("card page not among changed files: %v", up.Changed)
		}
		if slices.Contains(up.Changed, "prioriteiten/persoonlijke-ontwikkeling/leesbevordering/index.html") {
			t.Error("an unrelated card page was changed")
		}
		// The card's page and its priority's, and the pages made from
		// every card's text: home, overview, programme, checklist,
		// tickets, print edition, 404 and the search index. Icons,
		// manifest, sitemap, robots.txt and calendar read no card text.
		if up.Rendered > 10 {
			t.Errorf("%d files made again for a one-card edit: %v", up.Rendered, up.Changed)
		}
		if up.CSSOnly {
			t.Error("a content change reported as CSS-only")
		}
		sameAsCleanBuild(t, dir, up.Snapshot)
	})
	t.Run("rename a card", func(t *testing.T) {
		edit(t, spoenk, "title: \"Spoenk: innovatief jeugdbibliotheekwerk\"", "title: \"Spoenk: nieuw jeugdbibliotheekwerk\"")
		up, err := s.Rebuild([]string{spoenk})
		if err != nil {
			t.Fatal(err)
		}
		// The next card's pager shows the new title.
		if !slices.Contains(up.Changed, "prioriteiten/jeugd-en-onderwijs/financieel-strategische-keuzes/index.html") {
			t.Errorf("neighbour page not re-rendered: %v", up.Changed)
		}
		sameAsCleanBuild(t, dir, up.Snapshot)
	})
	t.Run("delete a card", func(t *testing.T) {
		removed := filepath.Join(prio, "2-financieel-strategische-keuzes.md")
		os.Remove(removed)
		up, err := s.Rebuild([]string{removed})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(up.Removed, "prioriteiten/jeugd-en-onderwijs/financieel-strategische-keuzes/index.html") {
			t.Errorf("page of deleted card not removed: %v", up.Removed)
		}
		sameAsCleanBuild(t, dir, up.Snapshot)
	})
	t.Run("add a priority folder", func(t *testing.T) {
		nieuw := filepath.Join(dir, "content", "prioriteiten", "6-nieuw")
		os.MkdirAll(nieuw, 0o755)
		os.WriteFile(filepath.Join(nieuw, "_index.md"), []byte("---\ntitle: Nieuwe prioriteit\ncolor: \"#123456\"\n---\n"), 0o644)
		card, _ := os.ReadFile(spoenk)
		os.WriteFile(filepath.Join(nieuw, "1-eerste.md"), card, 0o644)
		up, err := s.Rebuild([]string{nieuw, filepath.Join(nieuw, "_index.md"), filepath.Join(nieuw, "1-eerste.md")})
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := has(up.Snapshot, "prioriteiten/nieuw/eerste/index.html"); !ok {
			t.Error("card of the new priority not built")
		}
		sameAsCleanBuild(t, dir, up.Snapshot)
	})
	t.Run("broken card keeps the last good output", func(t *testing.T) {
		before := s.snap
		edit(t, spoenk, "## Resultaat", "## Resultaten")
		up, err := s.Rebuild([]string{spoenk})
		if !errors.Is(err, ErrContent) || len(up.Diagnostics.Errors()) != 1 {
			t.Fatalf("err = %v, diagnostics %v", err, up.Diagnostics)
		}
		if !strings.Contains(up.Diagnostics.Errors()[0].String(), "1-spoenk.md:") {
			t.Errorf("diagnostic = %v", up.Diagnostics)
		}
		if s.snap != before {
			t.Error("a failed rebuild changed the output")
		}
		edit(t, spoenk, "## Resultaten", "## Resultaat")
		up, err = s.Rebuild([]string{spoenk})
		if err != nil {
			t.Fatal(err)
		}
		sameAsCleanBuild(t, dir, up.Snapshot)
	})
	t.Run("tickets max reaches every card page", func(t *testing.T) {
		tickets := filepath.Join(dir, "content", "tickets.md")
		edit(t, tickets, "max: 3", "max: 2")
		up, err := s.Rebuild([]string{tickets})
		if err != nil {
			t.Fatal(err)
		}
		page, _ := has(up.Snapshot, "prioriteiten/jeugd-en-onderwijs/mediawijsheid-in-het-onderwijs/index.html")
		if !bytes.Contains(page, []byte(`data-max="2"`)) {
			t.Error("a card page still shows the old maximum")
		}
		sameAsCleanBuild(t, dir, up.Snapshot)
	})
	t.Run("css only", func(t *testing.T) {
		css := filepath.Join(dir, "assets", "css", "20-site.css")
		f, _ := os.OpenFile(css, os.O_APPEND|os.O_WRONLY, 0)
		f.WriteString("\n.extra{color:#123}\n")
		f.Close()
		up, err := s.Rebuild([]string{css})
		if err != nil {
			t.Fatal(err)
		}
		// The stylesheet's name changes, so every page links the new one,
		// but nothing else changed: browsers can swap the stylesheet.
		if !up.CSSOnly || !strings.HasPrefix(up.Stylesheet[0], "css/werkboek.") || up.Stylesheet[0] == up.Stylesheet[1] {
			t.Errorf("CSSOnly = %v, Stylesheet = %v, changed %d files", up.CSSOnly, up.Stylesheet, len(up.Changed))
		}
		sameAsCleanBuild(t, dir, up.Snapshot)
	})
	t.Run("layout change", func(t *testing.T) {
		layout := filepath.Join(dir, "layouts", "card.html")
		edit(t, layout, `<article class="card">`, `<article class="card" data-proef="ja">`)
		up, err := s.Rebuild([]string{layout})
		if err != nil {
			t.Fatal(err)
		}
		if page, _ := has(up.Snapshot, "prioriteiten/jeugd-en-onderwijs/spoenk/index.html"); !bytes.Contains(page, []byte(`data-proef="ja"`)) {
			t.Error("layout change not picked up")
		}
		sameAsCleanBuild(t, dir, up.Snapshot)
	})
}
