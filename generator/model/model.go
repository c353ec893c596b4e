package model

import (
	"io/fs"
	"time"

	"github.com/probiblio/werkboek/generator/markdown"
)

// Workbook is the whole edition: metadata from the root _index.md, the
// programme of the day, the checklist and ticket pages and the priorities
// with their project cards, in reading order.
type Workbook struct {
	About
	Intro      Text
	Schedule   *Schedule // nil when programma.md is absent
	Checklist  Page
	Tickets    Tickets
	Priorities []*Priority
	// Participants is who takes part in which project, from
	// content/deelnemers.json; nil when there is no such file.
	Participants *Participants
	// Inputs lists every file read besides the cards, sorted by path,
	// with a fingerprint of its bytes: what a rebuild must compare to
	// know whether anything but the cards changed.
	Inputs []Input
	// Source is the content folder the workbook was loaded from; the
	// files that texts show or link to (see File) are read from it.
	Source fs.FS
}

// About is what the root _index.md says about the edition.
type About struct {
	Title        string
	Edition      string
	Description  string
	BaseURL      string
	Language     string
	Organisation string
	Event        Event
	Contact      Contact
}

// Input is one file of the content folder and a fingerprint of its bytes.
type Input struct {
	Path string
	Hash uint64
}

// Cards returns every card of the workbook in reading order.
func (w *Workbook) Cards() []*Card {
	var out []*Card
	for _, p := range w.Priorities {
		out = append(out, p.Cards...)
	}
	return out
}

// Event describes the day the workbook prepares for.
type Event struct {
	Name         string `yaml:"name"`
	Date         string `yaml:"date"`
	Start        string `yaml:"start"`
	End          string `yaml:"end"`
	Venue        string `yaml:"venue"`
	Address      string `yaml:"address"`
	Registration string `yaml:"registration"`
}

// Contact is the person libraries can ask about the workbook.
type Contact struct {
	Name  string `yaml:"name"`
	Role  string `yaml:"role"`
	Phone string `yaml:"phone"`
	Email string `yaml:"email"`
}

// Text is a piece of Markdown together with the file and line it starts at,
// so later stages can still point an editor at its source.
type Text struct {
	Path     string
	Line     int
	Markdown []byte
	// Refs are the links and images that point into the content tree
	// (another card, a priority, an image beside the file), as written;
	// Links says what each destination resolved to. Both are set only on
	// whole texts (a card's Body, not its sections).
	Refs  []markdown.Ref
	Links Links
	// Blocks are the text parsed, as loading parsed it once for the
	// checks: what the renderer renders. A card's tree and Markdown are
	// let go once Options.Convert has made what the caller keeps of it.
	Blocks markdown.Blocks
}

// Empty reports whether the text has no content besides white space.
func (t Text) Empty() bool {
	for _, b := range t.Markdown {
		if b != ' ' && b != '\n' && b != '\t' && b != '\r' {
			return false
		}
	}
	return true
}

// Page is a simple page: a title, a description for search engines and
// link previews (empty: a default) and a Markdown body.
type Page struct {
	Path        string
	Title       string
	Description string
	Body        Text
}

// Schedule is the programme of the day from programma.md.
type Schedule struct {
	Page
	Slots []Slot
}

// Slot is one row of the programme.
type Slot struct {
	Line     int
	Time     string
	Activity string
	Speakers []string
	Location string
	Items    []SlotItem
	// Rounds are the times of the rounds of a choice, in order; a slot
	// with rounds is a choice and its items are the options, one of which
	// a library visits in each round. Nil for an ordinary slot.
	Rounds []string
}

// Choice reports whether the slot is a choice: rounds with options.
func (s Slot) Choice() bool { return len(s.Rounds) > 0 }

// SlotItem is a sub-row of a slot, such as one room of the market; in a
// choice, one option.
type SlotItem struct {
	Line     int
	Text     string
	Location string
	Time     string
	// Key names the option in a plan: the priority's slug for a
	// priority, otherwise the slug of its text. Set only in a choice.
	Key string
	// Priority is the priority this option presents, or nil.
	Priority *Priority
	// Capacity is how many visitors the room takes per round; 0 when
	// the programme does not say.
	Capacity int
}

