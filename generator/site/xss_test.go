package site

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hostile tries to break out of every context it may land in.
const hostile = `</title><script>alert(1)</script><img src=x onerror=alert(2)>"'`

// hostileTree writes a workbook whose every text field carries md (in the
// Markdown texts and values) or hostile (in the plain ones).
func hostileTree(t *testing.T, c, md string) {
	q := func(s string) string {
		return `"` + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), `"`, `\"`) + `"`
	}
	x := hostile
	put(t, c, "_index.md", "---\ntitle: "+q("Werkboek "+x)+"\nedition: "+q(x)+"\ndescription: "+q(x)+"\norganisation: "+q(x)+
		"\nevent:\n  name: "+q(x)+"\n  venue: "+q(x)+"\n  address: "+q(x)+"\n  registration: \"https://example.org/?a=<script>\"\ncontact:\n  name: "+q(x)+"\n  role: "+q(x)+"\n  phone: "+q(x)+"\n---\n"+md+"\n")
	put(t, c, "programma.md", "---\ntitle: "+q(x)+"\nschedule:\n  - time: \"09:30\"\n    activity: "+q(md)+"\n    speakers: ["+q(x)+"]\n    location: "+q(x)+"\n    items:\n      - text: "+q(md)+"\n        location: "+q(x)+"\n---\n"+md+"\n")
	put(t, c, "keuzelijst.md", "---\ntitle: "+q(x)+"\n---\n"+md+"\n")
	put(t, c, "tickets.md", "---\ntitle: "+q(x)+"\nfields: ["+q(x)+"]\n---\n"+md+"\n")
	put(t, c, "prioriteiten/1-p/_index.md", "---\ntitle: "+q(x)+"\nprogramme:\n  name: "+q(x)+"\n  ambition: "+q(x)+"\n  text: "+q(md)+"\nnote:\n  title: "+q(x)+"\n  text: "+q(md)+"\n---\n"+md+"\n")
	card := "---\ntitle: " + q(x) + "\nquestion: " + q(x) + "\n---\n" + md + "\n"
	for _, h := range []string{"Doelgroep", "Effect voor de doelgroep", "Doel van de Bibliotheek", "Resultaat", "Mogelijke onderwerpen"} {
		card += "\n## " + h + "\n- " + md + "\n"
	}
	put(t, c, "prioriteiten/1-p/1-kaart.md", card)
	put(t, c, "prioriteiten/1-p/2-tweede.md", card)
}

// TestHostileContentCannotInject builds a workbook whose every text field
// tries to inject markup or script, and checks every output file: pages,
// print edition, search index, sitemap and stylesheet. Markdown that would
// be raw HTML or a script link is refused (TestHostileMarkdownRefused);
// here the Markdown texts carry the same characters escaped, as text.
func TestHostileContentCannotInject(t *testing.T) {
	dir := t.TempDir()
	c := filepath.Join(dir, "content")
	hostileTree(t, c, strings.ReplaceAll(hostile, "<", `\<`)+" [a](https://example.org/?q=<script>)")
	out := filepath.Join(dir, "public")
	res, err := Build(Options{SiteDir: repo, ContentDir: c, OutDir: out})
	if err != nil {
		t.Fatalf("%v\n%v", err, res.Diagnostics)
	}
	checkNoInjection(t, out)
	tree := readTree(t, out)
	for name, b := range tree {
		if strings.Contains(string(b), "<img src=x") || strings.Contains(string(b), "<script>alert") {
			t.Errorf("%s carries injected markup", name)
		}
	}
	if !strings.Contains(pageText(tree["prioriteiten/p/kaart/index.html"]), "<script>alert(1)</script>") {
		t.Error("the escaped text is not shown as text on the card page")
	}
}

// TestHostileMarkdownRefused checks that raw HTML and script links in
// every Markdown text and value are refused, each at its file and line,
// and that nothing is written.
func TestHostileMarkdownRefused(t *testing.T) {
	dir := t.TempDir()
	c := filepath.Join(dir, "content")
	hostileTree(t, c, hostile+" [a](javascript:alert(3)) ![c](javascript:alert(5))")
	out := filepath.Join(dir, "public")
	res, err := Build(Options{SiteDir: repo, ContentDir: c, OutDir: out})
	if !errors.Is(err, ErrContent) {
		t.Fatalf("err = %v, want content errors", err)
	}
	want := map[string]bool{}
	for _, f := range []string{"_index.md", "programma.md", "keuzelijst.md", "tickets.md", "prioriteiten/1-p/_index.md", "prioriteiten/1-p/1-kaart.md", "prioriteiten/1-p/2-tweede.md"} {
		want[filepath.ToSlash(filepath.Join(c, f))] = true
	}
	for _, d := range res.Diagnostics {
		if !diagRE.MatchString(d.String()) || d.Line == 0 {
			t.Errorf("not at a line: %v", d)
		}
		delete(want, d.Path)
	}
	if len(want) > 0 {
		t.Errorf("no error for %v in:\n%v", want, res.Diagnostics)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a refused build wrote the output folder")
	}
}
