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
// and no other kind's, and the print edition's stylesheet carries every
// kind's rules, since it holds every kind of page.
func TestPageStylesheets(t *testing.T) {
	got := readTree(t, buildInto(t, repo, filepath.Join(repo, "content")))
	linkRE := regexp.MustCompile(`href="(?:\.\.?/)*(css/pagina/[a-z]+\.[0-9a-f]{10}\.css)"`)
	for page, want := range map[string]string{
		"index.html":            "home",
		"keuzelijst/index.html": "keuzelijst",
		"tickets/index.html":    "tickets",
		"programma/index.html":  "programma",
		"prioriteiten/jeugd-en-onderwijs/spoenk/index.html": "kaart",
	} {
		links := linkRE.FindAllStringSubmatch(string(got[page]), -1)
		if len(links) != 1 || !strings.HasPrefix(links[0][1], "css/pagina/"+want+".") {
			t.Errorf("%s links %q; want only css/pagina/%s.<hash>.css", page, links, want)
			continue
		}
		css, ok := got[links[0][1]]
		if !ok || len(css) == 0 || bytes.Contains(css, []byte("/*")) || bytes.Contains(css, []byte("\n  ")) {
			t.Errorf("%s: %s is missing or not minified", page, links[0][1])
		}
	}
	var edition []byte
	for name, b := range got {
		if strings.HasPrefix(name, "css/afdrukversie.") {
			edition = b
		}
	}
	for _, rule := range []string{".ticket-action{", ".schedule{", ".chosen{", ".sec{"} {
		if !bytes.Contains(edition, []byte(rule)) {
			t.Errorf("the print edition's stylesheet lacks %s…}", rule)
		}
	}
}
