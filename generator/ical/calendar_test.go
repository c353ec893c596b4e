package ical

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/probiblio/werkboek/generator/testsite"
	"github.com/probiblio/werkboek/generator/view"
)

// icalComponent is a component of an iCalendar file as read back by
// readICal: its properties (unfolded, by name) and its subcomponents.
type icalComponent struct {
	name  string
	props map[string][]icalProp
	subs  []*icalComponent
}

type icalProp struct {
	params map[string]string
	value  string
}

// readICal is a small RFC 5545 reader that fails the test on every rule a
// calendar program relies on: CRLF line ends only, physical lines of at
// most 75 octets, continuation lines starting with one space or tab, valid
// UTF-8 once unfolded, NAME[;PARAM=…]:VALUE lines and matching BEGIN/END.
func readICal(t *testing.T, data []byte) *icalComponent {
	t.Helper()
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Fatal("the file does not end with CRLF")
	}
	physical := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	var logical []string
	for i, l := range physical {
		if strings.ContainsAny(l, "\r\n") {
			t.Fatalf("line %d has a bare CR or LF: %q", i+1, l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a UTF-8 sequence: %q", i+1, l)
		}
		if len(l) > 75 {
			t.Errorf("line %d is %d octets long, more than 75: %q", i+1, len(l), l)
		}
		if l != "" && (l[0] == ' ' || l[0] == '\t') {
			if len(logical) == 0 {
				t.Fatalf("line %d continues nothing", i+1)
			}
			logical[len(logical)-1] += l[1:]
			continue
		}
		logical = append(logical, l)
	}
	var stack []*icalComponent
	var root *icalComponent
	for _, l := range logical {
		if !utf8.ValidString(l) {
			t.Fatalf("not UTF-8 after unfolding: %q", l)
		}
		head, value, ok := strings.Cut(l, ":")
		if !ok {
			t.Fatalf("no colon in %q", l)
		}
		parts := strings.Split(head, ";")
		name := parts[0]
		p := icalProp{params: map[string]string{}, value: value}
		for _, kv := range parts[1:] {
			k, v, _ := strings.Cut(kv, "=")
			p.params[k] = v
		}
		switch name {
		case "BEGIN":
			c := &icalComponent{name: value, props: map[string][]icalProp{}}
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				top.subs = append(top.subs, c)
			} else if root == nil {
				root = c
			} else {
				t.Fatal("a second top-level component")
			}
			stack = append(stack, c)
		case "END":
			if len(stack) == 0 || stack[len(stack)-1].name != value {
				t.Fatalf("END:%s does not close the open component", value)
			}
			stack = stack[:len(stack)-1]
		default:
			if len(stack) == 0 {
				t.Fatalf("property %s outside any component", name)
			}
			top := stack[len(stack)-1]
			top.props[name] = append(top.props[name], p)
		}
	}
	if len(stack) != 0 || root == nil || root.name != "VCALENDAR" {
		t.Fatal("the file is not one complete VCALENDAR")
	}
	return root
}

// one returns the single value of a required property.
func (c *icalComponent) one(t *testing.T, name string) icalProp {
	t.Helper()
	if len(c.props[name]) != 1 {
		t.Fatalf("%s has %d %s properties, want 1", c.name, len(c.props[name]), name)
	}
	return c.props[name][0]
}

