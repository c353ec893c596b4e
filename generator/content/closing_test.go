package content

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/probiblio/werkboek/generator/dutch"
)

// TestClosingAndCapacity checks each rule of closes and capacity in
// tickets.md: the message, its line, and nothing else.
func TestClosingAndCapacity(t *testing.T) {
	tickets := func(front string) map[string]string {
		return map[string]string{"tickets.md": "---\nmax: 3\n" + front + "---\nKies.\n"}
	}
	keys := "toegestaan zijn: capacity, closes, description, eligible, fields, max, title"
	runSlipCases(t, []slipCase{
		{"closes on the day", set(tickets("closes: 2099-09-19 17:00\ncapacity: 5\n")), nil},
		{"closes before the day, with om and a dot", set(tickets("closes: 2099-09-01 om 9.30\n")), nil},
		{"closes at the last minute of the day", set(tickets("closes: \"2099-09-19T23:59\"\n")), nil},
		{"closes without a time", set(tickets("closes: 2099-09-19\n")),
			[]string{"content/tickets.md:3: closes: noem ook de tijd waarop de keuze sluit: closes: 2099-09-19 17:00"}},
		{"closes with a time zone", set(tickets("closes: 2099-09-19T17:00:00Z\n")),
			[]string{`content/tickets.md:3: closes: "2099-09-19T17:00:00Z" noemt een tijdzone; schrijf de tijd zoals de klok in Nederland hem aangeeft, zonder tijdzone, zoals closes: ` + nextYear() + `-09-20 17:00`}},
		{"closes day first", set(tickets("closes: 19-9-2099 17:00\n")),
			[]string{`content/tickets.md:3: closes: "19-9-2099 17:00": schrijf de datum als jaar-maand-dag: closes: 2099-09-19 17:00`}},
		{"closes in words", set(tickets("closes: morgen\n")),
			[]string{`content/tickets.md:3: closes: "morgen" klopt niet; schrijf jaar-maand-dag en uren:minuten (Nederlandse tijd), zoals closes: ` + nextYear() + `-09-20 17:00`}},
		{"closes on no day", set(tickets("closes: 2099-02-30 17:00\n")),
			[]string{`content/tickets.md:3: closes: "2099-02-30 17:00" is geen bestaande datum en tijd; schrijf jaar-maand-dag en uren:minuten (Nederlandse tijd), zoals closes: ` + nextYear() + `-09-20 17:00`}},
		{"closes in the hour summer time skips", set(tickets("closes: 2027-03-28 02:30\n")),
			[]string{"content/tickets.md:3: closes: 2027-03-28 02:30 bestaat niet in Nederland: die nacht gaat de klok van 02:00 naar 03:00 (zomertijd); kies een andere tijd"}},
		{"closes after the day", set(tickets("title: Tickets\ncloses: 2099-09-20 00:00\n")),
			[]string{"content/tickets.md:4: waarschuwing: closes: de keuze sluit op 2099-09-20 00:00, na de dag zelf (2099-09-19, event.date in _index.md); klopt dat? Tot dan kunnen Bibliotheken nog tickets kiezen. Bedoelt u de dag zelf, schrijf dan closes: 2099-09-19 17:00"}},
		{"closes in the year 0", set(tickets("closes: 0000-01-01 00:00\n")),
			[]string{`content/tickets.md:3: closes: "0000-01-01 00:00" is geen bestaande datum en tijd; schrijf jaar-maand-dag en uren:minuten (Nederlandse tijd), zoals closes: ` + nextYear() + `-09-20 17:00`}},
		{"closes years before the day", set(tickets("closes: 2090-01-01 17:00\n")),
			[]string{"content/tickets.md:3: closes: de keuze sluit op 2090-01-01 17:00, meer dan een jaar van de dag zelf (2099-09-19, event.date in _index.md); dat is vast een vergissing: schrijf de dag waarop de keuze sluit, zoals closes: 2099-09-05 17:00"}},
		{"closes in the hour that comes twice", func(fsys fstest.MapFS) {
			set(tickets("closes: 2099-10-25 02:30\n"))(fsys)
			fsys["_index.md"].Data = []byte(strings.Replace(string(fsys["_index.md"].Data), "2099-09-19", "2099-10-30", 1))
		},
			[]string{"content/tickets.md:3: waarschuwing: closes: 2099-10-25 02:30 komt die nacht twee keer voor: eerst in zomertijd (00:30 UTC), dan een uur later in wintertijd (01:30 UTC), want de klok gaat van 03:00 terug naar 02:00; werkboek neemt de eerste. Kies een tijd buiten 02:00–03:00 om twijfel te voorkomen"}},
		{"closes as a list", set(tickets("closes:\n  - 2099-09-19 17:00\n")),
			[]string{"content/tickets.md:4: hier hoort één tekst, geen lijst"}},
		{"capacity zero", set(tickets("capacity: 0\n")),
			[]string{"content/tickets.md:3: capacity: 0 kan niet; kies een getal van 1 tot en met 1000"}},
		{"capacity in words", set(tickets("capacity: veel\n")),
			[]string{`content/tickets.md:3: capacity: "veel" is geen getal; schrijf het met cijfers, zoals 2`}},
		{"capacity a fraction", set(tickets("capacity: 4,5\n")),
			[]string{`content/tickets.md:3: capacity: "4,5" is geen heel getal; schrijf een getal zonder komma of punt, zoals 3`}},
		{"sluit in Dutch", set(tickets("sluit: 2099-09-19 17:00\n")),
			[]string{`content/tickets.md:3: onbekende sleutel "sluit" (bedoelde u "closes"?); ` + keys}},
		{"sluiting in Dutch", set(tickets("sluiting: 2099-09-19 17:00\n")),
			[]string{`content/tickets.md:3: onbekende sleutel "sluiting" (bedoelde u "closes"?); ` + keys}},
		{"capaciteit in Dutch", set(tickets("capaciteit: 5\n")),
			[]string{`content/tickets.md:3: onbekende sleutel "capaciteit" (bedoelde u "capacity"?); ` + keys}},
	})
}

