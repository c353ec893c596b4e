package content

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"io/fs"
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/markdown"
	"github.com/probiblio/werkboek/generator/model"
)

// source is one text whose Refs are resolved.
type source struct {
	text      *model.Text
	name      string      // path of its file in the content fs
	card      *model.Card // the card the text is, or nil
	published bool        // the text is published (a draft is not, without Drafts)
}

// resolver resolves the Refs of every text of a workbook after all files
// are loaded: whether a link is right depends on other files, so this is
// never cached with a card.
type resolver struct {
	l       *loader
	targets map[string]model.Target // by path of the .md file in the content fs; see targetMap
	listed  []namedTarget           // the targets in the order added
	used    map[string]bool         // files beside texts that a text uses
}

// resolveRefs resolves every Ref of every text: links to cards,
// priorities and pages written as their file, and files beside the text.
// Problems are reported at the Ref's line; files nobody uses get a
// warning. A card's Hash then also covers what its links resolved to.
func (l *loader) resolveRefs(wb *model.Workbook, have map[string]bool, cards []*model.Card) {
	rs := &resolver{l: l, used: map[string]bool{}, listed: make([]namedTarget, 0, len(cards)+len(wb.Priorities)+4)}
	sources := make([]source, 0, len(cards)+len(wb.Priorities)+4)
	page := func(name, kind string, t *model.Text) {
		if have[name] && t != nil {
			rs.add(name, model.Target{Page: kind})
			sources = append(sources, source{text: t, name: name, published: true})
		}
	}
	page("_index.md", "home", &wb.Intro)
	if wb.Schedule != nil {
		page("programma.md", "programme", &wb.Schedule.Body)
	}
	page("keuzelijst.md", "checklist", &wb.Checklist.Body)
	page("tickets.md", "tickets", &wb.Tickets.Body)
	for _, p := range wb.Priorities {
		name := "prioriteiten/" + p.Dir + "/_index.md"
		rs.add(name, model.Target{Priority: p})
		sources = append(sources, source{text: &p.Body, name: name, published: true})
	}
	for _, c := range cards {
		rs.add(c.Name, model.Target{Card: c})
		if c.Broken {
			rs.markUsed(c.Name, c.Body.Refs)
			continue
		}
		sources = append(sources, source{text: &c.Body, name: c.Name, card: c, published: !c.Draft || l.opts.Drafts})
	}
	for _, name := range l.misnamed {
		if src, err := fs.ReadFile(l.fsys, name); err == nil {
			rs.markUsed(name, markdown.LooseRefs(src))
		}
	}
	for _, s := range sources {
		if len(s.text.Refs) == 0 {
			continue
		}
		s.text.Links = model.Links{}
		for _, ref := range s.text.Refs {
			if t, ok := rs.resolve(s, ref); ok {
				s.text.Links[ref.Dest] = t
			}
		}
		if s.card != nil {
			s.card.Hash = linksHash(s.card.Hash, s.text.Links)
		}
	}
	for i, name := range l.strayNames {
		if !rs.used[name] {
			l.diags = append(l.diags, l.strays[i])
		}
	}
	for _, name := range l.listed {
		if !rs.used[name] {
			l.reporter(name).Warnf(0, "wordt niet gepubliceerd: geen tekst in deze map toont of noemt dit bestand; toon het in een kaart ernaast met ![beschrijving](%s) of link ernaar met [tekst](%s), of haal het weg", linkPath(path.Base(name)), linkPath(path.Base(name)))
		}
	}
}

