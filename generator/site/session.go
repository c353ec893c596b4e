package site

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/pool"
	"github.com/probiblio/werkboek/generator/render"
)

// Session builds one site again and again, as watch and serve mode do. It
// keeps the parsed cards, their HTML, the parsed layouts and the last
// output in memory, so a rebuild re-reads only the files that changed and
// re-renders only the pages whose inputs changed. Its output is byte for
// byte that of a clean Build of the same files (without PDF).
type Session struct {
	opts      Options
	cards     *content.Cache
	views     *render.Cache
	layouts   *render.Renderer // nil until parsed, and after a layout change
	assetsKey string           // accent CSS the assets were built with
	assets    render.Assets
	assetOut  []file
	snap      *Snapshot         // the current output
	sigs      map[string]uint64 // input fingerprint of each card page
}

// Update is the outcome of one rebuild.
type Update struct {
	Snapshot    *Snapshot // the complete output
	Changed     []string  // files added or changed, sorted
	Removed     []string  // files gone, sorted
	CSSOnly     bool      // only the stylesheet changed (pages differ only in its name)
	Stylesheet  [2]string // old and new stylesheet names, when CSSOnly
	Rendered    int       // pages rendered (the rest were reused)
	Diagnostics content.Diagnostics
	Duration    time.Duration
}

// NewSession prepares a session; nothing is read until the first Rebuild.
func NewSession(opts Options) *Session {
	return &Session{opts: opts, cards: content.NewCache(), views: render.NewCache()}
}

// Snapshot returns the output of the last successful rebuild.
func (s *Session) Snapshot() *Snapshot { return s.snap }

// Rebuild brings the output up to date. changed lists the files that
// changed since the last call (absolute or relative to the working
// folder); nil means anything may have changed. On content errors it
// returns ErrContent and the diagnostics, and keeps the previous output.
func (s *Session) Rebuild(changed []string) (*Update, error) {
	start := time.Now()
	contentChanged, layoutsChanged, assetsChanged := s.classify(changed)
	if layoutsChanged {
		s.layouts, s.views, s.sigs = nil, render.NewCache(), nil
	}
	if assetsChanged {
		s.assetsKey = ""
	}
	wb, diags := content.Load(os.DirFS(s.opts.ContentDir), content.Options{
		Drafts: s.opts.Drafts, Prefix: filepath.ToSlash(filepath.Clean(s.opts.ContentDir)),
		Cache: s.cards, Changed: contentChanged,
	})
	up := &Update{Diagnostics: diags}
	if len(diags.Errors()) > 0 {
		return up, ErrContent
	}
	if s.opts.BaseURL != "" {
		wb.BaseURL = s.opts.BaseURL
	}
	if s.layouts == nil {
		r, err := render.New(os.DirFS(filepath.Join(s.opts.SiteDir, "layouts")), render.Assets{})
		if err != nil {
			return up, err
		}
		s.layouts = r
	}
	book := render.NewBook(wb, s.views)
	accents := render.AccentCSS(book)
	if s.assetsKey != string(accents) {
		a, out, err := buildAssets(os.DirFS(filepath.Join(s.opts.SiteDir, "assets")), accents, newMinifier())
		if err != nil {
			return up, err
		}
		s.assets, s.assetOut, s.assetsKey = a, out, string(accents)
	}
	r := s.layouts.With(s.assets)
	if err := r.Prepare(book, s.views); err != nil {
		return up, err
	}
	snap, sigs, rendered, err := s.render(r, book)
	if err != nil {
		return up, err
	}
	up.Rendered = rendered
	up.Changed, up.Removed = diff(s.snap, snap)
	up.CSSOnly, up.Stylesheet = cssOnly(s.snap, snap, up, s.assets.CSS)
	s.snap, s.sigs = snap, sigs
	up.Snapshot = snap
	up.Duration = time.Since(start)
	return up, nil
}