// testNow is the moment the tests load at: messages give examples in the
// year after it, and event dates before it are in the past.
var testNow = time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)

func nextYear() string { return testNow.AddDate(1, 0, 0).Format("2006") }

// TestClosesOnTheModel checks what the model says: the moment in UTC,
// whether the choice is closed, and the capacity; and that nothing
// changes without the keys.
func TestClosesOnTheModel(t *testing.T) {
	fsys := base()
	fsys["tickets.md"].Data = []byte("---\ncloses: 2099-09-19 17:00\ncapacity: 12\n---\n")
	wb, diags := Load(fsys, Options{})
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	want := time.Date(2099, 9, 19, 15, 0, 0, 0, time.UTC)
	tk := &wb.Tickets
	if !tk.Closes.Equal(want) || tk.ClosesLine != 2 || tk.Capacity != 12 {
		t.Errorf("closes %v at line %d, capacity %d; want %v at line 2, 12", tk.Closes, tk.ClosesLine, tk.Capacity, want)
	}
	if tk.Closed(want.Add(-time.Second)) || !tk.Closed(want) {
		t.Error("Closed is wrong around the moment")
	}
	if got := dutch.In(tk.Closes).Format("2006-01-02 15:04 MST"); got != "2099-09-19 17:00 CEST" {
		t.Errorf("on the Dutch clock: %s", got)
	}
	wb, _ = Load(base(), Options{})
	if !wb.Tickets.Closes.IsZero() || wb.Tickets.Capacity != 0 || wb.Tickets.Closed(time.Now()) {
		t.Errorf("without the keys: %+v", wb.Tickets)
	}
}

// TestPastClosesWarnedAsPast: closes after the day and already past is
// warned about as past, not as a choice still open "until then".
func TestPastClosesWarnedAsPast(t *testing.T) {
	fsys := base()
	fsys["_index.md"].Data = []byte(strings.Replace(string(fsys["_index.md"].Data), "2099-09-19", "2026-12-05", 1))
	fsys["tickets.md"].Data = []byte("---\ncloses: 2026-12-07 01:33\n---\n")
	_, diags := Load(fsys, Options{Now: testNow})
	want := "tickets.md:2: waarschuwing: closes: de keuze is gesloten sinds 2026-12-07 01:33, na de dag zelf (2026-12-05, event.date in _index.md); Bibliotheken kunnen geen tickets meer kiezen"
	if got := diags.Error(); !strings.Contains(got, want) || strings.Contains(got, "Tot dan") {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
