package site

import (
	"bytes"
	"errors"
	"html"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/model"
)

// The hidden-failure hunt: every tree of badCases (and the cases below,
// from "nothing silently wrong") either fails to build with path:line and
// leaves the output alone, or builds a site that shows everything the
// input said. TestBadInput calls nothingLost for every case.

// pngFile is a 40×30 PNG image.
var pngFile = func() []byte {
	var b bytes.Buffer
	png.Encode(&b, image.NewGray(image.Rect(0, 0, 40, 30)))
	return b.Bytes()
}()

func putBytes(rel string, data []byte) func(t *testing.T, c string) {
	return func(t *testing.T, c string) { put(t, c, rel, string(data)) }
}

// both applies several changes.
func both(fs ...func(t *testing.T, c string)) func(t *testing.T, c string) {
	return func(t *testing.T, c string) {
		for _, f := range fs {
			f(t, c)
		}
	}
}

const (
	schrijfclub = "prioriteiten/10-lezen/a-schrijfclub.md"
	resultaat   = "Tien voorleesplekken."
)

// silentCases are the cases of "nothing silently wrong": each gave a
// broken or incomplete site with exit 0 before.
var silentCases = []badCase{
	{"base url without slash works", change("_index.md", `baseURL = "https://voorbeeld.example.net/proef/"`, `baseURL = "https://voorbeeld.example.net/proef"`), "", ""},
	{"base url without scheme", change("_index.md", `baseURL = "https://voorbeeld.example.net/proef/"`, `baseURL = "voorbeeld.example.net/proef"`), "_index.md", `baseURL: "voorbeeld.example.net/proef" mist https://`},
	{"image beside card works", both(putBytes("prioriteiten/10-lezen/foto.png", pngFile), change(voorlezen, resultaat, resultaat+"\n\n![Kinderen bij de voorleesplek](foto.png)")), "", ""},
	{"svg and pdf beside card work", both(write("prioriteiten/10-lezen/logo.svg", `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 60"></svg>`), write("prioriteiten/10-lezen/folder.pdf", "%PDF-1.4\n%%EOF\n"),
		change(voorlezen, resultaat, resultaat+" ![Logo van de wijk](logo.svg) Lees de [folder](folder.pdf).")), "", ""},
	{"image without alt", both(putBytes("prioriteiten/10-lezen/foto.png", pngFile), change(voorlezen, resultaat, resultaat+"\n\n![](foto.png)")), voorlezen, "geen beschrijving (alt-tekst)"},
	{"missing image", change(voorlezen, resultaat, resultaat+"\n\n![Een foto](foto.png)"), voorlezen, `"foto.png" bestaat niet`},
	{"image in a subfolder", both(putBytes("prioriteiten/10-lezen/img/foto.png", pngFile), change(voorlezen, resultaat, resultaat+" ![Foto](img/foto.png)")), voorlezen, "staat niet in dezelfde map"},
	{"unused image is only a warning", putBytes("prioriteiten/10-lezen/oud.png", pngFile), "", ""},
	{"svg with a script", both(write("prioriteiten/10-lezen/logo.svg", `<svg width="10" height="10"><script>alert(1)</script></svg>`), change(voorlezen, resultaat, resultaat+" ![Logo](logo.svg)")), voorlezen, "bevat een script"},
	{"external image", change(voorlezen, resultaat, resultaat+" ![Logo](https://example.org/logo.png)"), voorlezen, "een afbeelding van een andere website"},
	{"card links work", change(voorlezen, resultaat, resultaat+" Zie [de schrijfclub](a-schrijfclub.md#resultaat), [Klik en tik](../20-digitaal/1-klik-en-tik.md), [digitaal](../20-digitaal/_index.md), [de tickets](../../tickets.md) en [onze doelgroep](#doelgroep)."), "", ""},
	{"link to a missing card", change(voorlezen, resultaat, resultaat+" Zie [Spoenk](1-spoenk.md)."), voorlezen, `"1-spoenk.md" bestaat niet`},
	{"link to an unknown section", change(voorlezen, resultaat, resultaat+" Zie [de club](a-schrijfclub.md#uitkomst)."), voorlezen, "een kaart heeft geen onderdeel #uitkomst"},
	{"site address as link", change(voorlezen, resultaat, resultaat+" Zie [de club](../a-schrijfclub/)."), voorlezen, "link naar de kaart of prioriteit met haar bestand, hier: (a-schrijfclub.md)"},
	{"link to a draft", both(change(schrijfclub, "weight: 1", "weight: 1\ndraft: true"), change(voorlezen, resultaat, resultaat+" Zie [de club](a-schrijfclub.md).")), voorlezen, "is een concept (draft: true)"},
	{"raw html block", change(voorlezen, resultaat, resultaat+"\n\n<div class=\"let-op\">Let op</div>"), voorlezen, `HTML (<div class="let-op">Let op</div>) wordt niet gepubliceerd`},
	{"inline html", change(voorlezen, resultaat, "Tien <b>voorleesplekken</b>."), voorlezen, "schrijf vet als **vet**"},
	{"html comment", change(voorlezen, resultaat, resultaat+"\n<!-- nog nakijken -->"), voorlezen, "de opmerking <!-- nog nakijken --> wordt niet gepubliceerd"},
	{"angle brackets as text", change(voorlezen, resultaat, "Tien plekken in <naam wijk>."), voorlezen, `zet dan een \ voor de <`},
	{"escaped angle brackets work", change(voorlezen, resultaat, `Tien plekken in \<naam wijk>.`), "", ""},
	{"table with a cell too many", change(voorlezen, resultaat, "| Plek | Dag |\n|---|---|\n| Wijkcentrum | maandag | middag |"), voorlezen, "deze tabelrij heeft 3 cellen en de kop 2"},
	{"aligned table works", change(voorlezen, resultaat, "| Plek | Aantal |\n|:---|---:|\n| Wijkcentrum | 10 |"), "", ""},
	{"placeholder text", change(voorlezen, resultaat, "Wat is er aan het eind van het project?"), voorlezen, `in de sectie "## Resultaat" staat nog de voorbeeldtekst van werkboek new card`},
	{"max as text works", change("tickets.md", "max: 2", `max: "3"`), "", ""},
	{"max with a fraction", change("tickets.md", "max: 2", "max: 3.5"), "tickets.md", `max: "3.5" is geen heel getal`},
	{"max as a word", change("tickets.md", "max: 2", "max: drie"), "tickets.md", `max: "drie" is geen getal`},
	{"max too large", change("tickets.md", "max: 2", "max: 25"), "tickets.md", "max: 25 kan niet; kies een getal van 1 tot en met 20"},
	{"weight as text works", change(voorlezen, "weight: 2", `weight: "0"`), "", ""},
	{"colour cut by a comment", change(lezenIndex, `color: "#205072"`, "color: #205072"), lezenIndex, `zet de hele waarde tussen aanhalingstekens: color: "#205072"`},
	{"description works", change(voorlezen, "weight: 2", "weight: 2\ndescription: Voorlezen bij u in de buurt."), "", ""},
	{"script link in a note", change(lezenIndex, `color: "#205072"`, "color: \"#205072\"\nnote:\n  title: Let op\n  text: \"[klik](javascript:alert(1))\""), lezenIndex, "javascript: wordt niet gepubliceerd"},
}

