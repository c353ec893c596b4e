package site

import (
	"html/template"
	"io"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/probiblio/werkboek/generator/fingerprint"
	"github.com/probiblio/werkboek/generator/view"
)

// When the address of a priority or a card changes (a renamed folder or
// file, a changed slug:, a card moved to another priority), links that
// libraries, search engines and last year's mails hold would lead
// nowhere. The engine remembers every old address with where its page is
// now (Engine.moved, kept in the manifest for the next build) and writes
// a small page at the old address that sends the reader on. Nothing is
// asked of the editor.

// place is a page that can move: its folder in the site and what
// identifies it when its address changes.
type place struct {
	addr, title, file string
}

// placesOf lists the priority and card pages of a manifest.
func placesOf(m *manifest) []place {
	if m == nil {
		return nil
	}
	var out []place
	for _, p := range m.Priorities {
		out = append(out, place{view.PriorityAddress(p.Slug), "p:" + p.Title, "p:" + p.Dir})
	}
	for _, c := range m.Cards {
		out = append(out, place{c.address(), "c:" + c.Title, "c:" + c.File})
	}
	return out
}

// successor finds where a page that is gone went: the one page with its
// title and file name, else the one with its title, else the one with its
// file name.
func successor(old place, now []place) string {
	for _, same := range []func(place) bool{
		func(p place) bool { return p.title == old.title && p.file == old.file },
		func(p place) bool { return len(old.title) > 2 && p.title == old.title },
		func(p place) bool { return len(old.file) > 2 && p.file == old.file },
	} {
		found := ""
		n := 0
		for _, p := range now {
			if same(p) {
				found = p.addr
				n++
			}
		}
		if n == 1 {
			return found
		}
	}
	return ""
}

// sameAddresses reports whether two manifests have the same priorities
// and cards at the same addresses, with the same titles and files: then
// no page came, went or moved between them (most edits).
func sameAddresses(prev, next *manifest) bool {
	return prev != nil && next != nil && slices.Equal(prev.Priorities, next.Priorities) && slices.Equal(prev.Cards, next.Cards)
}

// movedSince brings the old addresses up to date with the site next,
// made after the site prev: pages of prev that are gone are sent on to
// their successor, older addresses follow the pages they point at, and an
// address that is a page again, or whose page is gone, is forgotten.
func movedSince(moved map[string]string, prev, next *manifest) map[string]string {
	now := placesOf(next)
	here := map[string]bool{}
	for _, p := range now {
		here[p.addr] = true
	}
	went := map[string]string{}
	for _, old := range placesOf(prev) {
		if !here[old.addr] {
			if to := successor(old, now); to != "" {
				went[old.addr] = to
			}
		}
	}
	out := map[string]string{}
	for from, to := range moved {
		if !here[to] {
			to = went[to]
		}
		if to != "" && !here[from] {
			out[from] = to
		}
	}
	maps.Copy(out, went)
	return out
}

// redirectItems are the pages at the old addresses.
func redirectItems(b *view.Book, moved map[string]string, k keys, offline bool) []item {
	if len(moved) == 0 {
		return nil
	}
	titles := map[string]string{}
	for _, p := range b.Priorities {
		titles[p.URL] = p.Title
	}
	for _, c := range b.Cards {
		titles[c.URL] = c.Title
	}
	var out []item
	for _, from := range slices.Sorted(maps.Keys(moved)) {
		to := moved[from]
		page := redirectPage{
			Title:     titles[to],
			To:        strings.Repeat("../", strings.Count(from, "/")) + to,
			Canonical: b.Workbook.BaseURL + to,
		}
		if b.Workbook.BaseURL == "" {
			page.Canonical = page.To
		}
		if offline {
			page.To += "index.html"
		}
		key := fingerprint.New().Num(k.site).Str(from).Str(to).Str(page.Title).Sum()
		out = append(out, item{path.Join(from, "index.html"), key, func(w io.Writer) error { return redirectTemplate.Execute(w, page) }, false})
	}
	return out
}

// appendRedirects adds the pages at old addresses to items, but never
// in place of a page of the site.
func appendRedirects(items, redirects []item) []item {
	if len(redirects) == 0 {
		return items
	}
	seen := make(map[string]bool, len(items))
	for _, it := range items {
		seen[it.name] = true
	}
	for _, r := range redirects {
		if !seen[r.name] {
			items = append(items, r)
		}
	}
	return items
}

// redirectPage is what a page at an old address says.
type redirectPage struct {
	Title, To, Canonical string
}

var redirectTemplate = template.Must(template.New("verhuisd").Parse(`<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url={{.To}}">
<link rel="canonical" href="{{.Canonical}}">
<title>{{.Title}} – nieuw adres</title>
</head>
<body>
<p>Deze pagina heeft een nieuw adres: <a href="{{.To}}">{{.Title}}</a>.</p>
</body>
</html>
`))
