package ical

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/markdown"
	"github.com/probiblio/werkboek/generator/view"
)

// Calendar returns the event as an iCalendar file (RFC 5545) to put in a
// calendar, or nil without a date: the day with its times, place and the
// programme as description. Times are given in UTC, converted from Dutch
// time.
//
// A calendar that imported or subscribed to the file takes a new version
// only when its SEQUENCE is higher or its DTSTAMP/LAST-MODIFIED newer, so
// these must grow when the programme changes, and must not change when
// nothing did (builds stay identical). A hash of the content cannot grow,
// and the clock of the build changes every time; what does both is the
// moment the content the file is made of last changed: b.Modified, the
// newest modification time of _index.md and programma.md (see
// Modified). DTSTAMP and LAST-MODIFIED are that moment, and
// SEQUENCE counts its seconds since 2000-01-01 UTC (a number that grows
// with every edit and fits the 32 bits calendar programs keep until 2068,
// where it stays).
// Without it (zero), DTSTAMP is the event's date at midnight UTC and
// SEQUENCE 0.
func Calendar(b *view.Book) []byte {
	day, err := time.Parse("2006-01-02", b.Event.Date)
	if err != nil {
		return nil
	}
	var c calendarWriter
	c.line("BEGIN:VCALENDAR")
	c.line("VERSION:2.0")
	c.line("PRODID:-//ProBiblio//werkboek//NL")
	c.line("CALSCALE:GREGORIAN")
	c.line("METHOD:PUBLISH")
	c.line("BEGIN:VEVENT")
	sum := sha256.Sum256([]byte(b.Title + "\x00" + b.Edition + "\x00" + b.Event.Name + "\x00" + b.Event.Date))
	host := "werkboek"
	if u, err := url.Parse(b.BaseURL); err == nil && u.Host != "" {
		host = u.Host
	}
	c.line("UID:" + b.Event.Date + "-" + hex.EncodeToString(sum[:8]) + "@" + host)
	if m := b.Modified.UTC().Truncate(time.Second); !m.IsZero() {
		c.line("DTSTAMP:" + m.Format("20060102T150405Z"))
		c.line("LAST-MODIFIED:" + m.Format("20060102T150405Z"))
		c.line("SEQUENCE:" + strconv.FormatInt(min(max(0, int64(m.Sub(sequenceEpoch)/time.Second)), math.MaxInt32), 10))
	} else {
		c.line("DTSTAMP:" + day.Format("20060102T150405Z"))
		c.line("SEQUENCE:0")
	}
	start, okStart := dutchClock(day, b.Event.Start)
	end, okEnd := dutchClock(day, b.Event.End)
	if okStart {
		c.line("DTSTART:" + start.Format("20060102T150405Z"))
		if okEnd && end.After(start) {
			c.line("DTEND:" + end.Format("20060102T150405Z"))
		}
	} else {
		c.line("DTSTART;VALUE=DATE:" + day.Format("20060102"))
		c.line("DTEND;VALUE=DATE:" + day.AddDate(0, 0, 1).Format("20060102"))
	}
	summary := b.Event.Name
	if summary == "" {
		summary = b.Title
	} else if b.Title != "" {
		summary += ": " + b.Title
	}
	c.text("SUMMARY", summary)
	var place []string
	for _, s := range []string{b.Event.Venue, b.Event.Address} {
		if s != "" {
			place = append(place, s)
		}
	}
	if len(place) > 0 {
		c.text("LOCATION", strings.Join(place, ", "))
	}
	if d := calendarDescription(b); d != "" {
		c.text("DESCRIPTION", d)
	}
	if b.BaseURL != "" {
		c.line("URL:" + b.BaseURL)
	}
	c.line("END:VEVENT")
	c.line("END:VCALENDAR")
	return []byte(c.String())
}

// sequenceEpoch is the moment from which the calendar's SEQUENCE counts
// seconds.
var sequenceEpoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// calendarDescription is the programme of the day and whom to ask.
func calendarDescription(b *view.Book) string {
	var lines []string
	if b.Schedule != nil {
		for _, s := range b.Schedule.Slots {
			l := s.Time + " " + markdown.PlainText([]byte(s.Activity))
			if len(s.Speakers) > 0 {
				l += " (" + strings.Join(s.Speakers, ", ") + ")"
			}
			if s.Location != "" {
				l += ", " + s.Location
			}
			lines = append(lines, strings.TrimSpace(l))
			for _, it := range s.Items {
				l := "- " + markdown.PlainText([]byte(it.Text))
				if it.Location != "" {
					l += ", " + it.Location
				}
				lines = append(lines, l)
			}
		}
	}
	var who []string
	for _, s := range []string{b.Contact.Name, b.Contact.Email, b.Contact.Phone} {
		if s != "" {
			who = append(who, s)
		}
	}
	if len(who) > 0 {
		lines = append(lines, "", "Vragen: "+strings.Join(who, ", "))
	}
	if b.BaseURL != "" {
		lines = append(lines, "Werkboek: "+b.BaseURL)
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// dutchClock converts "09:30" on day, Dutch time, to UTC, by the EU rule
// that dutch.At keeps (an hour skipped in spring is taken as
// dutch.At takes it).
func dutchClock(day time.Time, clock string) (time.Time, bool) {
	t, err := time.Parse("15:04", clock)
	if err != nil {
		return time.Time{}, false
	}
	at, _ := dutch.At(day, t.Hour(), t.Minute())
	return at, true
}

// calendarWriter writes content lines with CRLF ends, folded at 75 octets
// without splitting a UTF-8 sequence.
type calendarWriter struct{ strings.Builder }

func (c *calendarWriter) line(s string) {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
		c.WriteString(s[:cut])
		c.WriteString("\r\n ") // a continuation line starts with a space
		s, limit = s[cut:], 74
	}
	c.WriteString(s)
	c.WriteString("\r\n")
}

// text writes a property whose value is TEXT, escaped as RFC 5545 says.
func (c *calendarWriter) text(name, value string) {
	value = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' || r == 0x7f {
			return -1 // TEXT allows no other control characters
		}
		return r
	}, strings.ReplaceAll(value, "\r\n", "\n"))
	r := strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`)
	c.line(name + ":" + r.Replace(value))
}