// outputChecks say, for a case that builds, what its output must show.
var outputChecks = map[string]func(t *testing.T, tree map[string][]byte, res Result){
	"base url without slash works": func(t *testing.T, tree map[string][]byte, _ Result) {
		contains(t, tree, "sitemap.xml", "<loc>https://voorbeeld.example.net/proef/tickets/</loc>")
		contains(t, tree, "robots.txt", "Sitemap: https://voorbeeld.example.net/proef/sitemap.xml")
		contains(t, tree, "404.html", `href="/proef/keuzelijst/"`)
	},
	"image beside card works": func(t *testing.T, tree map[string][]byte, _ Result) {
		// Published as build's copy of it: the same picture, no metadata.
		if !samePicture(tree["prioriteiten/lezen/b-voorlezen/foto.png"], pngFile) {
			t.Error("foto.png is not published beside the card page")
		}
		contains(t, tree, "prioriteiten/lezen/b-voorlezen/index.html", `<img src="foto.png" alt="Kinderen bij de voorleesplek" width="40" height="30" loading="lazy">`)
		contains(t, tree, "werkboek/index.html", `<img src="../prioriteiten/lezen/b-voorlezen/foto.png" alt="Kinderen bij de voorleesplek" width="40" height="30">`)
	},
	"svg and pdf beside card work": func(t *testing.T, tree map[string][]byte, _ Result) {
		contains(t, tree, "prioriteiten/lezen/b-voorlezen/index.html", `<img src="logo.svg" alt="Logo van de wijk" width="120" height="60" loading="lazy">`, `<a href="folder.pdf">folder</a>`)
		contains(t, tree, "werkboek/index.html", `<img src="../prioriteiten/lezen/b-voorlezen/logo.svg" alt="Logo van de wijk" width="120" height="60">`,
			`<a href="https://voorbeeld.example.net/proef/prioriteiten/lezen/b-voorlezen/folder.pdf">folder</a>`)
		for _, f := range []string{"logo.svg", "folder.pdf"} {
			if tree["prioriteiten/lezen/b-voorlezen/"+f] == nil {
				t.Errorf("%s not published", f)
			}
		}
	},
	"unused image is only a warning": func(t *testing.T, tree map[string][]byte, res Result) {
		if w := res.Diagnostics.Warnings(); len(w) != 1 || !strings.Contains(w[0].String(), "prioriteiten/10-lezen/oud.png: waarschuwing: wordt niet gepubliceerd") {
			t.Errorf("warnings = %v", w)
		}
		for name := range tree {
			if strings.HasSuffix(name, "oud.png") {
				t.Errorf("unused %s published", name)
			}
		}
	},
	"card links work": func(t *testing.T, tree map[string][]byte, _ Result) {
		contains(t, tree, "prioriteiten/lezen/b-voorlezen/index.html",
			`<a href="../../../prioriteiten/lezen/a-schrijfclub/#resultaat">de schrijfclub</a>`,
			`<a href="../../../prioriteiten/digitaal/klik-tik/">Klik en tik</a>`,
			`<a href="../../../prioriteiten/digitaal/">digitaal</a>`,
			`<a href="../../../tickets/">de tickets</a>`,
			`<a href="#doelgroep">onze doelgroep</a>`, `id="doelgroep"`)
		contains(t, tree, "prioriteiten/lezen/a-schrijfclub/index.html", `id="resultaat"`)
		contains(t, tree, "werkboek/index.html",
			`<a href="#k-lezen-a-schrijfclub-resultaat">de schrijfclub</a>`, `id="k-lezen-a-schrijfclub-resultaat"`,
			`<a href="#k-digitaal-klik-tik">Klik en tik</a>`, `id="k-digitaal-klik-tik"`,
			`<a href="#p-digitaal">digitaal</a>`, `id="p-digitaal"`,
			`<a href="#tickets">de tickets</a>`, `<a href="#k-lezen-b-voorlezen-doelgroep">onze doelgroep</a>`, `id="k-lezen-b-voorlezen-doelgroep"`)
	},
	"aligned table works": func(t *testing.T, tree map[string][]byte, _ Result) {
		contains(t, tree, "prioriteiten/lezen/b-voorlezen/index.html", `<th class="align-left">Plek</th><th class="align-right">Aantal</th>`)
	},
	"max as text works": func(t *testing.T, tree map[string][]byte, _ Result) {
		contains(t, tree, "tickets/index.html", `data-max="3"`, "Ticket 3")
	},
	"description works": func(t *testing.T, tree map[string][]byte, _ Result) {
		contains(t, tree, "prioriteiten/lezen/b-voorlezen/index.html", `<meta name="description" content="Voorlezen bij u in de buurt.">`)
	},
}