// resolve finds what one Ref points at, or reports why it cannot be.
func (rs *resolver) resolve(s source, ref markdown.Ref) (model.Target, bool) {
	r := rs.l.reporter(s.name)
	fail := func(format string, args ...any) (model.Target, bool) {
		r.Errorf(ref.Line, format, args...)
		return model.Target{}, false
	}
	dest, frag, _ := strings.Cut(ref.Dest, "#")
	if strings.Contains(dest, "?") {
		return fail("%s: een ? hoort niet in een link naar een bestand; laat het deel vanaf ? weg", diag.Quote(ref.Dest))
	}
	p, err := url.PathUnescape(dest)
	if err != nil {
		return fail("%s: het %% in dit adres klopt niet; schrijf een spatie in een bestandsnaam als %%20, of zet het adres tussen < en >", diag.Quote(ref.Dest))
	}
	dir := path.Dir(s.name)
	switch {
	case p == "" && frag == "":
		return fail("de link naar # wijst nergens heen; schrijf het adres, zoals [Spoenk](1-spoenk.md) of [ProBiblio](https://www.probiblio.nl), of haal de link weg")
	case p == "":
		if s.card == nil {
			return fail("een link naar #%s werkt alleen in een kaart, naar een van haar secties; schrijf de bestandsnaam van de kaart ervoor, zoals 1-spoenk.md#%s", frag, frag)
		}
		return rs.card(s, ref, model.Target{Card: s.card}, frag)
	case strings.HasPrefix(p, "/"):
		return fail("%s begint met /; schrijf het pad vanaf dit bestand, zoals %s", diag.Quote(ref.Dest), linkPath(rel(dir, strings.TrimPrefix(path.Clean(p), "/"))))
	}
	name := path.Join(dir, p)
	if name == ".." || strings.HasPrefix(name, "../") {
		return fail("%s wijst buiten de inhoudsmap; link alleen naar kaarten, prioriteiten en bestanden in de inhoudsmap, of naar een website met https://…", diag.Quote(ref.Dest))
	}
	lower := strings.ToLower(name)
	switch {
	case strings.HasSuffix(lower, ".md"):
		t, ok := rs.targetMap()[name]
		switch {
		case !ok && rs.l.isPending(name):
			return model.Target{}, false // missing because of an error reported already
		case !ok:
			return fail("%s bestaat niet%s", diag.Quote(ref.Dest), rs.suggestMD(dir, s.name, name))
		case ref.Image:
			return fail("%s is een tekst, geen afbeelding; link ernaar zonder ! ervoor: [tekst](%s)", diag.Quote(ref.Dest), ref.Dest)
		case t.Card != nil:
			return rs.card(s, ref, t, frag)
		case frag != "":
			return fail("%s: naar een plek op een prioriteit of pagina kan niet worden gelinkt, alleen naar de secties van een kaart; laat #%s weg", diag.Quote(ref.Dest), frag)
		}
		return t, true
	case isFileExt(name):
		return rs.file(s, ref, name)
	}
	rs.used[name] = true // a file werkboek does not publish: this error covers it
	return fail("%s", rs.unknown(dir, p))
}

// card checks a link to a card and the section its anchor names.
func (rs *resolver) card(s source, ref markdown.Ref, t model.Target, frag string) (model.Target, bool) {
	r := rs.l.reporter(s.name)
	if frag != "" {
		frag = strings.ToLower(frag)
		if !slices.Contains(model.SectionIDs[:], frag) {
			r.Errorf(ref.Line, "%s: een kaart heeft geen onderdeel #%s; kies uit #%s", diag.Quote(ref.Dest), frag, strings.Join(model.SectionIDs[:], ", #"))
			return model.Target{}, false
		}
		t.Section = frag
	}
	if c := t.Card; c.Draft && !rs.l.opts.Drafts && s.published {
		r.Errorf(ref.Line, "%s is een concept (draft: true) en wordt niet gepubliceerd, dus de link zou nergens heen gaan; publiceer die kaart eerst of haal de link weg", diag.Quote(ref.Dest))
		return model.Target{}, false
	}
	if c := t.Card; c.Draft && (s.card == nil || !s.card.Draft) {
		// Shown with drafts (serve's preview), the link works; the site
		// that gets published would refuse it, so the editor hears now.
		r.Warnf(ref.Line, "%s is een concept (draft: true): hier werkt de link, maar werkboek build (zonder --drafts) weigert hem; publiceer die kaart eerst (haal draft: true weg) of haal de link weg", diag.Quote(ref.Dest))
	}
	return t, true
}

