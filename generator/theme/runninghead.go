package theme

import (
	"bytes"
	"fmt"
	"strconv"

	"github.com/probiblio/werkboek/generator/model"
)

// runningHeads writes, per priority, a named page for the sheets of its
// cards in the print edition, whose outer top margin box (right on a
// right-hand page, left on a left-hand one) names the priority
// ("Prioriteit 1 · Jeugd & onderwijs") in its colour. CSS
// paged media has no string-set in Chromium, so the running head is
// fixed per named page; the cover and the priorities' opening pages use
// their own named pages without running heads (css/edition/20-print.css).
func runningHeads(buf *bytes.Buffer, wb *model.Workbook) {
	for _, p := range wb.Priorities {
		head := "Prioriteit " + strconv.Itoa(p.Number) + " · " + p.Title
		for _, side := range []string{"right", "left"} {
			fmt.Fprintf(buf, "@page prio-%s:%s{@top-%s{content:%s;color:%s;font-weight:700}}\n", p.Slug, side, side, cssString(head), Accent(p))
		}
		fmt.Fprintf(buf, ".prio-%s .p-sheet{page:prio-%s}\n", p.Slug, p.Slug)
	}
}
