package site

import (
	"bytes"
	"errors"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/markdown"
	"github.com/probiblio/werkboek/generator/testsite"
)

// repo is the repository root: it holds the bundled content, layouts and
// assets.
var repo = testsite.Root()

var (
	tagRE   = regexp.MustCompile(`<[^>]*>`)
	spaceRE = regexp.MustCompile(`\s+`)
)

// pageText returns the visible text of an HTML page, tags removed and
// entities decoded, with white space collapsed.
func pageText(b []byte) string {
	s := tagRE.ReplaceAllString(string(b), " ")
	return spaceRE.ReplaceAllString(html.UnescapeString(s), " ")
}

var readTree = testsite.ReadTree

func build(t *testing.T, contentDir, out string) Result {
	t.Helper()
	res, err := Build(Options{SiteDir: repo, ContentDir: contentDir, OutDir: out})
	if err != nil {
		t.Fatalf("build %s: %v\n%v", contentDir, err, res.Diagnostics)
	}
	return res
}

func TestBundledWorkbook(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	res := build(t, filepath.Join(repo, "content"), out)
	wb, _ := content.Load(os.DirFS(filepath.Join(repo, "content")), content.Options{})
	if got := len(wb.Cards()); got != 21 {
		t.Errorf("bundled workbook has %d cards, want 21", got)
	}
	if len(wb.Priorities) != 5 {
		t.Errorf("bundled workbook has %d priorities, want 5", len(wb.Priorities))
	}
	// home, programme, the priorities, 5 priorities, 21 cards, checklist,
	// tickets, print, 404
	if res.Pages != 1+1+1+5+21+4 {
		t.Errorf("pages = %d", res.Pages)
	}
	tree := readTree(t, out)
	for _, name := range []string{"index.html", "programma/index.html", "keuzelijst/index.html", "tickets/index.html", "werkboek/index.html", "404.html", "sitemap.xml", "robots.txt"} {
		if len(tree[name]) == 0 {
			t.Errorf("%s missing or empty", name)
		}
	}
	topics := 0
	for _, p := range wb.Priorities {
		prio := tree["prioriteiten/"+p.Slug+"/index.html"]
		if prio == nil {
			t.Fatalf("no page for priority %s", p.Slug)
		}
		for _, c := range p.Cards {
			if !bytes.Contains(prio, []byte(`href="../../prioriteiten/`+p.Slug+`/`+c.Slug+`/"`)) {
				t.Errorf("priority page %s does not link card %s", p.Slug, c.Slug)
			}
			page := tree["prioriteiten/"+p.Slug+"/"+c.Slug+"/index.html"]
			if page == nil {
				t.Fatalf("no page for card %s/%s", p.Slug, c.Slug)
			}
			text := pageText(page)
			if !strings.Contains(text, c.Title) {
				t.Errorf("card page %s lacks its title %q", c.Slug, c.Title)
			}
			for _, s := range c.Sections {
				if !strings.Contains(text, s.Heading) {
					t.Errorf("card page %s lacks section %q", c.Slug, s.Heading)
				}
				for _, topic := range s.Topics {
					topics++
					if !strings.Contains(text, topic) {
						t.Errorf("card page %s lacks topic %q", c.Slug, topic)
					}
				}
			}
		}
	}
	if topics != 79 {
		t.Errorf("found %d topics in the bundled cards, want 79", topics)
	}
	programme := pageText(tree["programma/index.html"])
	if !bytes.Contains(tree["programma/index.html"], []byte("<table")) {
		t.Error("programme is not a table")
	}
	for _, s := range wb.Schedule.Slots {
		if !strings.Contains(programme, s.Time) || !strings.Contains(programme, markdown.PlainText([]byte(s.Activity))) {
			t.Errorf("programme lacks slot %s %s", s.Time, s.Activity)
		}
		for _, it := range s.Items {
			if !strings.Contains(programme, it.Location) {
				t.Errorf("programme lacks room %q of slot %s", it.Location, s.Time)
			}
		}
	}
	// The market is one slot of three rounds, the groups one of one round.
	if len(wb.Schedule.Slots) != 14 {
		t.Errorf("schedule has %d slots, want 14", len(wb.Schedule.Slots))
	}
	var rounds []string
	for _, s := range wb.Schedule.Slots {
		rounds = append(rounds, s.Rounds...)
	}
	if strings.Join(rounds, " ") != "11:00 11:35 12:10 14:00" {
		t.Errorf("rounds %v", rounds)
	}
	for name, b := range tree {
		if strings.HasSuffix(name, ".html") && !bytes.Contains(b, []byte(`<html lang="nl"`)) {
			t.Errorf("%s lacks <html lang=\"nl\"", name)
		}
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	dir := t.TempDir()
	build(t, filepath.Join(repo, "content"), filepath.Join(dir, "a"))
	build(t, filepath.Join(repo, "content"), filepath.Join(dir, "b"))
	a, b := readTree(t, filepath.Join(dir, "a")), readTree(t, filepath.Join(dir, "b"))
	if len(a) != len(b) {
		t.Fatalf("trees differ in size: %d and %d files", len(a), len(b))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs between two builds", name)
		}
	}
}

