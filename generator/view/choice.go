package view

import (
	"strconv"

	"github.com/probiblio/werkboek/generator/model"
)

// Choice is a slot of the programme that is a choice (the market), as
// the plan form shows it: per round the options with their rooms.
type Choice struct {
	Slot   *model.Slot
	Rounds []Round
}

// Round is one round of a choice.
type Round struct {
	Number int    // 1-based
	Time   string // "11:00"
	Label  string // "Ronde 1, 11:00", or only the time for a single round
	Name   string // the form's name for the round's options
}

// Choices returns the choices of the programme in the order of the day;
// nil when there is no programme or it has no choice.
func (s *ScheduleView) Choices() []Choice {
	if s == nil {
		return nil
	}
	var out []Choice
	for i := range s.Slots {
		slot := &s.Slots[i]
		if !slot.Choice() {
			continue
		}
		c := Choice{Slot: slot}
		for n, t := range slot.Rounds {
			r := Round{Number: n + 1, Time: t, Label: t, Name: "markt-" + t}
			if len(slot.Rounds) > 1 {
				r.Label = "Ronde " + strconv.Itoa(n+1) + ", " + t
			}
			c.Rounds = append(c.Rounds, r)
		}
		out = append(out, c)
	}
	return out
}
