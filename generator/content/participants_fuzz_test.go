package content

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/names"
	"github.com/probiblio/werkboek/generator/participants"
)

// FuzzParticipants feeds any bytes as content/deelnemers.json. Loading
// must not panic; every message names a line of the file, and at most a
// few of them are errors of the file; and a file without errors gives a
// model that agrees with itself and with the rules of tickets.md: every
// library of a project is a library of the count and has that project,
// no library twice for a project, at most capacity libraries a project
// and max projects a library, only published projects tickets may name,
// and the totals are what the lists add up to.
func FuzzParticipants(f *testing.F) {
	f.Add([]byte(goodParticipants))
	f.Add([]byte(edit(",\n    \"volwassen/lezen\": []", "")))
	f.Add([]byte(edit(`"editie": "2099"`, `"editie": "2098"`)))
	f.Add([]byte(edit("\"Bibliotheek Haarlem\",\n      \"Bibliotheek Leiden\"", "\"Bibliotheek Haarlem\"\n      \"Bibliotheek Leiden\"")))
	f.Add([]byte(edit(`"jeugd/tweede": [`, `"jeugd/twede": [`)))
	f.Add([]byte(edit(`"volwassen/lezen": []`, `"jeugd/concept": ["Bibliotheek Haarlem", "bibliotheek haarlem", "📚"]`)))
	f.Add([]byte(edit(`"Bibliotheek Delft": []`, `"Bibliotheek Delft": ["volwassen/lezen", 3, null]`)))
	f.Add([]byte(goodParticipants[:200]))
	f.Add([]byte(`{"formaat": "werkboek-deelnemers 1", "editie": 2099, "projecten": {"jeugd/spoenk": ["A", "B", "C"]}}`))
	f.Add([]byte(`{"formaat": "werkboek-tickets 1", "bibliotheek": "x", "tickets": []}`))
	f.Add([]byte("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"))
	f.Add([]byte("\uFEFF{\"formaat\":\"werkboek-deelnemers 1\",\"editie\":\"2099\",\"projecten\":{},\"bibliotheken\":{\"\u202e\":[]}}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := withParticipants("")
		fsys[participants.File] = &fstest.MapFile{Data: data}
		fsys["tickets.md"] = &fstest.MapFile{Data: []byte("---\nmax: 2\ncapacity: 2\neligible: [1-jeugd]\n---\n")}
		wb, diags := Load(fsys, Options{Prefix: "content"})
		checkDiagnostics(t, fsys, diags)
		mine := 0
		for _, d := range diags.Errors() {
			if d.Path == "content/"+participants.File {
				mine++
			} else {
				t.Fatalf("an error outside the participants file: %v", d)
			}
		}
		if mine > participants.ShownErrors+1 {
			t.Errorf("%d errors shown for one file", mine)
		}
		if mine > 0 {
			return
		}
		p := wb.Participants
		if p == nil {
			t.Fatal("no errors, no participants")
		}
		known := map[*model.Participant]bool{}
		tickets := 0
		for _, lib := range p.Libraries {
			if known[lib] || !names.Named(lib.Name) || strings.ContainsFunc(lib.Name, names.UnsafeRune) || len(lib.Cards) > wb.Tickets.Max {
				t.Errorf("library %+v", lib)
			}
			known[lib] = true
			tickets += len(lib.Cards)
		}
		groups, chosen := 0, 0
		for _, c := range wb.Cards() {
			of := p.Of(c)
			chosen += len(of)
			if len(of) > 0 {
				groups++
			}
			// More than capacity is a warning: the site shows it as full.
			if len(of) > 0 && (c.Draft || !wb.Tickets.Allows(c.Priority)) {
				t.Errorf("%s has %d libraries", c.ID(), len(of))
			}
			seen := map[string]bool{}
			for _, lib := range of {
				if !known[lib] || seen[names.Key(lib.Name)] || !slices.Contains(lib.Cards, c) {
					t.Errorf("%s: library %q", c.ID(), lib.Name)
				}
				seen[names.Key(lib.Name)] = true
			}
		}
		if tickets != p.Tickets || chosen != p.Tickets || groups != p.Groups {
			t.Errorf("totals %d tickets, %d groups; the lists say %d, %d and %d", p.Tickets, p.Groups, tickets, chosen, groups)
		}
	})
}
