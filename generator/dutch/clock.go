package dutch

import "time"

// At returns the moment that the Dutch clock shows h:min on day (whose
// year, month and day count), and whether the clock shows that time at
// all: in the night summer time begins it skips from 02:00 to 03:00. In
// the night it ends, 02:00 to 03:00 comes twice; the first, still summer
// time, is returned. The Netherlands keep Central European Time, UTC+1,
// and summer time, UTC+2, from the last Sunday of March to the last
// Sunday of October, 01:00 UTC (the EU rule): no time zone database is
// needed, which Windows lacks.
func At(day time.Time, h, min int) (time.Time, bool) {
	wall := time.Date(day.Year(), day.Month(), day.Day(), h, min, 0, 0, time.UTC)
	at := wall.Add(-time.Hour)
	if summer := wall.Add(-2 * time.Hour); summerTime(summer) {
		at = summer
	}
	back := In(at)
	return at, back.Hour() == h && back.Minute() == min && back.Day() == day.Day()
}

// In returns t on the Dutch clock, in a zone named CET or CEST.
func In(t time.Time) time.Time {
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

// Twice reports whether the Dutch clock shows h:min twice on day: in the
// night summer time ends it goes from 03:00 back to 02:00, so 02:00 to
// 02:59 happen first in summer time (CEST) and an hour later in winter
// time (CET). At returns the first.
func Twice(day time.Time, h, min int) bool {
	wall := time.Date(day.Year(), day.Month(), day.Day(), h, min, 0, 0, time.UTC)
	return summerTime(wall.Add(-2*time.Hour)) && !summerTime(wall.Add(-time.Hour))
}
