package tickets

import (
	"encoding/json"
	"strings"

	"github.com/probiblio/werkboek/generator/jsonpos"
	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/names"
)

// Visit is one round of a library's plan for the choices of the
// programme (the market), as the file writes it: the round's time and
// the option's key ("11:00 jeugd-en-onderwijs"). The plan is an optional
// part of werkboek-tickets 1: "markt" in JSON, the column Markt of the
// CSV, "markt:" lines in the block of a mail. Readers that do not know it
// skip it (see formaat.md).
type Visit struct {
	Line   int
	Round  string // "11:00"
	ID     string // the option's key
	Option *model.SlotItem
	Choice *model.Slot
}

// keptVisits is how many visits of one file are read: more than any
// programme has rounds.
const keptVisits = 100

// addVisit records a visit written as "11:00 jeugd-en-onderwijs".
func (r *Return) addVisit(line int, s string, rep *reporter) {
	round, id, _ := strings.Cut(strings.TrimSpace(s), " ")
	id = strings.TrimSpace(id)
	if round == "" {
		return
	}
	if id == "" {
		rep.warnf(line, "het marktplan noemt bij %s geen keuze; die ronde telt niet mee", show(round))
		return
	}
	if len(r.Plan) < keptVisits {
		r.Plan = append(r.Plan, Visit{Line: line, Round: strings.Clone(round), ID: strings.Clone(id)})
	}
}

// jsonPlan reads "markt": a list of {"ronde": "11:00", "id": "…"}; the
// other keys of a visit (the option's text and room, for people) are
// skipped.
func jsonPlan(r *Return, v json.RawMessage, line int, rep *reporter) {
	var visits []map[string]json.RawMessage
	if err := json.Unmarshal(v, &visits); err != nil {
		rep.warnf(line, "\"markt\" moet een lijst zijn van { \"ronde\": \"11:00\", \"id\": … }; het marktplan telt niet mee")
		return
	}
	for _, m := range visits {
		round, _ := jsonpos.Text(m["ronde"])
		id, _ := jsonpos.Text(m["id"])
		r.addVisit(line, round+" "+id, rep)
	}
}

// csvPlan reads the column Markt: "11:00 jeugd-en-onderwijs, 11:35 …".
func csvPlan(r *Return, cell string, line int, rep *reporter) {
	for _, v := range strings.Split(cell, ",") {
		r.addVisit(line, v, rep)
	}
}

// checkPlan resolves the visits of a plan to the options of the
// programme's choices. A visit the programme does not know, a second
// visit in one round and a priority visited twice in one choice are
// warned about and left out: the tickets count all the same.
func (e *Edition) checkPlan(r *Return, rep *reporter) {
	if len(r.Plan) == 0 {
		return
	}
	rounds := map[string]*model.Slot{}
	if s := e.Workbook.Schedule; s != nil {
		for i := range s.Slots {
			for _, t := range s.Slots[i].Rounds {
				rounds[t] = &s.Slots[i]
			}
		}
	}
	var kept []Visit
	taken := map[string]bool{}
	visited := map[*model.Slot]map[*model.SlotItem]bool{}
	for _, v := range r.Plan {
		slot := rounds[v.Round]
		if t, ok := normalRound(v.Round); ok && slot == nil {
			slot, v.Round = rounds[t], t
		}
		if slot == nil {
			rep.warnf(v.Line, "het programma heeft geen ronde om %s; die ronde van het marktplan telt niet mee", show(v.Round))
			continue
		}
		var opt *model.SlotItem
		for i := range slot.Items {
			it := &slot.Items[i]
			if it.Key == v.ID || names.Key(it.Text) == names.Key(v.ID) {
				opt = it
			}
		}
		switch {
		case opt == nil:
			rep.warnf(v.Line, "in de ronde om %s is %s geen keuze van het programma; die ronde van het marktplan telt niet mee", v.Round, show(v.ID))
			continue
		case taken[v.Round]:
			rep.warnf(v.Line, "de ronde om %s staat twee keer in het marktplan; de eerste telt", v.Round)
			continue
		case visited[slot][opt]:
			rep.warnf(v.Line, "%s staat twee keer in het marktplan; een keuze wordt maar in één ronde bezocht: de eerste telt", show(opt.Text))
			continue
		}
		taken[v.Round] = true
		if visited[slot] == nil {
			visited[slot] = map[*model.SlotItem]bool{}
		}
		visited[slot][opt] = true
		v.Option, v.Choice = opt, slot
		kept = append(kept, v)
	}
	r.Plan = kept
}

// normalRound accepts "9:30" for "09:30".
func normalRound(s string) (string, bool) {
	h, m, ok := strings.Cut(s, ":")
	if !ok || len(h) != 1 || len(m) != 2 {
		return "", false
	}
	return "0" + s, true
}
