package content

import (
	"cmp"
	"fmt"
	"io/fs"
	"math"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/frontmatter"
	"github.com/probiblio/werkboek/generator/markdown"
	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/names"
)

type priorityMeta struct {
	Title       string             `yaml:"title"`
	Weight      *frontmatter.Whole `yaml:"weight" range:"-1000000..1000000"`
	Slug        string             `yaml:"slug"`
	Color       string             `yaml:"color"`
	Description string             `yaml:"description"`
	Programme   *model.Programme   `yaml:"programme"`
	Note        *model.Note        `yaml:"note"`
}

type cardMeta struct {
	Title       string             `yaml:"title"`
	Weight      *frontmatter.Whole `yaml:"weight" range:"-1000000..1000000"`
	Slug        string             `yaml:"slug"`
	Question    string             `yaml:"question"`
	Draft       bool               `yaml:"draft"`
	Description string             `yaml:"description"`
}

// unnumbered sorts files without weight or number prefix after the others.
const unnumbered = math.MaxInt32

// order returns the sort weight of a file: its weight, else its number
// prefix, else unnumbered.
func order(weight *frontmatter.Whole, name string) int {
	if weight != nil {
		return int(*weight)
	}
	if n, ok, _ := splitName(name); ok {
		return n
	}
	return unnumbered
}

// slugFor returns the slug of a file or folder: the front matter's when
// set (validated), else the name without number prefix, slugified.
func slugFor(given, name string, line int, r diag.Reporter) string {
	if given != "" {
		if !names.ValidSlug(given) {
			r.Errorf(line, "slug %q kan niet; gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld slug: %s", given, cmp.Or(names.Slugify(given), "mijn-kaart"))
			return ""
		}
		return given
	}
	_, _, rest := splitName(name)
	s := names.Slugify(rest)
	if s == "" {
		r.Errorf(0, "van de naam %q is geen webadres te maken; geef het bestand een naam met letters, zoals 1-mijn-kaart.md, of zet slug: in de front matter", name)
	}
	return s
}

// loadPriority reads the _index.md of a priority folder. A priority
// without a usable _index.md is returned marked broken, after reporting
// why (unless the folder has it under another name, already reported):
// its cards are read all the same.
func (l *loader) loadPriority(dir string, hasIndex bool) *model.Priority {
	name := path.Join(dir, "_index.md")
	p := &model.Priority{Path: l.display(name), Dir: path.Base(dir), Broken: true}
	r := diag.Reporter{Path: p.Path, List: &l.diags}
	if !hasIndex {
		if !l.pending[name] {
			l.diags = append(l.diags, diag.Diagnostic{Path: l.display(dir), Message: "deze prioriteitsmap heeft geen _index.md; maak " + p.Path + " aan met ten minste \"title:\" in de front matter"})
		}
		l.pend(name)
		return p
	}
	doc := l.file(name, &l.diags)
	if doc == nil {
		l.pend(name)
		return p
	}
	p.Broken = false
	var m priorityMeta
	ok := frontmatter.Decode(doc, &m, r)
	if p.Title = strings.TrimSpace(m.Title); p.Title == "" && ok {
		r.Errorf(doc.Line("title"), "de titel ontbreekt; zet in de front matter bijvoorbeeld: title: Jeugd & onderwijs")
	}
	p.Weight = order(m.Weight, p.Dir)
	p.Slug = slugFor(m.Slug, p.Dir, doc.Line("slug"), r)
	p.Programme, p.Note, p.Description = m.Programme, m.Note, strings.TrimSpace(m.Description)
	if m.Color != "" {
		p.Color = checkColor(m.Color, doc.Line("color"), r)
	}
	if pr := p.Programme; pr != nil && strings.TrimSpace(pr.Name) == "" {
		r.Errorf(doc.Line("programme"), "programme heeft geen name; zet eronder bijvoorbeeld: name: SOOB-programma")
	}
	if pr := p.Programme; pr != nil {
		markdown.ScanFrontMatter(pr.Text, "programme.text", doc.Line("programme", "text"), r)
	}
	if n := p.Note; n != nil && (strings.TrimSpace(n.Title) == "" || strings.TrimSpace(n.Text) == "") {
		r.Errorf(doc.Line("note"), "note heeft een title en een text nodig")
	}
	if n := p.Note; n != nil {
		markdown.ScanFrontMatter(n.Text, "note.text", doc.Line("note", "text"), r)
	}
	p.Body = textOf(doc, p.Path)
	scanText(&p.Body, r)
	return p
}

var colorRE = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// checkColor validates a priority colour: "#rrggbb", dark enough that
// white text on it has a contrast of at least 4.5:1 (WCAG AA).
func checkColor(c string, line int, r diag.Reporter) string {
	if !colorRE.MatchString(c) {
		r.Errorf(line, "kleur %q klopt niet; schrijf zes hexadecimale cijfers tussen aanhalingstekens, bijvoorbeeld color: \"#1D6A86\"", c)
		return ""
	}
	if ratio := contrastWithWhite(c); ratio < 4.5 {
		r.Errorf(line, "kleur %s is te licht: witte tekst erop heeft een contrast van %.1f:1 en er is minstens 4,5:1 nodig; kies een donkerdere kleur", c, ratio)
		return ""
	}
	return strings.ToLower(c)
}

