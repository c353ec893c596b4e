package site

import (
	"github.com/probiblio/werkboek/generator/fingerprint"
	"github.com/probiblio/werkboek/generator/render"
	"github.com/probiblio/werkboek/generator/view"
)

// keys derives what each output file depends on from the inputs, never
// from what a layout happens to read:
//
//   - every file depends on the site key: the options, every byte of the
//     theme, every content file that is not a card, every image or PDF a
//     text shows or links to, and the front matter, path and place of
//     every card (so titles, numbers, neighbours and addresses of all
//     cards are covered);
//   - a page of one card (render.Page.Card) depends besides on that
//     card's file, a page that lists some cards (render.Page.Cards) on
//     their files, and every other page on the files of all cards.
//
// A file is made again when its key changes; when in doubt a page
// depends on more, never on less.
type keys struct {
	site  uint64
	cards uint64 // all card files, in order
	// places fingerprints the path and front matter of every card, in
	// order: part of site.
	places uint64
}

// newKeys fingerprints the inputs of one rebuild. places, when not 0, is
// keys.places of the rebuild before, whose cards b has in the same
// places with the same front matter (view.Book.Kept).
func newKeys(opts Options, themeKey uint64, b *view.Book, published []file, places uint64) keys {
	h := fingerprint.New().Num(themeKey).Str(opts.BaseURL)
	for _, flag := range []bool{opts.Drafts, opts.PDF, opts.Offline, b.Closed} {
		if flag {
			h.Num(1)
		} else {
			h.Num(0)
		}
	}
	for _, s := range b.Workbook.Inputs {
		h.Str(s.Path).Num(s.Hash)
	}
	for _, f := range published {
		h.Str(f.name).Num(sumOf(f.data))
	}
	all := fingerprint.New()
	for _, cv := range b.Cards {
		all.Num(cv.Card.Hash)
	}
	if places == 0 {
		p := fingerprint.New()
		for _, cv := range b.Cards {
			p.Str(cv.Card.Path).Num(cv.Card.MetaHash)
		}
		places = p.Sum()
	}
	h.Num(places)
	return keys{site: h.Sum(), cards: all.Sum(), places: places}
}

// page is the key of one page.
func (k keys) page(p *render.Page) uint64 {
	h := fingerprint.New().Num(k.site).Str(p.File)
	switch {
	case p.Card != nil:
		h.Num(p.Card.Card.Hash)
	case p.Cards != nil:
		return k.some(p.File, p.Cards)
	default:
		h.Num(k.cards)
	}
	return h.Sum()
}

// some is the key of a file, named name, made from the given cards.
func (k keys) some(name string, cards []*view.CardView) uint64 {
	h := fingerprint.New().Num(k.site).Str(name)
	for _, cv := range cards {
		h.Num(cv.Card.Hash)
	}
	return h.Sum()
}

// file is the key of a file made from the whole workbook, named name.
func (k keys) file(name string) uint64 {
	return fingerprint.New().Num(k.site).Num(k.cards).Str(name).Sum()
}

// siteOnly is the key of a file, named name, made only from what the site
// key covers (options, theme, the non-card content files and the front
// matter of the cards), not from the text of any card.
func (k keys) siteOnly(name string) uint64 {
	return fingerprint.New().Num(k.site).Str(name).Sum()
}
