package render

import (
	"time"

	"github.com/probiblio/werkboek/generator/dutch"
)

// Closing is what the pages say about the moment the choice of tickets
// closes (closes in tickets.md). A site is static and may be built before
// that moment, so every page that offers a ticket carries both states:
// the one true when the site was built is shown, and the script switches
// to the closed one when the browser's clock passes ISO.
type Closing struct {
	ISO    string // the moment in UTC, e.g. "2016-09-19T15:00:00Z", for the script
	When   string // the moment on the Dutch clock: "maandag 19 september 2016 om 17:00"
	Closed bool   // the choice was closed when the site was built
	// Who, Email and Phone are whom a library asks once the choice is
	// closed: the contact of _index.md, else the organisation.
	Who, Email, Phone string
}

// Closing returns what the pages say about the closing of the choice, or
// nil when tickets.md names no moment (then the pages say nothing of it).
func (b *Book) Closing() *Closing {
	at := b.Tickets.Closes
	if at.IsZero() {
		return nil
	}
	c := &Closing{ISO: at.UTC().Format(time.RFC3339), When: dutch.Moment(at), Closed: b.Closed,
		Who: b.Contact.Name, Email: b.Contact.Email, Phone: b.Contact.Phone}
	switch {
	case c.Who != "" && b.Contact.Role != "":
		c.Who += " (" + b.Contact.Role + ")"
	case c.Who == "" && b.Organisation != "":
		c.Who = b.Organisation
	case c.Who == "":
		c.Who = "de organisatie van de dag"
	}
	return c
}

// closingCSS styles the closing notice and the buttons that no longer
// work; AccentCSS appends it only when tickets.md names a closing moment,
// so the pages of a site without one carry none of it. Both texts of a
// notice share one grid cell, so the box has the height of the longer
// one and nothing moves when the script switches them; a disabled
// button keeps its size.
const closingCSS = `.closing{display:grid;margin-top:.5rem}.closing>span{grid-area:1/1}.closing .closing-closed,.closing.is-closed .closing-open{visibility:hidden}.closing.is-closed .closing-closed{visibility:visible}.button:disabled,.button:disabled:hover{opacity:.45;cursor:not-allowed}.closing-notice{padding:.6rem 1rem;border-left:4px solid var(--accent);background:#f4f1ea}.closing-notice .closing{margin:0}
`