// contrastWithWhite is the WCAG 2.1 contrast ratio of white on colour c.
func contrastWithWhite(c string) float64 {
	var lum float64
	for i, w := range []float64{0.2126, 0.7152, 0.0722} {
		v, _ := strconv.ParseUint(c[1+2*i:3+2*i], 16, 8)
		s := float64(v) / 255
		if s <= 0.04045 {
			s /= 12.92
		} else {
			s = math.Pow((s+0.055)/1.055, 2.4)
		}
		lum += w * s
	}
	return 1.05 / (lum + 0.05)
}

// loadCard reads one card file; its problems go to diags.
func (l *loader) loadCard(name string, diags *diag.List) *model.Card {
	c := &model.Card{Path: l.display(name), Name: name}
	r := diag.Reporter{Path: c.Path, List: diags}
	src, err := fs.ReadFile(l.fsys, name)
	if err != nil {
		r.Errorf(0, "kan het bestand niet lezen (%v); controleer of het bestaat en leesbaar is", plainErr(err))
		c.Broken = true
		return c
	}
	c.Hash = hashBytes(src)
	doc := frontmatter.Parse(src, r)
	if doc == nil {
		// Still known by its name, with the images it shows: one slip
		// gives one error, not one more for every link to the card.
		c.Broken = true
		c.Body = model.Text{Path: c.Path, Refs: markdown.LooseRefs(src)}
		return c
	}
	c.MetaHash = hashBytes(doc.Head)
	var m cardMeta
	ok := frontmatter.Decode(doc, &m, r)
	if c.Title = strings.TrimSpace(m.Title); c.Title == "" && ok {
		r.Errorf(doc.Line("title"), "de titel ontbreekt; zet bovenaan tussen twee regels --- bijvoorbeeld: title: \"Spoenk: innovatief jeugdbibliotheekwerk\"")
	}
	base := path.Base(name)
	c.Weight = order(m.Weight, base)
	c.Slug = slugFor(m.Slug, base, doc.Line("slug"), r)
	c.Question = strings.TrimSpace(m.Question)
	c.Draft = m.Draft
	c.Description = strings.TrimSpace(m.Description)
	c.Body, c.Lead, c.Sections = splitSections(c.Path, doc.Body, doc.BodyLine, r)
	if !c.Draft {
		checkPlaceholders(c, r)
	}
	l.convert(c)
	return c
}

// convert hands a parsed card to Options.Convert and lets its tree and
// its Markdown go (see there).
func (l *loader) convert(c *model.Card) {
	if l.opts.Convert == nil || len(c.Body.Refs) > 0 {
		return
	}
	if !c.Draft || l.opts.Drafts {
		c.Converted = l.opts.Convert(c)
	}
	release(&c.Body)
	release(&c.Lead)
	for i := range c.Sections {
		release(&c.Sections[i].Body)
	}
}

// release lets a text's tree and Markdown go.
func release(t *model.Text) { t.Blocks, t.Markdown = markdown.Blocks{}, nil }

// orderCards drops unreadable, broken and draft cards, sorts the rest and numbers
// them, and reports duplicate slugs.
func (l *loader) orderCards(p *model.Priority) ([]*model.Card, diag.List) {
	var diags diag.List
	cards := make([]*model.Card, 0, len(p.Cards))
	for _, c := range p.Cards {
		if c != nil && !c.Broken && (!c.Draft || l.opts.Drafts) {
			cards = append(cards, c)
		}
	}
	byPlace := func(a, b *model.Card) int {
		return cmp.Or(cmp.Compare(a.Weight, b.Weight), cmp.Compare(a.Path, b.Path))
	}
	// Listed folders come sorted by name, so this is mostly a check.
	if !slices.IsSortedFunc(cards, byPlace) {
		slices.SortStableFunc(cards, byPlace)
	}
	seen := make(map[string]*model.Card, len(cards))
	for i, c := range cards {
		c.Number = i + 1
		c.Priority = p
		if first, dup := seen[c.Slug]; dup && c.Slug != "" {
			diags = append(diags, diag.Diagnostic{Path: c.Path, Line: 1, Message: fmt.Sprintf("de slug %q wordt al gebruikt door %s; geef een van beide kaarten een andere bestandsnaam of zet slug: in de front matter", c.Slug, first.Path)})
		}
		seen[c.Slug] = c
	}
	return cards, diags
}

// scanText parses a whole text, keeps its tree and scans it.
func scanText(t *model.Text, r diag.Reporter) {
	if t.Empty() {
		return
	}
	t.Refs, t.Blocks = markdown.Scan(t.Markdown, t.Line, r)
}
