package content

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// The choice of tickets may close (closes: in tickets.md, a date and a
// time on the Dutch clock), and a project may take a limited number of
// libraries (capacity:). Without either key nothing changes.

// Closed reports whether the choice of tickets is closed at now: closes
// is set and now is not before it.
func (t *Tickets) Closed(now time.Time) bool {
	return !t.Closes.IsZero() && !now.Before(t.Closes)
}

var (
	closesRE     = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})(?:[ T]+|\s+om\s+)(\d{1,2}[:.]\d{2})(?::00)?$`)
	dutchDateRE  = regexp.MustCompile(`^(\d{1,2})-(\d{1,2})-(\d{4})(?:[ T]+(\d{1,2}[:.]\d{2}))?$`)
	withZoneRE   = regexp.MustCompile(`(?i)(z|[+-]\d{2}:?\d{2}|\s(utc|cet|cest|gmt))$`)
	closesFormat = "jaar-maand-dag en uren:minuten (Nederlandse tijd)"
)

// readClosing reads closes and capacity of tickets.md into t.
func readClosing(doc *document, m *ticketMeta, t *Tickets, r reporter) {
	t.Capacity = m.Capacity.value(0)
	s := strings.TrimSpace(m.Closes)
	if s == "" {
		return
	}
	line := doc.line("closes")
	at, msg := parseCloses(s)
	if msg != "" {
		r.errorf(line, "closes: %s", msg)
		return
	}
	t.Closes, t.ClosesLine = at, line
}

// parseCloses reads a closing moment, "2027-09-20 17:00" on the Dutch
// clock, or says in Dutch what is wrong with it.
func parseCloses(s string) (time.Time, string) {
	example := fmt.Sprintf("closes: %d-09-20 17:00", time.Now().Year()+1)
	if m := closesRE.FindStringSubmatch(s); m != nil {
		day, err := time.Parse("2006-01-02", m[1])
		clock, ok := normalTime(m[2])
		if err != nil || !ok {
			return time.Time{}, fmt.Sprintf("%q is geen bestaande datum en tijd; schrijf %s, zoals %s", s, closesFormat, example)
		}
		var h, min int
		fmt.Sscanf(clock, "%d:%d", &h, &min)
		at, exists := DutchTime(day, h, min)
		if !exists {
			return time.Time{}, fmt.Sprintf("%s %s bestaat niet in Nederland: die nacht gaat de klok van 02:00 naar 03:00 (zomertijd); kies een andere tijd", m[1], clock)
		}
		return at, ""
	}
	switch {
	case dateRE.MatchString(s):
		return time.Time{}, fmt.Sprintf("noem ook de tijd waarop de keuze sluit: closes: %s 17:00", s)
	case withZoneRE.MatchString(s):
		return time.Time{}, fmt.Sprintf("%q noemt een tijdzone; schrijf de tijd zoals de klok in Nederland hem aangeeft, zonder tijdzone, zoals %s", s, example)
	}
	if m := dutchDateRE.FindStringSubmatch(s); m != nil {
		clock := "17:00"
		if m[4] != "" {
			clock = m[4]
		}
		var d, mo int
		fmt.Sscanf(m[1]+" "+m[2], "%d %d", &d, &mo)
		return time.Time{}, fmt.Sprintf("%q: schrijf de datum als jaar-maand-dag: closes: %s-%02d-%02d %s", s, m[3], mo, d, clock)
	}
	return time.Time{}, fmt.Sprintf("%q klopt niet; schrijf %s, zoals %s", s, closesFormat, example)
}

// checkClosing warns when the choice closes after the day itself: the
// tickets are handed in at the end of the day (event.date in _index.md).
func (l *loader) checkClosing(wb *Workbook) {
	t := &wb.Tickets
	if t.Closes.IsZero() || !dateRE.MatchString(wb.Event.Date) {
		return
	}
	day, err := time.Parse("2006-01-02", wb.Event.Date)
	if err != nil {
		return
	}
	if end, _ := DutchTime(day.AddDate(0, 0, 1), 0, 0); !t.Closes.Before(end) {
		reporter{path: t.Path, diags: &l.diags}.warnf(t.ClosesLine, "closes: de keuze sluit op %s, na de dag zelf (%s, event.date in _index.md); klopt dat? Tot dan kunnen Bibliotheken nog tickets kiezen. Bedoelt u de dag zelf, schrijf dan closes: %s 17:00",
			InDutchTime(t.Closes).Format("2006-01-02 15:04"), wb.Event.Date, wb.Event.Date)
	}
}

// DutchTime returns the moment that the Dutch clock shows h:min on day
// (whose year, month and day count), and whether the clock shows that
// time at all: in the night summer time begins it skips from 02:00 to
// 03:00. In the night it ends, 02:00 to 03:00 comes twice; the first,
// still summer time, is returned. The Netherlands keep Central European
// Time, UTC+1, and summer time, UTC+2, from the last Sunday of March to
// the last Sunday of October, 01:00 UTC (the EU rule): no time zone
// database is needed, which Windows lacks.
func DutchTime(day time.Time, h, min int) (time.Time, bool) {
	wall := time.Date(day.Year(), day.Month(), day.Day(), h, min, 0, 0, time.UTC)
	at := wall.Add(-time.Hour)
	if summer := wall.Add(-2 * time.Hour); summerTime(summer) {
		at = summer
	}
	back := InDutchTime(at)
	return at, back.Hour() == h && back.Minute() == min && back.Day() == day.Day()
}

// InDutchTime returns t on the Dutch clock, in a zone named CET or CEST.
func InDutchTime(t time.Time) time.Time {
	if summerTime(t) {
		return t.In(cest)
	}
	return t.In(cet)
}

var (
	cet  = time.FixedZone("CET", 3600)
	cest = time.FixedZone("CEST", 2*3600)
)

// summerTime reports whether the moment t falls in EU summer time.
func summerTime(t time.Time) bool {
	u := t.UTC()
	return !u.Before(lastSundayAt1(u.Year(), time.March)) && u.Before(lastSundayAt1(u.Year(), time.October))
}

// lastSundayAt1 is 01:00 UTC on the last Sunday of a month.
func lastSundayAt1(year int, month time.Month) time.Time {
	d := time.Date(year, month+1, 1, 1, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
	return d.AddDate(0, 0, -int(d.Weekday()))
}
