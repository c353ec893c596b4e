package content

import (
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/frontmatter"
	"github.com/probiblio/werkboek/generator/markdown"
	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/names"
)

// itemMeta is one entry under items: of a programme slot; in a slot with
// rounds, one option of the choice.
type itemMeta struct {
	Text     string             `yaml:"text"`
	Location string             `yaml:"location"`
	Time     string             `yaml:"time"`
	Priority string             `yaml:"priority"`
	Capacity *frontmatter.Whole `yaml:"capacity"`
}

// optionRef is an item that names a priority, to be resolved once the
// priorities are read.
type optionRef struct {
	item *model.SlotItem
	name string
	path string
}

// childNode returns the value of key in a mapping node, or nil.
func childNode(node *yaml.Node, key string) *yaml.Node {
	if node == nil || node.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(node.Content); i += 2 {
		if node.Content[i].Value == key {
			return node.Content[i+1]
		}
	}
	return nil
}

// readItems turns the items of a slot into model items, each with its own
// line; node is the slot's mapping node (nil when unknown), offset the line
// of the front matter and line the slot's line.
func (l *loader) readItems(metas []itemMeta, node *yaml.Node, offset, line int, r diag.Reporter) []model.SlotItem {
	seq := childNode(node, "items")
	var items []model.SlotItem
	for j, m := range metas {
		il := line
		if seq != nil && j < len(seq.Content) {
			il = offset + seq.Content[j].Line
		}
		it := model.SlotItem{Line: il, Text: strings.TrimSpace(m.Text), Location: strings.TrimSpace(m.Location), Capacity: int(m.Capacity.Value(0))}
		markdown.ScanFrontMatter(it.Text, "items.text", il, r)
		if it.Text == "" && strings.TrimSpace(m.Priority) == "" {
			r.Errorf(il, "onderdeel %d van items heeft geen tekst; voeg text: … toe (of priority: met de naam van een prioriteit)", j+1)
		}
		if m.Time != "" {
			if t, ok := normalTime(m.Time); ok {
				it.Time = t
			} else {
				r.Errorf(il, "tijd %q in items klopt niet; schrijf bijvoorbeeld time: \"11:00\"", m.Time)
			}
		}
		if m.Capacity != nil && (*m.Capacity < 1 || *m.Capacity > 10000) {
			r.Errorf(il, "capacity %d kan niet; schrijf hoeveel bezoekers de zaal per ronde kan hebben, een getal van 1 tot 10000, of laat capacity weg", int(*m.Capacity))
			it.Capacity = 0
		}
		items = append(items, it)
	}
	for j, m := range metas {
		if p := strings.TrimSpace(m.Priority); p != "" {
			l.optionRefs = append(l.optionRefs, optionRef{item: &items[j], name: p, path: r.Path})
		}
	}
	return items
}

// readRounds checks the rounds of a choice (valid times, in order, not
// before the slot) and sets them on the slot; it returns the time of the
// last round, which the next slot may not precede.
func readRounds(slot *model.Slot, rounds []string, node *yaml.Node, offset int, prev string, r diag.Reporter) string {
	line := slot.Line
	if n := childNode(node, "rounds"); n != nil {
		line = offset + n.Line
	}
	if len(rounds) == 0 {
		r.Errorf(line, "rounds is leeg; noem de tijden van de rondes, bijvoorbeeld rounds: [\"11:00\", \"11:35\", \"12:10\"]")
		return prev
	}
	last := slot.Time
	for _, s := range rounds {
		t, ok := normalTime(s)
		if !ok {
			r.Errorf(line, "ronde %q klopt niet; schrijf de tijden als uren:minuten tussen aanhalingstekens, bijvoorbeeld rounds: [\"11:00\", \"11:35\"]", s)
			return prev
		}
		if last != "" && t <= last && !(len(slot.Rounds) == 0 && t == slot.Time) {
			if len(slot.Rounds) == 0 {
				r.Errorf(line, "de eerste ronde (%s) begint vóór het onderdeel zelf (%s); zet time: op de tijd van de eerste ronde", t, slot.Time)
			} else {
				r.Errorf(line, "ronde %s komt na ronde %s; zet de rondes in de volgorde van de dag, elk op een eigen tijd", t, last)
			}
			return prev
		}
		slot.Rounds = append(slot.Rounds, t)
		last = t
	}
	if len(slot.Items) < 2 {
		r.Errorf(line, "een keuze heeft ten minste twee opties; zet ze onder items: met elk text: of priority: en location:")
	}
	for _, it := range slot.Items {
		if it.Location == "" {
			r.Errorf(it.Line, "deze optie heeft geen zaal; voeg location: toe, bijvoorbeeld location: Vergaderzaal 1")
		}
	}
	return last
}

// checkChoices resolves the priorities the options name, and gives every
// option of a choice its key: one priority and one key per choice, and
// no round time in two choices.
func (l *loader) checkChoices(wb *model.Workbook) {
	for _, ref := range l.optionRefs {
		r := diag.Reporter{Path: ref.path, List: &l.diags}
		p := findPriority(wb.Priorities, ref.name)
		if p == nil {
			var known []string
			for _, q := range wb.Priorities {
				known = append(known, q.Title)
			}
			r.Errorf(ref.item.Line, "de prioriteit %q bestaat niet; schrijf de titel van een prioriteit: %s", ref.name, strings.Join(known, ", "))
			continue
		}
		ref.item.Priority = p
		if ref.item.Text == "" {
			ref.item.Text = p.Title
		}
	}
	l.optionRefs = nil
	if wb.Schedule == nil {
		return
	}
	r := diag.Reporter{Path: wb.Schedule.Path, List: &l.diags}
	rounds := map[string]int{}
	for si := range wb.Schedule.Slots {
		s := &wb.Schedule.Slots[si]
		if !s.Choice() {
			continue
		}
		for _, t := range s.Rounds {
			if other, ok := rounds[t]; ok {
				r.Errorf(s.Line, "de ronde om %s staat ook bij het onderdeel op regel %d; een Bibliotheek kan maar één ding tegelijk bezoeken: geef de rondes verschillende tijden", t, other)
			}
			rounds[t] = s.Line
		}
		keys := map[string]int{}
		for j := range s.Items {
			it := &s.Items[j]
			it.Key = names.Slugify(it.Text)
			if it.Priority != nil {
				it.Key = it.Priority.Slug
			}
			if it.Key == "" {
				continue
			}
			if other, ok := keys[it.Key]; ok {
				what := "deze optie heet hetzelfde als die op regel %d; geef elke optie een eigen text:"
				if it.Priority != nil {
					what = "deze prioriteit staat al op regel %d; een prioriteit is in een keuze maar één optie"
				}
				r.Errorf(it.Line, what, other)
				continue
			}
			keys[it.Key] = it.Line
		}
	}
}

// findPriority finds a priority by its title, slug or folder name.
func findPriority(prios []*model.Priority, name string) *model.Priority {
	key := names.Key(name)
	for _, p := range prios {
		if key == names.Key(p.Title) || key == names.Key(p.Slug) || key == names.Key(p.Dir) {
			return p
		}
	}
	return nil
}
