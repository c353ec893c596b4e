package site

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestPageStylesheets builds the bundled workbook: a page links the
// stylesheet of its own kind (css/pagina/<name>.css, minified and hashed)
// and no other kind's, except the programme page, whose market (a choice
// in the bundled programme) brings css/pagina/markt.css beside its own;
// and the print edition's stylesheet carries every kind's rules, since it
// holds every kind of page.
func TestPageStylesheets(t *testing.T) {
	got := readTree(t, buildInto(t, repo, filepath.Join(repo, "content")))
	linkRE := regexp.MustCompile(`href="(?:\.\.?/)*(css/pagina/[a-z]+\.[0-9a-f]{10}\.css)"`)
	for page, want := range map[string][]string{
		"index.html":            {"home"},
		"keuzelijst/index.html": {"keuzelijst"},
		"tickets/index.html":    {"tickets"},
		"programma/index.html":  {"programma", "markt"},
		"prioriteiten/jeugd-en-onderwijs/spoenk/index.html": {"kaart"},
	} {
		links := linkRE.FindAllStringSubmatch(string(got[page]), -1)
		var names []string
		for _, l := range links {
			names = append(names, strings.SplitN(strings.TrimPrefix(l[1], "css/pagina/"), ".", 2)[0])
		}
		if strings.Join(names, " ") != strings.Join(want, " ") {
			t.Errorf("%s links %q; want only css/pagina/{%s}.<hash>.css, in that order", page, links, strings.Join(want, ","))
			continue
		}
		for _, l := range links {
			css, ok := got[l[1]]
			if !ok || len(css) == 0 || bytes.Contains(css, []byte("/*")) || bytes.Contains(css, []byte("\n  ")) {
				t.Errorf("%s: %s is missing or not minified", page, l[1])
			}
		}
	}
	var edition []byte
	for name, b := range got {
		if strings.HasPrefix(name, "css/afdrukversie.") {
			edition = b
		}
	}
	for _, rule := range []string{".ticket-action{", ".schedule{", ".chosen{", ".sec{", ".markt-opties{"} {
		if !bytes.Contains(edition, []byte(rule)) {
			t.Errorf("the print edition's stylesheet lacks %s…}", rule)
		}
	}
}
