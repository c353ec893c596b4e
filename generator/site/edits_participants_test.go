package site

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/probiblio/werkboek/generator/content"
)

// participantsEdits are the editor actions on content/deelnemers.json
// (added or changed as werkboek tickets tel --inhoud writes it, made
// invalid, removed) and on closes in tickets.md.
var participantsEdits = []editKind{
	{"deelnemers", func(e *editor, n int) []string { return e.participants(n) }},
	{"deelnemers-stuk", func(e *editor, n int) []string {
		p := e.content("deelnemers.json")
		if _, err := os.Stat(p); err != nil {
			return nil
		}
		return e.undoable(p, func(good string) string { return good[:len(good)/2] })
	}},
	{"deelnemers-weg", func(e *editor, n int) []string {
		p := e.content("deelnemers.json")
		if os.Remove(p) != nil {
			return nil
		}
		return []string{p}
	}},
	{"tickets-sluit", func(e *editor, n int) []string {
		return e.change(e.content("tickets.md"), func(b string) string {
			switch n % 3 {
			case 0:
				return removeKey(b, "closes")
			case 1:
				return setKey(b, "closes", "2016-09-19 17:00")
			}
			return setKey(b, "closes", "2099-09-19 17:00")
		})
	}},
}

// participants writes content/deelnemers.json for the cards the content
// has now: two libraries, each at one project that tickets may name, the
// projects chosen by n. It adds the file or changes it.
func (e *editor) participants(n int) []string {
	p := e.content("deelnemers.json")
	if e.broken[p] != nil {
		return nil
	}
	wb, _ := content.Load(os.DirFS(e.content("")), content.Options{})
	var ids []string
	for _, pr := range wb.Priorities {
		for _, c := range pr.Cards {
			if wb.Tickets.Allows(pr) && !c.Draft {
				ids = append(ids, c.ID())
			}
		}
	}
	projects := map[string][]string{}
	if len(ids) > 0 {
		first, second := pick(ids, n), pick(ids, n/3+1)
		projects[first] = append(projects[first], fmt.Sprintf("Bibliotheek %d", e.next()))
		projects[second] = append(projects[second], "Bibliotheek Leiden")
	}
	file := map[string]any{"formaat": "werkboek-deelnemers 1", "projecten": projects}
	if wb.Edition != "" {
		file["editie"] = wb.Edition
	}
	data, err := json.MarshalIndent(file, "", "  ")
	e.must(err)
	return e.write(p, string(data)+"\n")
}

// TestParticipantsFileInWatchAndServe adds deelnemers.json, changes it,
// breaks it, repairs it and removes it: after each step serve and watch
// equal a clean build (see differential), and the file that was added or
// changed is one the content accepts, with its libraries.
func TestParticipantsFileInWatchAndServe(t *testing.T) {
	d := newDifferential(t, false)
	kind := func(name string) int {
		for i, e := range edits {
			if e.name == name {
				return i
			}
		}
		t.Fatalf("no edit %q", name)
		return 0
	}
	accepted := func(what string, libraries int) {
		t.Helper()
		wb, diags := content.Load(os.DirFS(d.ed.content("")), content.Options{})
		if len(diags.Errors()) > 0 || wb.Participants == nil || len(wb.Participants.Libraries) != libraries {
			t.Fatalf("%s: the content does not take deelnemers.json with %d libraries: %v", what, libraries, diags)
		}
	}
	d.run([]step{{kind("deelnemers"), 4}})
	accepted("added", 2)
	d.run([]step{{kind("deelnemers"), 11}})
	accepted("changed", 2)
	d.run([]step{{kind("deelnemers-stuk"), 0}}) // run repairs it at its end
	accepted("repaired", 2)
	d.run([]step{{kind("deelnemers-weg"), 0}, {kind("tickets-sluit"), 1}, {kind("deelnemers"), 7}, {kind("tickets-sluit"), 0}})
	accepted("added again", 2)
	for _, name := range []string{"deelnemers", "deelnemers-stuk", "deelnemers-weg", "tickets-sluit"} {
		if !d.covered[name] {
			t.Errorf("edit %q changed nothing", name)
		}
	}
}