// unescape undoes TEXT escaping.
func unescape(s string) string {
	return strings.NewReplacer(`\\`, `\`, `\;`, ";", `\,`, ",", `\n`, "\n", `\N`, "\n").Replace(s)
}

func utc(t *testing.T, p icalProp) time.Time {
	t.Helper()
	v, err := time.Parse("20060102T150405Z", p.value)
	if err != nil || len(p.params) != 0 {
		t.Fatalf("%q (params %v) is not a UTC date-time", p.value, p.params)
	}
	return v
}

func calendarBook(t *testing.T, event string) *view.Book {
	t.Helper()
	return modifiedBook(t, event, time.Time{})
}

// modifiedBook is calendarBook with the content last changed at modified.
func modifiedBook(t *testing.T, event string, modified time.Time) *view.Book {
	t.Helper()
	return view.NewBook(testsite.Workbook(t, map[string]string{
		"_index.md": "---\ntitle: Testwerkboek\nedition: \"2099\"\norganisation: ProBiblio\nbaseURL: https://werkboek.example.org/2099/\nevent:\n" + event +
			"contact:\n  name: Dick van Tol\n  email: dvtol@probiblio.nl\n---\nWelkom.\n",
		"programma.md": "---\ntitle: Programma\nschedule:\n  - time: \"09:30\"\n    activity: \"Ontvangst met koffie; thee, en **taart**\"\n    location: Kantine\n" +
			"  - time: \"10:00\"\n    activity: \"Opening door de dagvoorzitter over de toekomst van de Bibliotheek in Noord- en Zuid-Holland: ideeën, wensen\"\n    speakers: [\"Richard Engelfriet\"]\n---\n",
	}, false), view.Options{Modified: modified})
}

func TestCalendarParsesBack(t *testing.T) {
	b := calendarBook(t, "  name: Projectendag\n  date: 2099-09-21\n  start: \"09:30\"\n  end: \"17:00\"\n  venue: \"ProBiblio; zaal \\\\ 1\"\n  address: Opaallaan 1180, 2132 LN Hoofddorp\n")
	if got := b.CalendarFile(); got != "projectendag.ics" {
		t.Errorf("CalendarFile() = %q", got)
	}
	data := Calendar(b)
	cal := readICal(t, data)
	if v := cal.one(t, "VERSION").value; v != "2.0" {
		t.Errorf("VERSION:%s", v)
	}
	if cal.one(t, "PRODID").value == "" {
		t.Error("empty PRODID")
	}
	if len(cal.subs) != 1 || cal.subs[0].name != "VEVENT" {
		t.Fatalf("want one VEVENT, got %d components", len(cal.subs))
	}
	ev := cal.subs[0]
	if uid := ev.one(t, "UID").value; !strings.HasSuffix(uid, "@werkboek.example.org") || len(uid) < 30 {
		t.Errorf("UID:%s", uid)
	}
	// Dutch summer time: 09:30 is 07:30 UTC.
	if got := utc(t, ev.one(t, "DTSTART")); !got.Equal(time.Date(2099, 9, 21, 7, 30, 0, 0, time.UTC)) {
		t.Errorf("DTSTART %v", got)
	}
	if got := utc(t, ev.one(t, "DTEND")); !got.Equal(time.Date(2099, 9, 21, 15, 0, 0, 0, time.UTC)) {
		t.Errorf("DTEND %v", got)
	}
	if got := utc(t, ev.one(t, "DTSTAMP")); !got.Equal(time.Date(2099, 9, 21, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("DTSTAMP %v, want the event's date (derived from content)", got)
	}
	if got := unescape(ev.one(t, "LOCATION").value); got != `ProBiblio; zaal \ 1, Opaallaan 1180, 2132 LN Hoofddorp` {
		t.Errorf("LOCATION unescaped: %q", got)
	}
	if got := unescape(ev.one(t, "SUMMARY").value); got != "Projectendag: Testwerkboek" {
		t.Errorf("SUMMARY %q", got)
	}
	desc := unescape(ev.one(t, "DESCRIPTION").value)
	for _, want := range []string{"09:30 Ontvangst met koffie; thee, en taart, Kantine\n", "ideeën, wensen (Richard Engelfriet)", "Vragen: Dick van Tol, dvtol@probiblio.nl"} {
		if !strings.Contains(desc, want) {
			t.Errorf("DESCRIPTION lacks %q:\n%s", want, desc)
		}
	}
	if !bytes.Contains(data, []byte("\r\n ")) {
		t.Error("the long description was not folded")
	}
	if again := Calendar(calendarBook(t, "  name: Projectendag\n  date: 2099-09-21\n  start: \"09:30\"\n  end: \"17:00\"\n  venue: \"ProBiblio; zaal \\\\ 1\"\n  address: Opaallaan 1180, 2132 LN Hoofddorp\n")); !bytes.Equal(again, data) {
		t.Error("two calendars of the same content differ")
	}
}

func TestCalendarWithoutTimesOrDate(t *testing.T) {
	ev := readICal(t, Calendar(calendarBook(t, "  name: Projectendag\n  date: 2099-01-15\n"))).subs[0]
	if p := ev.one(t, "DTSTART"); p.params["VALUE"] != "DATE" || p.value != "20990115" {
		t.Errorf("all-day DTSTART %+v", p)
	}
	if p := ev.one(t, "DTEND"); p.value != "20990116" {
		t.Errorf("all-day DTEND %+v", p)
	}
	winter := readICal(t, Calendar(calendarBook(t, "  name: Projectendag\n  date: 2099-01-15\n  start: \"09:30\"\n"))).subs[0]
	if got := utc(t, winter.one(t, "DTSTART")); got.Hour() != 8 || got.Minute() != 30 {
		t.Errorf("winter time: 09:30 became %v, want 08:30 UTC", got)
	}
	if len(winter.props["DTEND"]) != 0 {
		t.Error("DTEND without an end time")
	}
	b := calendarBook(t, "  name: Projectendag\n")
	if b.CalendarFile() != "" || Calendar(b) != nil {
		t.Error("a calendar for an event without a date")
	}
}

// TestDutchClockMatchesTheTimeZoneDatabase checks the EU summer time rule
// against Go's Europe/Amsterdam for every day of 2000 to 2040.
func TestDutchClockMatchesTheTimeZoneDatabase(t *testing.T) {
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Skipf("no time zone database: %v", err)
	}
	for d := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2041; d = d.AddDate(0, 0, 1) {
		for _, clock := range []string{"00:30", "09:30", "17:00", "23:59"} {
			got, _ := dutchClock(d, clock)
			h, m := clock[:2], clock[3:]
			want, _ := time.ParseInLocation("2006-01-02 15:04", d.Format("2006-01-02")+" "+h+":"+m, ams)
			if !got.Equal(want) {
				t.Fatalf("%s %s: got %v, want %v", d.Format("2006-01-02"), clock, got, want.UTC())
			}
		}
	}
}

func TestCalendarFolding(t *testing.T) {
	for _, n := range []int{74, 75, 76, 150, 151, 300} {
		for _, filler := range []string{"a", "é", "€"} {
			var c calendarWriter
			value := strings.Repeat(filler, n/len(filler))
			c.text("DESCRIPTION", value)
			p := readICal(t, []byte("BEGIN:VCALENDAR\r\n"+c.String()+"END:VCALENDAR\r\n")).one(t, "DESCRIPTION")
			if p.value != value {
				t.Errorf("%d × %q does not unfold to itself", n, filler)
			}
		}
	}
}
