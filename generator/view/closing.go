package view

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
