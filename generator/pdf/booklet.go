package pdf

import (
	"bytes"
	"context"
	"fmt"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// Booklet imposes the pages of a PDF (A4, a multiple of four) two to a
// side on A4 landscape in saddle-stitch order: the first sheet's front
// holds the last page and page 1, its back page 2 and the last but one,
// and so on to the middle of the booklet. Every side is upright, so a
// printer printing on both sides and flipping on the short edge gives
// sheets that, laid on each other and folded, make the booklet.
//
// pdfcpu's own booklet (api.Booklet with two pages per sheet) turns every
// front upside down, which suits only flipping on the long edge, and
// validates the whole file first; so the pages are put in order with
// pdfcpu.ExtractPages and set two to a side with pdfcpu.NUpFromPDF.
func Booklet(ctx context.Context, data []byte, info Info) ([]byte, error) {
	pc, err := read(ctx, data)
	if err != nil {
		return nil, err
	}
	if err := pc.EnsurePageCount(); err != nil {
		return nil, fmt.Errorf("het boekje is niet te maken: %w", err)
	}
	order, err := bookletOrder(pc.PageCount)
	if err != nil {
		return nil, err
	}
	sheets, err := pdfcpu.ExtractPages(pc, order, false)
	if err == nil {
		err = sheets.EnsurePageCount()
	}
	if err != nil {
		return nil, fmt.Errorf("het boekje is niet te maken: %w", err)
	}
	nup, err := pdfcpu.PDFNUpConfig(2, "formsize:A4L, border:off, margin:0", sheets.Conf)
	if err != nil {
		return nil, fmt.Errorf("het boekje is niet te maken: %w", err)
	}
	all := types.IntSet{}
	for n := 1; n <= len(order); n++ {
		all[n] = true
	}
	if err := pdfcpu.NUpFromPDF(sheets, all, nup); err != nil {
		return nil, fmt.Errorf("het boekje is niet te maken: %w", err)
	}
	if err := pdfcpu.PropertiesAdd(sheets, properties(info)); err != nil {
		return nil, fmt.Errorf("documentgegevens van het boekje niet gezet: %w", err)
	}
	var out bytes.Buffer
	if err := api.Write(sheets, &out, sheets.Conf); err != nil {
		return nil, fmt.Errorf("het boekje is niet te schrijven: %w", err)
	}
	return out.Bytes(), nil
}

// bookletOrder lists the pages of a booklet of n pages in the order in
// which they are printed, two to a side, side after side: for n = 8,
// 8 1 2 7 6 3 4 5.
func bookletOrder(n int) ([]int, error) {
	if n == 0 || n%4 != 0 {
		return nil, fmt.Errorf("een boekje vraagt een veelvoud van 4 pagina's, de PDF heeft er %d", n)
	}
	order := make([]int, 0, n)
	for lo, hi := 1, n; lo < hi; lo, hi = lo+2, hi-2 {
		order = append(order, hi, lo, lo+1, hi-1)
	}
	return order, nil
}
