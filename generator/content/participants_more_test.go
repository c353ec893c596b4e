package content

import (
	"fmt"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/participants"
)

// TestParticipantsEdgeCases covers what the table cannot: a draft shown
// by serve (--drafts) is still no project to take part in, a priority
// whose _index.md is broken is told once, and a file of many wrong
// names shows a few and counts the rest.
func TestParticipantsEdgeCases(t *testing.T) {
	const f = "content/deelnemers.json"
	drafted := withParticipants(edit(`"volwassen/lezen": []`, `"jeugd/concept": []`))
	_, diags := Load(drafted, Options{Prefix: "content", Drafts: true})
	if len(diags) != 1 || diags[0].String() != f+`:14: het project "jeugd/concept" is een concept (draft: true in content/prioriteiten/1-jeugd/3-concept.md) en staat niet op de site; haal het hier weg, of publiceer de kaart eerst` {
		t.Errorf("a draft with --drafts:\n%v", diags)
	}

	broken := withParticipants(goodParticipants)
	delete(broken, "prioriteiten/2-volwassen/_index.md")
	_, diags = Load(broken, Options{Prefix: "content"})
	if len(diags) != 1 || !strings.HasPrefix(diags[0].String(), "content/prioriteiten/2-volwassen: deze prioriteitsmap heeft geen _index.md") {
		t.Errorf("a broken priority:\n%v", diags)
	}

	var many strings.Builder
	for i := range 30 {
		if i > 0 {
			many.WriteString(",\n")
		}
		many.WriteString(`      "---"`)
	}
	_, diags = Load(withParticipants(edit(`"volwassen/lezen": []`, "\"volwassen/lezen\": [\n"+many.String()+"\n    ]")), Options{Prefix: "content"})
	if len(diags) != participants.ShownErrors+1 {
		t.Fatalf("%d diagnostics for 30 wrong names:\n%v", len(diags), diags)
	}
	if got := diags[len(diags)-1].String(); got != f+":35: en nog 10 fouten vanaf deze regel, niet apart getoond; herstel eerst de fouten hierboven, of maak het bestand opnieuw met werkboek tickets tel … --inhoud content" {
		t.Errorf("last: %s", got)
	}
	many.Reset()
	for i := range 30 {
		fmt.Fprintf(&many, "    \"jeugd/onbekend-%02d\": [],\n", i)
	}
	_, diags = Load(withParticipants(edit("    \"volwassen/lezen\": []", many.String()+"    \"volwassen/lezen\": []")), Options{Prefix: "content"})
	if len(diags) != participants.ShownErrors+1 || !strings.HasPrefix(diags[len(diags)-1].String(), f+":34: en nog 10 fouten vanaf deze regel") {
		t.Errorf("30 unknown projects:\n%v", diags)
	}

	// A library "bibliotheken" lacks is told at its first project that
	// has no error of its own.
	lacking := edit("\"Bibliotheek Leiden\"\n    ],\n    \"jeugd/tweede\": [", "\"Bibliotheek Leiden\",\n      7\n    ],\n    \"jeugd/tweede\": [\n      \"Bibliotheek Leiden\",",
		"    \"Bibliotheek Leiden\": [\n      \"jeugd/spoenk\"\n    ]\n", "    \"Bibliotheek Lisse\": []\n")
	_, diags = Load(withParticipants(lacking), Options{Prefix: "content"})
	want := []string{
		f + `:10: in de lijst bij "jeugd/spoenk" staat "7"; elk element is tekst tussen aanhalingstekens`,
		f + `:13: "Bibliotheek Leiden" staat niet onder "bibliotheken"; voeg haar daar toe met haar projecten, of haal de naam hier weg`,
	}
	if got := diags.Error(); got != strings.Join(want, "\n") {
		t.Errorf("a library bibliotheken lacks:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}

// TestReferenceDescribesParticipants keeps the content reference in step
// with the participants file: its name, format, every key, the limits.
func TestReferenceDescribesParticipants(t *testing.T) {
	want := []string{"`" + participants.File + "`", fmt.Sprintf("`%s %d`", participants.Format, participants.Version),
		fmt.Sprintf("de eerste %d", participants.ShownErrors), fmt.Sprintf("%d MB", participants.MaxSize>>20), "`deelnemers (1).json`", "--inhoud content"}
	for _, k := range participants.Keys {
		want = append(want, "| `\""+k+"\"` |")
	}
	for _, w := range want {
		if !strings.Contains(Reference, w) {
			t.Errorf("inhoud.md does not mention %s", w)
		}
	}
}

// TestCheckParticipants checks a participants file that is not (yet) in
// the content, as werkboek tickets tel does before it puts one there.
func TestCheckParticipants(t *testing.T) {
	wb, diags := Load(withParticipants(""), Options{})
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	p, diags := participants.Check(wb, []byte(goodParticipants), "telling/"+participants.File)
	if len(diags) > 0 || p == nil || p.Tickets != 3 || len(p.Libraries) != 3 {
		t.Errorf("good file: %v, %+v", diags, p)
	}
	wb.Tickets.Capacity = 1
	_, diags = participants.Check(wb, []byte(goodParticipants), "telling/"+participants.File)
	if len(diags) != 1 || !strings.HasPrefix(diags[0].String(), `telling/deelnemers.json:9: waarschuwing: het project "jeugd/spoenk" heeft 2 Bibliotheken`) {
		t.Errorf("over capacity: %v", diags)
	}
}

// sortedMessages orders "path:line: message" lines as diag.List.Sort
// orders their diagnostics.
func sortedMessages(lines []string) []string {
	ds := make(diag.List, len(lines))
	for i, l := range lines {
		ds[i] = parseDiagnostic(l)
	}
	ds.Sort()
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.String()
	}
	return out
}

// parseDiagnostic reads back what diag.Diagnostic.String wrote.
func parseDiagnostic(s string) diag.Diagnostic {
	var d diag.Diagnostic
	head, msg, _ := strings.Cut(s, ": ")
	d.Path = head
	if p, line, ok := strings.Cut(head, ":"); ok {
		d.Path = p
		fmt.Sscanf(line, "%d", &d.Line)
	}
	d.Message, d.Warning = strings.CutPrefix(msg, "waarschuwing: ")
	return d
}
