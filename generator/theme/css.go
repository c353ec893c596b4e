package theme

import (
	"bytes"
	"fmt"

	"github.com/probiblio/werkboek/generator/model"
)

// SiteCSS returns one CSS rule per priority that sets its accent colour
// as custom properties, and the priorities' running heads for print (see
// runningHeads), appended to the site's stylesheet.
func SiteCSS(wb *model.Workbook) []byte {
	var buf bytes.Buffer
	// The edition's title, for the running head of the printed pages.
	fmt.Fprintf(&buf, ":root{--edition-title:%s}\n", cssString(wb.Title))
	for _, p := range wb.Priorities {
		fmt.Fprintf(&buf, ".prio-%s{--accent:%s}\n", p.Slug, Accent(p))
	}
	if wb.Participants != nil {
		buf.WriteString(participantsCSS)
	}
	if wb.Participants.Paged() {
		buf.WriteString(pagedParticipantsCSS)
	}
	if !wb.Tickets.Closes.IsZero() {
		buf.WriteString(closingCSS)
	}
	return buf.Bytes()
}

// PrintCSS returns the rules of the print edition that depend on the
// workbook, appended to its own stylesheet: the running heads.
func PrintCSS(wb *model.Workbook) []byte {
	var buf bytes.Buffer
	runningHeads(&buf, wb)
	if wb.Participants != nil {
		buf.WriteString(printParticipantsCSS)
	}
	return buf.Bytes()
}

// defaultAccents are used for priorities without a color in front matter;
// white text on each has a contrast above 4.5:1.
var defaultAccents = []string{"#b3361e", "#6a3d9a", "#1d6a86", "#2e7031", "#9e3a6e", "#7a5a00", "#3d5a80"}

// Accent is the colour of a priority: its color in front matter, else
// one of defaultAccents by its number.
func Accent(p *model.Priority) string {
	if p.Color != "" {
		return p.Color
	}
	return defaultAccents[(p.Number-1)%len(defaultAccents)]
}

// cssString quotes s as a CSS string, escaping what could end it.
func cssString(s string) string {
	var b bytes.Buffer
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\' || r < 0x20 || r == 0x7f || r == '<' || r == '>':
			fmt.Fprintf(&b, "\\%x ", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// closingCSS styles the closing notice and the buttons that no longer
// work; AccentCSS appends it only when tickets.md names a closing moment,
// so the pages of a site without one carry none of it. Both texts of a
// notice share one grid cell, so the box has the height of the longer
// one and nothing moves when the script switches them; a disabled
// button keeps its size.
const closingCSS = `.closing{display:grid;margin-top:.5rem}.closing>span{grid-area:1/1}.closing .closing-closed,.closing.is-closed .closing-open{visibility:hidden}.closing.is-closed .closing-closed{visibility:visible}.button:disabled,.button:disabled:hover{opacity:.45;cursor:not-allowed}.closing-notice{padding:.6rem 1rem;border-left:4px solid var(--accent);background:#f4f1ea}.closing-notice .closing{margin:0}
`

// participantsCSS styles the count on the site; AccentCSS appends it only
// when the content has one, so a site without stays as it was.
const participantsCSS = `.participants-totals{max-width:50rem;padding:.7rem 1rem;border-left:4px solid #1d6a86;background:#f2f6f8}
.participants-list,.library-index{max-width:50rem;padding-left:0;list-style:none}
.participants-list>li{padding:.5rem 0;border-bottom:1px solid #dfe2e6}
.participants-project{display:block;font-weight:700}
.library-count,.library-prio{color:#565c66}
.library-none{color:#565c66}
.library-index>li{padding:.6rem 0;border-bottom:1px solid #dfe2e6}
.library-index h3{margin:0 0 .2rem;font-size:1.15rem}
.library-index>li:target{background:#fff8d6}
.library-index p{margin:.2rem 0}
`

// pagedParticipantsCSS gives the first letters of a large count's
// pages of libraries room to tap; SiteCSS appends it only to a large
// count (model.PagedFrom). It is one rule because every page loads it
// and the tickets page is near its weight.
const pagedParticipantsCSS = `.library-letters a{display:inline-block;padding:.4rem .6rem}
`

// printParticipantsCSS starts the count on a page of its own in the print
// edition; EditionCSS appends it only when the content has a count.
const printParticipantsCSS = `@media print{.p-participants{break-before:page;font-size:9.5pt}.p-participants h3{margin-top:5mm;break-after:avoid}.p-participants li{break-inside:avoid}}
`
