package site

import (
	"fmt"
	"io"

	"github.com/probiblio/werkboek/generator/fingerprint"
	"github.com/probiblio/werkboek/generator/ical"
	"github.com/probiblio/werkboek/generator/render"
	"github.com/probiblio/werkboek/generator/search"
	"github.com/probiblio/werkboek/generator/view"
)

// item is one output file: its name (slash-separated, relative to the
// output folder), the key of what it is made from and how to write it.
type item struct {
	name  string
	key   uint64
	write func(io.Writer) error
	later bool // costly to make and often not needed: may be made on request
}

// outputs lists every file of the site: the pages, the assets and the
// files made from the whole workbook.
func outputs(r *render.Renderer, b *view.Book, assets []file, k keys, offline bool, before previous) ([]item, []*render.Page, *search.Index, error) {
	// With the site key of the rebuild before, a card that kept its
	// view keeps its page.
	var prevPages []*render.Page
	if before.site == k.site {
		prevPages = before.pages
	}
	pages := r.PagesFrom(b, prevPages)
	items := make([]item, 0, len(pages)+len(assets)+3)
	// The pages that list every card go first: each is one long job, and
	// started last it would keep one core busy after the other is done.
	ordered := make([]*render.Page, 0, len(pages))
	for _, long := range []bool{true, false} {
		for _, p := range pages {
			if (p.Kind == "print" || p.Kind == "checklist" || p.Kind == "tickets") == long {
				ordered = append(ordered, p)
			}
		}
	}
	for _, p := range ordered {
		write := func(w io.Writer) error { return r.Render(w, p) }
		if offline {
			write = offlinePage(write)
		}
		items = append(items, item{p.File, k.page(p), write, false})
	}
	for _, f := range assets {
		items = append(items, bytesItem(f.name, fingerprint.New().Str(string(f.data)).Sum(), f.data))
	}
	bytesOf := func(make func(*view.Book) []byte) func(io.Writer) error {
		return func(w io.Writer) error {
			_, err := w.Write(make(b))
			return err
		}
	}
	for _, f := range []struct {
		name  string
		write func(io.Writer) error
	}{
		{"sitemap.xml", func(w io.Writer) error { return render.Sitemap(w, b, pages) }},
		{"robots.txt", bytesOf(render.Robots)},
		{b.CalendarFile(), bytesOf(ical.Calendar)},
	} {
		if f.name == "" {
			continue // no event date, no calendar
		}
		// Made from page addresses, the base URL and the programme:
		// all covered by the site key; the calendar also from the time
		// they were last changed (view.Book.Modified).
		key := k.siteOnly(f.name)
		if f.name == b.CalendarFile() {
			key = fingerprint.New().Num(key).Num(uint64(b.Modified.Unix())).Sum()
		}
		items = append(items, item{f.name, key, f.write, false})
	}
	items = append(items, iconItems(b, k)...)
	if b.ManyProjects() {
		write := func(w io.Writer) error { return view.Projects(w, b) }
		items = append(items, item{view.ProjectsFile, k.file(view.ProjectsFile), write, false})
		if offline {
			name, script := scriptOf(view.ProjectsFile, write)
			items = append(items, item{name, k.file(name), script, false})
		}
	}
	search := search.New(b)
	search.Offline = offline
	wordKey := wordShardKeys(search, k, before)
	for _, f := range search.Files() {
		key := k.file(f.Name)
		switch {
		case f.Cards != nil:
			key = k.some(f.Name, f.Cards)
		case f.Name == "zoekindex.json" && search.WordShards() > 0:
			// The root of a sharded index holds only counts.
			key = k.siteOnly(f.Name)
		case f.Word >= 0:
			if w, ok := wordKey(f); ok {
				key = w
			}
		}
		// Each shard needs the whole index, made on first use: in
		// serve mode a save makes none, a search afterwards makes it.
		write := func(w io.Writer) error { return search.Write(f.Name, w) }
		items = append(items, item{f.Name, key, write, true})
		if offline {
			name, script := scriptOf(f.Name, write)
			items = append(items, item{name, key, script, true})
		}
	}
	// The names of the files follow from what the site key covers: when
	// it is the one of the last good rebuild, they were checked then.
	if before.search == nil || before.site != k.site {
		seen := make(map[string]bool, len(items))
		for _, it := range items {
			if seen[it.name] {
				return nil, nil, nil, fmt.Errorf("het bestand %s zou twee keer gemaakt worden; geef een kaart of prioriteit een andere slug", it.name)
			}
			seen[it.name] = true
		}
	}
	return items, pages, search, nil
}

// previous is what a rebuild keeps for the next: its site key and its
// search index; with the state of the files it left.
type previous struct {
	site   uint64
	places uint64 // keys.places
	search *search.Index
	book   *view.Book     // whose card views the next book may keep
	pages  []*render.Page // whose card pages the next rebuild may keep
	state  map[string]FileState
}

// wordShardKeys returns the keys of the word shards of the index: when
// only texts of cards changed since the rebuild before (the same site
// key), a shard whose words did not change keeps its key and the others
// get a new one; otherwise none is given (ok false) and each shard
// depends on every card.
func wordShardKeys(s *search.Index, k keys, before previous) func(search.File) (uint64, bool) {
	none := func(search.File) (uint64, bool) { return 0, false }
	if s.WordShards() == 0 || before.search == nil || before.site != k.site {
		return none
	}
	changed, ok := s.ChangedWordShards(before.search)
	if !ok {
		return none
	}
	return func(f search.File) (uint64, bool) {
		prev, had := before.state[f.Name]
		if !had {
			return 0, false
		}
		if changed[f.Word] {
			return fingerprint.New().Num(prev.Key).Num(k.cards).Sum(), true
		}
		return prev.Key, true
	}
}

// bytesItem is a file whose bytes are already made.
func bytesItem(name string, key uint64, data []byte) item {
	return item{name, key, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}, false}
}
