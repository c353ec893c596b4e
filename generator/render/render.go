package render

import (
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"net/url"
	"strings"
	"sync"

	"github.com/probiblio/werkboek/generator/htmlmin"
	"github.com/probiblio/werkboek/generator/markdown"
	"github.com/probiblio/werkboek/generator/syserr"
	"github.com/probiblio/werkboek/generator/view"
)

// Kinds of pages, each with its own layout file "<kind>.html".
var kinds = []string{"home", "programme", "priorities", "priority", "card", "checklist", "tickets", "participants", "print", "404"}

// PerPage is how many cards one page of a priority lists.
const PerPage = 30

// Assets names the hashed asset files the pages link to, relative to the
// site root.
type Assets struct {
	CSS        string            // e.g. "css/werkboek.1a2b3c4d.css", linked by every page
	EditionCSS string            // the print edition's own stylesheet
	JS         []string          // scripts loaded with defer on every page
	Files      map[string]string // every script and page stylesheet by its name in assets/ ("js/pagina/keuze.js", "css/pagina/kaart.css")
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
		if src, err = htmlmin.Layout(src); err != nil {
			return &LayoutError{File: "layouts/" + name, Reason: "kan niet worden verkleind; controleer de HTML"}
		}
	}
	if _, err := t.New(name).Parse(string(src)); err != nil {
		return explainLayout(err)
	}
	return nil
}

var funcs = template.FuncMap{
	"lower":     strings.ToLower,
	"signature": view.Signature,
	"seq": func(n int) []int {
		out := make([]int, n)
		for i := range out {
			out[i] = i + 1
		}
		return out
	},
	"inline":  markdown.Inline,
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