// sameTree fails the test unless a failed build left the output exactly
// as it was: the same files with the same bytes.
func sameTree(t *testing.T, before, after map[string][]byte) {
	t.Helper()
	if len(after) != len(before) {
		t.Errorf("output changed: %d files before, %d after", len(before), len(after))
	}
	for name, b := range before {
		if !bytes.Equal(b, after[name]) {
			t.Errorf("%s changed by a failed build", name)
		}
	}
}

// copyTree copies the folder src to dst.
var copyTree = testsite.CopyTree

func TestFailedBuildLeavesOutput(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "content")
	copyTree(t, filepath.Join(repo, "content"), src)
	out := filepath.Join(dir, "public")
	build(t, src, out)
	before := readTree(t, out)

	card := filepath.Join(src, "prioriteiten", "1-jeugd-en-onderwijs", "1-spoenk.md")
	data, _ := os.ReadFile(card)
	broken := bytes.Replace(data, []byte("## Resultaat"), []byte("## Resultaten"), 1)
	if err := os.WriteFile(card, broken, 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Build(Options{SiteDir: repo, ContentDir: src, OutDir: out})
	if !errors.Is(err, ErrContent) {
		t.Fatalf("build of a broken card: err = %v, want ErrContent", err)
	}
	if d := res.Diagnostics.Errors(); len(d) != 1 || !strings.HasPrefix(d[0].String(), filepath.ToSlash(card)+":") {
		t.Errorf("diagnostics = %v", d)
	}
	sameTree(t, before, readTree(t, out))
	matches, _ := filepath.Glob(filepath.Join(dir, ".public.*"))
	if len(matches) != 0 {
		t.Errorf("temporary folders left behind: %v", matches)
	}
}

func TestRemovedCardDisappears(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "content")
	copyTree(t, filepath.Join(repo, "content"), src)
	out := filepath.Join(dir, "public")
	build(t, src, out)
	page := filepath.Join(out, "prioriteiten", "jeugd-en-onderwijs", "spoenk", "index.html")
	if _, err := os.Stat(page); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(src, "prioriteiten", "1-jeugd-en-onderwijs", "1-spoenk.md"))
	build(t, src, out)
	if _, err := os.Stat(page); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("page of a removed card still exists (err = %v)", err)
	}
	home, _ := os.ReadFile(filepath.Join(out, "index.html"))
	if bytes.Contains(home, []byte("spoenk/")) {
		t.Error("home page still links the removed card")
	}
}

