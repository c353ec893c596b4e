// Package tickets is the organiser's side of the tickets page: it reads
// the files libraries send back (the JSON, CSV and mail the site makes, in
// this and earlier versions), checks each against the edition built from
// the content, keeps the latest file of every library and counts the
// tickets per project and per library. Write puts the count in a folder as
// two CSV files and a printable overview.
package tickets

import (
	"fmt"
	"time"

	"github.com/probiblio/werkboek/generator/content"
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
	Entries     []Entry
}

// Entry is one ticket as the file writes it.
type Entry struct {
	Line     int
	ID       string // "<priority-slug>/<card-slug>"; empty in old exports
	Priority string // the priority's title, as exported
	Title    string // the project as exported: "1 Spoenk: …"
	Card     *content.Card
}

// reporter collects the diagnostics of one file.
type reporter struct {
	path  string
	diags content.Diagnostics
}

func (r *reporter) errorf(line int, format string, args ...any) {
	r.diags = append(r.diags, content.Diagnostic{Path: r.path, Line: line, Message: fmt.Sprintf(format, args...)})
}

func (r *reporter) warnf(line int, format string, args ...any) {
	r.diags = append(r.diags, content.Diagnostic{Path: r.path, Line: line, Message: fmt.Sprintf(format, args...), Warning: true})
}
