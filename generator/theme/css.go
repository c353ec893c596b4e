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

// printParticipantsCSS starts the count on a page of its own in the print
// edition; EditionCSS appends it only when the content has a count.
const printParticipantsCSS = `@media print{.p-participants{break-before:page;font-size:9.5pt}.p-participants h3{margin-top:5mm;break-after:avoid}.p-participants li{break-inside:avoid}}
`