// render produces the new output: card pages whose fingerprint did not
// change are taken from the previous output, every other page is
// rendered again.
func (s *Session) render(r *render.Renderer, book *render.Book) (*Snapshot, map[string]uint64, int, error) {
	pages := r.Pages(book)
	site := siteFingerprint(book, s.assets)
	snap := &Snapshot{files: make(map[string][]byte, len(pages)+len(s.assetOut)+2), lazy: map[string]*lazyPage{}}
	files := snap.files
	sigs := make(map[string]uint64, len(book.Cards))
	var todo []*render.Page
	for _, p := range pages {
		if p.Kind != "card" {
			if size := s.snap.size(p.File); s.opts.LazyAbove > 0 && size > s.opts.LazyAbove {
				snap.lazy[p.File] = &lazyPage{make: func(w *bytes.Buffer) error { return r.Render(w, p) }, hint: size}
			} else {
				todo = append(todo, p)
			}
			continue
		}
		sig := cardFingerprint(p.Card, site)
		sigs[p.File] = sig
		if old, ok := s.snap.rendered(p.File); ok && s.sigs[p.File] == sig {
			files[p.File] = old
		} else {
			todo = append(todo, p)
		}
	}
	out := make([][]byte, len(todo))
	errs := make([]error, len(todo))
	pool.Each(len(todo), func(i int) {
		var buf bytes.Buffer
		buf.Grow(s.snap.size(todo[i].File) + 4096) // about its last size
		errs[i] = r.Render(&buf, todo[i])
		out[i] = buf.Bytes()
	})
	if err := errors.Join(errs...); err != nil {
		return nil, nil, 0, err
	}
	for i, p := range todo {
		files[p.File] = out[i]
	}
	if size := s.snap.size("zoekindex.json"); s.opts.LazyAbove > 0 && size > s.opts.LazyAbove {
		snap.lazy["zoekindex.json"] = &lazyPage{make: func(w *bytes.Buffer) error { _, err := w.Write(render.SearchIndex(book)); return err }, hint: size}
	} else {
		files["zoekindex.json"] = render.SearchIndex(book)
	}
	if size := s.snap.size("sitemap.xml"); s.opts.LazyAbove > 0 && size > s.opts.LazyAbove/4 {
		snap.lazy["sitemap.xml"] = &lazyPage{make: func(w *bytes.Buffer) error { _, err := w.Write(render.Sitemap(book, pages)); return err }, hint: size}
	} else {
		files["sitemap.xml"] = render.Sitemap(book, pages)
	}
	files["robots.txt"] = render.Robots(book)
	addFiles(files, iconFiles(book))
	for _, f := range s.assetOut {
		files[f.name] = f.data
	}
	return snap, sigs, len(todo), nil
}

// siteFingerprint covers what every page shows besides its own content:
// the header and footer, the stylesheet's name and the site address.
func siteFingerprint(b *render.Book, a render.Assets) uint64 {
	var sb maphash.Hash
	sb.SetSeed(fingerprintSeed)
	fmt.Fprintf(&sb, "%q|%q|%q|%q|%q|%q|%q|%v|%v|%q|%q|", b.Title, b.Edition, b.Organisation, b.Language, b.BaseURL, b.EventDate, b.Event.Name, b.Schedule != nil, b.PDF, b.Contact.Email, b.Description)
	fmt.Fprintf(&sb, "%q|%q|%q|%q|%q", a.CSS, a.JS, b.Checklist.Title, b.Tickets.Title, b.Event.Start)
	return sb.Sum64()
}

