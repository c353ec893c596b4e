package site

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/ical"
	"github.com/probiblio/werkboek/generator/photo"
	"github.com/probiblio/werkboek/generator/pool"
	"github.com/probiblio/werkboek/generator/regular"
	"github.com/probiblio/werkboek/generator/render"
	"github.com/probiblio/werkboek/generator/syserr"
	bookcss "github.com/probiblio/werkboek/generator/theme"
	"github.com/probiblio/werkboek/generator/view"
)

// Engine is werkboek's one build pipeline. A build is its first rebuild
// followed by publishing; watch and serve keep the engine and call
// Rebuild with the paths that changed. It keeps the parsed cards, their
// HTML and the parsed theme in memory, and for every output file the key
// it was made under, so a rebuild makes again exactly the files whose
// inputs changed (see keys.go) and hands the others over unchanged.
type Engine struct {
	opts   Options
	cards  *content.Cache
	views  *view.Cache
	photos *photo.Cache
	theme  *theme               // nil until loaded, and after a theme change
	state  map[string]FileState // what the target holds, by output name
	// order and orderState are the names of the last rebuild's files in
	// the order made, and their states (the same as in state).
	order       []string
	orderState  []FileState
	manifestSum uint64 // fingerprint of the manifest last written (Publish, Update)
	// last describes the priorities and cards of the last good rebuild
	// (at Publish, of the published site); moved maps the old addresses
	// of pages to where they are now (see moved.go).
	last  *manifest
	moved map[string]string
	// settled says moved was made by movedSince for last, not read back
	// from a published site: while the addresses stay as in last, it
	// needs no new check.
	settled bool
	// before is what the last good rebuild leaves for the next (see
	// wordShardKeys).
	before previous
}

// FileState describes one output file as a rebuild left it.
type FileState struct {
	Key  uint64 // fingerprint of everything the file was made from
	Sum  uint64 // fingerprint of its bytes; 0 while not known (lazy page)
	CRC  uint32 // CRC-32C of its bytes: the same in every run, for the manifest
	Size int
}

// Target receives the output of rebuilds: a folder being filled, the
// output folder kept up to date in place, or memory. Put is called from
// several goroutines at once.
type Target interface {
	// Keep carries a file over unchanged from the previous rebuild. It
	// is called from one goroutine, before any Put of the rebuild.
	Keep(name string, st FileState)
	// Put makes a file anew with write and returns its new state and
	// whether its bytes may differ from those described by prev. A file
	// may be made later, on request, when the target allows it (serve
	// mode) and the file was large, or when later says it is costly to
	// make and often not needed (the search index's shards).
	Put(name string, prev FileState, write func(io.Writer) error, later bool) (FileState, bool, error)
	// Remove deletes a file the site no longer has.
	Remove(name string) error
}

// Update is the outcome of one rebuild.
type Update struct {
	Changed  []string // files added or changed, sorted
	Removed  []string // files gone, sorted
	Rendered int      // files made again (the rest were handed over)
	Files    int      // files of the site
	// Pages are the pages (HTML files) this rebuild added, removed and
	// changed; for Publish, compared with the site it replaces.
	Pages PageChanges
	// Site compares a published site with the one it replaced (Publish
	// only).
	Site        *Changes
	Diagnostics diag.List
	Duration    time.Duration
	Book        *view.Book
}

// NewEngine prepares an engine; nothing is read until the first Rebuild.
func NewEngine(opts Options) *Engine {
	return &Engine{opts: opts, cards: content.NewCache(), views: view.NewCache(), photos: &photo.Cache{Dir: opts.PhotoCache}}
}

