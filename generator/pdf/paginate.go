package pdf

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// paginateJS fills the page numbers into the loaded print edition; see
// the comment at its top.
//
//go:embed paginate.js
var paginateJS string

// maxPrints bounds how often the edition is printed while its page
// numbers settle: the first print finds the pages, the second prints them
// (with the blank pages that put dividers on the right and make a
// multiple of four) and almost always confirms them; a third or fourth
// is needed only when the numbers themselves move content to another
// page, or a question moves to a page of its own.
const maxPrints = 5

// printed is what paginate.js is given: the pages of the link targets in
// the last print and its number of pages.
type printed struct {
	Pages map[string]int `json:"pages"`
	Count int            `json:"count"`
}

// filled is what paginate.js reports: the ids whose pages the page now
// depends on, those of placeholders that have no page, and the pages and
// page count it expects in the next print, with its blank pages.
type filled struct {
	Used    []string `json:"used"`
	Missing []string `json:"missing"`
	printed
}

// runPaginate runs paginate.js in tab with the last print (nil: prepare
// the page for the first print).
func runPaginate(tab context.Context, last *printed) (filled, error) {
	arg, err := json.Marshal(last)
	if err != nil {
		return filled{}, err
	}
	res, err := chromedp.Run(tab, chromedp.Evaluate[filled]("("+paginateJS+")("+string(arg)+")", chromedp.EvalAwaitPromise))
	if err != nil {
		return filled{}, fmt.Errorf("paginanummers invullen in Chromium: %w", err)
	}
	if len(res.Missing) > 0 {
		slices.Sort(res.Missing)
		return filled{}, fmt.Errorf("de pagina van %s is niet te vinden: de PDF heeft er geen bestemming voor; laat elk data-page-of in layouts/ wijzen naar een id waar een link in het werkboek naartoe gaat", strings.Join(slices.Compact(res.Missing), ", "))
	}
	return res, nil
}

// paginate prints the page loaded in tab, reads from that PDF on which
// page each link target begins, fills those numbers into the page (the
// contents, "zie p. N" after links between cards, the checklist's "p."
// column; a whole page of notes under a question that was pushed onto
// the next page), adds the blank pages a booklet needs, and prints again,
// until every page it relied on, and the page count, is what it expected
// in the new PDF. One Chromium tab serves every print; the page is loaded
// and laid out once.
func paginate(ctx, tab context.Context) ([]byte, error) {
	if _, err := runPaginate(tab, nil); err != nil {
		return nil, err
	}
	data, err := printTab(tab)
	if err != nil {
		return nil, err
	}
	var last printed
	if last.Pages, last.Count, err = layout(ctx, data); err != nil {
		return nil, err
	}
	problem := ""
	for prints := 1; prints < maxPrints; prints++ {
		res, err := runPaginate(tab, &last)
		if err != nil {
			return nil, err
		}
		if len(res.Used) == 0 && res.Count == last.Count {
			return data, nil // nothing to number or to add
		}
		if data, err = printTab(tab); err != nil {
			return nil, err
		}
		var got printed
		if got.Pages, got.Count, err = layout(ctx, data); err != nil {
			return nil, err
		}
		if problem = moved(res.printed, res.Used, got); problem == "" {
			return data, nil
		}
		last = got
	}
	return nil, fmt.Errorf("de paginanummers in de PDF blijven verschuiven, ook na %d keer afdrukken (%s); maak de inhoudsopgave of de kaarten iets korter", maxPrints, problem)
}

// moved describes the targets in ids whose page in got differs from the
// one expected (want), e.g. "k-lezen-voorlezen staat op p. 8, niet op p.
// 7", and a page count other than expected; empty when all is as
// expected.
func moved(want printed, ids []string, got printed) string {
	var out []string
	for _, id := range ids {
		if got.Pages[id] != want.Pages[id] {
			out = append(out, fmt.Sprintf("%s staat op p. %d, niet op p. %d", id, got.Pages[id], want.Pages[id]))
		}
	}
	slices.Sort(out)
	if len(out) > 5 {
		out = append(out[:5], fmt.Sprintf("en nog %d", len(out)-5))
	}
	if got.Count != want.Count {
		out = append(out, fmt.Sprintf("%d pagina's, niet %d", got.Count, want.Count))
	}
	return strings.Join(out, "; ")
}

// printTab prints the page in tab with the page size and margins of its
// CSS @page rules, as a tagged PDF with an outline of its headings.
func printTab(tab context.Context) ([]byte, error) {
	yes := true
	data, err := chromedp.Run(tab, chromedp.PrintToPDF(func(p *page.PrintToPDFParams) {
		p.PreferCSSPageSize = &yes
		p.PrintBackground = &yes
		p.GenerateTaggedPDF = &yes
		p.GenerateDocumentOutline = &yes
		p.PaperWidth, p.PaperHeight = 8.27, 11.69 // A4, should the CSS not say
	}))
	if err != nil {
		return nil, fmt.Errorf("Chromium kan de PDF niet maken: %w", err)
	}
	return data, nil
}
