package content

import (
	"strings"
	"testing"
	"testing/fstest"
)

// market is a programme with a market of two priorities in three rounds
// and one group choice; tests replace parts of it.
const market = `---
schedule:
  - time: "11:00"
    activity: Markt
    rounds: ["11:00", "11:35", "12:10"]
    items:
      - priority: "Jeugd & onderwijs"
        location: Zaal 1
        capacity: 30
      - text: Volwassenen
        priority: 2-volwassen
        location: Zaal 2
  - time: "14:00"
    activity: Groepjes
    rounds: ["14:00"]
    items:
      - text: Taal
        location: Zaal 1
      - text: Lezen
        location: Zaal 2
---
`

// TestChoiceIsRead checks that a valid market loads with its rounds,
// keys, priorities and capacity.
func TestChoiceIsRead(t *testing.T) {
	fsys := base()
	fsys["programma.md"] = &fstest.MapFile{Data: []byte(market)}
	wb, diags := Load(fsys, Options{Prefix: "content"})
	if len(diags) != 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	m := wb.Schedule.Slots[0]
	if !m.Choice() || strings.Join(m.Rounds, " ") != "11:00 11:35 12:10" || len(m.Items) != 2 {
		t.Fatalf("market = %+v", m)
	}
	a, b := m.Items[0], m.Items[1]
	if a.Priority == nil || a.Key != "jeugd" || a.Text != "Jeugd & onderwijs" || a.Capacity != 30 || a.Line != 7 {
		t.Errorf("first option = %+v", a)
	}
	if b.Priority == nil || b.Priority.Title != "Persoonlijke ontwikkeling" || b.Key != "volwassen" || b.Text != "Volwassenen" || b.Capacity != 0 || b.Line != 10 {
		t.Errorf("second option = %+v", b)
	}
	g := wb.Schedule.Slots[1]
	if !g.Choice() || g.Items[0].Key != "taal" || g.Items[1].Priority != nil {
		t.Errorf("groups = %+v", g)
	}
}

// TestChoiceChecks gives each rule of a choice its message and line.
func TestChoiceChecks(t *testing.T) {
	for _, tc := range []struct {
		name, old, new, want string
	}{
		{"unknown priority", `priority: "Jeugd & onderwijs"`, `priority: "Jeugdzorg"`, `content/programma.md:7: de prioriteit "Jeugdzorg" bestaat niet; schrijf de titel van een prioriteit: Jeugd & onderwijs, Persoonlijke ontwikkeling`},
		{"room missing", "        location: Zaal 2\n  - time", "  - time", "content/programma.md:10: deze optie heeft geen zaal; voeg location: toe"},
		{"rounds out of order", `["11:00", "11:35", "12:10"]`, `["11:00", "12:10", "11:35"]`, "content/programma.md:5: ronde 11:35 komt na ronde 12:10; zet de rondes in de volgorde van de dag"},
		{"round before the slot", `["11:00", "11:35", "12:10"]`, `["10:30", "11:35"]`, "content/programma.md:5: de eerste ronde (10:30) begint vóór het onderdeel zelf (11:00)"},
		{"bad round", `["11:00", "11:35", "12:10"]`, `["11:00", "elf uur"]`, `content/programma.md:5: ronde "elf uur" klopt niet`},
		{"empty rounds", `["11:00", "11:35", "12:10"]`, `[]`, "content/programma.md:5: rounds is leeg"},
		{"priority twice", `priority: 2-volwassen`, `priority: jeugd`, "content/programma.md:10: deze prioriteit staat al op regel 7; een prioriteit is in een keuze maar één optie"},
		{"same text twice", "text: Lezen", "text: Taal", "content/programma.md:19: deze optie heet hetzelfde als die op regel 17"},
		{"one option", "      - text: Lezen\n        location: Zaal 2\n", "", "content/programma.md:15: een keuze heeft ten minste twee opties"},
		{"same round in two choices", "\"14:00\"\n    activity: Groepjes\n    rounds: [\"14:00\"]", "\"12:10\"\n    activity: Groepjes\n    rounds: [\"12:10\"]", "content/programma.md:13: de ronde om 12:10 staat ook bij het onderdeel op regel 3"},
		{"capacity zero", "capacity: 30", "capacity: 0", "content/programma.md:7: capacity 0 kan niet"},
		{"capacity not whole", "capacity: 30", "capacity: 30,5", "content/programma.md:9:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := strings.Replace(market, tc.old, tc.new, 1)
			if src == market {
				t.Fatalf("%q not in the programme", tc.old)
			}
			fsys := base()
			fsys["programma.md"] = &fstest.MapFile{Data: []byte(src)}
			_, diags := Load(fsys, Options{Prefix: "content"})
			errs := diags.Errors()
			if len(errs) != 1 || !strings.HasPrefix(errs[0].String(), tc.want) {
				t.Errorf("diagnostics = %v\nwant one starting %q", diags, tc.want)
			}
		})
	}
}

// TestNextSlotAfterLastRound warns when the slot after a choice starts
// before its last round.
func TestNextSlotAfterLastRound(t *testing.T) {
	fsys := base()
	src := strings.Replace(market, `time: "14:00"`, `time: "12:00"`, 1)
	src = strings.Replace(src, `rounds: ["14:00"]`, `rounds: ["12:00"]`, 1)
	fsys["programma.md"] = &fstest.MapFile{Data: []byte(src)}
	_, diags := Load(fsys, Options{Prefix: "content"})
	if len(diags.Warnings()) != 1 || !strings.Contains(diags.Warnings()[0].String(), "content/programma.md:13: waarschuwing: 12:00 komt na 12:10") {
		t.Errorf("diagnostics = %v", diags)
	}
}
