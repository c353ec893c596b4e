package content

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/frontmatter"
	"github.com/probiblio/werkboek/generator/model"
)

// The choice of tickets may close (closes: in tickets.md, a date and a
// time on the Dutch clock), and a project may take a limited number of
// libraries (capacity:). Without either key nothing changes.

var (
	closesRE     = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})(?:[ T]+|\s+om\s+)(\d{1,2}[:.]\d{2})(?::00)?$`)
	dutchDateRE  = regexp.MustCompile(`^(\d{1,2})-(\d{1,2})-(\d{4})(?:[ T]+(\d{1,2}[:.]\d{2}))?$`)
	withZoneRE   = regexp.MustCompile(`(?i)(z|[+-]\d{2}:?\d{2}|\s(utc|cet|cest|gmt))$`)
	closesFormat = "jaar-maand-dag en uren:minuten (Nederlandse tijd)"
)

// readClosing reads closes and capacity of tickets.md into t; year is
// this year, for the example in messages.
func readClosing(doc *frontmatter.Document, m *ticketMeta, t *model.Tickets, year int, r diag.Reporter) {
	t.Capacity = m.Capacity.Value(0)
	s := strings.TrimSpace(m.Closes)
	if s == "" {
		return
	}
	line := doc.Line("closes")
	at, msg := parseCloses(s, year)
	if msg != "" {
		r.Errorf(line, "closes: %s", msg)
		return
	}
	t.Closes, t.ClosesLine = at, line
	if m := closesRE.FindStringSubmatch(s); m != nil {
		day, _ := time.Parse("2006-01-02", m[1])
		if h, min := dutch.In(at).Hour(), dutch.In(at).Minute(); dutch.Twice(day, h, min) {
			r.Warnf(line, "closes: %s %02d:%02d komt die nacht twee keer voor: eerst in zomertijd (%s UTC), dan een uur later in wintertijd (%s UTC), want de klok gaat van 03:00 terug naar 02:00; werkboek neemt de eerste. Kies een tijd buiten 02:00–03:00 om twijfel te voorkomen",
				m[1], h, min, at.UTC().Format("15:04"), at.Add(time.Hour).UTC().Format("15:04"))
		}
	}
}

// parseCloses reads a closing moment, "2027-09-20 17:00" on the Dutch
// clock, or says in Dutch what is wrong with it, with an example in the
// year after year.
func parseCloses(s string, year int) (time.Time, string) {
	example := fmt.Sprintf("closes: %d-09-20 17:00", year+1)
	if m := closesRE.FindStringSubmatch(s); m != nil {
		day, err := time.Parse("2006-01-02", m[1])
		clock, ok := normalTime(m[2])
		if err != nil || !ok || day.Year() < 2000 {
			return time.Time{}, fmt.Sprintf("%q is geen bestaande datum en tijd; schrijf %s, zoals %s", s, closesFormat, example)
		}
		var h, min int
		fmt.Sscanf(clock, "%d:%d", &h, &min)
		at, exists := dutch.At(day, h, min)
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

// checkClosing refuses a choice that closes more than a year from the
// day (event.date in _index.md), which is a slip of the year, and warns
// when it closes after the day itself: the tickets are handed in at the
// end of the day.
func (l *loader) checkClosing(wb *model.Workbook) {
	t := &wb.Tickets
	if t.Closes.IsZero() || !dateRE.MatchString(wb.Event.Date) {
		return
	}
	day, err := time.Parse("2006-01-02", wb.Event.Date)
	if err != nil {
		return
	}
	r := diag.Reporter{Path: t.Path, List: &l.diags}
	if t.Closes.Before(day.AddDate(-1, 0, 0)) || t.Closes.After(day.AddDate(1, 0, 0)) {
		r.Errorf(t.ClosesLine, "closes: de keuze sluit op %s, meer dan een jaar van de dag zelf (%s, event.date in _index.md); dat is vast een vergissing: schrijf de dag waarop de keuze sluit, zoals closes: %s 17:00",
			dutch.In(t.Closes).Format("2006-01-02 15:04"), wb.Event.Date, day.AddDate(0, 0, -14).Format("2006-01-02"))
		return
	}
	end, _ := dutch.At(day.AddDate(0, 0, 1), 0, 0)
	switch {
	case t.Closes.Before(end):
	case !l.opts.Now.IsZero() && !l.opts.Now.Before(t.Closes):
		r.Warnf(t.ClosesLine, "closes: de keuze is gesloten sinds %s, na de dag zelf (%s, event.date in _index.md); Bibliotheken kunnen geen tickets meer kiezen en de site zegt dat ook. Moet de keuze nog open, zet closes dan op een moment dat nog komt",
			dutch.In(t.Closes).Format("2006-01-02 15:04"), wb.Event.Date)
	default:
		r.Warnf(t.ClosesLine, "closes: de keuze sluit op %s, na de dag zelf (%s, event.date in _index.md); klopt dat? Tot dan kunnen Bibliotheken nog tickets kiezen. Bedoelt u de dag zelf, schrijf dan closes: %s 17:00",
			dutch.In(t.Closes).Format("2006-01-02 15:04"), wb.Event.Date, wb.Event.Date)
	}
}
