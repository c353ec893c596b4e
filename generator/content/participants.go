package content

import (
	"bytes"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/frontmatter"
	"github.com/probiblio/werkboek/generator/model"
)

// After the day, content/deelnemers.json says which libraries take part
// in which project: werkboek tickets tel writes it from the returned
// tickets (--inhoud), and an editor may change it by hand. It is checked
// like every content file; the site shows it (see Workbook.Participants).

// The participants file: its name in the content folder, its format and
// the newest version of the format this code reads.
const (
	ParticipantsFile    = "deelnemers.json"
	ParticipantsFormat  = "werkboek-deelnemers"
	ParticipantsVersion = 1
)

// MaxParticipantsSize is the most a participants file may weigh: a count
// of a thousand libraries over ten thousand projects stays far below it.
const MaxParticipantsSize = 10 << 20

// afterTheDay checks when the choice closes against the day, and reads
// the participants file when the content has one.
func (l *loader) afterTheDay(wb *model.Workbook, participants bool) {
	l.checkClosing(wb)
	if participants {
		wb.Participants = l.loadParticipants(wb)
	}
}

// loadParticipants reads and checks content/deelnemers.json, when it is
// there, against the workbook loaded so far.
func (l *loader) loadParticipants(wb *model.Workbook) *model.Participants {
	name := ParticipantsFile
	r := &cappedReporter{r: l.reporter(name)}
	defer r.done()
	st, err := fs.Stat(l.fsys, name)
	switch {
	case err != nil:
		r.Errorf(0, "kan het bestand niet lezen (%s); controleer of het bestaat en leesbaar is", plainErr(err))
		return nil
	case st.IsDir():
		r.Errorf(0, "dit is een map, maar %s moet een bestand zijn; haal de map weg en schrijf het bestand met werkboek tickets tel … --inhoud content", name)
		return nil
	case !st.Mode().IsRegular():
		r.Errorf(0, "dit is geen gewoon bestand; zet hier het bestand dat werkboek tickets tel … --inhoud content schrijft")
		return nil
	case st.Size() > MaxParticipantsSize:
		r.Errorf(0, "het bestand is %d MB, meer dan de %d MB die een deelnemersbestand mag zijn; %s", st.Size()>>20, MaxParticipantsSize>>20, remake)
		return nil
	}
	data, err := fs.ReadFile(l.fsys, name)
	if err != nil {
		r.Errorf(0, "kan het bestand niet lezen (%s); controleer of het bestaat en leesbaar is", plainErr(err))
		return nil
	}
	l.inputs = append(l.inputs, model.Input{Path: l.display(name), Hash: hashBytes(data)})
	return l.participantsFrom(wb, data, r)
}

// CheckParticipants checks data as the participants file of wb, as Load
// checks content/deelnemers.json, and returns its model and what is
// wrong, each message named after opts.Prefix joined with
// deelnemers.json. Cards that wb leaves out (drafts) are unknown to it.
func CheckParticipants(wb *model.Workbook, data []byte, opts Options) (*model.Participants, diag.List) {
	l := &loader{opts: opts, cards: wb.Cards(), pending: map[string]bool{}}
	r := &cappedReporter{r: l.reporter(ParticipantsFile)}
	var p *model.Participants
	if len(data) > MaxParticipantsSize {
		r.Errorf(0, "het bestand is %d MB, meer dan de %d MB die een deelnemersbestand mag zijn", len(data)>>20, MaxParticipantsSize>>20)
	} else {
		p = l.participantsFrom(wb, data, r)
	}
	r.done()
	l.diags.Sort()
	return p, l.diags
}

// participantsFrom reads and checks the bytes of a participants file.
func (l *loader) participantsFrom(wb *model.Workbook, data []byte, r *cappedReporter) *model.Participants {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:frontmatter.InvalidUTF8(data)], []byte("\n"))
		r.Errorf(line, "het bestand bevat tekens die geen UTF-8 zijn; sla het op als UTF-8 (in de meeste editors: Opslaan als… > Codering: UTF-8)")
		return nil
	}
	raw, ok := readParticipantsJSON(data, r)
	if !ok {
		return nil
	}
	return l.checkParticipants(wb, raw, r)
}

// cappedReporter shows the first shownParticipantErrors errors of the
// participants file and counts the rest in one more line, so a file of
// a million wrong names cannot flood the terminal or the memory.
type cappedReporter struct {
	r         diag.Reporter
	errors    int
	firstMore int // the line of the first error not shown
}

const shownParticipantErrors = 20

func (c *cappedReporter) Errorf(line int, format string, args ...any) {
	if c.errors++; c.errors <= shownParticipantErrors {
		c.r.Errorf(line, format, args...)
	} else if c.errors == shownParticipantErrors+1 {
		c.firstMore = line
	}
}

// more counts an error that is not shown: one after the first
// shownParticipantErrors, whose message need not be made.
func (c *cappedReporter) more(line int) {
	if c.errors++; c.errors == shownParticipantErrors+1 {
		c.firstMore = line
	}
}

func (c *cappedReporter) Warnf(line int, format string, args ...any) {
	c.r.Warnf(line, format, args...)
}

// done adds the line that counts the errors not shown.
func (c *cappedReporter) done() {
	if n := c.errors - shownParticipantErrors; n > 0 {
		word := "fouten"
		if n == 1 {
			word = "fout"
		}
		c.r.Errorf(c.firstMore, "en nog %d %s vanaf deze regel, niet apart getoond; herstel eerst de fouten hierboven, of %s", n, word, remake)
	}
}

// failed reports whether an error was found.
func (c *cappedReporter) failed() bool { return c.errors > 0 }

// copySuffix is what a browser or a file manager puts after the name of a
// second copy: "deelnemers (1).json", "deelnemers-2.json", "deelnemers
// kopie.json".
var copySuffix = regexp.MustCompile(`[ _-]*(\(\d+\)|\d+|kopie|copy)$`)

// meantAsParticipants reports whether a file name is deelnemers.json
// under another name: another case, a letter off, Notepad's .txt after
// it, or the suffix of a copy.
func meantAsParticipants(name string) bool {
	lower := strings.TrimSuffix(strings.ToLower(name), ".txt")
	ext := path.Ext(lower)
	stem := copySuffix.ReplaceAllString(strings.TrimSuffix(lower, ext), "")
	return name != ParticipantsFile && (ext == "" || dutch.Distance(ext, ".json") <= 1) && dutch.Distance(stem, "deelnemers") <= 2
}

// strayParticipants reports a file of the content folder that is
// deelnemers.json under another name, and whether it did.
func (l *loader) strayParticipants(name string, entries map[string]bool) bool {
	if !meantAsParticipants(name) {
		return false
	}
	r := l.reporter(name)
	if entries[ParticipantsFile] {
		r.Errorf(0, "naast %s staat ook dit bestand; werkboek leest alleen %s: haal deze kopie weg, of begin de naam met _ (zoals _%s) als u haar wilt bewaren zonder dat werkboek haar leest", ParticipantsFile, ParticipantsFile, name)
	} else {
		r.Errorf(0, "dit bestand heet %s; bedoelde u %s? Hernoem het naar %s", name, ParticipantsFile, ParticipantsFile)
	}
	return true
}
