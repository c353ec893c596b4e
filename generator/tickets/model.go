// Package tickets is the organiser's side of the tickets page: it reads
// the files libraries send back (the JSON, CSV and mail the site makes, in
// this and earlier versions), checks each against the edition built from
// the content, keeps the latest file of every library and counts the
// tickets per project and per library. Write puts the count in a folder as
// two CSV files and a printable overview.
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
)

// Format is the name of the export format, and Version the newest version
// this code reads. The site writes "werkboek-tickets 1" in every export:
// as "formaat" in JSON, in the column Formaat of the CSV and on the first
// line of the block at the end of a mail. Files without it are from before
// the format had a version (version 0) and are matched by title.
const (
	Format  = "werkboek-tickets"
	Version = 1
)

// Return is what one returned file says: one library's choice.
type Return struct {
	Kind        string // "JSON", "CSV" or "mail"
	Version     int    // 0 for an export without a version
	Edition     string // "editie"; empty in old exports
	EditionLine int
	Workbook    string // the workbook's title, when the export names it
	Library     string
	LibraryLine int
	Changed     time.Time // when the library last changed its choice; zero when unknown
	ChangedLine int
	MailDate    time.Time // the Date header of a saved mail
	Entries     []Entry   // the first keptEntries tickets
	Tickets     int       // how many tickets the file names
	Plan        []Visit   // the market plan, when the file has one (see plan.go)
}

// keptEntries is how many tickets of one file are kept and checked: far
// more than any edition allows (max is at most 20), few enough that a
// file of millions of tickets costs no memory.
const keptEntries = 1000

// detach copies the texts the return keeps out of the file they were
// read from, so a count holds only them, not every file it read.
func (r *Return) detach() {
	for _, s := range []*string{&r.Edition, &r.Workbook, &r.Library} {
		*s = strings.Clone(*s)
	}
	for i := range r.Entries {
		e := &r.Entries[i]
		e.ID, e.Priority, e.Title = strings.Clone(e.ID), strings.Clone(e.Priority), strings.Clone(e.Title)
	}
}

// add records a ticket of the file.
func (r *Return) add(e Entry) {
	r.Tickets++
	if len(r.Entries) < keptEntries {
		r.Entries = append(r.Entries, e)
	}
}

// Entry is one ticket as the file writes it.
type Entry struct {
	Line     int
	ID       string // "<priority-slug>/<card-slug>"; empty in old exports
	Priority string // the priority's title, as exported
	Title    string // the project as exported: "1 Spoenk: …"
	Card     *model.Card
}

// At most this many errors and warnings of one file are shown; the rest
// are counted in one line at the end ("… en nog 6.998 fouten in dit
// bestand"), so a file of millions of bad tickets cannot flood the
// terminal, the overview or the memory.
const (
	shownErrors   = 3
	shownWarnings = 2
)

// reporter collects the diagnostics of one file: the first few of each
// kind, and how many there are in all.
type reporter struct {
	path             string
	diags            diag.List
	errors, warnings int
	unchecked        int // tickets beyond keptEntries, not checked
}

func (r *reporter) add(d diag.Diagnostic) {
	n, shown := &r.errors, shownErrors
	if d.Warning {
		n, shown = &r.warnings, shownWarnings
	}
	if *n++; *n <= shown {
		r.diags = append(r.diags, d)
	}
}

func (r *reporter) errorf(line int, format string, args ...any) {
	r.add(diag.Diagnostic{Path: r.path, Line: line, Message: fmt.Sprintf(format, args...)})
}

func (r *reporter) warnf(line int, format string, args ...any) {
	r.add(diag.Diagnostic{Path: r.path, Line: line, Message: fmt.Sprintf(format, args...), Warning: true})
}

// failed reports whether an error was found.
func (r *reporter) failed() bool { return r.errors > 0 }

// list returns the problems shown, in the order of their lines, and a
// last line that counts those not shown.
func (r *reporter) list() diag.List {
	out := slices.Clone(r.diags)
	slices.SortStableFunc(out, func(a, b diag.Diagnostic) int { return cmp.Compare(a.Line, b.Line) })
	var more []string
	if n := r.errors - shownErrors; n > 0 {
		more = append(more, dutch.Thousands(n)+" "+dutch.Plural(n, "fout", "fouten"))
	}
	if n := r.warnings - shownWarnings; n > 0 {
		more = append(more, dutch.Thousands(n)+" "+dutch.Plural(n, "waarschuwing", "waarschuwingen"))
	}
	var msg string
	if len(more) > 0 {
		msg = "… en nog " + strings.Join(more, " en ") + " in dit bestand"
	}
	if r.unchecked > 0 {
		msg = strings.TrimPrefix(msg+"; ", "; ") + fmt.Sprintf("de %s tickets na de %s zijn niet gecontroleerd", dutch.Thousands(r.unchecked), dutch.Thousands(keptEntries)+"ste")
	}
	if msg != "" {
		out = append(out, diag.Diagnostic{Path: r.path, Message: msg, Warning: r.errors <= shownErrors})
	}
	return out
}
