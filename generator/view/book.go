package view

import (
	"time"

	"github.com/probiblio/werkboek/generator/names"
)

// What the layouts ask a Book besides its fields.

// StoreKey names the workbook in the browser's localStorage, so the
// choices and notes of one edition are kept apart from another's.
func (b *Book) StoreKey() string { return b.storeKey }

// HomeComplete reports whether the home page lists every card; only then
// does it offer the filters, which work on the cards it lists.
func (b *Book) HomeComplete() bool {
	for _, p := range b.Priorities {
		if p.HomeMore() > 0 {
			return false
		}
	}
	return true
}

// AudienceList lists the target groups of all cards, in a fixed order.
func (b *Book) AudienceList() []string {
	var out []string
	for _, a := range audienceWords {
		if contains(out, a.group) {
			continue
		}
		for _, c := range b.Cards {
			if contains(c.Audiences, a.group) {
				out = append(out, a.group)
				break
			}
		}
	}
	for _, c := range b.Cards {
		if contains(c.Audiences, "Overig") {
			return append(out, "Overig")
		}
	}
	return out
}

// Eligible reports whether a ticket may name the card.
func (b *Book) Eligible(c *CardView) bool { return c.Priority.Eligible }

// CalendarFile is the name of the event's calendar file in the site, or ""
// when the event has no date and so no calendar file is made.
func (b *Book) CalendarFile() string {
	if _, err := time.Parse("2006-01-02", b.Event.Date); err != nil {
		return ""
	}
	name := names.Slugify(b.Event.Name)
	if name == "" {
		name = "agenda"
	}
	return name + ".ics"
}

// ThemeColor is the edition's colour for the browser's toolbar and the
// icon: the first priority's accent, or the site's ink blue without
// priorities.
func (b *Book) ThemeColor() string {
	if len(b.Priorities) > 0 && b.Priorities[0].Accent != "" {
		return b.Priorities[0].Accent
	}
	return "#1d3557"
}
