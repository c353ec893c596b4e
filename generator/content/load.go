package content

import (
	"cmp"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/frontmatter"
	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/participants"
	"github.com/probiblio/werkboek/generator/pool"
	"github.com/probiblio/werkboek/generator/syserr"
)

// Options control what Load includes and how it names files.
type Options struct {
	// Now is the moment of loading: the day of the event is checked
	// against it, and messages give examples in its year. The zero time
	// finds no date in the past.
	Now time.Time
	// BaseURL, when set, replaces baseURL of _index.md: the address given
	// on the command line, normalised (see NormalizeBaseURL).
	BaseURL string
	// Drafts includes cards whose front matter says draft: true.
	Drafts bool
	// Prefix is put before every path in messages, e.g. "content", so an
	// editor sees the path as it is in the site folder.
	Prefix string
	// Cache, when set, keeps parsed cards between loads; with
	// ChangedPaths it lets a rebuild re-read only the card files that
	// changed.
	Cache *Cache
	// ChangedPaths lists the paths in fsys that may have changed (added,
	// removed or written) since the last load with the same Cache, so
	// another card is taken from the cache and a folder none of them is
	// in need not be listed again; nil means any.
	ChangedPaths []string
	// Convert, when set, makes what the caller keeps of a card (its HTML)
	// while the card's tree is at hand: it is called once for every card
	// parsed, on the loader's workers (so from several goroutines at
	// once), before the card's place in the workbook is known. What it
	// returns is kept as the card's Converted, in the Cache too, and the
	// card's tree and Markdown (the Blocks and Markdown of its texts) are
	// let go, so the trees of ten thousand cards are never all in memory.
	// A card with Refs keeps its
	// tree and gets no Converted: where its links point is known only
	// after every file is read. So does a draft that is not published.
	Convert func(*model.Card) *model.Converted
}

// Load reads a workbook from fsys, whose root is the content folder. It
// returns the workbook and every problem found, sorted by file and line;
// when the diagnostics contain errors the workbook must not be published.
func Load(fsys fs.FS, opts Options) (*model.Workbook, diag.List) {
	l := &loader{fsys: fsys, opts: opts, files: map[string]*model.File{}, fileErr: map[string]string{}, listedSet: map[string]bool{}, pending: map[string]bool{}}
	if opts.ChangedPaths != nil {
		l.changed = map[string]bool{}
		for _, p := range opts.ChangedPaths {
			l.changed[p] = true
		}
	}
	l.forgetLists()
	wb := l.load()
	l.diags.Sort()
	slices.SortFunc(l.inputs, func(a, b model.Input) int { return strings.Compare(a.Path, b.Path) })
	wb.Inputs = l.inputs
	return wb, l.diags
}

type loader struct {
	fsys    fs.FS
	opts    Options
	changed map[string]bool // opts.ChangedPaths as a set; nil: all
	diags   diag.List

	inputs []model.Input // files read besides the cards (read one at a time)

	cards     []*model.Card          // every card read, drafts too
	listed    []string               // files beside the texts that may be published (images, PDFs)
	listedSet map[string]bool        // the same, as a set
	files     map[string]*model.File // the files read so far, by path
	fileErr   map[string]string      // why a file could not be used

	pending    map[string]bool // texts and folders missing because of an error reported (see pend)
	misnamed   []string        // card files with a wrong ending (4-muziek.markdown), reported
	brokenDirs []string        // priority folders without a usable _index.md, reported
	strays     diag.List       // files werkboek does not publish (see stray)
	strayNames []string        // their paths in fsys

	optionRefs []optionRef // options of the programme that name a priority, resolved after the priorities
}

// isChanged reports whether name is among the changed paths. A save
// changes one file or a few: compared one by one, which for ten
// thousand cards is cheaper than hashing each name.
func (l *loader) isChanged(name string) bool {
	if len(l.opts.ChangedPaths) > 8 {
		return l.changed[name]
	}
	for _, p := range l.opts.ChangedPaths {
		if p == name {
			return true
		}
	}
	return false
}

