package content

import (
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/names"
)

// checkDiagnostics holds for any input: every diagnostic names a file of
// the tree, a line inside that file, and a non-empty message.
func checkDiagnostics(t *testing.T, fsys fstest.MapFS, diags diag.List) {
	t.Helper()
	for _, d := range diags {
		name := strings.TrimPrefix(d.Path, "content/")
		f, ok := fsys[name]
		if !ok {
			dir := false
			for n := range fsys {
				dir = dir || strings.HasPrefix(n, name+"/")
			}
			if !dir && !strings.HasPrefix(name, "prioriteiten") {
				t.Errorf("diagnostic for unknown file: %v", d)
			}
			continue
		}
		text := strings.ReplaceAll(strings.ReplaceAll(string(f.Data), "\r\n", "\n"), "\r", "\n")
		lines := strings.Count(text, "\n") + 1
		if d.Line < 0 || d.Line > lines+1 {
			t.Errorf("line %d outside %s (%d lines): %v", d.Line, d.Path, lines, d)
		}
		if strings.TrimSpace(d.Message) == "" || !utf8.ValidString(d.Message) {
			t.Errorf("empty or invalid message: %q", d.Message)
		}
	}
}

// FuzzCard feeds any bytes as a card file: front matter, sections and
// topics. Loading must not panic and must report sensible diagnostics.
func FuzzCard(f *testing.F) {
	f.Add([]byte(validCard))
	f.Add([]byte("---\ntitle: x\n---\n## Doelgroep\n"))
	f.Add([]byte("+++\ntitle = \"x\"\n+++\n## Resultaat\n- a\n"))
	f.Add([]byte("---\n\ttitle: x\n---\n"))
	f.Add([]byte("\uFEFF---\r\ntitle: x\r\n---\r\n## Doelgroep\r\nJeugd\r\n"))
	f.Add([]byte("---\ntitle: [a, b\n---\n"))
	f.Add([]byte("## \n##\n## Doelgroep\n```\n## Resultaat\n```\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := base()
		fsys["prioriteiten/1-jeugd/1-spoenk.md"] = &fstest.MapFile{Data: data}
		wb, diags := Load(fsys, Options{Prefix: "content"})
		checkDiagnostics(t, fsys, diags)
		if len(diags.Errors()) == 0 {
			for _, c := range wb.Cards() {
				if len(c.Sections) != 5 || c.Title == "" || !names.ValidSlug(c.Slug) {
					t.Errorf("accepted an invalid card: %+v", c)
				}
			}
		}
	})
}

// FuzzSchedule feeds any bytes as programma.md.
func FuzzSchedule(f *testing.F) {
	f.Add([]byte("---\nschedule:\n  - time: \"09:30\"\n    activity: Ontvangst\n    items:\n      - text: Zaal\n        location: Kantine\n---\nTekst\n"))
	f.Add([]byte("---\nschedule: 3\n---\n"))
	f.Add([]byte("---\nschedule:\n  - time: 25:99\n  - {}\n---\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := base()
		fsys["programma.md"] = &fstest.MapFile{Data: data}
		wb, diags := Load(fsys, Options{Prefix: "content"})
		checkDiagnostics(t, fsys, diags)
		if len(diags.Errors()) == 0 && wb.Schedule != nil {
			for _, s := range wb.Schedule.Slots {
				if _, ok := normalTime(s.Time); !ok || s.Activity == "" {
					t.Errorf("accepted an invalid slot: %+v", s)
				}
			}
		}
	})
}

// FuzzTickets feeds any bytes as tickets.md.
func FuzzTickets(f *testing.F) {
	f.Add([]byte("---\nmax: 3\nfields: [Prioriteit, Onderwerp, Bibliotheek]\neligible: [1-jeugd]\n---\nKies.\n"))
	f.Add([]byte("---\nmax: -1\n---\n"))
	f.Add([]byte("---\nfields: Prioriteit\n---\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := base()
		fsys["tickets.md"] = &fstest.MapFile{Data: data}
		wb, diags := Load(fsys, Options{Prefix: "content"})
		checkDiagnostics(t, fsys, diags)
		if len(diags.Errors()) == 0 && (wb.Tickets.Max < 1 || wb.Tickets.Max > 20 || len(wb.Tickets.Fields) == 0) {
			t.Errorf("accepted invalid ticket rules: %+v", wb.Tickets)
		}
	})
}

// FuzzNames checks file and folder names: slugs made from any name are
// valid URL slugs or empty, and never contain a path.
func FuzzNames(f *testing.F) {
	for _, s := range []string{"1-spoenk.md", "12_Mijn kaart ë.md", "../../x", "/etc/passwd", "", "۱۲-kaart", "a//b", "-", "1-.md"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		_, _, rest := splitName(name)
		s := names.Slugify(rest)
		if s != "" && !names.ValidSlug(s) {
			t.Errorf("Slugify(%q) = %q, not a valid slug", rest, s)
		}
		if strings.ContainsAny(s, "/\\.") {
			t.Errorf("slug %q from %q contains a path character", s, name)
		}
		if names.ValidSlug(name) && (strings.Contains(name, "..") || strings.Contains(name, "/")) {
			t.Errorf("ValidSlug accepted %q", name)
		}
	})
}
