package tickets

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/names"
)

// Library is one library as counted, from its latest file.
type Library struct {
	Name  string
	File  *File
	Cards []*model.Card
	Plan  []Visit // the market plan, resolved to the programme's options
}

// Count is the outcome of counting returned files.
type Count struct {
	Edition   *Edition
	Files     []*File    // every file, in the order given
	Libraries []*Library // the libraries counted, by name
	// Notes say what became of files that do not count: refused, or
	// replaced by a later file of the same library; and which counted
	// choices came after the choice closed, and which projects more
	// libraries chose than they take (see closing.go).
	Notes diag.List
	At    time.Time // when the count was made
	Late  int       // libraries whose counted choice changed after closes
}

// Moment is when a file's choice was made, for keeping the latest file of
// a library: the moment the library last changed its choice as the export
// says ("gewijzigd"), else the Date of a saved mail, else the file's
// modification time. It also says which of the three it is.
func (f *File) Moment() (time.Time, string) {
	switch r := f.Return; {
	case r != nil && !r.Changed.IsZero():
		return r.Changed, "gewijzigd"
	case r != nil && !r.MailDate.IsZero():
		return r.MailDate, "verzonden"
	}
	return f.ModTime, "bestandsdatum"
}

// Tally checks every file against the edition and counts, for every
// library, its latest file, as counted at at (Count.At); notes (from
// Collect) come with its own. A library whose latest file is refused is not
// counted at all: its older files no longer say what it wants.
func Tally(e *Edition, files []*File, notes diag.List, at time.Time) *Count {
	c := &Count{Edition: e, Files: files, Notes: slices.Clone(notes), At: at}
	groups := map[string][]*File{}
	var keys []string
	for _, f := range files {
		e.Check(f)
		if f.Return == nil || !names.Named(f.Return.Library) {
			continue
		}
		k := names.Key(f.Return.Library)
		if groups[k] == nil {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], f)
	}
	for _, k := range keys {
		g := groups[k]
		slices.SortStableFunc(g, func(a, b *File) int {
			ta, _ := a.Moment()
			tb, _ := b.Moment()
			return ta.Compare(tb)
		})
		latest := g[len(g)-1]
		for _, f := range g[:len(g)-1] {
			f.ReplacedBy = latest
			c.Notes = append(c.Notes, diag.Diagnostic{Path: f.Path, Warning: true, Message: replacedNote(f, latest)})
		}
		if latest.Refused() {
			msg := fmt.Sprintf("geweigerd; %s telt daarom niet mee", clean(strings.TrimSpace(latest.Return.Library)))
			if len(g) > 1 {
				msg += " (haar oudere bestanden zijn niet gebruikt: dit is haar laatste keuze)"
			}
			c.Notes = append(c.Notes, diag.Diagnostic{Path: latest.Path, Message: msg + "; vraag haar om een nieuw bestand"})
			continue
		}
		latest.Counted = true
		lib := &Library{Name: strings.TrimSpace(latest.Return.Library), File: latest, Plan: latest.Return.Plan}
		for _, en := range latest.Return.Entries {
			lib.Cards = append(lib.Cards, en.Card)
		}
		c.Libraries = append(c.Libraries, lib)
	}
	for _, f := range files {
		if f.Refused() && (f.Return == nil || !names.Named(f.Return.Library)) {
			c.Notes = append(c.Notes, diag.Diagnostic{Path: f.Path, Message: "geweigerd; dit bestand telt niet mee"})
		}
	}
	slices.SortFunc(c.Libraries, func(a, b *Library) int { return cmp.Compare(names.Key(a.Name), names.Key(b.Name)) })
	c.noteLate()
	c.noteFull()
	c.noteRooms()
	return c
}

// replacedNote says why f does not count.
func replacedNote(f, latest *File) string {
	if sameChoice(f, latest) {
		return fmt.Sprintf("dezelfde keuze van %s als %s; één keer geteld", clean(strings.TrimSpace(f.Return.Library)), latest.Path)
	}
	t1, from1 := f.Moment()
	t2, from2 := latest.Moment()
	return fmt.Sprintf("vervangen door %s, de latere keuze van %s (%s %s; dit bestand: %s %s)", latest.Path, clean(strings.TrimSpace(f.Return.Library)), from2, dutch.Clock(t2), from1, dutch.Clock(t1))
}

// sameChoice reports whether two files name the same projects.
func sameChoice(a, b *File) bool {
	if a.Refused() || b.Refused() || len(a.Return.Entries) != len(b.Return.Entries) {
		return false
	}
	for i, en := range a.Return.Entries {
		if en.Card != b.Return.Entries[i].Card {
			return false
		}
	}
	if len(a.Return.Plan) != len(b.Return.Plan) {
		return false
	}
	for i, v := range a.Return.Plan {
		if v.Round != b.Return.Plan[i].Round || v.Option != b.Return.Plan[i].Option {
			return false
		}
	}
	return true
}

// Participants is the count as the content keeps it: every library with
// the projects it chose, counted at At.
func (c *Count) Participants() *model.Participants {
	libs := make([]*model.Participant, len(c.Libraries))
	for i, l := range c.Libraries {
		libs[i] = &model.Participant{Name: l.Name, Cards: l.Cards}
		for _, v := range l.Plan {
			libs[i].Plan = append(libs[i].Plan, model.Visit{Round: v.Round, Option: v.Option})
		}
	}
	return model.NewParticipants("", c.Edition.Workbook.Edition, c.At, libs)
}

// LibrariesFor returns the libraries that chose a card, by name.
func (c *Count) LibrariesFor(card *model.Card) []*Library {
	var out []*Library
	for _, l := range c.Libraries {
		if slices.Contains(l.Cards, card) {
			out = append(out, l)
		}
	}
	return out
}

// Refused returns the files that do not count because of errors.
func (c *Count) Refused() []*File {
	var out []*File
	for _, f := range c.Files {
		if f.Refused() {
			out = append(out, f)
		}
	}
	return out
}

// Diagnostics returns every problem and note, sorted by file and line.
func (c *Count) Diagnostics() diag.List {
	var all diag.List
	for _, f := range c.Files {
		all = append(all, f.Diagnostics...)
	}
	all = append(all, c.Notes...)
	slices.SortStableFunc(all, func(a, b diag.Diagnostic) int {
		// A file's note (line 0) comes after its problems.
		la, lb := a.Line, b.Line
		if la == 0 {
			la = 1 << 30
		}
		if lb == 0 {
			lb = 1 << 30
		}
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(la, lb))
	})
	return all
}
