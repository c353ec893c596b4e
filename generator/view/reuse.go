package view

import (
	"slices"

	"github.com/probiblio/werkboek/generator/model"
)

// reusable returns, for each card of wb in reading order, its view in
// prev when it may be kept, and nil for a card that needs a new one; nil
// altogether when no view may be kept.
//
// A view holds its card's texts, addresses and place, and points at its
// priority's view and its neighbours' views in prev. So views are kept
// only while everything those depend on is as it was in prev: the same
// options, the same files besides the cards (wb.Inputs, with their
// bytes), the same priorities, and the same card files in the same
// places with the same front matter. Then a card whose file is also
// unchanged (its Hash covers its bytes and where its links lead) has
// the view it had, and its neighbours' and priority's views in prev say
// what the new ones say. A count of participants points at the views of
// cards: a book with one makes every view anew.
func reusable(prev *Book, wb *model.Workbook, opts Options) []*CardView {
	if prev == nil || prev.Participants != nil || wb.Participants != nil ||
		prev.PDF != opts.PDF || prev.Closed != opts.Closed || prev.Workbook.BaseURL != wb.BaseURL ||
		!slices.Equal(prev.Workbook.Inputs, wb.Inputs) || len(prev.Priorities) != len(wb.Priorities) {
		return nil
	}
	kept := make([]*CardView, 0, len(prev.Cards))
	for i, p := range wb.Priorities {
		old := prev.Priorities[i]
		if old.Priority.Path != p.Path || len(old.Cards) != len(p.Cards) {
			return nil
		}
		for j, c := range p.Cards {
			was := old.Cards[j]
			if was.Card.Path != c.Path || was.Card.MetaHash != c.MetaHash || was.Number != c.Number || was.Draft != c.Draft {
				return nil
			}
			if was.Card.Hash != c.Hash {
				was = nil
			}
			kept = append(kept, was)
		}
	}
	if len(kept) != len(prev.Cards) {
		return nil
	}
	return kept
}
