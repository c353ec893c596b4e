package render

import (
	"cmp"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"github.com/probiblio/werkboek/generator/syserr"
)

// Kinds of pages, each with its own layout file "<kind>.html".
var kinds = []string{"home", "programme", "priorities", "priority", "card", "checklist", "tickets", "print", "404"}

// PerPage is how many cards one page of a priority lists.
const PerPage = 30

// Assets names the hashed asset files the pages link to, relative to the
// site root.
type Assets struct {
	CSS        string            // e.g. "css/werkboek.1a2b3c4d.css", linked by every page
	EditionCSS string            // the print edition's own stylesheet
	JS         []string          // scripts loaded with defer on every page
	Files      map[string]string // every script by its name in assets/ ("js/pagina/keuze.js")
}

// Renderer holds the parsed layouts; it is safe for concurrent use.
type Renderer struct {
	templates map[string]*template.Template
	base      *template.Template // the shared partials, for fragments
	assets    Assets
	chrome    sync.Map // "name|kind|root" → template.HTML
	// source holds the same layouts not minified, parsed when a page
	// fails: it is made again with them, so the error names the layout's
	// own line.
	source *source
}

// source is the layouts as written, parsed on first need.
type source struct {
	layouts fs.FS
	once    sync.Once
	r       *Renderer
	err     error
}

func (s *source) get() (*Renderer, error) {
	s.once.Do(func() {
		r := &Renderer{}
		r.templates, r.base, s.err = parseLayouts(s.layouts, false)
		s.r = r
	})
	return s.r, s.err
}

// New parses the layouts once: base.html and partials.html are shared by
// every page kind, and each kind has its own file defining "main". A
// mistake in a layout is a *LayoutError.
func New(layouts fs.FS, assets Assets) (*Renderer, error) {
	r := &Renderer{assets: assets, source: &source{layouts: layouts}}
	var err error
	if r.templates, r.base, err = parseLayouts(layouts, true); err != nil {
		// Tell it at the line of the layout as written.
		if _, _, serr := parseLayouts(layouts, false); serr != nil {
			err = serr
		}
		return nil, err
	}
	return r, nil
}

// parseLayouts parses every layout, minified or as written.
func parseLayouts(layouts fs.FS, minify bool) (map[string]*template.Template, *template.Template, error) {
	base := template.New("").Funcs(funcs)
	for _, name := range []string{"base.html", "partials.html"} {
		if err := parseLayout(base, layouts, name, minify); err != nil {
			return nil, nil, err
		}
	}
	templates := map[string]*template.Template{}
	for _, k := range kinds {
		t, err := base.Clone()
		if err == nil {
			err = parseLayout(t, layouts, k+".html", minify)
		}
		if err != nil {
			return nil, nil, err
		}
		templates[k] = t
	}
	return templates, base, nil
}

// With returns a renderer that shares r's parsed layouts but links the
// given assets; layouts are parsed once per session, assets may change
// with every build (the stylesheet carries the priorities' colours).
func (r *Renderer) With(assets Assets) *Renderer {
	return &Renderer{templates: r.templates, base: r.base, assets: assets, source: r.source}
}

// parseLayout adds one layout file to t, minified when asked.
func parseLayout(t *template.Template, layouts fs.FS, name string, minify bool) error {
	src, err := fs.ReadFile(layouts, name)
	if err != nil {
		return &LayoutError{File: "layouts/" + name, Reason: "ontbreekt of is onleesbaar (" + syserr.Dutch(err) + ")"}
	}
	if minify {
		if src, err = minifyLayout(src); err != nil {
			return &LayoutError{File: "layouts/" + name, Reason: "kan niet worden verkleind; controleer de HTML"}
		}
	}
	if _, err := t.New(name).Parse(string(src)); err != nil {
		return explainLayout(err)
	}
	return nil
}

var funcs = template.FuncMap{
	"lower": strings.ToLower,
	// signature sets a priority title as the paper did: "jeugd & onderwijs."
	"signature": func(s string) string { return strings.ToLower(strings.TrimSuffix(s, ".")) + "." },
	"seq": func(n int) []int {
		out := make([]int, n)
		for i := range out {
			out[i] = i + 1
		}
		return out
	},
	"inline":  MarkdownInline,
	"join":    strings.Join,
	"choices": func() []string { return []string{"Ja", "Misschien", "Nee"} },
	"dict": func(kv ...any) map[string]any {
		m := make(map[string]any, len(kv)/2)
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	},
	// tel turns a phone number as editors write it ("023 55 46 362") into
	// a tel: link; only digits and + are kept, so it is always safe.
	"tel": func(s string) template.URL {
		digits := strings.Map(func(r rune) rune {
			if (r >= '0' && r <= '9') || r == '+' {
				return r
			}
			return -1
		}, s)
		return template.URL("tel:" + digits)
	},
	"safeURL": func(s string) template.URL {
		if u, err := url.Parse(s); err == nil && (u.Scheme == "http" || u.Scheme == "https" || u.Scheme == "mailto") {
			return template.URL(s)
		}
		return ""
	},
}