func TestSecondContentTree(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	res := build(t, "testdata/kleine-editie", out)
	if res.Pages != 1+1+2+3+4 { // home, the priorities, 2 priorities, 3 cards, checklist, tickets, print, 404 (no programme)
		t.Errorf("pages = %d", res.Pages)
	}
	tree := readTree(t, out)
	if _, ok := tree["programma/index.html"]; ok {
		t.Error("programme page written without programma.md")
	}
	home := pageText(tree["index.html"])
	for _, want := range []string{"Kleine editie voor de proef", "Netwerkdag", "dinsdag 4 maart 2031", "13:00–16:30"} {
		if !strings.Contains(home, want) {
			t.Errorf("home page lacks %q", want)
		}
	}
	// Cards are ordered by weight, not by file name; slug from front matter.
	first := pageText(tree["prioriteiten/lezen/a-schrijfclub/index.html"])
	if !strings.Contains(first, "1 Schrijfclub voor senioren") || !strings.Contains(first, "Bouwstenen") {
		t.Errorf("first card page: %.300s", first)
	}
	if _, ok := tree["prioriteiten/digitaal/klik-tik/index.html"]; !ok {
		t.Error("slug from front matter not used")
	}
	tickets := pageText(tree["tickets/index.html"])
	if !strings.Contains(tickets, "Ticket 2") || strings.Contains(tickets, "Ticket 3") || !strings.Contains(tickets, "Naam bibliotheek") {
		t.Errorf("tickets page does not follow tickets.md: %.400s", tickets)
	}
	if !bytes.Contains(tree["sitemap.xml"], []byte("<loc>https://voorbeeld.example.net/proef/prioriteiten/digitaal/klik-tik/</loc>")) {
		t.Errorf("sitemap lacks absolute card URL:\n%s", tree["sitemap.xml"])
	}
	if !bytes.Contains(tree["404.html"], []byte(`href="/proef/`)) {
		t.Error("404 page links do not use the baseURL path")
	}
	// The photo beside a card is published beside its page and shown on
	// it and in the print edition; links to cards written as their file
	// lead to the card page and, in the print edition, to the card in it.
	src, _ := os.ReadFile("testdata/kleine-editie/prioriteiten/10-lezen/voorleesplek.png")
	if !samePicture(tree["prioriteiten/lezen/b-voorlezen/voorleesplek.png"], src) {
		t.Error("voorleesplek.png not published beside the card page")
	}
	contains(t, tree, "prioriteiten/lezen/b-voorlezen/index.html",
		`<img src="voorleesplek.png" alt="Een voorleesplek met kussens en een boekenkast" width="160" height="100" loading="lazy">`,
		`<a href="../../../prioriteiten/lezen/a-schrijfclub/#resultaat">schrijfclub</a>`,
		`<a href="../../../prioriteiten/digitaal/klik-tik/">Klik & Tik</a>`)
	contains(t, tree, "werkboek/index.html",
		`<img src="../prioriteiten/lezen/b-voorlezen/voorleesplek.png" alt="Een voorleesplek met kussens en een boekenkast" width="160" height="100">`,
		`<a href="#k-lezen-a-schrijfclub-resultaat">schrijfclub</a>`, `<a href="#k-digitaal-klik-tik">Klik & Tik</a>`)
}

func TestRefusesForeignOutputFolder(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "mijn-map")
	os.MkdirAll(out, 0o755)
	os.WriteFile(filepath.Join(out, "belangrijk.txt"), []byte("niet weggooien"), 0o644)
	_, err := Build(Options{SiteDir: repo, ContentDir: filepath.Join(repo, "content"), OutDir: out})
	if err == nil || !strings.Contains(err.Error(), "niet door werkboek gemaakt") {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "belangrijk.txt")); string(b) != "niet weggooien" {
		t.Error("foreign folder was changed")
	}
	_, err = Build(Options{SiteDir: repo, ContentDir: filepath.Join(repo, "content"), OutDir: repo})
	if err == nil || !strings.Contains(err.Error(), "zou die overschrijven") {
		t.Fatalf("building into the site folder: err = %v", err)
	}
}

func TestStaleTemporaryFoldersRemoved(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, ".public.tmp-123")
	os.MkdirAll(filepath.Join(stale, "x"), 0o755)
	build(t, filepath.Join(repo, "content"), filepath.Join(dir, "public"))
	if _, err := os.Stat(stale); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("stale temporary folder not removed: %v", err)
	}
}

// TestBaseURLOverride builds with an address without the trailing slash,
// as a deployer types it: the sitemap, robots.txt, canonical URLs and the
// 404 page all get exactly one slash between the address and the path.
func TestBaseURLOverride(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	if res, err := Build(Options{SiteDir: repo, ContentDir: "testdata/kleine-editie", OutDir: out, BaseURL: "https://example.org/werkboek"}); err != nil {
		t.Fatalf("build: %v\n%v", err, res.Diagnostics)
	}
	tree := readTree(t, out)
	for name, want := range map[string]string{
		"sitemap.xml":                   "<loc>https://example.org/werkboek/tickets/</loc>",
		"robots.txt":                    "Sitemap: https://example.org/werkboek/sitemap.xml",
		"tickets/index.html":            `<link rel="canonical" href="https://example.org/werkboek/tickets/">`,
		"404.html":                      `href="/werkboek/keuzelijst/"`,
		"prioriteiten/lezen/index.html": `content="https://example.org/werkboek/prioriteiten/lezen/"`,
	} {
		if !bytes.Contains(tree[name], []byte(want)) {
			t.Errorf("%s lacks %q:\n%.600s", name, want, tree[name])
		}
	}
	_, err := Build(Options{SiteDir: repo, ContentDir: "testdata/kleine-editie", OutDir: out, BaseURL: "werkboek"})
	if err == nil || !strings.Contains(err.Error(), "--base-url: \"werkboek\" is geen adres van een website") {
		t.Errorf("wrong address: err = %v", err)
	}
}