// Rebuild brings t up to date. changed lists the files that changed since
// the last call (absolute or relative to the working folder); nil means
// anything may have changed. t must hold what the previous successful
// Rebuild gave it (or nothing, for the first). On content errors it
// returns ErrContent with the diagnostics and leaves t untouched.
func (e *Engine) Rebuild(changed []string, t Target) (*Update, error) {
	start := time.Now()
	changedPaths, themeChanged := e.classify(changed)
	if themeChanged {
		e.theme = nil
	}
	// The theme does not depend on the content: read and prepare it
	// while the content loads.
	var themeErr chan error
	if e.theme == nil {
		themeErr = make(chan error, 1)
		go func() {
			th, err := loadTheme(e.opts.SiteDir)
			e.theme = th
			themeErr <- err
		}()
	}
	now := e.opts.now()
	baseURL, baseErr := baseURLOf(e.opts.BaseURL)
	wb, diags := content.Load(regular.DirFS(e.opts.ContentDir), content.Options{
		Drafts: e.opts.Drafts, Prefix: filepath.ToSlash(filepath.Clean(e.opts.ContentDir)), Now: now, BaseURL: baseURL,
		Cache: e.cards, ChangedPaths: changedPaths, Convert: view.Convert,
	})
	up := &Update{Diagnostics: diags}
	var err error
	if themeErr != nil {
		err = <-themeErr
	}
	if len(diags.Errors()) > 0 {
		return up, ErrContent
	}
	if err != nil {
		return up, err
	}
	if baseErr != nil {
		return up, baseErr
	}
	// Whether the choice of tickets is closed depends on the clock, not
	// only on the content: it is part of the site key (see newKeys), so a
	// rebuild after the moment makes every page that says it again.
	book := view.NewBook(wb, view.Options{Cache: e.views, PDF: e.opts.PDF, Closed: wb.Tickets.Closed(now), Modified: ical.Modified(wb), Prev: e.before.book})
	assets, assetFiles, err := e.theme.build(bookcss.SiteCSS(wb), bookcss.PrintCSS(wb))
	if err != nil {
		return up, err
	}
	r := e.theme.layouts.With(assets)
	published, err := appendContentFiles(nil, book, e.photos)
	if err != nil {
		return up, err
	}
	var keptPlaces uint64
	if book.Kept {
		keptPlaces = e.before.places
	}
	k := newKeys(e.opts, e.theme.key, book, published, keptPlaces)
	// Where pages were and are (for the pages at old addresses) is
	// worked out beside the list of outputs.
	type places struct {
		here      *manifest
		moved     map[string]string
		redirects []item
	}
	found := make(chan places, 1)
	go func() {
		here := addressesOf(book)
		moved := e.moved
		if !e.settled || !sameAddresses(e.last, here) {
			moved = movedSince(e.moved, e.last, here)
		}
		found <- places{here, moved, redirectItems(book, moved, k, e.opts.Offline)}
	}()
	before := e.before
	before.state = e.state
	items, pages, index, err := outputs(r, book, append(published, assetFiles...), k, e.opts.Offline, before)
	pl := <-found
	if err != nil {
		return up, err
	}
	here, moved := pl.here, pl.moved
	items = appendRedirects(items, pl.redirects)
	up.Book, up.Files = book, len(items)
	if err := e.apply(items, t, up); err != nil {
		e.before = previous{}
		return up, err
	}
	e.before = previous{site: k.site, places: k.places, search: index, book: book, pages: pages}
	e.last, e.moved, e.settled = here, moved, true
	e.views.Prune()
	e.photos.Prune()
	up.Duration = time.Since(start)
	return up, nil
}

// apply hands every item whose key is unchanged over to t, makes the
// others in parallel and removes the files that are gone.
func (e *Engine) apply(items []item, t Target, up *Update) error {
	// The next state starts as a copy of this one (one copy of the
	// table, not an insert per file): most files are handed over.
	next := maps.Clone(e.state)
	if next == nil {
		next = make(map[string]FileState, len(items))
	}
	var todo []item
	var at []int // the place of each of todo in items
	found := 0   // items that were files of the last rebuild
	names := make([]string, len(items))
	states := make([]FileState, len(items))
	for i, it := range items {
		// Mostly the files of the last rebuild in the same order, with
		// the very same name strings: compared in place, not looked up.
		var prev FileState
		var ok bool
		if i < len(e.order) && e.order[i] == it.name {
			prev, ok = e.orderState[i], true
		} else {
			prev, ok = e.state[it.name]
		}
		names[i] = it.name
		if ok {
			found++
		}
		if ok && prev.Key == it.key {
			t.Keep(it.name, prev)
			states[i] = prev
		} else {
			todo = append(todo, it)
			at = append(at, i)
		}
	}
	made := make([]FileState, len(todo))
	differs := make([]bool, len(todo))
	errs := make([]error, len(todo))
	pool.Each(len(todo), func(i int) {
		it := todo[i]
		st, d, err := t.Put(it.name, e.state[it.name], it.write, it.later)
		if err != nil {
			errs[i] = err
			return
		}
		st.Key = it.key
		made[i], differs[i] = st, d
	})
	if err := pageErrors(todo, errs); err != nil {
		// What t holds is no longer known exactly: make everything anew
		// next time.
		e.forget()
		return err
	}
	for i, it := range todo {
		next[it.name] = made[i]
		states[at[i]] = made[i]
		if differs[i] {
			up.Changed = append(up.Changed, it.name)
			up.Pages.made(it.name, e.state)
		}
	}
	// Every file of the last rebuild is an item again (names are
	// unique), unless fewer were found: then some are gone.
	if found < len(e.state) {
		now := make(map[string]bool, len(items))
		for _, it := range items {
			now[it.name] = true
		}
		for name := range e.state {
			if now[name] {
				continue
			}
			if err := t.Remove(name); err != nil {
				e.forget()
				return syserr.Wrap(name, err)
			}
			delete(next, name)
			up.Removed = append(up.Removed, name)
			if isPage(name) {
				up.Pages.Gone = append(up.Pages.Gone, name)
			}
		}
	}
	slices.Sort(up.Changed)
	slices.Sort(up.Removed)
	up.Pages.sort()
	up.Rendered = len(todo)
	e.state, e.order, e.orderState = next, names, states
	return nil
}