func init() { badCases = append(badCases, silentCases...) }

func contains(t *testing.T, tree map[string][]byte, name string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !bytes.Contains(tree[name], []byte(w)) {
			t.Errorf("%s lacks %s", name, w)
		}
	}
}

// nothingLost checks one built (or refused) tree: a refused build names a
// file and a line for every error (or a whole file that cannot be read);
// a build that succeeded shows every word of every Markdown text on its
// own page and in the print edition, and passes the case's output check.
func nothingLost(t *testing.T, name, c, out string, res Result, err error) {
	t.Helper()
	noFormatSlips(t, res.Diagnostics.Error(), err)
	if err != nil {
		if !errors.Is(err, ErrContent) {
			t.Fatalf("build failed without content errors: %v", err)
		}
		for _, d := range res.Diagnostics.Errors() {
			if d.Line > 0 {
				continue
			}
			// Only a file or folder that is missing, unreadable, a link
			// or in the wrong place has no line to point at.
			rel, _ := filepath.Rel(c, filepath.FromSlash(d.Path))
			if data, rerr := os.ReadFile(filepath.FromSlash(d.Path)); rerr == nil && len(bytes.TrimSpace(data)) > 0 && !isLink(d.Path) && isText(filepath.ToSlash(rel)) {
				t.Errorf("error without a line in a text: %v", d)
			}
		}
		return
	}
	tree := readTree(t, out)
	if check := outputChecks[name]; check != nil {
		check(t, tree, res)
	}
	wb, _ := content.Load(os.DirFS(c), content.Options{})
	print := wordSet(tree["werkboek/index.html"])
	texts := map[string][]model.Text{
		"index.html":            {wb.Intro},
		"keuzelijst/index.html": {wb.Checklist.Body},
		"tickets/index.html":    {wb.Tickets.Body},
	}
	if wb.Schedule != nil {
		texts["programma/index.html"] = []model.Text{wb.Schedule.Body}
	}
	for _, p := range wb.Priorities {
		texts["prioriteiten/"+p.Slug+"/index.html"] = []model.Text{p.Body}
		for _, card := range p.Cards {
			title := model.Text{Path: card.Path, Markdown: []byte(strings.ReplaceAll(card.Title, "<", `\<`))}
			texts["prioriteiten/"+p.Slug+"/"+card.Slug+"/index.html"] = []model.Text{title, card.Body}
		}
	}
	for page, ts := range texts {
		shown := wordSet(tree[page])
		for _, tx := range ts {
			for _, w := range sourceWords(tx.Markdown) {
				if !shown[w] {
					t.Errorf("%s: the word %q of %s is not on the page", page, w, tx.Path)
				}
				if !print[w] {
					t.Errorf("werkboek/index.html: the word %q of %s is not in the print edition", w, tx.Path)
				}
			}
		}
	}
}

