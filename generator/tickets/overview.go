package tickets

import (
	"bytes"
	_ "embed"
	"encoding/base64"
	"html/template"
	"io/fs"
	"regexp"
	"slices"
	"time"

	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/theme"
)

//go:embed overview.html
var overviewLayout string

var overviewTemplate = template.Must(template.New("overzicht").Funcs(template.FuncMap{"printable": Printable}).Parse(overviewLayout))

// fontURL finds the fonts the site's stylesheet loads from ../fonts/.
var fontURL = regexp.MustCompile(`url\(['"]?\.\./fonts/([A-Za-z0-9._-]+\.woff2)['"]?\)`)

// Style returns the site's stylesheet for the overview: css/*.css of the
// site's assets (its own over the built-in ones) in name order and the
// priorities' colours, with the fonts inlined as data: addresses, so the
// overview is one file that looks like the site wherever it is opened or
// printed.
func Style(assets fs.FS, wb *model.Workbook) (string, error) {
	names, err := fs.Glob(assets, "css/*.css")
	if err != nil || len(names) == 0 {
		return "", fs.ErrNotExist
	}
	slices.Sort(names)
	var css bytes.Buffer
	for _, n := range names {
		data, err := fs.ReadFile(assets, n)
		if err != nil {
			return "", err
		}
		css.Write(data)
		css.WriteByte('\n')
	}
	css.Write(theme.SiteCSS(wb))
	out := fontURL.ReplaceAllFunc(css.Bytes(), func(m []byte) []byte {
		font, err := fs.ReadFile(assets, "fonts/"+string(fontURL.FindSubmatch(m)[1]))
		if err != nil {
			return m
		}
		return []byte("url(data:font/woff2;base64," + base64.StdEncoding.EncodeToString(font) + ")")
	})
	return string(out), nil
}

// overviewData is what the overview's layout shows.
type overviewData struct {
	Workbook   *model.Workbook
	Style      template.CSS
	Priorities []overviewPriority
	Libraries  []*Library
	Files      int
	Refused    int
	Tickets    int
	Latest     string
	Notes      []string
	Rooms      []RoomRound
}

type overviewPriority struct {
	*model.Priority
	Projects []overviewProject
}

type overviewProject struct {
	*model.Card
	Libraries []*Library
}

// Overview renders the printable overview: per priority and project the
// number of libraries and their names (projects nobody chose too), then
// the libraries with their tickets and every message of the count.
func Overview(c *Count, style string) ([]byte, error) {
	d := overviewData{Workbook: c.Edition.Workbook, Style: template.CSS(style), Libraries: c.Libraries, Files: len(c.Files), Refused: len(c.Refused()), Rooms: c.Rooms()}
	var latest time.Time
	for _, l := range c.Libraries {
		d.Tickets += len(l.Cards)
		if t, _ := l.File.Moment(); t.After(latest) {
			latest = t
		}
	}
	d.Latest = dutch.Clock(latest)
	for _, p := range c.Edition.Workbook.Priorities {
		if !c.Edition.Eligible(p) {
			continue
		}
		op := overviewPriority{Priority: p}
		for _, card := range p.Cards {
			op.Projects = append(op.Projects, overviewProject{Card: card, Libraries: c.LibrariesFor(card)})
		}
		d.Priorities = append(d.Priorities, op)
	}
	for _, n := range c.Diagnostics() {
		d.Notes = append(d.Notes, Printable(n.String()))
	}
	var buf bytes.Buffer
	if err := overviewTemplate.Execute(&buf, d); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
