package content

import (
	"fmt"
	"net/mail"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/frontmatter"
	"github.com/probiblio/werkboek/generator/markdown"
	"github.com/probiblio/werkboek/generator/model"
	"go.yaml.in/yaml/v3"
)

// textOf is the body of d as a text of the file at path.
func textOf(d *frontmatter.Document, path string) model.Text {
	return model.Text{Path: path, Line: d.BodyLine, Markdown: d.Body}
}

type rootMeta struct {
	Title        string        `yaml:"title"`
	Edition      string        `yaml:"edition"`
	Description  string        `yaml:"description"`
	BaseURL      string        `yaml:"baseURL"`
	Language     string        `yaml:"language"`
	Organisation string        `yaml:"organisation"`
	Event        model.Event   `yaml:"event"`
	Contact      model.Contact `yaml:"contact"`
}

var (
	dateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	timeRE = regexp.MustCompile(`^(\d{1,2})[:.](\d{2})$`)
)

// normalTime accepts "9:30", "09.30" and "09:30" and returns "09:30".
func normalTime(s string) (string, bool) {
	m := timeRE.FindStringSubmatch(strings.TrimSuffix(strings.TrimSpace(s), "u"))
	if m == nil {
		return "", false
	}
	var h, min int
	fmt.Sscanf(m[1], "%d", &h)
	fmt.Sscanf(m[2], "%d", &min)
	if h > 23 || min > 59 {
		return "", false
	}
	return fmt.Sprintf("%02d:%02d", h, min), true
}

func (l *loader) loadRoot(wb *model.Workbook) {
	name := "_index.md"
	r := diag.Reporter{Path: l.display(name), List: &l.diags}
	doc := l.file(name, &l.diags)
	if doc == nil {
		return
	}
	var m rootMeta
	if !frontmatter.Decode(doc, &m, r) {
		return
	}
	if strings.TrimSpace(m.Title) == "" {
		r.Errorf(doc.Line("title"), "de titel ontbreekt; zet in de front matter bijvoorbeeld: title: Praat mee over innovatieve projecten %d", l.opts.Now.Year())
	}
	wb.Title, wb.Edition, wb.Description, wb.Organisation = m.Title, m.Edition, m.Description, m.Organisation
	wb.Event, wb.Contact = m.Event, m.Contact
	if m.Language != "" {
		wb.Language = m.Language
	}
	if m.BaseURL != "" {
		if u, err := NormalizeBaseURL(m.BaseURL); err != nil {
			r.Errorf(doc.Line("baseURL"), "baseURL: %v", err)
		} else {
			wb.BaseURL = u
		}
	}
	if e := m.Event; e.Date != "" {
		d, err := time.Parse("2006-01-02", e.Date)
		switch {
		case err != nil || !dateRE.MatchString(e.Date):
			r.Errorf(doc.Line("event", "date"), "datum %q klopt niet; schrijf jaar-maand-dag, bijvoorbeeld date: %d-09-21", e.Date, l.opts.Now.Year()+1)
		case d.Before(l.today()):
			r.Warnf(doc.Line("event", "date"), "de datum van de dag, %s, is voorbij; zet hier de datum van de komende dag (jaar-maand-dag), anders noemen de site en het agendabestand een dag die al geweest is", e.Date)
		}
	}
	for _, k := range []struct {
		key string
		val *string
	}{{"start", &wb.Event.Start}, {"end", &wb.Event.End}} {
		if *k.val == "" {
			continue
		}
		if t, ok := normalTime(*k.val); ok {
			*k.val = t
		} else {
			r.Errorf(doc.Line("event", k.key), "tijd %q klopt niet; schrijf uren:minuten tussen aanhalingstekens, bijvoorbeeld %s: \"09:30\"", *k.val, k.key)
		}
	}
	if reg := m.Event.Registration; reg != "" && !webURL(reg) {
		r.Errorf(doc.Line("event", "registration"), "registration %q is geen webadres; schrijf het volledig, bijvoorbeeld https://www.probiblio.nl/agenda", reg)
	}
	if em := m.Contact.Email; em != "" {
		if a, err := mail.ParseAddress(em); err != nil || a.Address != em {
			r.Errorf(doc.Line("contact", "email"), "e-mailadres %q klopt niet; schrijf bijvoorbeeld email: naam@probiblio.nl", em)
		}
	}
	wb.Intro = textOf(doc, l.display(name))
	scanText(&wb.Intro, r)
}

func webURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}

type pageMeta struct {
	Title       string `yaml:"title"`
	Description string `yaml:"description"`
}

func (l *loader) loadPage(name string, p *model.Page) *frontmatter.Document {
	r := diag.Reporter{Path: l.display(name), List: &l.diags}
	doc := l.file(name, &l.diags)
	if doc == nil {
		return nil
	}
	var m pageMeta
	frontmatter.Decode(doc, &m, r)
	if m.Title != "" {
		p.Title = m.Title
	}
	p.Description = strings.TrimSpace(m.Description)
	p.Body = textOf(doc, l.display(name))
	scanText(&p.Body, r)
	return doc
}

type slotMeta struct {
	Time     string     `yaml:"time"`
	Activity string     `yaml:"activity"`
	Speakers []string   `yaml:"speakers"`
	Location string     `yaml:"location"`
	Items    []itemMeta `yaml:"items"`
	Rounds   []string   `yaml:"rounds"`
}

