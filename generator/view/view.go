package view

import (
	"html/template"
	"strings"
	"time"

	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/fingerprint"
	"github.com/probiblio/werkboek/generator/markdown"
	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/names"
	"github.com/probiblio/werkboek/generator/pool"
	"github.com/probiblio/werkboek/generator/theme"
)

// Book is the workbook as the pages show it: every Markdown text is
// converted once, so the website and the print edition share the HTML.
// The model is the named field Workbook; what the layouts read is the
// book's own (About holds the edition's title, event and contact).
type Book struct {
	Workbook *model.Workbook
	model.About
	Checklist  model.Page
	Tickets    model.Tickets
	Schedule   *ScheduleView // nil without a programme
	Priorities []*PriorityView
	Cards      []*CardView // every card, in reading order
	// Participants is the count of content/deelnemers.json; nil without it.
	Participants *ParticipantsView

	Intro, ChecklistText, TicketText template.HTML
	// The same texts in the print edition: they differ from the above
	// only when a text links to a card or shows an image.
	PrintIntro, PrintChecklistText, PrintTicketText template.HTML

	EventDate string // "maandag 19 september 2016"
	PDF       bool   // a werkboek.pdf is published beside the site
	// Closed is whether the choice of tickets was closed (closes in
	// tickets.md) when the site was built; see Closing.
	Closed bool
	// Modified is when the content the calendar file is made of last
	// changed (see Calendar); zero when not known.
	Modified time.Time
	// Kept says the book kept card views from Options.Prev: every card
	// has the file, the place and the front matter it had there.
	Kept     bool
	storeKey string
}

// ScheduleView is the programme of the day.
type ScheduleView struct {
	Schedule        *model.Schedule
	Title           string
	Slots           []model.Slot
	Body, PrintBody template.HTML
}

// PriorityView is a priority as the pages show it.
type PriorityView struct {
	Priority    *model.Priority
	Title       string
	Slug        string
	Dir         string // folder name, e.g. "1-jeugd-en-onderwijs"
	Number      int
	Description string // for the meta description; empty: a default
	Programme   *model.Programme
	Note        *model.Note
	// Signature is the title as the paper set it: "jeugd & onderwijs."
	Signature     string
	URL           string // site-relative, e.g. "prioriteiten/jeugd-en-onderwijs/"
	Intro         template.HTML
	PrintIntro    template.HTML // Intro in the print edition
	ProgrammeText template.HTML
	NoteText      template.HTML
	Cards         []*CardView
	Accent        string // CSS colour
	Eligible      bool   // tickets may name its cards
	SearchText    string // plain text of its introduction and programme, for search
}

// HomeLimit is how many cards of a priority the home page lists; a
// priority with more links to its own pages for the rest, so the home
// page stays small in an edition of thousands of cards.
const HomeLimit = 10

// HomeCards are the priority's cards listed on the home page.
func (p *PriorityView) HomeCards() []*CardView { return p.Cards[:min(len(p.Cards), HomeLimit)] }

// HomeMore is how many of the priority's cards the home page leaves out.
func (p *PriorityView) HomeMore() int { return max(0, len(p.Cards)-HomeLimit) }

// CardView is a card as the pages show it, made once per rebuild and
// shared by its page, its priority's lists, the print edition, the
// checklist and the search index. Its HTML and plain texts are made once
// per change of the card (see Convert). The model is the named field
// Card; the fields the layouts read are the view's own, so none hides
// another of the same name.
type CardView struct {
	Card       *model.Card
	Priority   *PriorityView
	Prev, Next *CardView
	Title      string
	Slug       string
	Number     int // 1-based position within its priority
	Question   string
	Draft      bool
	URL        string // site-relative, e.g. "prioriteiten/jeugd-en-onderwijs/spoenk/"
	// File is the card page's output file: URL + "index.html".
	File string
	// ID is "<priority slug>/<card slug>": the card's key for tickets,
	// the checklist and notes.
	ID string
	// Anchor is "k-<priority slug>-<card slug>": the card's id in the
	// print edition.
	Anchor string
	// CheckID is "k<priority number>-<card number>": the id of the card's
	// row of the checklist.
	CheckID string
	// Label is "<number> <title>", as lists of projects name the card.
	Label     string
	Lead      template.HTML
	PrintLead template.HTML // Lead in the print edition
	Sections  []SectionView
	// Description is plain text for the meta description.
	Description string
	Audiences   []string // target groups from the Doelgroep, for filters
	// AudienceKey is Audiences joined by "|", for the home page's filter.
	AudienceKey string
	Topics      []string // the topics, for search
	SearchText  string   // plain text of the lead and sections, for search
	// Libraries chose the card: nil without a count or tickets for it.
	Libraries []*LibraryView
	// LibrariesUnnamed is set in a large count (see PagedFrom) when the
	// card has more libraries than its page names (CardNames).
	LibrariesUnnamed bool
	// LibrariesCounted is set in a large count when the page of
	// participants gives the card's number of libraries rather than
	// their names (more than OverviewNames).
	LibrariesCounted bool
}