// Tickets holds the ticket rules from tickets.md.
type Tickets struct {
	Page
	Max      int
	Fields   []string
	Eligible []string // priority folder names; empty means every priority
	// Closes is when the choice closes (closes:, read on the Dutch
	// clock); zero when it does not. ClosesLine is its line in tickets.md.
	Closes     time.Time
	ClosesLine int
	Capacity   int // the most libraries a project takes (capacity:); 0: no limit
}

// Priority is one of the workbook's themes with its project cards.
type Priority struct {
	Path        string // path of its _index.md
	Dir         string // folder name, e.g. "1-jeugd-en-onderwijs"
	Slug        string
	Number      int // 1-based position in the workbook
	Title       string
	Weight      int
	Color       string // "#rrggbb", or empty for the default palette
	Description string // for the meta description; empty: a default
	Programme   *Programme
	Note        *Note
	Body        Text
	Cards       []*Card
	// Broken is set while loading when its _index.md is missing or
	// unreadable; such a priority is not in the loaded workbook.
	Broken bool
}

// Programme is a provincial programme (SOOB or BOZH) tied to a priority.
type Programme struct {
	Name     string `yaml:"name"`
	Ambition string `yaml:"ambition"`
	Text     string `yaml:"text"`
}

// Note is a boxed remark on a priority's opening page.
type Note struct {
	Title string `yaml:"title"`
	Text  string `yaml:"text"`
}

// Card is one numbered project card.
type Card struct {
	Path string
	// Hash fingerprints the file's bytes and what its links and images
	// resolved to: when it is unchanged, so is the card's HTML.
	Hash        uint64
	MetaHash    uint64 // fingerprint of its front matter alone
	Slug        string
	Number      int // 1-based position within its priority
	Title       string
	Weight      int
	Question    string
	Description string // for the meta description; empty: from the Effect section
	Draft       bool
	Body        Text // the whole Markdown below the front matter, with its Refs and Links
	Lead        Text
	Sections    []Section
	Name        string // path in the content fs
	Broken      bool   // unreadable: known by its Name for links, never in the workbook
	Priority    *Priority
	Prev        *Card // previous card in the workbook, across priorities
	Next        *Card
	// Converted is what Options.Convert made of the card, or nil (see
	// there); content never looks inside.
	Converted *Converted
}

// Section is one of the five labelled parts of a card.
type Section struct {
	Kind    SectionKind
	Heading string // as the editor wrote it
	Line    int
	Body    Text
	Topics  []string // plain text of the list items (topic sections only)
}

// SectionKind identifies which of the five expected sections a section is.
type SectionKind int

// The five card sections in their required order.
const (
	Doelgroep SectionKind = iota
	Effect
	Doel
	Resultaat
	Onderwerpen
)

// SectionIDs are the anchors of the sections on a card's page
// (1-spoenk.md#resultaat); in the print edition they follow the card's id
// (#k-jeugd-en-onderwijs-spoenk-resultaat).
var SectionIDs = [...]string{"doelgroep", "effect", "doel", "resultaat", "onderwerpen"}

// SectionTitles are the expected headings, in order, as editors write them.
var SectionTitles = [...]string{"Doelgroep", "Effect voor de doelgroep", "Doel van de Bibliotheek", "Resultaat", "Mogelijke onderwerpen"}

// Section returns the card's section of the given kind, or nil.
func (c *Card) Section(k SectionKind) *Section {
	for i := range c.Sections {
		if c.Sections[i].Kind == k {
			return &c.Sections[i]
		}
	}
	return nil
}

// Closed reports whether the choice of tickets is closed at now: closes
// is set and now is not before it.
func (t *Tickets) Closed(now time.Time) bool {
	return !t.Closes.IsZero() && !now.Before(t.Closes)
}
