package view

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/photo"
	"github.com/yuin/goldmark/ast"
)

// Every Markdown text is shown on two pages: its own (a card on its card
// page, a priority's introduction on the priority page, …) and the print
// edition at werkboek/. Links to cards, priorities and pages and images
// beside the text resolve differently on each: on its own page they are
// relative URLs, in the print edition in-document anchors and paths from
// werkboek/. A text without such links is converted once and the print
// edition shares its HTML.

// printPage is the URL of the print edition; its depth gives "../".
const printPage = "werkboek/"

// pageAnchors are the ids of the root pages' parts in the print edition.
var pageAnchors = map[string]string{"home": "voorwoord", "programme": "programma", "checklist": "keuzelijst", "tickets": "tickets"}

// pageURLs are the site-relative URLs of the root pages.
var pageURLs = map[string]string{"home": "", "programme": "programma/", "checklist": "keuzelijst/", "tickets": "tickets/"}

// The addresses of priorities and cards are made here and nowhere else:
// the pages, the links between texts, the search index, the sitemap and
// the site's manifest all take them from these functions.

// PriorityAddress is the site-relative folder of the priority with the
// given slug: "prioriteiten/jeugd-en-onderwijs/".
func PriorityAddress(slug string) string { return "prioriteiten/" + slug + "/" }

// CardAddress is the site-relative folder of a card, by the slugs of its
// priority and its own: "prioriteiten/jeugd-en-onderwijs/spoenk/".
func CardAddress(priority, slug string) string { return PriorityAddress(priority) + slug + "/" }

// PriorityURL is the site-relative address of p.
func PriorityURL(p *model.Priority) string { return PriorityAddress(p.Slug) }

// CardURL is the site-relative address of c.
func CardURL(c *model.Card) string { return CardAddress(c.Priority.Slug, c.Slug) }

// CardAnchor is the id of a card in the print edition:
// "k-jeugd-en-onderwijs-spoenk".
func CardAnchor(c *model.Card) string { return "k-" + c.Priority.Slug + "-" + c.Slug }

// linker gives the addresses of the links and images of one text.
type linker struct {
	page    string      // site-relative URL of the text's own page
	self    *model.Card // the card the text is, or nil
	baseURL string      // the site's address, or ""
}

// site is the address of t on the text's own page.
func (k linker) site(t model.Target) string {
	root := strings.Repeat("../", strings.Count(k.page, "/"))
	var u string
	switch {
	case t.File != nil:
		return url.PathEscape(t.File.Base) // published beside the page
	case t.Card != nil && t.Card == k.self:
		if t.Section != "" {
			return "#" + t.Section
		}
		return "./"
	case t.Card != nil:
		u = root + CardURL(t.Card)
		if t.Section != "" {
			u += "#" + t.Section
		}
	case t.Priority != nil:
		u = root + PriorityURL(t.Priority)
	default:
		u = root + pageURLs[t.Page]
	}
	if u == "" {
		return "./"
	}
	return u
}

// print is the address of t in the print edition: an anchor in the
// document, or the file beside the text's own page.
func (k linker) print(t model.Target, image bool) string {
	switch {
	case t.File != nil && !image && k.baseURL != "":
		// A PDF printed from the print edition keeps its links: make the
		// link absolute, so it works in werkboek.pdf too.
		return k.baseURL + k.page + url.PathEscape(t.File.Base)
	case t.File != nil:
		return "../" + k.page + url.PathEscape(t.File.Base)
	case t.Card != nil:
		a := "#" + CardAnchor(t.Card)
		if t.Section != "" {
			a += "-" + t.Section
		}
		return a
	case t.Priority != nil:
		return "#p-" + t.Priority.Slug
	}
	return "#" + pageAnchors[t.Page]
}

// refNode is a link or image node whose destination is in the text's
// Links, with what it points at.
type refNode struct {
	node   ast.Node
	target model.Target
}

// refsOf pairs the links and images of a text that point into the
// content tree with what they point at. The nodes are found through the
// text's Refs, never by their destination, which point overwrites.
func refsOf(t model.Text) []refNode {
	var out []refNode
	for _, r := range t.Refs {
		if target, ok := t.Links[r.Dest]; ok && r.Node != nil {
			out = append(out, refNode{r.Node, target})
		}
	}
	return out
}

// point sets the destinations of refs for the site (print false) or the
// print edition. Images get their width and height, and on the site
// loading="lazy".
func (k linker) point(refs []refNode, print bool) {
	for _, r := range refs {
		switch n := r.node.(type) {
		case *ast.Link:
			if print {
				n.Destination = []byte(k.print(r.target, false))
			} else {
				n.Destination = []byte(k.site(r.target))
			}
		case *ast.Image:
			if print {
				n.Destination = []byte(k.print(r.target, true))
			} else {
				n.Destination = []byte(k.site(r.target))
			}
			n.RemoveAttributes()
			f := r.target.File
			if f == nil {
				break
			}
			w, h := f.Width, f.Height
			var srcset []string
			if photo.Resizes(f.Base) {
				copies := photo.Copies(f.Base, w, h)
				w, h = copies[len(copies)-1].Width, copies[len(copies)-1].Height
				for _, c := range copies {
					srcset = append(srcset, strings.ReplaceAll(url.PathEscape(c.Name), ",", "%2C")+" "+strconv.Itoa(c.Width)+"w")
				}
			}
			n.SetAttributeString("width", []byte(strconv.Itoa(w)))
			n.SetAttributeString("height", []byte(strconv.Itoa(h)))
			if !print {
				if len(srcset) > 1 {
					n.SetAttributeString("srcset", []byte(strings.Join(srcset, ", ")))
					n.SetAttributeString("sizes", []byte(imageSizes))
				}
				n.SetAttributeString("loading", []byte("lazy"))
			}
		}
	}
}

// imageSizes tells the browser how wide an image in a text is shown, so
// it picks the copy to fetch: the column of a page (.wrap in the site's
// stylesheet, 72rem less its padding) or the whole screen.
const imageSizes = "(min-width: 72rem) 68rem, 100vw"

// PublishedFile is a file beside a text at its place in the output: in
// the folder of the page that shows the text.
type PublishedFile struct {
	Name string // output path, e.g. "prioriteiten/jeugd/spoenk/foto.jpg"
	File *model.File
}

// Files lists every file the pages show or link to, once per page that
// uses it, in a fixed order.
func (b *Book) Files() []PublishedFile {
	var out []PublishedFile
	add := func(page string, t model.Text) {
		for _, d := range sortedDests(t.Links) {
			if f := t.Links[d].File; f != nil {
				out = append(out, PublishedFile{Name: page + f.Base, File: f})
			}
		}
	}
	add(pageURLs["home"], b.Workbook.Intro)
	if b.Schedule != nil {
		add(pageURLs["programme"], b.Schedule.Schedule.Body)
	}
	add(pageURLs["checklist"], b.Checklist.Body)
	add(pageURLs["tickets"], b.Tickets.Body)
	for _, p := range b.Priorities {
		add(p.URL, p.Priority.Body)
	}
	for _, c := range b.Cards {
		add(c.URL, c.Card.Body)
	}
	seen := map[string]bool{}
	uniq := out[:0]
	for _, f := range out {
		if !seen[f.Name] {
			seen[f.Name] = true
			uniq = append(uniq, f)
		}
	}
	return uniq
}

func sortedDests(links model.Links) []string {
	out := make([]string, 0, len(links))
	for d := range links {
		out = append(out, d)
	}
	slices.Sort(out)
	return out
}
