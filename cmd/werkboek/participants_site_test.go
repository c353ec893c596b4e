package main

import (
	"encoding/json"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/testsite"
)

// countedSite counts testsite.Returns into the content of a copy of the
// bundled site with the real command, as the organiser does after the
// day, and returns the site's folder and its model.
func countedSite(t *testing.T) (string, *model.Workbook) {
	t.Helper()
	dir := siteWith(t, testsite.Returns)
	if code, stdout, stderr := werkboekIn(t, dir, "tickets", "tel", "inbox", "--inhoud", "content"); code != 0 || stderr != "" {
		t.Fatalf("tickets tel --inhoud: exit %d\n%s%s", code, stdout, stderr)
	}
	wb, diags := content.Load(os.DirFS(filepath.Join(dir, "content")), content.Options{})
	if len(diags.Errors()) > 0 || wb.Participants == nil {
		t.Fatalf("the counted content: %v", diags.Errors())
	}
	return dir, wb
}

// readOut reads a file of a built site.
func readOut(t *testing.T, out, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// between is the part of s from the first from up to the next to after it.
func between(s, from, to string) string {
	_, rest, ok := strings.Cut(s, from)
	if !ok {
		return ""
	}
	part, _, _ := strings.Cut(rest, to)
	return part
}

const totals = "3 Bibliotheken, 5 tickets, 3 projecten met deelnemers"

var tagRE = regexp.MustCompile(`<[^>]*>`)

// TestFromThreeFilesToThePublishedSite runs the organiser's two commands,
// tickets tel … --inhoud content and build, and checks that every page
// that shows the count says exactly what the three returned files say:
// each card page, /deelnemers/, the totals on the home page and on
// /prioriteiten/, the navigation, the sitemap and the search index, in
// the site and in its --offline edition.
func TestFromThreeFilesToThePublishedSite(t *testing.T) {
	dir, wb := countedSite(t)
	if code, stdout, stderr := werkboekIn(t, dir, "build"); code != 0 {
		t.Fatalf("build: exit %d\n%s%s", code, stdout, stderr)
	}
	out := filepath.Join(dir, "public")
	none := 0
	for _, c := range wb.Cards() {
		page := readOut(t, out, "prioriteiten/"+c.ID()+"/index.html")
		section := between(page, `<section class="sec sec-deelnemers" id="deelnemers"`, "</section>")
		if !wb.Tickets.Allows(c.Priority) {
			if section != "" {
				t.Errorf("%s: tickets may not name it, yet it shows participants", c.ID())
			}
			continue
		}
		want := testsite.ReturnsChose[c.ID()]
		if !strings.Contains(section, ">Deelnemende Bibliotheken ("+strconv.Itoa(len(want))+")</h2>") {
			t.Errorf("%s: no heading with %d libraries:\n%s", c.ID(), len(want), section)
		}
		if got := strings.Count(section, "<li>"); got != len(want) {
			t.Errorf("%s: %d libraries listed, want %d:\n%s", c.ID(), got, len(want), section)
		}
		for _, name := range want {
			if !strings.Contains(section, ">"+html.EscapeString(name)+"</a>") {
				t.Errorf("%s: %q not listed:\n%s", c.ID(), name, section)
			}
		}
		if len(want) == 0 {
			none++
			if !strings.Contains(section, "Nog geen Bibliotheek heeft dit project als ticket gekozen.") {
				t.Errorf("%s: does not say that no library chose it:\n%s", c.ID(), section)
			}
		}
	}
	checkParticipantsPage(t, readOut(t, out, "deelnemers/index.html"), none)
	for _, name := range []string{"index.html", "prioriteiten/index.html"} {
		page := readOut(t, out, name)
		link := map[string]string{"index.html": "./deelnemers/", "prioriteiten/index.html": "../deelnemers/"}[name]
		if p := between(page, `<p class="participants-totals">`, "</p>"); !strings.Contains(p, totals) || !strings.Contains(p, `href="`+link+`"`) {
			t.Errorf("%s: the totals are %q, want %q with a link to %s", name, p, totals, link)
		}
	}
	for name, page := range map[string]string{"tickets": readOut(t, out, "tickets/index.html"), "kaart": readOut(t, out, "prioriteiten/jeugd-en-onderwijs/spoenk/index.html")} {
		if !strings.Contains(between(page, `<nav class="site-nav"`, "</nav>"), `deelnemers/">Deelnemers</a>`) {
			t.Errorf("the navigation of the %s page has no link to the participants", name)
		}
		if strings.Contains(page, "<Duin>") {
			t.Errorf("the %s page has a name unescaped", name)
		}
	}
	if !strings.Contains(readOut(t, out, "sitemap.xml"), "<loc>/deelnemers/</loc>") {
		t.Error("the sitemap lacks /deelnemers/")
	}
	checkLibraryFound(t, readOut(t, out, "zoekindex.json"), "deelnemers/#b-bibliotheek-rijn-en-duin")

	// The offline edition links every folder by its index.html.
	if code, stdout, stderr := werkboekIn(t, dir, "build", "--offline", "-d", "offline"); code != 0 {
		t.Fatalf("build --offline: exit %d\n%s%s", code, stdout, stderr)
	}
	off := filepath.Join(dir, "offline")
	if page := readOut(t, off, "deelnemers/index.html"); !strings.Contains(page, `href="../prioriteiten/jeugd-en-onderwijs/spoenk/index.html"`) || !strings.Contains(page, `href="../deelnemers/index.html#b-bibliotheek-leiden"`) {
		t.Error("the offline page of participants links folders without index.html")
	}
	if home := readOut(t, off, "index.html"); !strings.Contains(home, `href="./deelnemers/index.html"`) {
		t.Error("the offline home page does not link deelnemers/index.html")
	}
	checkLibraryFound(t, readOut(t, off, "zoekindex.json"), "deelnemers/index.html#b-bibliotheek-rijn-en-duin")
}

// checkParticipantsPage checks /deelnemers/ against testsite.Returns: the
// totals, each counted project with its libraries, none projects without,
// and each library with an anchor and its projects.
func checkParticipantsPage(t *testing.T, page string, none int) {
	t.Helper()
	if !strings.Contains(between(page, `<p class="participants-totals">`, "</p>"), totals) {
		t.Errorf("/deelnemers/ lacks the totals %q", totals)
	}
	if got := strings.Count(page, `<span class="library-none">nog geen deelnemers</span>`); got != none {
		t.Errorf("/deelnemers/ marks %d projects without participants, want %d", got, none)
	}
	for id, names := range testsite.ReturnsChose {
		item := between(page, `href="../prioriteiten/`+id+`/">`, "</li>")
		// The item read as text: its count, then each name linked to
		// its library's place.
		var escaped []string
		for _, name := range names {
			escaped = append(escaped, html.EscapeString(name))
		}
		word := map[bool]string{true: "Bibliotheek", false: "Bibliotheken"}[len(names) == 1]
		want := strconv.Itoa(len(names)) + " " + word + ": " + strings.Join(escaped, ", ")
		if got := tagRE.ReplaceAllString(between(item, "</a>\n", "\n"), ""); got != want {
			t.Errorf("/deelnemers/, %s: %q, want %q", id, got, want)
		}
	}
	libraries := map[string]string{"b-bibliotheek-delft": "Bibliotheek Delft", "b-bibliotheek-leiden": "Bibliotheek Leiden", "b-bibliotheek-rijn-en-duin": "Bibliotheek Rijn & <Duin>"}
	if got := strings.Count(page, `<li id="b-`); got != len(libraries) {
		t.Errorf("/deelnemers/ lists %d libraries, want %d", got, len(libraries))
	}
	for anchor, name := range libraries {
		item := between(page, `<li id="`+anchor+`">`, "</ul>")
		if !strings.Contains(item, `<a href="#`+anchor+`">`+html.EscapeString(name)+"</a>") {
			t.Errorf("/deelnemers/ has no anchor %s for %q:\n%s", anchor, name, item)
		}
		for id, names := range testsite.ReturnsChose {
			chose := strings.Contains(strings.Join(names, "|"), name)
			if linked := strings.Contains(item, `href="../prioriteiten/`+id+`/"`); linked != chose {
				t.Errorf("/deelnemers/, %s: links %s %v, want %v", name, id, linked, chose)
			}
		}
	}
	if strings.Contains(page, "<Duin>") {
		t.Error("/deelnemers/ has a name unescaped")
	}
}

// checkLibraryFound checks that the search index has a document for a
// library that leads to url.
func checkLibraryFound(t *testing.T, index, url string) {
	t.Helper()
	var idx struct{ D [][]any }
	if err := json.Unmarshal([]byte(index), &idx); err != nil {
		t.Fatal(err)
	}
	for _, d := range idx.D {
		if d[0] == url {
			if d[1] != "Bibliotheek Rijn & <Duin>" || !strings.Contains(d[4].(string), "Spoenk") {
				t.Errorf("search document %v", d)
			}
			return
		}
	}
	t.Errorf("the search index has no document for %s", url)
}

// TestParticipantsInThePDF counts testsite.Returns, builds with --pdf and
// reads the PDF's text: the contents name the participants section with
// the page it begins on, and that page has the totals, each project's
// libraries and each library's projects.
func TestParticipantsInThePDF(t *testing.T) {
	testsite.RequireBrowser(t)
	_, err := exec.LookPath("pdftotext")
	testsite.RequireTool(t, err, "poppler-utils")
	dir, wb := countedSite(t)
	if code, stdout, stderr := werkboekIn(t, dir, "build", "--pdf"); code != 0 {
		t.Fatalf("build --pdf: exit %d\n%s%s", code, stdout, stderr)
	}
	text, err := exec.Command("pdftotext", "-layout", filepath.Join(dir, "public", "werkboek.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	pages := strings.Split(string(text), "\f")
	m := regexp.MustCompile(`(?m)^\s*Deelnemers\s+(\d+)\s*$`).FindStringSubmatch(pages[1])
	if m == nil {
		t.Fatalf("the contents (page 2) do not list the participants with a page number:\n%s", pages[1])
	}
	n, _ := strconv.Atoi(m[1])
	if n < 3 || n > len(pages) {
		t.Fatalf("the contents put the participants on page %d of %d", n, len(pages))
	}
	flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	page := flat(pages[n-1])
	if !strings.HasPrefix(page, "Praat mee over innovatieve projecten 2017 deelnemers. Volgens de ingeleverde tickets") {
		t.Errorf("page %d does not begin with the participants:\n%.300s", n, page)
	}
	// The section may go on over the next pages.
	section := page
	for _, p := range pages[n:] {
		section += " " + flat(p)
	}
	want := []string{totals + ".", "Spoenk: innovatief jeugdbibliotheekwerk 2 Bibliotheken: Bibliotheek Leiden, Bibliotheek Rijn & <Duin>",
		"Leesbevordering 2 Bibliotheken: Bibliotheek Delft, Bibliotheek Leiden", "Taalvaardigheden 1 Bibliotheek: Bibliotheek Delft",
		"Bibliotheek Delft: 2.2 Leesbevordering, 3.2 Taalvaardigheden", "Bibliotheek Leiden: 1.1 Spoenk: innovatief jeugdbibliotheekwerk, 2.2 Leesbevordering",
		"Bibliotheek Rijn & <Duin>: 1.1 Spoenk: innovatief jeugdbibliotheekwerk"}
	for _, w := range want {
		if !strings.Contains(section, w) {
			t.Errorf("the participants section lacks %q:\n%s", w, section)
		}
	}
	eligible := 0
	for _, c := range wb.Cards() {
		if wb.Tickets.Allows(c.Priority) {
			eligible++
		}
	}
	if got, want := strings.Count(section, "nog geen deelnemers"), eligible-len(testsite.ReturnsChose); got != want {
		t.Errorf("the section marks %d projects without participants, want %d", got, want)
	}
}
