package render

import (
	"strconv"
	"strings"
	"time"
)

// clip shortens s to at most n runes at a word boundary, adding "…".
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:") + "…"
}

var (
	dutchDays   = [...]string{"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"}
	dutchMonths = [...]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}
)

// dutchDate formats "2016-09-19" as "maandag 19 september 2016".
func dutchDate(s string) string {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return s
	}
	return dutchDays[t.Weekday()] + " " + itoa(t.Day()) + " " + dutchMonths[t.Month()-1] + " " + itoa(t.Year())
}

func itoa(n int) string { return strconv.Itoa(n) }
