package theme

import (
	"bytes"
	"fmt"
	"strconv"

	"github.com/probiblio/werkboek/generator/model"
)

// runningHeads writes, per priority, a named page for the sheets of its
// cards in the print edition, whose top right margin box names the
// priority ("Prioriteit 1 · Jeugd & onderwijs") in its colour. CSS
// paged media has no string-set in Chromium, so the running head is
// fixed per named page; the cover and the priorities' opening pages use
// their own named pages without running heads (40-print.css).
func runningHeads(buf *bytes.Buffer, wb *model.Workbook) {
	for _, p := range wb.Priorities {
		head := "Prioriteit " + strconv.Itoa(p.Number) + " · " + p.Title
		fmt.Fprintf(buf, "@page prio-%s{@top-right{content:%s;color:%s}}\n", p.Slug, cssString(head), Accent(p))
		fmt.Fprintf(buf, ".prio-%s .p-sheet{page:prio-%s}\n", p.Slug, p.Slug)
	}
}
