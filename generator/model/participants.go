package model

import (
	"cmp"
	"slices"
	"time"

	"github.com/probiblio/werkboek/generator/names"
)

// Participants is the outcome of the count in content/deelnemers.json:
// every library that handed in its tickets, and per project the libraries
// that chose it.
type Participants struct {
	Path    string    // "content/deelnemers.json", as messages name it
	Edition string    // "editie" of the file
	Counted time.Time // when the tickets were counted ("geteld"); zero when the file does not say
	// Libraries are every library counted, by name (case, accents and
	// punctuation aside), those without a ticket too.
	Libraries []*Participant
	Tickets   int // the tickets of all libraries together
	Groups    int // the projects that at least one library chose
	byCard    map[*Card][]*Participant
}

// PagedFrom is how many libraries make a large count: the site puts its
// libraries on pages of their own rather than on the one page of
// participants.
const PagedFrom = 300

// Paged reports whether the count is large (see PagedFrom); false on a
// nil Participants.
func (p *Participants) Paged() bool { return p != nil && len(p.Libraries) >= PagedFrom }

// Participant is one library of the count and the projects it chose.
type Participant struct {
	Name  string
	Line  int     // where the file names it first
	Cards []*Card // in the order of its tickets ("bibliotheken"), else of the workbook
	Plan  []Visit // the rounds of the programme's choices it plans to visit ("zalen")
}

// Visit is one round of a library's plan: the round's time and the option
// (a room) of the programme's choice.
type Visit struct {
	Round  string
	Option *SlotItem
}

// Of returns the libraries that chose card, by name; none on a nil
// Participants.
func (p *Participants) Of(card *Card) []*Participant {
	if p == nil {
		return nil
	}
	return p.byCard[card]
}

// ID is a project's stable id: "<priority-slug>/<card-slug>", the key
// the site keeps choices under, returned tickets name and the
// participants file is keyed by; "" for a card outside the workbook.
func (c *Card) ID() string {
	if c.Priority == nil {
		return ""
	}
	return c.Priority.Slug + "/" + c.Slug
}

// Allows reports whether tickets may name the cards of a priority
// (eligible in tickets.md; every priority when it is empty).
func (t *Tickets) Allows(p *Priority) bool {
	return len(t.Eligible) == 0 || slices.Contains(t.Eligible, p.Dir)
}

// NewParticipants makes the model of a checked file: the libraries by
// name, each card's libraries by name, and the totals.
func NewParticipants(path, edition string, counted time.Time, libs []*Participant) *Participants {
	p := &Participants{Path: path, Edition: edition, Counted: counted, Libraries: libs, byCard: map[*Card][]*Participant{}}
	keys := make(map[*Participant]string, len(libs))
	for _, lib := range libs {
		keys[lib] = names.Key(lib.Name)
	}
	slices.SortStableFunc(p.Libraries, func(a, b *Participant) int {
		return cmp.Or(cmp.Compare(keys[a], keys[b]), cmp.Compare(a.Name, b.Name))
	})
	for _, lib := range p.Libraries {
		p.Tickets += len(lib.Cards)
		for _, c := range lib.Cards {
			if len(p.byCard[c]) == 0 {
				p.Groups++
			}
			p.byCard[c] = append(p.byCard[c], lib)
		}
	}
	return p
}
