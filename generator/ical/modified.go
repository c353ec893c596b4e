package ical

import (
	"io/fs"
	"os"
	"strconv"
	"time"

	"github.com/probiblio/werkboek/generator/model"
)

// Inputs are the content files the calendar file is made of: the
// event, the contact and the base URL in _index.md, and the programme.
var Inputs = []string{"_index.md", "programma.md"}

// Modified is when the content the calendar file is made of last
// changed (view.Book.Modified): the newest modification time of
// Inputs, in whole seconds. A file's time and not the clock of
// the build, so building the same files again gives the same calendar,
// and saving a changed programme gives a newer one. When
// SOURCE_DATE_EPOCH is set (the convention of reproducible builds, such
// as the time of the last commit), a later time is taken back to it, so a
// fresh checkout builds the same bytes as the one before. Zero when none
// of the files can be read.
func Modified(wb *model.Workbook) time.Time {
	var newest time.Time
	for _, name := range Inputs {
		if wb.Source == nil {
			break
		}
		if fi, err := fs.Stat(wb.Source, name); err == nil && fi.ModTime().After(newest) {
			newest = fi.ModTime()
		}
	}
	if s, err := strconv.ParseInt(os.Getenv("SOURCE_DATE_EPOCH"), 10, 64); err == nil && !newest.IsZero() {
		if limit := time.Unix(s, 0); newest.After(limit) {
			newest = limit
		}
	}
	return newest.UTC().Truncate(time.Second)
}