// display returns the path an editor sees for name (a path in fsys).
func (l *loader) display(name string) string {
	if l.opts.Prefix == "" {
		return name
	}
	return path.Join(l.opts.Prefix, name)
}

// file reads and splits one file; it returns nil after reporting when the
// file cannot be used.
func (l *loader) file(name string, diags *diag.List) *frontmatter.Document {
	r := diag.Reporter{Path: l.display(name), List: diags}
	src, err := fs.ReadFile(l.fsys, name)
	if err != nil {
		r.Errorf(0, "kan het bestand niet lezen (%v); controleer of het bestaat en leesbaar is", plainErr(err))
		return nil
	}
	l.inputs = append(l.inputs, model.Input{Path: r.Path, Hash: hashBytes(src)})
	checkSamples(src, r)
	return frontmatter.Parse(src, r)
}

func (l *loader) load() *model.Workbook {
	wb := &model.Workbook{About: model.About{Language: "nl"}, Source: l.fsys}
	entries, err := l.readDir(".")
	if err != nil {
		l.diags = append(l.diags, diag.Diagnostic{Path: l.display("."), Message: "de inhoudsmap kan niet worden gelezen (" + plainErr(err) + "); start werkboek in de map van het werkboek (met content/ erin) of in een map daarbinnen, of geef de map op met -s MAP of --content MAP"})
		return wb
	}
	have := map[string]bool{}
	names := entryNames(entries)
	for _, e := range entries {
		name := e.Name()
		r := diag.Reporter{Path: l.display(name), List: &l.diags}
		switch {
		case strings.HasPrefix(name, participants.TempPrefix):
			r.Warnf(0, "dit is een tijdelijk bestand van een telling die is afgebroken (werkboek tickets tel --inhoud); de volgende telling haalt het weg, of verwijder het zelf")
		case Ignored(name) && !misnamedIndex(name):
		case e.Type()&fs.ModeSymlink != 0:
			r.Errorf(0, "dit is een snelkoppeling (symlink); werkboek volgt die niet: zet het bestand of de map zelf hier neer")
		case name == "prioriteiten" && e.IsDir():
			have[name] = true
		case slices.Contains(rootTexts, name):
			if e.IsDir() {
				r.Errorf(0, "dit is een map, maar %s moet een bestand zijn; hernoem of verwijder de map en zet het bestand hier neer", name)
				have[name+"?"] = true
				break
			}
			have[name] = true
		case name == participants.File:
			have[name] = true
		case !e.IsDir() && isFileExt(name):
			l.listedFile(name)
		default:
			l.strayRoot(e, names, have)
		}
	}
	switch {
	case have["_index.md"]:
		l.loadRoot(wb)
	case !have["_index.md?"]:
		l.diags = append(l.diags, diag.Diagnostic{Path: l.display("_index.md"), Message: "dit bestand ontbreekt; maak het aan met ten minste \"title:\" en \"edition:\" in de front matter"})
	}
	if have["programma.md"] {
		wb.Schedule = l.loadSchedule("programma.md")
	}
	wb.Checklist = model.Page{Path: l.display("keuzelijst.md"), Title: "Keuzelijst"}
	if have["keuzelijst.md"] {
		l.loadPage("keuzelijst.md", &wb.Checklist)
	}
	wb.Tickets = model.Tickets{Page: model.Page{Path: l.display("tickets.md"), Title: "Tickets"}, Max: 3, Fields: []string{"Prioriteit", "Onderwerp", "Bibliotheek"}}
	var ticketsDoc *frontmatter.Document
	if have["tickets.md"] {
		ticketsDoc = l.loadTickets("tickets.md", &wb.Tickets)
	}
	switch {
	case have["prioriteiten"]:
		wb.Priorities = l.loadPriorities("prioriteiten")
	case !have["prioriteiten?"]:
		l.diags = append(l.diags, diag.Diagnostic{Path: l.display("prioriteiten"), Message: "deze map ontbreekt, en een werkboek heeft ten minste één prioriteit; maak prioriteiten/1-naam/_index.md aan met \"title:\" in de front matter, en zet de kaarten ernaast"})
	}
	l.checkEligible(wb, ticketsDoc)
	l.checkChoices(wb)
	l.afterTheDay(wb, have[participants.File])
	l.resolveRefs(wb, have, l.cards)
	if l.opts.BaseURL != "" {
		wb.BaseURL = l.opts.BaseURL
	}
	var prev *model.Card
	for _, c := range wb.Cards() {
		if prev != nil {
			prev.Next, c.Prev = c, prev
		}
		prev = c
	}
	return wb
}

