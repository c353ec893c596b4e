package participants

import (
	"bytes"
	"strings"

	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/names"
)

// RoomKey is how the participants file names one option of a choice in
// one round: "11:00 jeugd-en-onderwijs" (the round's time and the
// option's key).
func RoomKey(round string, option *model.SlotItem) string { return round + " " + option.Key }

// rounds returns every round of every choice of the programme with its
// options, in the order of the day, as the keys of "zalen".
func rounds(wb *model.Workbook) (keys []string, options map[string]*model.SlotItem) {
	options = map[string]*model.SlotItem{}
	if wb.Schedule == nil {
		return nil, options
	}
	for i := range wb.Schedule.Slots {
		s := &wb.Schedule.Slots[i]
		for _, t := range s.Rounds {
			for j := range s.Items {
				k := RoomKey(t, &s.Items[j])
				keys = append(keys, k)
				options[k] = &s.Items[j]
			}
		}
	}
	return keys, options
}

// writeRooms writes "zalen": per round and option the libraries that
// plan to visit it; nothing when the programme has no choice, so the
// file of such an edition is as it was.
func writeRooms(b *bytes.Buffer, wb *model.Workbook, p *model.Participants) {
	keys, _ := rounds(wb)
	if len(keys) == 0 {
		return
	}
	b.WriteString(",\n  \"zalen\": {")
	for i, k := range keys {
		var libs []string
		for _, l := range p.Libraries {
			for _, v := range l.Plan {
				if RoomKey(v.Round, v.Option) == k {
					libs = append(libs, l.Name)
				}
			}
		}
		writeEntry(b, i, k, libs)
	}
	b.WriteString(closeObject(len(keys)))
}

// rooms checks "zalen": every key a round and option of the programme,
// every name a library the file counts, a library once per round.
func (c *participantsCheck) rooms(s rawSection) {
	_, options := rounds(c.wb)
	inRound := map[string]int{} // library key + round → line
	for _, list := range s.lists {
		k := strings.Join(strings.Fields(list.key.value), " ")
		opt := options[k]
		if opt == nil {
			c.r.Errorf(list.key.line, "%q is geen ronde en keuze van het programma (zoals \"11:00 jeugd-en-onderwijs\": de tijd van een ronde in programma.md en de slug van een prioriteit of optie); %s", list.key.value, Remake)
			continue
		}
		round, _, _ := strings.Cut(k, " ")
		for _, n := range c.names(list, "in deze zaal") {
			p := c.libs[names.Key(n.value)]
			if p == nil {
				c.r.Errorf(n.line, "%q staat niet bij \"projecten\" of \"bibliotheken\"; noem alleen Bibliotheken die geteld zijn, of %s", n.value, Remake)
				continue
			}
			if at, dup := inRound[names.Key(n.value)+" "+round]; dup {
				c.r.Errorf(n.line, "%q staat in de ronde om %s al op regel %d; een Bibliotheek is per ronde in één zaal: haal een van beide weg", n.value, round, at)
				continue
			}
			inRound[names.Key(n.value)+" "+round] = n.line
			p.Plan = append(p.Plan, model.Visit{Round: round, Option: opt})
		}
	}
}
