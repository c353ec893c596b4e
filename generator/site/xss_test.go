package site

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestHostileContentCannotInject builds a workbook whose every text field
// tries to inject markup or script, and checks every output file: pages,
// print edition, search index, sitemap and stylesheet.
func TestHostileContentCannotInject(t *testing.T) {
	const x = `</title><script>alert(1)</script><img src=x onerror=alert(2)>"'`
	q := func(s string) string {
		return `"` + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), `"`, `\"`) + `"`
	}
	dir := t.TempDir()
	c := filepath.Join(dir, "content")
	put(t, c, "_index.md", "---\ntitle: "+q("Werkboek "+x)+"\nedition: "+q(x)+"\ndescription: "+q(x)+"\norganisation: "+q(x)+
		"\nevent:\n  name: "+q(x)+"\n  venue: "+q(x)+"\n  address: "+q(x)+"\n  registration: \"https://example.org/?a=<script>\"\ncontact:\n  name: "+q(x)+"\n  role: "+q(x)+"\n  phone: "+q(x)+"\n---\n"+x+" [a](javascript:alert(3))\n")
	put(t, c, "programma.md", "---\ntitle: "+q(x)+"\nschedule:\n  - time: \"09:30\"\n    activity: "+q(x)+"\n    speakers: ["+q(x)+"]\n    location: "+q(x)+"\n    items:\n      - text: "+q(x)+"\n        location: "+q(x)+"\n---\n"+x+"\n")
	put(t, c, "keuzelijst.md", "---\ntitle: "+q(x)+"\n---\n"+x+"\n")
	put(t, c, "tickets.md", "---\ntitle: "+q(x)+"\nfields: ["+q(x)+"]\n---\n"+x+"\n")
	put(t, c, "prioriteiten/1-p/_index.md", "---\ntitle: "+q(x)+"\nprogramme:\n  name: "+q(x)+"\n  ambition: "+q(x)+"\n  text: "+q(x)+"\nnote:\n  title: "+q(x)+"\n  text: "+q(x)+"\n---\n"+x+"\n")
	card := "---\ntitle: " + q(x) + "\nquestion: " + q(x) + "\n---\n" + x + "\n"
	for _, h := range []string{"Doelgroep", "Effect voor de doelgroep", "Doel van de Bibliotheek", "Resultaat", "Mogelijke onderwerpen"} {
		card += "\n## " + h + "\n- " + x + " [b](javascript:alert(4)) ![c](javascript:alert(5))\n"
	}
	put(t, c, "prioriteiten/1-p/1-kaart.md", card)
	put(t, c, "prioriteiten/1-p/2-tweede.md", card)
	out := filepath.Join(dir, "public")
	res, err := Build(Options{SiteDir: repo, ContentDir: c, OutDir: out})
	if err != nil {
		t.Fatalf("%v\n%v", err, res.Diagnostics)
	}
	checkNoInjection(t, out)
	for name, b := range readTree(t, out) {
		if strings.Contains(string(b), "<img src=x") || strings.Contains(string(b), "alert(3)") && strings.HasSuffix(name, ".html") && strings.Contains(string(b), `href="javascript`) {
			t.Errorf("%s carries injected markup", name)
		}
	}
}
