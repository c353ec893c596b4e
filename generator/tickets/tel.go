package tickets

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"time"

	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/participants"
	"github.com/probiblio/werkboek/generator/syserr"
)

// TelOptions are what werkboek tickets tel counts, once its flags are
// read and the edition is loaded.
type TelOptions struct {
	Workbook *model.Workbook // the edition the tickets are checked against, loaded without errors
	Paths    []string        // the files and folders of returned tickets
	Out      string          // the folder for the count
	// Content is the content folder to put deelnemers.json in (--inhoud),
	// or "": the file goes there only when no file is refused and the
	// content would read it.
	Content string
	Assets  fs.FS     // the site's assets, for the look of the overview
	At      time.Time // the moment of the count
	// Report gets every problem found in the returned files and in the
	// participants file, as a line a terminal may show; Warn gets what
	// the count says of itself.
	Report func(line string)
	Warn   func(msg string)
}

// TelResult is a count that was written.
type TelResult struct {
	Count   *Count
	Tickets int // the tickets of all libraries counted
	Refused int // the files refused
	// Content is deelnemers.json ready to go into TelOptions.Content
	// (Commit puts it there); nil when it does not go, and then
	// Participants is nil too.
	Content      *ContentFile
	Participants *model.Participants
}

// ErrNoReturns is returned when the paths hold no returned tickets.
var ErrNoReturns = errors.New("geen bestanden met tickets")

// Tel counts the returned tickets in opts.Paths and writes the count to
// opts.Out: collect, check and count every file, make the outputs, and
// when opts.Content is set prepare deelnemers.json for the content. On
// an error nothing is written and no file is prepared.
func Tel(opts TelOptions) (*TelResult, error) {
	returned, notes := Collect(opts.Paths)
	c := Tally(NewEdition(opts.Workbook), returned, notes, opts.At)
	// A file's name and content reach the terminal only printable: no
	// escape sequence or line end in them can forge or erase a line.
	for _, d := range c.Diagnostics() {
		opts.Report(Printable(d.String()))
	}
	res := &TelResult{Count: c, Refused: len(c.Refused())}
	if len(c.Files) == 0 {
		return res, ErrNoReturns
	}
	style, err := Style(opts.Assets, opts.Workbook)
	if err != nil {
		opts.Warn(fmt.Sprintf("de stylesheet van de site is onleesbaar (%s); het overzicht is zonder de opmaak van de site", syserr.Dutch(err)))
	}
	files, err := Output(c, style)
	if err == nil && opts.Content != "" && res.Refused == 0 {
		res.Content, res.Participants, err = prepareParticipants(opts, files[ParticipantsFile])
	}
	if res.Content != nil && res.Content.Previous() != nil {
		files[PreviousParticipantsFile] = res.Content.Previous()
	}
	if err == nil {
		err = Write(opts.Out, files)
	}
	if err != nil {
		if res.Content != nil {
			res.Content.Abort()
		}
		res.Content, res.Participants = nil, nil
		return res, err
	}
	for _, l := range c.Libraries {
		res.Tickets += len(l.Cards)
	}
	return res, nil
}

// prepareParticipants checks the count's participants file as the
// content will read it, messages naming the copy in the count's folder,
// and writes it beside its place in opts.Content. It returns nil, and
// reports why, when the check refuses the file.
func prepareParticipants(opts TelOptions, data []byte) (*ContentFile, *model.Participants, error) {
	p, diags := participants.Check(opts.Workbook, data, path.Join(filepath.ToSlash(filepath.Clean(opts.Out)), participants.File))
	if errs := diags.Errors(); len(errs) > 0 {
		for _, d := range errs {
			opts.Report(Printable(d.String()))
		}
		return nil, nil, nil
	}
	put, err := PrepareContent(opts.Content, data)
	return put, p, err
}