// noFormatSlips fails when a message carries a slip of Go's fmt
// ("%!(EXTRA …)", "%!d(string=…)"): it would reach an editor as is.
func noFormatSlips(t *testing.T, msgs string, err error) {
	t.Helper()
	if err != nil {
		msgs += "\n" + err.Error()
	}
	if strings.Contains(msgs, "%!") {
		t.Errorf("a message carries a fmt slip (%%!):\n%s", msgs)
	}
}

// isText reports whether a path in the content folder is a file the
// loader reads as Markdown.
func isText(rel string) bool {
	switch parts := strings.Split(rel, "/"); {
	case len(parts) == 1:
		return rel == "_index.md" || rel == "programma.md" || rel == "keuzelijst.md" || rel == "tickets.md"
	case len(parts) == 3 && parts[0] == "prioriteiten":
		return strings.HasSuffix(rel, ".md")
	}
	return false
}

func isLink(p string) bool {
	st, err := os.Lstat(filepath.FromSlash(p))
	return err == nil && st.Mode()&os.ModeSymlink != 0
}

var (
	altRE = regexp.MustCompile(`\salt="([^"]*)"`)
	// Markdown that carries no words of its own: link destinations and
	// titles, reference definitions, list and task markers, fence info.
	destRE  = regexp.MustCompile(`\]\((?:<[^>]*>|[^()\s]*(?:\([^()]*\)[^()\s]*)*)(?:\s+"[^"]*")?\)`)
	refRE   = regexp.MustCompile(`(?m)^ {0,3}\[[^\]]+\]:.*$`)
	fenceRE = regexp.MustCompile("(?m)^ {0,3}(```|~~~)\\S*")
	markRE  = regexp.MustCompile(`(?m)^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s)?`)
)

// sourceWords lists the words of a Markdown text as an editor wrote them,
// found without goldmark: what the renderer drops cannot hide here.
func sourceWords(md []byte) []string {
	s := string(md)
	s = destRE.ReplaceAllString(s, "]")
	s = refRE.ReplaceAllString(s, "")
	s = fenceRE.ReplaceAllString(s, "")
	s = markRE.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	seen := map[string]bool{}
	var out []string
	for _, w := range strings.FieldsFunc(s, notWord) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// wordSet is the set of words of a page's text, image descriptions
// included.
func wordSet(page []byte) map[string]bool {
	text := pageText(page)
	for _, m := range altRE.FindAllSubmatch(page, -1) {
		text += " " + html.UnescapeString(string(m[1]))
	}
	set := map[string]bool{}
	for _, w := range strings.FieldsFunc(text, notWord) {
		set[w] = true
	}
	return set
}

func notWord(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