// file checks a file beside the text and reads its size.
func (rs *resolver) file(s source, ref markdown.Ref, name string) (model.Target, bool) {
	r := rs.l.reporter(s.name)
	dir := path.Dir(s.name)
	base := path.Base(name)
	switch {
	case path.Dir(name) != dir:
		rs.used[name] = true // meant for this text: no second message that it is unused
		if exists(rs.l.fsys, name) {
			r.Errorf(ref.Line, "%s staat niet in dezelfde map als %s; zet %s naast dit bestand en schrijf (%s)", diag.Quote(ref.Dest), path.Base(s.name), base, linkPath(base))
		} else {
			r.Errorf(ref.Line, "%s bestaat niet; zet het bestand in dezelfde map als %s en schrijf (%s)", diag.Quote(ref.Dest), path.Base(s.name), linkPath(base))
		}
		return model.Target{}, false
	case !rs.l.listedSet[name]:
		r.Errorf(ref.Line, "%s bestaat niet in %s%s", diag.Quote(ref.Dest), rs.l.display(dir), rs.suggestFile(dir, base))
		return model.Target{}, false
	case name == "werkboek.pdf":
		rs.used[name] = true
		r.Errorf(ref.Line, "de naam werkboek.pdf is voor de pdf van het hele werkboek (werkboek build --pdf); geef het bestand een andere naam")
		return model.Target{}, false
	case ref.Image && !isImageExt(name):
		rs.used[name] = true
		r.Errorf(ref.Line, "%s is geen afbeelding en kan dus niet getoond worden; link ernaar zonder ! ervoor: [tekst](%s)", diag.Quote(ref.Dest), ref.Dest)
		return model.Target{}, false
	}
	rs.used[name] = true
	f, msg := rs.l.readFile(name)
	if f == nil {
		r.Errorf(ref.Line, "%s", msg)
		return model.Target{}, false
	}
	return model.Target{File: f}, true
}

// linksHash mixes what a card's links resolved to into its fingerprint.
func linksHash(h uint64, links model.Links) uint64 {
	dests := make([]string, 0, len(links))
	for d := range links {
		dests = append(dests, d)
	}
	slices.Sort(dests)
	f := fnv.New64a()
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], h)
	f.Write(b[:])
	for _, d := range dests {
		t := links[d]
		fmt.Fprintf(f, "%s\x00%s\x00", d, t.Page)
		if t.Card != nil {
			fmt.Fprintf(f, "c%s/%s/%s", prioritySlug(t.Card), t.Card.Slug, t.Section)
		}
		if t.Priority != nil {
			fmt.Fprintf(f, "p%s", t.Priority.Slug)
		}
		if t.File != nil {
			fmt.Fprintf(f, "f%s/%d/%d/%d", t.File.Base, t.File.Size, t.File.Width, t.File.Height)
		}
		f.Write([]byte{0})
	}
	return f.Sum64()
}

func prioritySlug(c *model.Card) string {
	if c.Priority == nil {
		return ""
	}
	return c.Priority.Slug
}

// markUsed counts the files that the refs of a text name as used, without
// checking them: the text could not be read as it should (its error is
// reported), and its images are not unused because of that.
func (rs *resolver) markUsed(name string, refs []markdown.Ref) {
	for _, ref := range refs {
		dest, _, _ := strings.Cut(ref.Dest, "#")
		if p, err := url.PathUnescape(dest); err == nil && p != "" {
			rs.used[path.Join(path.Dir(name), p)] = true
		}
	}
}

// namedTarget is a target and the path of its .md file.
type namedTarget struct {
	name string
	t    model.Target
}

// add makes the text at name a target of links.
func (rs *resolver) add(name string, t model.Target) {
	rs.listed = append(rs.listed, namedTarget{name, t})
}

// targetMap returns the targets by path, made on first use: a workbook
// whose texts link to nothing (most rebuilds of a large one) never needs
// a map of ten thousand cards.
func (rs *resolver) targetMap() map[string]model.Target {
	if rs.targets == nil {
		rs.targets = make(map[string]model.Target, len(rs.listed))
		for _, nt := range rs.listed {
			rs.targets[nt.name] = nt.t
		}
	}
	return rs.targets
}