// cardFingerprint covers everything a card page shows; site is the
// fingerprint of what all pages show.
func cardFingerprint(cv *render.CardView, site uint64) uint64 {
	var h maphash.Hash
	h.SetSeed(fingerprintSeed)
	p := cv.Priority
	var nums [4 * 8]byte
	binary.LittleEndian.PutUint64(nums[0:], site)
	binary.LittleEndian.PutUint64(nums[8:], cv.Hash)
	binary.LittleEndian.PutUint64(nums[16:], uint64(cv.Number))
	binary.LittleEndian.PutUint64(nums[24:], uint64(p.Number))
	h.Write(nums[:])
	for _, s := range [...]string{cv.Path, p.Slug, p.Title, p.URL, cv.URL} {
		h.WriteString(s)
		h.WriteByte(0)
	}
	for _, n := range [...]*render.CardView{cv.Prev, cv.Next} {
		if n != nil {
			h.WriteString(n.URL)
			h.WriteByte(0)
			h.WriteString(n.Title)
		}
		h.WriteByte(1)
	}
	return h.Sum64()
}

// fingerprintSeed makes fingerprints comparable within one process, which
// is all a session needs.
var fingerprintSeed = maphash.MakeSeed()

// cssOnly reports whether the update changed nothing but the stylesheet:
// the old stylesheet is gone, a new one is there, and every changed page
// that is rendered differs from its old version only in the stylesheet's
// name (pages still to be rendered lazily follow from the same inputs).
func cssOnly(prev, next *Snapshot, up *Update, newCSS string) (bool, [2]string) {
	var oldCSS string
	for _, name := range up.Removed {
		if !strings.HasSuffix(name, ".css") || oldCSS != "" {
			return false, [2]string{}
		}
		oldCSS = name
	}
	if oldCSS == "" || newCSS == oldCSS {
		return false, [2]string{}
	}
	for _, name := range up.Changed {
		if name == newCSS || next.lazy[name] != nil {
			continue
		}
		old, ok := prev.rendered(name)
		if !strings.HasSuffix(name, ".html") || !ok {
			return false, [2]string{}
		}
		if !bytes.Equal(bytes.ReplaceAll(old, []byte(oldCSS), []byte(newCSS)), next.files[name]) {
			return false, [2]string{}
		}
	}
	return true, [2]string{oldCSS, newCSS}
}

// sameBytes compares two files, at once when they share their memory
// (a page reused from the previous output).
func sameBytes(a, b []byte) bool {
	if len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0]) {
		return true
	}
	return bytes.Equal(a, b)
}

// diff lists the files of next that are new or differ from prev, and the
// files of prev that next lacks. A lazy page counts as changed: what it
// will be is not known until someone asks for it.
func diff(prev, next *Snapshot) (changed, removed []string) {
	for name, b := range next.files {
		if old, ok := prev.rendered(name); !ok || !sameBytes(old, b) {
			changed = append(changed, name)
		}
	}
	for name := range next.lazy {
		changed = append(changed, name)
	}
	if prev != nil {
		for _, name := range prev.Names() {
			if _, ok := next.files[name]; !ok && next.lazy[name] == nil {
				removed = append(removed, name)
			}
		}
	}
	slices.Sort(changed)
	slices.Sort(removed)
	return changed, removed
}

// classify sorts changed paths into content files (as a predicate over
// paths in the content fs), layouts and assets. nil changes everything.
func (s *Session) classify(changed []string) (func(string) bool, bool, bool) {
	if changed == nil || s.snap == nil {
		return nil, true, true
	}
	contentDir, _ := filepath.Abs(s.opts.ContentDir)
	layouts, _ := filepath.Abs(filepath.Join(s.opts.SiteDir, "layouts"))
	assets, _ := filepath.Abs(filepath.Join(s.opts.SiteDir, "assets"))
	set := map[string]bool{}
	var layoutsChanged, assetsChanged bool
	for _, p := range changed {
		abs, err := filepath.Abs(p)
		if err != nil {
			continue
		}
		switch {
		case within(abs, contentDir):
			rel, _ := filepath.Rel(contentDir, abs)
			set[filepath.ToSlash(rel)] = true
		case within(abs, layouts):
			layoutsChanged = true
		case within(abs, assets):
			assetsChanged = true
		}
	}
	return func(name string) bool { return set[name] }, layoutsChanged, assetsChanged
}

func within(path, dir string) bool {
	return path == dir || strings.HasPrefix(path, dir+string(filepath.Separator))
}
