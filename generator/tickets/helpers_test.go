package tickets

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/diag"
)

// bundled is the 2017 edition in the repository's content folder.
var bundled = sync.OnceValue(func() *Edition {
	wb, diags := content.Load(os.DirFS("../../content"), content.Options{Prefix: "content"})
	if len(diags.Errors()) > 0 {
		panic(diags.Error())
	}
	return NewEdition(wb)
})

// collect reads the files of folders as the command does and fails the
// test on a note about them.
func collect(t *testing.T, dirs ...string) []*File {
	t.Helper()
	files, notes := Collect(dirs)
	if len(notes) > 0 {
		t.Fatal(notes)
	}
	return files
}

// smallEdition is a workbook of two priorities, tickets only for the
// first, at most two per library, and two cards with the same title.
func smallEdition(t *testing.T) *Edition {
	t.Helper()
	card := func(title string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: " + title + "\n---\n## Doelgroep\nJeugd.\n\n## Effect voor de doelgroep\nA.\n\n## Doel van de Bibliotheek\nB.\n\n## Resultaat\nC.\n\n## Mogelijke onderwerpen\n- D.\n")}
	}
	fsys := fstest.MapFS{
		"_index.md":                       {Data: []byte("---\ntitle: Klein werkboek\nedition: \"2099\"\norganisation: ProBiblio\n---\nWelkom.\n")},
		"tickets.md":                      {Data: []byte("---\ntitle: Tickets\nmax: 2\neligible: [1-lezen]\n---\n")},
		"prioriteiten/1-lezen/_index.md":  {Data: []byte("---\ntitle: Lezen\n---\n")},
		"prioriteiten/1-lezen/1-club.md":  card("Schrijfclub"),
		"prioriteiten/1-lezen/2-voor.md":  card("Voorlezen"),
		"prioriteiten/1-lezen/3-samen.md": card("Samen"),
		"prioriteiten/2-digi/_index.md":   {Data: []byte("---\ntitle: Digitaal\n---\n")},
		"prioriteiten/2-digi/1-klik.md":   card("Klik en tik"),
		"prioriteiten/2-digi/2-samen.md":  card("Samen"),
	}
	wb, diags := content.Load(fsys, content.Options{Prefix: "content"})
	if len(diags.Errors()) > 0 {
		t.Fatal(diags)
	}
	return NewEdition(wb)
}

// problems formats diagnostics as "line: message" (warnings marked), for
// comparing with a test's expectations.
func problems(ds diag.List) []string {
	var out []string
	for _, d := range ds {
		w := ""
		if d.Warning {
			w = "waarschuwing: "
		}
		out = append(out, fmt.Sprintf("%d: %s%s", d.Line, w, d.Message))
	}
	return out
}

// expectProblems checks that each want ("line: part of the message")
// matches a problem at that line, and that there are no others.
func expectProblems(t *testing.T, got diag.List, want ...string) {
	t.Helper()
	ps := problems(got)
	if len(ps) != len(want) {
		t.Errorf("got %d problems, want %d:\n%s", len(ps), len(want), strings.Join(ps, "\n"))
		return
	}
	for i, w := range want {
		line, part, _ := strings.Cut(w, ": ")
		if !strings.HasPrefix(ps[i], line+": ") || !strings.Contains(ps[i], part) {
			t.Errorf("problem %d is %q, want line %s with %q", i+1, ps[i], line, part)
		}
	}
}

// ids lists the ids (or titles) of a return's entries with their lines.
func ids(r *Return) string {
	var out []string
	for _, e := range r.Entries {
		s := e.ID
		if s == "" {
			s = e.Title
			if e.Priority != "" {
				s += " (" + e.Priority + ")"
			}
		}
		out = append(out, fmt.Sprintf("%d:%s", e.Line, s))
	}
	return strings.Join(out, " ")
}

// countedAt is the moment the tests count at.
var countedAt = time.Date(2016, 9, 20, 10, 0, 0, 0, time.UTC)