// forget drops what the engine knows of the target's files: the next
// rebuild makes every file.
func (e *Engine) forget() {
	e.state, e.order, e.orderState = nil, nil, nil
}

// pageErrors reports the files that could not be made, each mistake in
// a layout once, with the pages it spoiled named.
func pageErrors(items []item, errs []error) error {
	var out []error
	seen := map[string]int{} // layout error → its index in out
	spoiled := map[string][]string{}
	for i, err := range errs {
		var le *render.LayoutError
		switch {
		case err == nil:
		case errors.As(err, &le):
			key := le.Error()
			if _, ok := seen[key]; !ok {
				seen[key] = len(out)
				out = append(out, nil)
			}
			spoiled[key] = append(spoiled[key], items[i].name)
		default:
			// The same system error for many files (a full disk) is
			// one line with a count.
			key := "sys:" + syserr.Dutch(err)
			if _, ok := seen[key]; !ok {
				seen[key] = len(out)
				out = append(out, syserr.Wrap(items[i].name, err))
			}
			spoiled[key] = append(spoiled[key], items[i].name)
		}
	}
	for key, i := range seen {
		pages := spoiled[key]
		slices.Sort(pages)
		if reason, ok := strings.CutPrefix(key, "sys:"); ok {
			if len(pages) > 1 {
				out[i] = fmt.Errorf("kan %d bestanden niet schrijven, waaronder %s: %s", len(pages), pages[0], reason)
			}
			continue
		}
		where := "bij het maken van " + pages[0]
		if len(pages) > 1 {
			where = fmt.Sprintf("bij het maken van %d bestanden, waaronder %s", len(pages), pages[0])
		}
		out[i] = fmt.Errorf("%s (%s)", key, where)
	}
	return errors.Join(out...)
}

// classify sorts changed paths into content files (as paths in the
// content fs) and the theme. nil changes everything.
func (e *Engine) classify(changed []string) (contentPaths []string, themeChanged bool) {
	if changed == nil || e.state == nil {
		return nil, true
	}
	contentDir, _ := filepath.Abs(e.opts.ContentDir)
	var themeDirs []string
	for _, dir := range e.ThemeDirs() {
		if d, err := filepath.Abs(dir); err == nil {
			themeDirs = append(themeDirs, d)
		}
	}
	contentPaths = []string{}
	for _, p := range changed {
		abs, err := filepath.Abs(p)
		if err != nil {
			continue
		}
		if within(abs, contentDir) {
			rel, _ := filepath.Rel(contentDir, abs)
			contentPaths = append(contentPaths, filepath.ToSlash(rel))
			continue
		}
		for _, d := range themeDirs {
			themeChanged = themeChanged || within(abs, d)
		}
	}
	return contentPaths, themeChanged
}

// Inputs lists the folders whose files the site is made from: what watch
// and serve follow.
func (e *Engine) Inputs() []string {
	return append([]string{e.opts.ContentDir}, e.ThemeDirs()...)
}

func within(path, dir string) bool {
	return path == dir || len(path) > len(dir) && path[:len(dir)] == dir && path[len(dir)] == filepath.Separator
}