// loadPriorities reads every priority folder and its cards. Cards are
// parsed in parallel: this is where a large workbook spends its time.
func (l *loader) loadPriorities(dir string) []*model.Priority {
	entries, err := l.readDir(dir)
	if err != nil {
		l.diags = append(l.diags, diag.Diagnostic{Path: l.display(dir), Message: "de map kan niet worden gelezen (" + plainErr(err) + ")"})
		return nil
	}
	var prios []*model.Priority
	type job struct {
		prio *model.Priority
		name string
		card **model.Card
	}
	var jobs []job
	cardNames := map[*model.Priority][]string{}
	for _, e := range entries {
		name := e.Name()
		full := path.Join(dir, name)
		r := diag.Reporter{Path: l.display(full), List: &l.diags}
		switch {
		case Ignored(name):
		case e.Type()&fs.ModeSymlink != 0:
			r.Errorf(0, "dit is een snelkoppeling (symlink); werkboek volgt die niet: zet de map zelf hier neer")
		case !e.IsDir():
			r.Errorf(0, "hier horen alleen mappen, één per prioriteit; zet deze kaart in een prioriteitsmap, zoals prioriteiten/1-jeugd/")
		default:
			names, hasIndex := l.cardFiles(full)
			p := l.loadPriority(full, hasIndex)
			prios = append(prios, p)
			cardNames[p] = names
		}
	}
	for _, p := range prios {
		names := cardNames[p]
		slots := make([]*model.Card, len(names))
		for i, n := range names {
			jobs = append(jobs, job{p, n, &slots[i]})
		}
		p.Cards = slots // compacted below, after parsing
	}
	// Cards that did not change come from the cache (in one pass, before
	// any is parsed); the others are parsed over a pool of GOMAXPROCS
	// workers, each job writing only its own slot and its own
	// diagnostics.
	perJob := make([]diag.List, len(jobs))
	cache := l.opts.Cache
	parse := jobs
	if cache != nil && l.changed != nil {
		parse = nil
		hit := cache.getAll(len(jobs), func(i int) string {
			if l.isChanged(jobs[i].name) {
				return ""
			}
			return jobs[i].name
		}, func(i int, c *model.Card, d diag.List) { *jobs[i].card, perJob[i] = c, d })
		for i, j := range jobs {
			if !hit[i] {
				parse = append(parse, j)
			}
		}
	}
	parsed := make([]diag.List, len(parse))
	pool.Each(len(parse), func(i int) {
		j := parse[i]
		*j.card = l.loadCard(j.name, &parsed[i])
		if cache != nil {
			cache.put(j.name, *j.card, parsed[i])
		}
	})
	if len(parse) == len(jobs) {
		perJob = parsed
	} else {
		k := 0
		for i, j := range jobs {
			if k < len(parse) && parse[k].card == j.card {
				perJob[i] = parsed[k]
				k++
			}
		}
	}
	// Every job's file is in the cache now: more entries means files
	// are gone.
	if cache != nil && cache.size() > len(jobs) {
		seen := make(map[string]bool, len(jobs))
		for _, j := range jobs {
			seen[j.name] = true
		}
		cache.prune(seen)
	}
	for _, d := range perJob {
		l.diags = append(l.diags, d...)
	}
	for _, j := range jobs {
		if *j.card != nil {
			l.cards = append(l.cards, *j.card)
		}
	}
	// Each priority's cards are numbered on their own: all cores.
	ordered := make([]diag.List, len(prios))
	pool.Each(len(prios), func(i int) { prios[i].Cards, ordered[i] = l.orderCards(prios[i]) })
	for _, d := range ordered {
		l.diags = append(l.diags, d...)
	}
	// A priority whose _index.md is missing or unreadable is not
	// published, but its cards were read: links to them are not errors
	// of their own.
	prios = slices.DeleteFunc(prios, func(p *model.Priority) bool {
		if p.Broken {
			l.brokenDirs = append(l.brokenDirs, p.Dir)
		}
		return p.Broken
	})
	if len(prios) == 0 && len(l.brokenDirs) == 0 {
		l.reporter(dir).Errorf(0, "er staat nog geen prioriteit in deze map, en een werkboek heeft er ten minste één; maak %s aan met \"title:\" in de front matter, en zet de kaarten ernaast", l.display(dir+"/1-naam/_index.md"))
	}
	slices.SortStableFunc(prios, func(a, b *model.Priority) int {
		return cmp.Or(cmp.Compare(a.Weight, b.Weight), cmp.Compare(a.Dir, b.Dir))
	})
	seen := map[string]*model.Priority{}
	for i, p := range prios {
		p.Number = i + 1
		if first, dup := seen[p.Slug]; dup {
			l.diags = append(l.diags, diag.Diagnostic{Path: p.Path, Line: 1, Message: "de slug \"" + p.Slug + "\" wordt al gebruikt door " + first.Path + "; geef een van beide mappen een andere naam of een andere slug"})
		}
		seen[p.Slug] = p
	}
	return prios
}

