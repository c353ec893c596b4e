package render

import (
	"html/template"
	"slices"
	"strconv"
	"strings"
	"sync"
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

	// The cards' parts joined into one list per kind of page, made on
	// first use: a page that is not rendered costs nothing.
	lists   [len(fragmentNames)]lazyList
	sigOnce sync.Once
	sig     uint64
	cache   *Cache
}

type lazyList struct {
	once sync.Once
	html template.HTML
}

// list joins the k-th part (see fragmentNames) of every card, or takes it
// from the cache when the priority's cards did not change.
func (p *PriorityView) list(k int) template.HTML {
	l := &p.lists[k]
	l.once.Do(func() {
		p.sigOnce.Do(func() { p.sig = listSig(p) })
		if h, ok := p.cache.list(p.Slug, k, p.sig); ok {
			l.html = h
			return
		}
		n := 0
		for _, cv := range p.Cards {
			n += len(cv.Parts[k])
		}
		var sb strings.Builder
		sb.Grow(n)
		for _, cv := range p.Cards {
			sb.WriteString(string(cv.Parts[k]))
		}
		l.html = template.HTML(sb.String())
		p.cache.storeList(p.Slug, k, p.sig, l.html)
	})
	return l.html
}

// PrintCards is the priority's cards in the print edition.
func (p *PriorityView) PrintCards() template.HTML { return p.list(0) }

// CheckRows is the priority's card rows of the checklist.
func (p *PriorityView) CheckRows() template.HTML { return p.list(1) }

// HomeItems is the list of the priority's cards on the home page.
func (p *PriorityView) HomeItems() template.HTML { return p.list(2) }

// Tiles is the list of cards on the priority's own page.
func (p *PriorityView) Tiles() template.HTML { return p.list(3) }

// TOCItems is the priority's cards in the print edition's contents.
func (p *PriorityView) TOCItems() template.HTML { return p.list(4) }

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
	// Parts of the pages that list cards, rendered once per card by
	// Renderer.Prepare, in the order of the fragments list.
	Parts [len(fragmentNames)]template.HTML
}

// fragmentNames are the layout templates rendered once per card; each
// priority joins its cards' parts into one list per page (see
// PriorityView).
var fragmentNames = [...]string{"printcard", "cardcheckrow", "homeitem", "tile", "tocitem"}

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
			cache:    cache,
			Priority: p,
			URL:      priorityURL(p),
			Accent:   p.Color,
		}
		pv.Intro, pv.PrintIntro = convertText(p.Body, pv.URL, wb.BaseURL)
		pv.Eligible = len(wb.Tickets.Eligible) == 0 || slices.Contains(wb.Tickets.Eligible, p.Dir)
		if pv.Accent == "" {
			pv.Accent = defaultAccents[i%len(defaultAccents)]
		}
		if p.Programme != nil {
			pv.ProgrammeText = MarkdownString(p.Programme.Text)
		}
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
	pool.Each(len(b.Cards), func(i int) {
		if cv := b.Cards[i]; !cache.converted(cv, wb.BaseURL) {
			convertCard(cv, wb.BaseURL)
			cache.storeConverted(cv, wb.BaseURL)
		}
	})
	return b
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
