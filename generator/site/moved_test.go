package site

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestOldAddressesSendOn renames a priority folder (as a file manager's
// copy does), changes a card's slug and moves a card to another
// priority: every old address gets a page that sends the reader on, in
// this build and the next, never in the sitemap or the search index; an
// address that is a page again is one.
func TestOldAddressesSendOn(t *testing.T) {
	dir := siteCopy(t)
	prio := filepath.Join(dir, "content", "prioriteiten")
	opts := Options{SiteDir: dir, ContentDir: filepath.Join(dir, "content"), OutDir: filepath.Join(t.TempDir(), "public"), BaseURL: "https://werkboek.example.org/"}
	build := func() *Changes {
		t.Helper()
		res, err := Build(opts)
		if err != nil {
			t.Fatal(err)
		}
		return res.Changes
	}
	build()
	must(t, os.Rename(filepath.Join(prio, "2-persoonlijke-ontwikkeling"), filepath.Join(prio, "2-persoonlijke-ontwikkeling - kopie")))
	spoenk := filepath.Join(prio, "1-jeugd-en-onderwijs", "1-spoenk.md")
	b, err := os.ReadFile(spoenk)
	must(t, err)
	must(t, os.WriteFile(spoenk, []byte(strings.Replace(string(b), "\ntitle:", "\nslug: spoenk-2027\ntitle:", 1)), 0o644))
	must(t, os.Rename(filepath.Join(prio, "1-jeugd-en-onderwijs", "3-mediawijsheid-in-het-onderwijs.md"), filepath.Join(prio, "3-participatie-en-zelfredzaamheid", "9-mediawijsheid-in-het-onderwijs.md")))

	c := build()
	// The priority page and its 4 cards, Spoenk and the moved card.
	if got, want := c.Summary(), "0 pagina's nieuw, 0 pagina's weg, "; !strings.Contains(got, want) || !strings.HasSuffix(got, "; 7 pagina's hebben een nieuw adres; de oude adressen verwijzen door") {
		t.Errorf("summary: %s", got)
	}
	sendsOn := map[string]string{
		"prioriteiten/persoonlijke-ontwikkeling/":                         "prioriteiten/persoonlijke-ontwikkeling-kopie/",
		"prioriteiten/persoonlijke-ontwikkeling/leesbevordering/":         "prioriteiten/persoonlijke-ontwikkeling-kopie/leesbevordering/",
		"prioriteiten/jeugd-en-onderwijs/spoenk/":                         "prioriteiten/jeugd-en-onderwijs/spoenk-2027/",
		"prioriteiten/jeugd-en-onderwijs/mediawijsheid-in-het-onderwijs/": "prioriteiten/participatie-en-zelfredzaamheid/mediawijsheid-in-het-onderwijs/",
	}
	check := func(offline bool) {
		t.Helper()
		for from, to := range sendsOn {
			page, err := os.ReadFile(filepath.Join(opts.OutDir, from, "index.html"))
			must(t, err)
			rel := strings.Repeat("../", strings.Count(from, "/")) + to
			if offline {
				rel += "index.html"
			}
			for _, want := range []string{`<meta name="robots" content="noindex">`, `<meta http-equiv="refresh" content="0; url=` + rel + `">`, `<link rel="canonical" href="https://werkboek.example.org/` + to + `">`, `<a href="` + rel + `">`} {
				if !strings.Contains(string(page), want) {
					t.Errorf("%s lacks %s:\n%s", from, want, page)
				}
			}
		}
		for _, f := range append([]string{"sitemap.xml"}, glob(t, opts.OutDir, "zoek*")...) {
			data, err := os.ReadFile(filepath.Join(opts.OutDir, f))
			must(t, err)
			for from := range sendsOn {
				if regexp.MustCompile(regexp.QuoteMeta(from) + `["<]`).Match(data) {
					t.Errorf("%s names the old address %s", f, from)
				}
			}
		}
	}
	check(false)
	// The next build keeps them, and says nothing new about them.
	if c := build(); strings.Contains(c.Summary(), "adres") {
		t.Errorf("second build: %s", c.Summary())
	}
	check(false)
	opts.Offline = true
	build()
	check(true)
	opts.Offline = false
	build()

	// Renamed back: the old address is the page again, the copy's
	// address sends on.
	must(t, os.Rename(filepath.Join(prio, "2-persoonlijke-ontwikkeling - kopie"), filepath.Join(prio, "2-persoonlijke-ontwikkeling")))
	if c := build(); !strings.HasSuffix(c.Summary(), "; 5 pagina's hebben een nieuw adres; de oude adressen verwijzen door") {
		t.Errorf("renamed back: %s", c.Summary())
	}
	page, err := os.ReadFile(filepath.Join(opts.OutDir, "prioriteiten/persoonlijke-ontwikkeling/index.html"))
	must(t, err)
	if strings.Contains(string(page), "http-equiv") {
		t.Error("the address that is the priority's again still sends on")
	}
	page, err = os.ReadFile(filepath.Join(opts.OutDir, "prioriteiten/persoonlijke-ontwikkeling-kopie/leesbevordering/index.html"))
	must(t, err)
	if !strings.Contains(string(page), `url=../../../prioriteiten/persoonlijke-ontwikkeling/leesbevordering/"`) {
		t.Errorf("the copy's address does not send on:\n%s", page)
	}
}

func glob(t *testing.T, dir, pattern string) []string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, pattern))
	must(t, err)
	for i, n := range names {
		names[i], _ = filepath.Rel(dir, n)
	}
	if len(names) == 0 {
		t.Fatalf("no %s in %s", pattern, dir)
	}
	return names
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
