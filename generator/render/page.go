package render

import (
	"cmp"
	"fmt"
	"html/template"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/probiblio/werkboek/generator/view"
)

// Crumb is one step of a breadcrumb trail.
type Crumb struct {
	Title   string
	URL     string // site-relative
	Current bool   // the page itself, shown without a link
}

// Page is one output page and the data its layout receives.
type Page struct {
	Book        *view.Book
	Kind        string
	Title       string
	Description string
	File        string // output file, e.g. "programma/index.html"
	URL         string // site-relative URL, e.g. "programma/"
	Root        string // prefix from this page to the site root, e.g. "../"
	Assets      Assets
	Crumbs      []Crumb
	Priority    *view.PriorityView
	Card        *view.CardView
	// Cards are the cards a page of a priority lists; nil on pages that
	// are not about one priority.
	Cards []*view.CardView
	Pager *Pager // on the pages of a priority and of libraries
	// Libraries is the page of libraries of a large count it shows; nil
	// on every other page.
	Libraries *view.LibraryPage
	r         *Renderer
}

// Pager links the pages of a priority's list of cards.
type Pager struct {
	Number, Count int
	Prev, Next    string // site-relative URLs; "" at the ends
}

// Chrome returns the page's header or footer ("header", "footer"). These
// depend only on the kind of page and its depth, so each is executed once
// per kind and depth and then reused.
func (p *Page) Chrome(name string) (template.HTML, error) {
	key := name + "|" + p.Kind + "|" + p.Root
	if h, ok := p.r.chrome.Load(key); ok {
		return h.(template.HTML), nil
	}
	var b strings.Builder
	if err := p.r.templates[p.Kind].ExecuteTemplate(&b, name, p); err != nil {
		return "", err
	}
	h := template.HTML(b.String())
	p.r.chrome.Store(key, h)
	return h, nil
}

// Asset returns the name in the site of an asset that a layout asks for
// by its name in assets/, such as "js/pagina/keuze.js"; "" when there is
// none.
func (p *Page) Asset(name string) string { return p.Assets.Files[name] }

// Canonical is the page's absolute URL, or "" without a baseURL.
func (p *Page) Canonical() string {
	if p.Book.BaseURL == "" {
		return ""
	}
	return p.Book.BaseURL + p.URL
}

// DocTitle is the text of the <title> element.
func (p *Page) DocTitle() string {
	if p.Kind == "home" {
		return p.Book.Title
	}
	return p.Title + " · " + p.Book.Title
}

// crumbHome and crumbPriorities are the first steps of the breadcrumb of a priority's
// pages and of a card: the workbook, then the page of all priorities.
var (
	crumbHome       = Crumb{Title: "Werkboek", URL: ""}
	crumbPriorities = Crumb{Title: "Prioriteiten", URL: "prioriteiten/"}
)

// Pages lists every page of the site in a fixed order.
func (r *Renderer) Pages(b *view.Book) []*Page { return r.PagesFrom(b, nil) }

// PagesFrom is Pages, keeping the page of a card from prev (the pages of
// the rebuild before, whose site key is this one's) when the card kept
// its view and its page is in the same place of the list: then the page
// says what it said. A kept page is shared and never written to.
func (r *Renderer) PagesFrom(b *view.Book, prev []*Page) []*Page {
	desc := b.Description
	pages := []*Page{{Kind: "home", Title: b.Title, Description: desc, URL: ""}}
	if b.Schedule != nil {
		pages = append(pages, &Page{Kind: "programme", Title: b.Schedule.Title, Description: cmp.Or(b.Schedule.Schedule.Description, "Het programma van de "+b.Event.Name+": tijden, sprekers en zalen."), URL: "programma/"})
	}
	pages = append(pages, &Page{Kind: "priorities", Title: "Prioriteiten", Description: fmt.Sprintf("De %d prioriteiten van het werkboek en hun projecten.", len(b.Priorities)), URL: "prioriteiten/",
		Crumbs: []Crumb{{Title: "Werkboek", URL: ""}, {Title: "Prioriteiten", Current: true}}})
	// The pages of the cards and their crumbs, each in one allocation:
	// ten thousand small ones cost the collector more.
	// Kept pages leave few to make: then each is made on its own.
	var cardPages []Page
	var crumbs []Crumb
	if prev == nil {
		cardPages, crumbs = make([]Page, len(b.Cards)), make([]Crumb, 4*len(b.Cards))
	}
	pages = slices.Grow(pages, len(b.Cards)+2*len(b.Priorities)+8)
	for _, pv := range b.Priorities {
		pages = append(pages, priorityPages(pv)...)
		for _, cv := range pv.Cards {
			if i := len(pages); i < len(prev) && prev[i].Card == cv && prev[i].Kind == "card" {
				pages = append(pages, prev[i])
				continue
			}
			if len(cardPages) == 0 {
				cardPages, crumbs = make([]Page, 1), make([]Crumb, 4)
			}
			p := &cardPages[0]
			cardPages = cardPages[1:]
			c := crumbs[:4:4]
			crumbs = crumbs[4:]
			c[0], c[1], c[2], c[3] = crumbHome, crumbPriorities, Crumb{Title: pv.Title, URL: pv.URL}, Crumb{Title: cv.Title, Current: true}
			*p = Page{Kind: "card", Title: cv.Title, Description: cv.Description, URL: cv.URL, File: cv.File, Priority: pv, Card: cv, Crumbs: c}
			pages = append(pages, p)
		}
	}
	pages = append(pages,
		&Page{Kind: "checklist", Title: b.Checklist.Title, Description: cmp.Or(b.Checklist.Description, "Kies per project Ja, Misschien of Nee."), URL: "keuzelijst/"},
		&Page{Kind: "tickets", Title: b.Tickets.Title, Description: cmp.Or(b.Tickets.Description, fmt.Sprintf("Kies met maximaal %d tickets de netwerkprojecten waaraan uw Bibliotheek meedoet.", b.Tickets.Max)), URL: "tickets/"},
	)
	if b.Participants != nil {
		pages = append(pages, &Page{Kind: "participants", Title: "Deelnemers", Description: "Welke Bibliotheken aan welk netwerkproject deelnemen, volgens de ingeleverde tickets.", URL: view.ParticipantsURL,
			Crumbs: []Crumb{{Title: "Werkboek", URL: ""}, {Title: "Deelnemers", Current: true}}})
		pages = append(pages, libraryPages(b.Participants.Pages)...)
	}
	pages = append(pages,
		&Page{Kind: "print", Title: "Werkboek om af te drukken", Description: "Het hele werkboek op A4, om af te drukken en mee te nemen naar de " + b.Event.Name + ".", URL: "werkboek/"},
		&Page{Kind: "404", Title: "Pagina niet gevonden", Description: "Deze pagina bestaat niet.", URL: "404.html"},
	)
	for i, p := range pages {
		if i < len(prev) && p == prev[i] { // kept
			continue
		}
		p.Book, p.Assets, p.r = b, r.assets, r
		if p.Description == "" {
			p.Description = desc
		}
		switch {
		case p.Kind == "404":
			p.File = "404.html"
			p.Root = "/"
			if b.BaseURL != "" {
				if u, err := url.Parse(b.BaseURL); err == nil {
					p.Root = u.Path
				}
			}
		case p.File != "": // a card's, made with its view
			p.Root = rootOf(p.URL)
		default:
			p.File = p.URL + "index.html" // every URL but the 404's ends in /
			p.Root = rootOf(p.URL)
		}
	}
	return pages
}