type scheduleMeta struct {
	Title       string     `yaml:"title"`
	Description string     `yaml:"description"`
	Schedule    []slotMeta `yaml:"schedule"`
}

func (l *loader) loadSchedule(name string) *model.Schedule {
	r := diag.Reporter{Path: l.display(name), List: &l.diags}
	doc := l.file(name, &l.diags)
	if doc == nil {
		return nil
	}
	var m scheduleMeta
	if !frontmatter.Decode(doc, &m, r) {
		return nil
	}
	s := &model.Schedule{Page: model.Page{Path: l.display(name), Title: "Programma", Description: strings.TrimSpace(m.Description), Body: textOf(doc, l.display(name))}}
	scanText(&s.Body, r)
	if m.Title != "" {
		s.Title = m.Title
	}
	var seq *yaml.Node
	for i := 0; i+1 < len(doc.Meta.Content); i += 2 {
		if doc.Meta.Content[i].Value == "schedule" {
			seq = doc.Meta.Content[i+1]
		}
	}
	if len(m.Schedule) == 0 {
		r.Warnf(doc.Line("schedule"), "het programma heeft geen onderdelen; voeg onder schedule: regels toe als \"- time: \\\"09:30\\\"\" met activity: …")
	}
	prev := ""
	for i, sm := range m.Schedule {
		line := doc.MetaLine
		if seq != nil && i < len(seq.Content) {
			line += seq.Content[i].Line
		}
		slot := model.Slot{Line: line, Activity: strings.TrimSpace(sm.Activity), Speakers: sm.Speakers, Location: sm.Location}
		t, ok := normalTime(sm.Time)
		switch {
		case sm.Time == "":
			r.Errorf(line, "dit programmaonderdeel heeft geen tijd; voeg toe: time: \"09:30\"")
		case !ok:
			r.Errorf(line, "tijd %q klopt niet; schrijf uren:minuten tussen aanhalingstekens, bijvoorbeeld time: \"09:30\"", sm.Time)
		default:
			slot.Time = t
			if prev != "" && t < prev {
				r.Warnf(line, "%s komt na %s; klopt de volgorde van het programma?", t, prev)
			}
			prev = t
		}
		if slot.Activity == "" {
			r.Errorf(line, "dit programmaonderdeel heeft geen activiteit; voeg toe: activity: Opening")
		}
		markdown.ScanFrontMatter(slot.Activity, "activity", line, r)
		var node *yaml.Node
		if seq != nil && i < len(seq.Content) {
			node = seq.Content[i]
		}
		slot.Items = l.readItems(sm.Items, node, doc.MetaLine, line, r)
		if sm.Rounds != nil {
			prev = readRounds(&slot, sm.Rounds, node, doc.MetaLine, prev, r)
		}
		s.Slots = append(s.Slots, slot)
	}
	return s
}

type ticketMeta struct {
	Title       string             `yaml:"title"`
	Description string             `yaml:"description"`
	Max         *frontmatter.Whole `yaml:"max" range:"1..20"`
	Fields      []string           `yaml:"fields"`
	Eligible    []string           `yaml:"eligible"`
	Closes      string             `yaml:"closes"`
	Capacity    *frontmatter.Whole `yaml:"capacity" range:"1..1000"`
}

func (l *loader) loadTickets(name string, t *model.Tickets) *frontmatter.Document {
	r := diag.Reporter{Path: l.display(name), List: &l.diags}
	doc := l.file(name, &l.diags)
	if doc == nil {
		return nil
	}
	var m ticketMeta
	if !frontmatter.Decode(doc, &m, r) {
		return nil
	}
	if m.Title != "" {
		t.Title = m.Title
	}
	t.Max = m.Max.Value(t.Max)
	t.Description = strings.TrimSpace(m.Description)
	if m.Fields != nil {
		t.Fields = nil
		for _, f := range m.Fields {
			if f = strings.TrimSpace(f); f != "" {
				t.Fields = append(t.Fields, f)
			}
		}
		if len(t.Fields) == 0 {
			r.Errorf(doc.Line("fields"), "fields is leeg; noem de velden van een ticket, bijvoorbeeld fields: [Prioriteit, Onderwerp, Bibliotheek]")
		}
	}
	t.Eligible = m.Eligible
	readClosing(doc, &m, t, l.opts.Now.Year(), r)
	t.Body = textOf(doc, l.display(name))
	scanText(&t.Body, r)
	return doc
}

// checkEligible reports ticket rules naming priority folders that do not
// exist.
func (l *loader) checkEligible(wb *model.Workbook, doc *frontmatter.Document) {
	if doc == nil || len(wb.Tickets.Eligible) == 0 || l.pending["prioriteiten"] {
		return
	}
	r := diag.Reporter{Path: wb.Tickets.Path, List: &l.diags}
	dirs := slices.Clone(l.brokenDirs)
	for _, p := range wb.Priorities {
		dirs = append(dirs, p.Dir)
	}
	for _, e := range wb.Tickets.Eligible {
		found := false
		for _, d := range dirs {
			found = found || d == e
		}
		if !found {
			r.Errorf(doc.Line("eligible"), "eligible noemt %q, maar die prioriteitsmap bestaat niet; kies uit: %s", e, strings.Join(dirs, ", "))
		}
	}
}

// today is the start of the day of Options.Now in UTC, the zone event
// dates are read in.
func (l *loader) today() time.Time {
	y, m, d := l.opts.Now.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
