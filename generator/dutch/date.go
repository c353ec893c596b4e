package dutch

import (
	"strconv"
	"time"
)

var (
	days   = [...]string{"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"}
	months = [...]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}
)

// Date formats "2016-09-19" as "maandag 19 september 2016"; a text that
// is no such date comes back as it is.
func Date(s string) string {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return s
	}
	return days[t.Weekday()] + " " + DayMonthYear(t)
}

// DayMonthYear formats the day of t as "19 september 2016".
func DayMonthYear(t time.Time) string {
	return strconv.Itoa(t.Day()) + " " + months[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// Moment formats an instant as the Dutch clock shows it: "maandag 19
// september 2016 om 17:00".
func Moment(t time.Time) string {
	d := In(t)
	return Date(d.Format("2006-01-02")) + " om " + d.Format("15:04")
}

// Clock formats a moment for people in the Netherlands, on the Dutch
// clock: "19-09-2016 15:42:07"; "onbekend" for the zero time.
func Clock(t time.Time) string {
	if t.IsZero() {
		return "onbekend"
	}
	return In(t).Format("02-01-2006 15:04:05")
}