// SectionView is one labelled block of a card.
type SectionView = model.SectionHTML

// Options are what a Book shows besides the workbook.
type Options struct {
	// Cache, when not nil, keeps the HTML of cards with Refs between
	// books of one engine.
	Cache *Cache
	// PDF, Closed and Modified are the Book's fields of the same names.
	PDF      bool
	Closed   bool
	Modified time.Time
	// Prev, when set, is the book of the rebuild before: while the
	// workbook has the same files in the same places, a card whose file
	// is as it was keeps its view (see reusable).
	Prev *Book
}

// NewBook makes the views of wb. A card converted while loading brings
// its HTML along; the others (cards with Refs) are converted here, in
// parallel, and opts.Cache supplies those that did not change. The Book
// is finished: nothing is set on it afterwards.
func NewBook(wb *model.Workbook, opts Options) *Book {
	cache := opts.Cache
	cache.start()
	b := &Book{
		Workbook: wb, About: wb.About, Checklist: wb.Checklist, Tickets: wb.Tickets, EventDate: dutch.Date(wb.Event.Date),
		PDF: opts.PDF, Closed: opts.Closed, Modified: opts.Modified,
		storeKey: "werkboek:" + names.Slugify(wb.Title+" "+wb.Edition),
	}
	b.Intro, b.PrintIntro = convertText(wb.Intro, pageURLs["home"], wb.BaseURL)
	b.ChecklistText, b.PrintChecklistText = convertText(wb.Checklist.Body, pageURLs["checklist"], wb.BaseURL)
	b.TicketText, b.PrintTicketText = convertText(wb.Tickets.Body, pageURLs["tickets"], wb.BaseURL)
	if s := wb.Schedule; s != nil {
		b.Schedule = &ScheduleView{Schedule: s, Title: s.Title, Slots: s.Slots}
		b.Schedule.Body, b.Schedule.PrintBody = convertText(s.Body, pageURLs["programme"], wb.BaseURL)
	}
	n := 0
	for _, p := range wb.Priorities {
		n += len(p.Cards)
	}
	// The views of all cards in one allocation: ten thousand small ones
	// cost the collector more.
	// A view kept from the book before is shared with it and never
	// written to: that book may still be read (a page made on request).
	kept := reusable(opts.Prev, wb, opts)
	b.Kept = kept != nil
	made := n
	if kept != nil {
		made = 0
		for _, cv := range kept {
			if cv == nil {
				made++
			}
		}
	}
	views := make([]CardView, made)
	b.Cards = make([]*CardView, 0, n)
	fresh := make([]bool, n) // b.Cards[i] is made here
	for _, p := range wb.Priorities {
		pv := newPriorityView(p, wb)
		if len(p.Cards) > 0 {
			pv.Cards = make([]*CardView, 0, len(p.Cards))
		}
		for _, c := range p.Cards {
			i := len(b.Cards)
			var cv *CardView
			if kept != nil && kept[i] != nil {
				cv = kept[i]
			} else {
				cv = &views[0]
				views = views[1:]
				*cv = CardView{Card: c, Priority: pv, Title: c.Title, Slug: c.Slug, Number: c.Number, Question: c.Question, Draft: c.Draft}
				fresh[i] = true
			}
			pv.Cards = append(pv.Cards, cv)
			b.Cards = append(b.Cards, cv)
		}
		b.Priorities = append(b.Priorities, pv)
	}
	// Addresses and ids come from the cache when the card kept its
	// place: looked up on all cores, made one at a time.
	// The same pass takes over the HTML made while loading.
	known := make([]bool, n)
	pool.Each(n, func(i int) {
		cv := b.Cards[i]
		if !fresh[i] {
			known[i] = true
			return
		}
		known[i] = cache.knownNames(cv, cv.Card, cv.Priority)
		if conv := cv.Card.Converted; conv != nil {
			cv.setTexts(conv)
		}
	})
	for i, cv := range b.Cards {
		if !known[i] {
			cache.makeNames(cv, cv.Card, cv.Priority)
		}
	}
	// The count of participants names cards: their views, by card.
	var byCard map[*model.Card]*CardView
	viewOf := func(c *model.Card) *CardView {
		if byCard == nil {
			byCard = make(map[*model.Card]*CardView, n)
			for _, cv := range b.Cards {
				byCard[cv.Card] = cv
			}
		}
		return byCard[c]
	}
	// The loader links each card to the ones before and after it in
	// reading order, which is the order of b.Cards. A kept view keeps
	// its neighbours.
	for i, cv := range b.Cards {
		if !fresh[i] {
			continue
		}
		if cv.Card.Prev != nil {
			cv.Prev = b.Cards[i-1]
		}
		if cv.Card.Next != nil {
			cv.Next = b.Cards[i+1]
		}
	}
	b.Participants = newParticipantsView(wb.Participants, b, viewOf)
	// Cards with Refs are converted here, with their links pointed.
	var refs []*CardView
	for i, cv := range b.Cards {
		if fresh[i] && cv.Card.Converted == nil {
			refs = append(refs, cv)
		}
	}
	if len(refs) > 0 {
		routes := routesKey(wb)
		pool.Each(len(refs), func(i int) {
			cv := refs[i]
			key := fingerprint.New().Num(cv.Card.Hash).Num(routes).Str(wb.BaseURL).Sum()
			conv := cache.get(cv.Card.Path, key)
			if conv == nil {
				conv = convertCard(cv.Card, &linker{page: cv.URL, self: cv.Card, baseURL: wb.BaseURL})
				cache.put(cv.Card.Path, key, conv)
			}
			cv.setTexts(conv)
		})
	}
	return b
}