// roots are the prefixes from a page to the site root by the page's
// depth, shared by all pages of that depth.
var roots = [...]string{"./", "../", "../../", "../../../", "../../../../", "../../../../../"}

// rootOf is the prefix from the page at url to the site root.
func rootOf(url string) string {
	d := strings.Count(url, "/")
	if d < len(roots) {
		return roots[d]
	}
	return strings.Repeat("../", d)
}

// priorityPages are the pages that list a priority's cards, PerPage a
// page: prioriteiten/<slug>/, then prioriteiten/<slug>/pagina/2/ and on.
func priorityPages(pv *view.PriorityView) []*Page {
	count := max(1, (len(pv.Cards)+PerPage-1)/PerPage)
	url := func(n int) string {
		if n == 1 {
			return pv.URL
		}
		return pv.URL + "pagina/" + strconv.Itoa(n) + "/"
	}
	pages := make([]*Page, count)
	for i := range pages {
		n := i + 1
		p := &Page{Kind: "priority", Title: pv.Title, URL: url(n), Priority: pv, Pager: &Pager{Number: n, Count: count},
			Cards:       pv.Cards[i*PerPage : min(len(pv.Cards), n*PerPage)],
			Description: cmp.Or(pv.Description, fmt.Sprintf("Prioriteit %d van het werkboek: %s, met %d projecten.", pv.Number, pv.Title, len(pv.Cards))),
			Crumbs:      []Crumb{crumbHome, crumbPriorities, {Title: pv.Title, Current: true}}}
		if n > 1 {
			p.Title = fmt.Sprintf("%s, pagina %d", pv.Title, n)
			p.Description = fmt.Sprintf("Pagina %d van %d met de projecten van prioriteit %d: %s.", n, count, pv.Number, pv.Title)
			p.Crumbs = []Crumb{crumbHome, crumbPriorities, {Title: pv.Title, URL: pv.URL}, {Title: fmt.Sprintf("Pagina %d", n), Current: true}}
			p.Pager.Prev = url(n - 1)
		}
		if n < count {
			p.Pager.Next = url(n + 1)
		}
		pages[i] = p
	}
	return pages
}

// libraryPages are the pages of the libraries of a large count:
// deelnemers/pagina/1/ and on, linked to each other.
func libraryPages(list []*view.LibraryPage) []*Page {
	pages := make([]*Page, len(list))
	for i, lp := range list {
		p := &Page{Kind: "participants", Title: fmt.Sprintf("Deelnemers, pagina %d", lp.Number), URL: lp.URL, Libraries: lp,
			Description: fmt.Sprintf("Pagina %d van %d van de deelnemende Bibliotheken, %s tot en met %s, met hun projecten.", lp.Number, len(list), lp.First(), lp.Last()),
			Crumbs:      []Crumb{crumbHome, {Title: "Deelnemers", URL: view.ParticipantsURL}, {Title: fmt.Sprintf("Pagina %d", lp.Number), Current: true}},
			Pager:       &Pager{Number: lp.Number, Count: len(list)}}
		if i > 0 {
			p.Pager.Prev = list[i-1].URL
		}
		if i+1 < len(list) {
			p.Pager.Next = list[i+1].URL
		}
		pages[i] = p
	}
	return pages
}