// Crumb is one step of a breadcrumb trail.
type Crumb struct {
	Title   string
	URL     string // site-relative
	Current bool   // the page itself, shown without a link
}

// Page is one output page and the data its layout receives.
type Page struct {
	Book        *Book
	Kind        string
	Title       string
	Description string
	File        string // output file, e.g. "programma/index.html"
	URL         string // site-relative URL, e.g. "programma/"
	Root        string // prefix from this page to the site root, e.g. "../"
	Assets      Assets
	Crumbs      []Crumb
	Priority    *PriorityView
	Card        *CardView
	// Cards are the cards a page of a priority lists; nil on pages that
	// are not about one priority.
	Cards []*CardView
	Pager *Pager // on the pages of a priority
	r     *Renderer
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

// Pages lists every page of the site in a fixed order.
func (r *Renderer) Pages(b *Book) []*Page {
	desc := b.Description
	pages := []*Page{{Kind: "home", Title: b.Title, Description: desc, URL: ""}}
	if b.Schedule != nil {
		pages = append(pages, &Page{Kind: "programme", Title: b.Schedule.Title, Description: cmp.Or(b.Schedule.Description, "Het programma van de "+b.Event.Name+": tijden, sprekers en zalen."), URL: "programma/"})
	}
	pages = append(pages, &Page{Kind: "priorities", Title: "Prioriteiten", Description: fmt.Sprintf("De %d prioriteiten van het werkboek en hun projecten.", len(b.Priorities)), URL: "prioriteiten/",
		Crumbs: []Crumb{{Title: "Werkboek", URL: ""}, {Title: "Prioriteiten", Current: true}}})
	for _, pv := range b.Priorities {
		pages = append(pages, priorityPages(pv)...)
		for _, cv := range pv.Cards {
			pages = append(pages, &Page{Kind: "card", Title: cv.Title, Description: cv.Description, URL: cv.URL, Priority: pv, Card: cv,
				Crumbs: []Crumb{{Title: "Werkboek", URL: ""}, {Title: pv.Title, URL: pv.URL}, {Title: cv.Title, Current: true}}})
		}
	}
	pages = append(pages,
		&Page{Kind: "checklist", Title: b.Checklist.Title, Description: cmp.Or(b.Checklist.Description, "Kies per project Ja, Misschien of Nee."), URL: "keuzelijst/"},
		&Page{Kind: "tickets", Title: b.Tickets.Title, Description: cmp.Or(b.Tickets.Description, fmt.Sprintf("Kies met maximaal %d tickets de netwerkprojecten waaraan uw Bibliotheek meedoet.", b.Tickets.Max)), URL: "tickets/"},
		&Page{Kind: "print", Title: "Werkboek om af te drukken", Description: "Het hele werkboek op A4, om af te drukken en mee te nemen naar de " + b.Event.Name + ".", URL: "werkboek/"},
		&Page{Kind: "404", Title: "Pagina niet gevonden", Description: "Deze pagina bestaat niet.", URL: "404.html"},
	)
	for _, p := range pages {
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
func priorityPages(pv *PriorityView) []*Page {
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
			Crumbs:      []Crumb{{Title: "Werkboek", URL: ""}, {Title: pv.Title, Current: true}}}
		if n > 1 {
			p.Title = fmt.Sprintf("%s, pagina %d", pv.Title, n)
			p.Description = fmt.Sprintf("Pagina %d van %d met de projecten van prioriteit %d: %s.", n, count, pv.Number, pv.Title)
			p.Crumbs = []Crumb{{Title: "Werkboek", URL: ""}, {Title: pv.Title, URL: pv.URL}, {Title: fmt.Sprintf("Pagina %d", n), Current: true}}
			p.Pager.Prev = url(n - 1)
		}
		if n < count {
			p.Pager.Next = url(n + 1)
		}
		pages[i] = p
	}
	return pages
}

// Render writes one page. A mistake in a layout is a *LayoutError.
func (r *Renderer) Render(w io.Writer, p *Page) error {
	t := r.templates[p.Kind]
	if t == nil {
		return fmt.Errorf("geen layout voor paginasoort %q", p.Kind)
	}
	if err := t.ExecuteTemplate(w, "base", p); err != nil {
		return r.explain(err, func(src *Renderer) error {
			q := *p
			q.r = src
			return src.templates[p.Kind].ExecuteTemplate(io.Discard, "base", &q)
		})
	}
	return nil
}

// explain makes what failed again with the layouts as written (again
// runs it), so that the error names the layout's own line, and says it
// in Dutch.
func (r *Renderer) explain(err error, again func(src *Renderer) error) error {
	if r.source != nil {
		if s, perr := r.source.get(); perr == nil {
			src := &Renderer{templates: s.templates, base: s.base, assets: r.assets}
			if serr := again(src); serr != nil {
				err = serr
			}
		}
	}
	return explainLayout(err)
}