// cardFiles lists the card files of a priority folder, reporting what is
// not a card. It also reports whether the folder has its _index.md.
func (l *loader) cardFiles(dir string) ([]string, bool) {
	entries, err := l.readDir(dir)
	if err != nil {
		return nil, false
	}
	c := l.opts.Cache
	if out, hasIndex, ok := c.cardNames(dir, entries); ok {
		return out, hasIndex
	}
	before := len(l.diags) + len(l.listed) + len(l.misnamed) + len(l.strays)
	out, hasIndex := l.scanCardFiles(dir, entries)
	if len(l.diags)+len(l.listed)+len(l.misnamed)+len(l.strays) == before {
		// Nothing but cards (and _index.md): the next load with the same
		// listing needs only the names.
		c.keepCardNames(dir, entries, out, hasIndex)
	}
	return out, hasIndex
}

// scanCardFiles is cardFiles for a listing not seen before.
func (l *loader) scanCardFiles(dir string, entries []fs.DirEntry) ([]string, bool) {
	// The set of names is needed only for what is not a card: made on
	// first use, not for every folder of ten thousand cards.
	var names map[string]bool
	nameSet := func() map[string]bool {
		if names == nil {
			names = entryNames(entries)
		}
		return names
	}
	var out []string
	hasIndex := false
	for _, e := range entries {
		name := e.Name()
		full := dir + "/" + name
		switch {
		case name == "_index.md" && !e.IsDir():
			hasIndex = true
		case Ignored(name) && !misnamedIndex(name):
		case e.Type()&fs.ModeSymlink != 0:
			l.reporter(full).Errorf(0, "dit is een snelkoppeling (symlink); werkboek volgt die niet: zet het bestand zelf hier neer")
		case !e.IsDir() && isFileExt(name):
			l.listedFile(full)
		case e.IsDir() || !strings.HasSuffix(name, ".md") || name == "index.md" && !nameSet()["_index.md"]:
			if l.strayInPriority(dir, e, nameSet()) != "" {
				l.misnamed = append(l.misnamed, full)
			}
		default:
			out = append(out, full)
		}
	}
	return out, hasIndex
}

// diag.Reporter returns a diag.Reporter for a file in the content fs.
func (l *loader) reporter(name string) diag.Reporter {
	return diag.Reporter{Path: l.display(name), List: &l.diags}
}

func plainErr(err error) string { return syserr.Dutch(err) }
