package site

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/testsite"
)

const (
	jeugd       = "prioriteiten/1-jeugd-en-onderwijs"
	verandering = "prioriteiten/4-verandering-en-verbreding-klassieke-bibliotheek"
	cultuur     = "prioriteiten/5-bevorderen-culturele-infrastructuur"
	allCards    = 21
)

// remove deletes files or folders of the content.
func remove(rels ...string) func(t *testing.T, c string) {
	return func(t *testing.T, c string) {
		for _, rel := range rels {
			if err := os.RemoveAll(filepath.Join(c, rel)); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestPublishGuard builds the bundled workbook, changes its content and
// builds again into the same folder: a build that would drop a priority
// or more than a quarter of the cards is refused, names what would
// disappear and leaves the folder as it was; any other build replaces it
// and says how many pages are new, gone and changed.
func TestPublishGuard(t *testing.T) {
	sixCards := remove(jeugd+"/1-spoenk.md", jeugd+"/2-financieel-strategische-keuzes.md", "prioriteiten/2-persoonlijke-ontwikkeling/2-leesbevordering.md",
		"prioriteiten/3-participatie-en-zelfredzaamheid/4-leesbeperking.md", "prioriteiten/4-verandering-en-verbreding-klassieke-bibliotheek/3-loyale-klanten.md", cultuur+"/3-positionering.md")
	for _, c := range []struct {
		name    string
		change  func(t *testing.T, c string)
		outDir  func(t *testing.T, out string) // changes the published folder first
		allow   bool
		refused []string // parts of the refusal; nil: the build must succeed
		summary string
	}{
		// (A misspelt priorities folder is a content error of its own, with
		// a did-you-mean; the guard catches what the content rules allow.)
		{name: "two priorities moved away", change: remove(verandering, cultuur), refused: []string{
			"de nieuwe site laat 2 prioriteiten en 8 van de 21 kaarten weg die de site in ",
			"niets vervangen, de site in ", "Is dit de bedoeling, bouw dan opnieuw met --verwijder-ok",
			"\n  weg: prioriteit 4 \"Verandering & verbreding klassieke Bibliotheek\" (prioriteiten/verandering-en-verbreding-klassieke-bibliotheek/), met 4 kaarten",
			"\n  weg: prioriteit 5 \"Bevorderen culturele infrastructuur\" (prioriteiten/bevorderen-culturele-infrastructuur/), met 4 kaarten",
		}, summary: "vergeleken met de vorige site: 0 pagina's nieuw, 10 pagina's weg, 23 pagina's veranderd"},
		{name: "two priorities moved away, confirmed", change: remove(verandering, cultuur), allow: true, summary: "10 pagina's weg"},
		{name: "one priority gone", change: remove(cultuur), refused: []string{
			"de nieuwe site laat 1 prioriteit en 4 van de 21 kaarten weg",
			"\n  weg: prioriteit 5 \"Bevorderen culturele infrastructuur\" (prioriteiten/bevorderen-culturele-infrastructuur/), met 4 kaarten",
		}},
		{name: "six of 21 cards gone", change: sixCards, refused: []string{
			"de nieuwe site laat 6 van de 21 kaarten weg",
			"\n  weg: kaart \"Spoenk: innovatief jeugdbibliotheekwerk\" (prioriteiten/jeugd-en-onderwijs/spoenk/)",
			"\n  weg: kaart \"Positionering\" (prioriteiten/bevorderen-culturele-infrastructuur/positionering/)",
		}},
		{name: "five of 21 cards gone", change: remove(jeugd+"/1-spoenk.md", jeugd+"/2-financieel-strategische-keuzes.md", "prioriteiten/2-persoonlijke-ontwikkeling/2-leesbevordering.md",
			"prioriteiten/3-participatie-en-zelfredzaamheid/4-leesbeperking.md", cultuur+"/3-positionering.md"), summary: "0 pagina's nieuw, 5 pagina's weg"},
		{name: "one card gone", change: remove(jeugd + "/1-spoenk.md"), summary: "0 pagina's nieuw, 1 pagina weg"},
		{name: "card renamed, same title", change: rename(jeugd+"/1-spoenk.md", jeugd+"/1-spoenk-jeugd.md"), summary: "0 pagina's nieuw, 0 pagina's weg, 6 pagina's veranderd; 1 pagina heeft een nieuw adres; het oude adres verwijst door"},
		{name: "priority folder renamed, same title", change: rename(jeugd, "prioriteiten/1-jeugd"), summary: "0 pagina's nieuw, 0 pagina's weg, 27 pagina's veranderd; 6 pagina's hebben een nieuw adres; de oude adressen verwijzen door"},
		{name: "every card a draft", change: func(t *testing.T, c string) {
			filepath.WalkDir(filepath.Join(c, "prioriteiten"), func(p string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") && d.Name() != "_index.md" {
					b, _ := os.ReadFile(p)
					os.WriteFile(p, []byte(strings.Replace(string(b), "---\n", "---\ndraft: true\n", 1)), 0o644)
				}
				return err
			})
		}, refused: []string{"de nieuwe site laat 21 van de 21 kaarten weg", "\n  … en nog 11"}},
		{name: "text edited", change: change(jeugd+"/1-spoenk.md", "Jeugd tot achttien jaar.", "Jeugd tot achttien jaar, bewerkt."), summary: "0 pagina's nieuw, 0 pagina's weg, "},
		{name: "site of an older werkboek, without manifest", outDir: func(t *testing.T, out string) { os.Remove(filepath.Join(out, ManifestName)) },
			change: remove(verandering, cultuur), refused: []string{
				"de nieuwe site laat 2 prioriteiten en 8 van de 21 kaarten weg",
				"\n  weg: prioriteit prioriteiten/verandering-en-verbreding-klassieke-bibliotheek/, met 4 kaarten",
			}, summary: "10 pagina's weg, 23 pagina's veranderd"},
		{name: "manifest garbled", outDir: func(t *testing.T, out string) {
			os.WriteFile(filepath.Join(out, ManifestName), []byte(`{"format": "werkboek-uitvoer 1", "pages": [`), 0o644)
		}, change: remove(cultuur), refused: []string{"\n  weg: prioriteit prioriteiten/bevorderen-culturele-infrastructuur/, met 4 kaarten"}},
		{name: "a priority without cards added", change: func(t *testing.T, c string) {
			put(t, c, "prioriteiten/6-leeg/_index.md", "---\ntitle: Nog leeg\n---\n")
		}, summary: "1 pagina nieuw"},
		{name: "manifest of another format", outDir: func(t *testing.T, out string) {
			os.WriteFile(filepath.Join(out, ManifestName), []byte(`{"format": "werkboek-uitvoer 9", "pages": {}, "cards": []}`), 0o644)
		}, change: remove(cultuur), refused: []string{"de nieuwe site laat 1 prioriteit en 4 van de 21 kaarten weg"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := testsite.Copy(t, "content")
			content, out := filepath.Join(dir, "content"), filepath.Join(dir, "public")
			testsite.ProgrammeWithoutPriorities(t, content)
			first := build(t, content, out)
			if first.Changes == nil || !first.Changes.First || first.Changes.Summary() != "een nieuwe site: 33 pagina's" {
				t.Fatalf("first build: %+v", first.Changes)
			}
			if c.outDir != nil {
				c.outDir(t, out)
			}
			before := readTree(t, out)
			c.change(t, content)
			res, err := Build(Options{SiteDir: repo, ContentDir: content, OutDir: out, AllowRemoval: c.allow})
			if res.Changes == nil || !strings.Contains(res.Changes.Summary(), c.summary) {
				t.Errorf("summary %v, want %q", res.Changes, c.summary)
			}
			var removal *RemovalError
			if c.refused == nil {
				if err != nil {
					t.Fatalf("build refused: %v", err)
				}
				if m, ok := readManifest(filepath.Join(out, ManifestName)); !ok || len(m.Cards) != len(res.Book.Workbook.Cards()) {
					t.Errorf("manifest after the build: %v", m)
				}
				return
			}
			if !errors.As(err, &removal) {
				t.Fatalf("err = %v, want a RemovalError", err)
			}
			msg := err.Error()
			for _, w := range c.refused {
				if !strings.Contains(msg, w) {
					t.Errorf("refusal lacks %q:\n%s", w, msg)
				}
			}
			sameTree(t, before, readTree(t, out))
			entries, _ := os.ReadDir(dir)
			if len(entries) != 2 {
				t.Errorf("a refused build left %d entries beside content and public", len(entries)-2)
			}
		})
	}
}

// TestWatchKeepsTheManifest publishes with watch, changes a card in
// place and checks that the manifest follows, so the next build compares
// with what is published.
func TestWatchKeepsTheManifest(t *testing.T) {
	dir := testsite.Copy(t, "content")
	content, out := filepath.Join(dir, "content"), filepath.Join(dir, "public")
	e := NewEngine(Options{SiteDir: repo, ContentDir: content, OutDir: out})
	if _, err := e.Publish(nil); err != nil {
		t.Fatal(err)
	}
	card := filepath.Join(content, jeugd, "1-spoenk.md")
	if err := os.Remove(card); err != nil {
		t.Fatal(err)
	}
	up, err := e.Update([]string{card})
	if err != nil {
		t.Fatal(err)
	}
	if got := up.Pages.String(); got != "0 pagina's nieuw, 1 pagina weg, "+strings.Split(got, ", ")[2] || len(up.Pages.Gone) != 1 {
		t.Errorf("pages of the update: %s %v", got, up.Pages.Gone)
	}
	m, ok := readManifest(filepath.Join(out, ManifestName))
	if !ok || len(m.Cards) != allCards-1 {
		t.Fatalf("manifest after the update: %d cards", len(m.Cards))
	}
	res := build(t, content, out)
	if s := res.Changes.Summary(); s != "vergeleken met de vorige site: 0 pagina's nieuw, 0 pagina's weg, 0 pagina's veranderd" {
		t.Errorf("a build after watch: %s", s)
	}
}

// TestEmptyPriorityGone removes a priority that has no cards yet, as in
// a new edition: the refusal names the priority and no cards.
func TestEmptyPriorityGone(t *testing.T) {
	dir := testsite.Copy(t, "content")
	content, out := filepath.Join(dir, "content"), filepath.Join(dir, "public")
	put(t, content, "prioriteiten/6-leeg/_index.md", "---\ntitle: Nog leeg\n---\n")
	build(t, content, out)
	os.RemoveAll(filepath.Join(content, "prioriteiten", "6-leeg"))
	_, err := Build(Options{SiteDir: repo, ContentDir: content, OutDir: out})
	want := "de nieuwe site laat 1 prioriteit weg die de site in " + out + " nu heeft; niets vervangen, de site in " + out +
		" blijft staan. Is dit de bedoeling, bouw dan opnieuw met --verwijder-ok\n  weg: prioriteit 6 \"Nog leeg\" (prioriteiten/leeg/), nog zonder kaarten"
	if err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
}
