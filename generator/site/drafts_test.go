package site

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// TestDrafts builds the small edition with one card made a draft: a site
// to publish (build, watch) leaves it out; with drafts (serve's default,
// or --drafts) its page, the lists and the print edition show it marked
// as a concept (also in the print edition's contents, the checklist and
// the tickets page's list), and search and the sitemap leave it out.
func TestDrafts(t *testing.T) {
	const (
		mark  = "Concept — niet gepubliceerd"
		page  = "prioriteiten/lezen/b-voorlezen/index.html"
		title = "Voorlezen in de wijk"
	)
	dir := t.TempDir()
	c := filepath.Join(dir, "content")
	copyTree(t, "testdata/kleine-editie", c)
	change(voorlezen, "weight: 2", "weight: 2\ndraft: true")(t, c)
	change("tickets.md", "eligible: [20-digitaal]", "eligible: [10-lezen, 20-digitaal]")(t, c)
	for _, tt := range []struct {
		name   string
		drafts bool
	}{{"published", false}, {"with drafts", true}} {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(dir, tt.name)
			res, err := Build(Options{SiteDir: repo, ContentDir: c, OutDir: out, Drafts: tt.drafts})
			if err != nil {
				t.Fatalf("build: %v\n%v", err, res.Diagnostics)
			}
			tree := readTree(t, out)
			for _, name := range []string{"sitemap.xml", "zoekindex.json"} {
				if bytes.Contains(tree[name], []byte("b-voorlezen")) || bytes.Contains(tree[name], []byte(title)) {
					t.Errorf("%s names the draft card", name)
				}
			}
			if !bytes.Contains(tree["sitemap.xml"], []byte("a-schrijfclub")) || !bytes.Contains(tree["zoekindex.json"], []byte("Schrijfclub voor senioren")) {
				t.Error("sitemap or search lost the published card")
			}
			if !tt.drafts {
				for name, b := range tree {
					if strings.Contains(name, "b-voorlezen") || bytes.Contains(b, []byte(title)) || bytes.Contains(b, []byte(mark)) {
						t.Errorf("%s shows the draft card", name)
					}
				}
				return
			}
			contains(t, tree, page, `<meta name="robots" content="noindex">`, `<span class="concept">`+mark+`</span> Deze kaart heeft <code>draft: true</code>`)
			contains(t, tree, "prioriteiten/lezen/index.html", title+`</span></a> <span class="concept">`+mark+`</span>`)
			contains(t, tree, "index.html", title+`</a> <span class="concept">`+mark+`</span>`)
			contains(t, tree, "werkboek/index.html", title+"</h3><p><span class=\"concept\">"+mark+"</span></p>",
				`<span class="toc-t">`+title+` <span class="concept">`+mark+`</span></span>`)
			contains(t, tree, "keuzelijst/index.html", title+` <span class="concept">`+mark+`</span></th>`)
			contains(t, tree, "tickets/index.html", title+` (concept — niet gepubliceerd)</option>`)
			for name, b := range tree {
				if bytes.Contains(b, []byte(mark)) && !strings.HasSuffix(name, ".html") {
					t.Errorf("%s has the mark", name)
				}
			}
			if other := tree["prioriteiten/lezen/a-schrijfclub/index.html"]; bytes.Contains(other, []byte(mark)) || bytes.Contains(other, []byte("noindex")) {
				t.Error("a published card is marked as a concept")
			}
		})
	}
}
