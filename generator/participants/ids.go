package participants

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/model"
)

// projectIndex finds the projects a participants file names by their id.
type projectIndex struct {
	cards   map[string]*model.Card // the cards of the workbook, by id
	drafts  map[string]*model.Card // draft cards the workbook leaves out
	pending map[string]bool        // ids of cards, and "<priority>/" of priorities, not read because of an error told elsewhere
	none    bool                   // no priority was read (an error told elsewhere): every id is pending
	all     []string               // every id, for a suggestion
	number  map[*model.Card]int    // a card's place in the workbook
	edition string                 // how messages name the edition
}

// newIndex indexes the cards of the workbook, with what loading knows
// of the drafts and the cards it could not read.
func newIndex(wb *model.Workbook, known Known) *projectIndex {
	ix := &projectIndex{cards: map[string]*model.Card{}, drafts: map[string]*model.Card{}, pending: map[string]bool{}, number: map[*model.Card]int{}, edition: "dit werkboek"}
	if wb.Edition != "" {
		ix.edition = "editie " + wb.Edition
	}
	for i, c := range wb.Cards() {
		ix.cards[c.ID()] = c
		ix.number[c] = i
		ix.all = append(ix.all, c.ID())
	}
	ix.none = known.None || len(wb.Priorities) == 0
	maps.Copy(ix.pending, known.Pending)
	for id, c := range known.Drafts {
		if ix.cards[id] == nil {
			ix.drafts[id] = c
			ix.all = append(ix.all, id)
		}
	}
	slices.Sort(ix.all[len(wb.Cards()):])
	return ix
}

// resolve returns the card of an id that may have participants, or
// reports why it may not and returns nil: an id that does not exist (with
// the nearest id that does), a draft, a project of a priority without
// tickets. An id of a card whose own error is told elsewhere is not told
// again.
func (ix *projectIndex) resolve(id rawText, wb *model.Workbook, r *diag.Capped) *model.Card {
	c := ix.cards[id.value]
	if c == nil {
		c = ix.drafts[id.value]
	}
	switch {
	case c != nil && c.Draft:
		r.Errorf(id.line, "het project %q is een concept (draft: true in %s) en staat niet op de site; haal het hier weg, of publiceer de kaart eerst", id.value, c.Path)
	case c != nil && !wb.Tickets.Allows(c.Priority):
		r.Errorf(id.line, "het project %q hoort bij prioriteit %d %s, waarvoor geen tickets gelden (eligible in tickets.md); haal het hier weg, of zet %s bij eligible", id.value, c.Priority.Number, c.Priority.Title, c.Priority.Dir)
	case c != nil:
		return c
	case ix.isPending(id.value):
	default:
		hint := "verbeter het id (<prioriteit>/<kaart>, zoals in het webadres van de kaart), of haal het project weg"
		if r.Errors() >= ShownErrors {
			// Not shown: no need to look for a suggestion, which costs
			// time on every id of the workbook.
			r.More(id.line)
			return nil
		}
		if near := ix.near(id.value); near != "" {
			hint = fmt.Sprintf("bedoelde u %q? Verbeter het id, of haal het project weg", near)
		}
		r.Errorf(id.line, "het project %q bestaat niet in %s; %s", id.value, ix.edition, hint)
	}
	return nil
}

// unknown reports whether no card, draft or card with an error has id.
func (ix *projectIndex) unknown(id string) bool {
	return ix.cards[id] == nil && ix.drafts[id] == nil && !ix.isPending(id)
}

func (ix *projectIndex) isPending(id string) bool {
	prio, _, _ := strings.Cut(id, "/")
	return ix.none || ix.pending[id] || ix.pending[prio+"/"]
}

// near returns the id closest to id, a few letters off, or the one id
// with the same card slug (a priority whose slug changed); "" when there
// is none.
func (ix *projectIndex) near(id string) string {
	best, bestDist, limit := "", 0, max(2, len(id)/5)
	for _, other := range ix.all {
		if d := dutch.Distance(id, other); d <= limit && (best == "" || d < bestDist || d == bestDist && other < best) {
			best, bestDist = other, d
		}
	}
	if best != "" {
		return best
	}
	_, slug, _ := strings.Cut(id, "/")
	var same []string
	for _, other := range ix.all {
		if _, s, _ := strings.Cut(other, "/"); s == slug && slug != "" {
			same = append(same, other)
		}
	}
	if len(same) == 1 {
		return same[0]
	}
	return ""
}

// inWorkbookOrder sorts cards as the workbook has them.
func (ix *projectIndex) inWorkbookOrder(cards []*model.Card) []*model.Card {
	slices.SortStableFunc(cards, func(a, b *model.Card) int { return ix.number[a] - ix.number[b] })
	return cards
}