// setTexts gives cv the texts converted from its card.
func (cv *CardView) setTexts(conv *model.Converted) {
	cv.Lead, cv.PrintLead, cv.Sections = conv.Lead, conv.PrintLead, conv.Sections
	cv.Description, cv.Audiences, cv.AudienceKey, cv.SearchText = conv.Description, conv.Audiences, conv.AudienceKey, conv.Search
}

// newPriorityView makes the view of a priority of wb, without its
// cards.
func newPriorityView(p *model.Priority, wb *model.Workbook) *PriorityView {
	pv := &PriorityView{
		Priority: p, Title: p.Title, Slug: p.Slug, Dir: p.Dir, Number: p.Number, Description: p.Description,
		Programme: p.Programme, Note: p.Note, Signature: Signature(p.Title),
		URL: PriorityURL(p), Accent: theme.Accent(p),
	}
	pv.Intro, pv.PrintIntro = convertText(p.Body, pv.URL, wb.BaseURL)
	pv.Eligible = wb.Tickets.Allows(p)
	pv.SearchText = markdown.PlainTextOf(p.Body.Blocks)
	if p.Programme != nil {
		pv.ProgrammeText = markdown.HTMLString(p.Programme.Text)
		pv.SearchText += " " + p.Programme.Name + " " + p.Programme.Ambition + " " + p.Programme.Text
	}
	pv.SearchText = strings.TrimSpace(pv.SearchText)
	if p.Note != nil {
		pv.NoteText = markdown.HTMLString(p.Note.Text)
	}
	return pv
}

// Signature sets a priority title as the paper did: "jeugd & onderwijs."
func Signature(s string) string { return strings.ToLower(strings.TrimSuffix(s, ".")) + "." }

// routesKey fingerprints the address of every card and priority: with
// the card's Hash (its bytes and what its links resolved to) and the base
// URL, all its converted HTML can depend on (its print edition images
// are named by its own address).
func routesKey(wb *model.Workbook) uint64 {
	h := fingerprint.New()
	for _, p := range wb.Priorities {
		h.Str(p.Path).Str(p.Slug)
		for _, c := range p.Cards {
			h.Str(c.Path).Str(c.Slug)
		}
	}
	return h.Sum()
}
