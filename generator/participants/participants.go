package participants

import (
	"bytes"
	"unicode/utf8"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/frontmatter"
	"github.com/probiblio/werkboek/generator/model"
)

// The participants file: its name in the content folder, its format and
// the newest version of the format this code reads.
const (
	File = "deelnemers.json"
	// TempPrefix begins the name of the temporary file a count writes
	// beside File before renaming it into place.
	TempPrefix = ".deelnemers.json.tmp-"
	Format     = "werkboek-deelnemers"
	Version    = 1
)

// MaxSize is the most a participants file may weigh: a count
// of a thousand libraries over ten thousand projects stays far below it.
const MaxSize = 10 << 20

// ShownErrors is how many errors of a participants file are shown; the
// rest are counted in one more line.
const ShownErrors = 20

// Known is what loading found besides the workbook that the check of a
// participants file needs, so it does not report twice what is reported
// elsewhere.
type Known struct {
	// Pending are the ids of cards, and "<priority slug>/" of priorities,
	// that were not read because of an error reported elsewhere.
	Pending map[string]bool
	// None is set when no priority was read (an error reported
	// elsewhere): every id is pending.
	None bool
	// Drafts are the draft cards the workbook leaves out, by id.
	Drafts map[string]*model.Card
}

// Read checks data as the participants file of wb and returns its model,
// or nil when it has errors; what is wrong goes to r, which names the
// file. Errors beyond the first ShownErrors are counted in one line.
func Read(wb *model.Workbook, data []byte, known Known, r diag.Reporter) *model.Participants {
	c := &diag.Capped{Reporter: r, Shown: ShownErrors}
	defer c.Done(Remake)
	if len(data) > MaxSize {
		c.Errorf(0, "het bestand is %d MB, meer dan de %d MB die een deelnemersbestand mag zijn", len(data)>>20, MaxSize>>20)
		return nil
	}
	return from(wb, data, known, c)
}

// Check checks data as the participants file of wb, as loading checks
// content/deelnemers.json, and returns its model and what is wrong, each
// message naming the file as path. Cards that wb leaves out (drafts) are
// unknown to it.
func Check(wb *model.Workbook, data []byte, path string) (*model.Participants, diag.List) {
	var diags diag.List
	p := Read(wb, data, Known{Pending: map[string]bool{}}, diag.Reporter{Path: path, List: &diags})
	diags.Sort()
	return p, diags
}

// from reads and checks the bytes of a participants file.
func from(wb *model.Workbook, data []byte, known Known, r *diag.Capped) *model.Participants {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:frontmatter.InvalidUTF8(data)], []byte("\n"))
		r.Errorf(line, "het bestand bevat tekens die geen UTF-8 zijn; sla het op als UTF-8 (in de meeste editors: Opslaan als… > Codering: UTF-8)")
		return nil
	}
	raw, ok := readJSON(data, r)
	if !ok {
		return nil
	}
	return check(wb, raw, known, r)
}
