package render

import (
	"html/template"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/pool"
)

// Book is the workbook prepared for the templates: every Markdown text is
// converted once, so the website and the print edition share the HTML.
type Book struct {
	*content.Workbook
	Intro         template.HTML
	Schedule      *ScheduleView
	ChecklistText template.HTML
	TicketText    template.HTML
	// The same texts in the print edition: they differ from the above
	// only when a text links to a card or shows an image.
	PrintIntro, PrintChecklistText, PrintTicketText template.HTML
	Priorities                                      []*PriorityView
	Cards                                           []*CardView
	EventDate                                       string // "maandag 19 september 2016"
	PDF                                             bool   // a werkboek.pdf is published beside the site
}

// ScheduleView is the programme of the day.
type ScheduleView struct {
	*content.Schedule
	Body, PrintBody template.HTML
}

// PriorityView is a priority with converted texts.
type PriorityView struct {
	*content.Priority
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

// CardView is a card with converted sections.
type CardView struct {
	*content.Card
	URL         string
	Lead        template.HTML
	PrintLead   template.HTML // Lead in the print edition
	Sections    []SectionView
	Priority    *PriorityView
	Prev, Next  *CardView
	Description string   // plain text for the meta description
	Audiences   []string // target groups from the Doelgroep, for filters
	SearchText  string   // plain text of the lead and sections, for search
}

// SectionView is one labelled block of a card.
type SectionView struct {
	Label     string // as the editor wrote the heading
	Class     string // "doelgroep", "effect", "doel", "resultaat", "onderwerpen": also its id
	HTML      template.HTML
	PrintHTML template.HTML // HTML in the print edition
}

// defaultAccents are used for priorities without a color in front matter;
// white text on each has a contrast above 4.5:1.
var defaultAccents = []string{"#b3361e", "#6a3d9a", "#1d6a86", "#2e7031", "#9e3a6e", "#7a5a00", "#3d5a80"}

// NewBook converts every Markdown text of wb, in parallel over the cards.
// A non-nil cache supplies the HTML of cards that did not change.
func NewBook(wb *content.Workbook, cache *Cache) *Book {
	b := &Book{Workbook: wb, EventDate: dutchDate(wb.Event.Date)}
	b.Intro, b.PrintIntro = convertText(wb.Intro, pageURLs["home"], wb.BaseURL)
	b.ChecklistText, b.PrintChecklistText = convertText(wb.Checklist.Body, pageURLs["checklist"], wb.BaseURL)
	b.TicketText, b.PrintTicketText = convertText(wb.Tickets.Body, pageURLs["tickets"], wb.BaseURL)
	if wb.Schedule != nil {
		b.Schedule = &ScheduleView{Schedule: wb.Schedule}
		b.Schedule.Body, b.Schedule.PrintBody = convertText(wb.Schedule.Body, pageURLs["programme"], wb.BaseURL)
	}
	byCard := map[*content.Card]*CardView{}
	for i, p := range wb.Priorities {
		pv := &PriorityView{
			Priority: p,
			URL:      priorityURL(p),
			Accent:   p.Color,
		}
		pv.Intro, pv.PrintIntro = convertText(p.Body, pv.URL, wb.BaseURL)
		pv.Eligible = len(wb.Tickets.Eligible) == 0 || slices.Contains(wb.Tickets.Eligible, p.Dir)
		if pv.Accent == "" {
			pv.Accent = defaultAccents[i%len(defaultAccents)]
		}
		pv.SearchText = content.PlainTextOf(p.Body.Blocks)
		if p.Programme != nil {
			pv.ProgrammeText = MarkdownString(p.Programme.Text)
			pv.SearchText += " " + p.Programme.Name + " " + p.Programme.Ambition + " " + p.Programme.Text
		}
		pv.SearchText = strings.TrimSpace(pv.SearchText)
		if p.Note != nil {
			pv.NoteText = MarkdownString(p.Note.Text)
		}
		for _, c := range p.Cards {
			cv := &CardView{Card: c, URL: pv.URL + c.Slug + "/", Priority: pv}
			pv.Cards = append(pv.Cards, cv)
			b.Cards = append(b.Cards, cv)
			byCard[c] = cv
		}
		b.Priorities = append(b.Priorities, pv)
	}
	for _, cv := range b.Cards {
		cv.Prev, cv.Next = byCard[cv.Card.Prev], byCard[cv.Card.Next]
	}
	routes := routesKey(wb)
	pool.Each(len(b.Cards), func(i int) {
		cv := b.Cards[i]
		conv, ok := cv.Card.Converted.(*converted)
		if !ok { // a card with Refs: converted here, with its links pointed
			key := NewHash().Num(cv.Hash).Num(routes).Str(wb.BaseURL).Sum()
			if conv = cache.get(cv.Path, key); conv == nil {
				conv = convertCard(cv.Card, &linker{page: cv.URL, self: cv.Card, baseURL: wb.BaseURL})
				cache.put(cv.Path, key, conv)
			}
		}
		cv.Lead, cv.PrintLead, cv.Sections = conv.lead, conv.printLead, conv.sections
		cv.Description, cv.Audiences, cv.SearchText = conv.desc, conv.audiences, conv.search
	})
	return b
}

// routesKey fingerprints the address of every card and priority: with
// the card's Hash (its bytes and what its links resolved to) and the base
// URL, all its converted HTML can depend on (its print edition images
// are named by its own address).
func routesKey(wb *content.Workbook) uint64 {
	h := NewHash()
	for _, p := range wb.Priorities {
		h.Str(p.Path).Str(p.Slug)
		for _, c := range p.Cards {
			h.Str(c.Path).Str(c.Slug)
		}
	}
	return h.Sum()
}

// Topics are the card's topics, for search.
func (cv *CardView) Topics() []string {
	if s := cv.Card.Section(content.Onderwerpen); s != nil && len(s.Topics) > 0 {
		return s.Topics
	}
	return []string{}
}

// clip shortens s to at most n runes at a word boundary, adding "…".
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:") + "…"
}

var (
	dutchDays   = [...]string{"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"}
	dutchMonths = [...]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}
)

// dutchDate formats "2016-09-19" as "maandag 19 september 2016".
func dutchDate(s string) string {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return s
	}
	return dutchDays[t.Weekday()] + " " + itoa(t.Day()) + " " + dutchMonths[t.Month()-1] + " " + itoa(t.Year())
}

func itoa(n int) string { return strconv.Itoa(n) }

// StoreKey names the workbook in the browser's localStorage, so the
// choices and notes of one edition are kept apart from another's.
func (b *Book) StoreKey() string {
	return "werkboek:" + content.Slugify(b.Title+" "+b.Edition)
}

// HomeComplete reports whether the home page lists every card; only then
// does it offer the filters, which work on the cards it lists.
func (b *Book) HomeComplete() bool {
	for _, p := range b.Priorities {
		if p.HomeMore() > 0 {
			return false
		}
	}
	return true
}

// AudienceList lists the target groups of all cards, in a fixed order.
func (b *Book) AudienceList() []string {
	var out []string
	for _, a := range audienceWords {
		if contains(out, a.group) {
			continue
		}
		for _, c := range b.Cards {
			if contains(c.Audiences, a.group) {
				out = append(out, a.group)
				break
			}
		}
	}
	for _, c := range b.Cards {
		if contains(c.Audiences, "Overig") {
			return append(out, "Overig")
		}
	}
	return out
}

// Eligible reports whether a ticket may name the card.
func (b *Book) Eligible(c *CardView) bool { return c.Priority.Eligible }
