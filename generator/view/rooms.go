package view

import "github.com/probiblio/werkboek/generator/model"

// RoomRoundView is one round of a choice of the programme on the page of
// participants: its options (rooms) with the libraries that plan to come.
type RoomRoundView struct {
	Label    string // "Ronde 1, 11:00"
	Activity string // the choice's activity (Markdown on one line)
	Options  []RoomView
}

// RoomView is one option of a round.
type RoomView struct {
	Option    *model.SlotItem
	Libraries []*LibraryView
}

// Over reports whether more libraries plan to come than the room takes.
func (r RoomView) Over() bool {
	return r.Option.Capacity > 0 && len(r.Libraries) > r.Option.Capacity
}

// roomsView makes the rooms per round from the libraries' plans; nil
// when no library has a plan.
func roomsView(p *model.Participants, s *ScheduleView, byLib map[*model.Participant]*LibraryView) []RoomRoundView {
	planned := false
	for _, lib := range p.Libraries {
		planned = planned || len(lib.Plan) > 0
	}
	if !planned {
		return nil
	}
	var out []RoomRoundView
	for _, c := range s.Choices() {
		for _, r := range c.Rounds {
			rv := RoomRoundView{Label: r.Label, Activity: c.Slot.Activity}
			for i := range c.Slot.Items {
				room := RoomView{Option: &c.Slot.Items[i]}
				for _, lib := range p.Libraries {
					for _, v := range lib.Plan {
						if v.Round == r.Time && v.Option == room.Option {
							room.Libraries = append(room.Libraries, byLib[lib])
						}
					}
				}
				rv.Options = append(rv.Options, room)
			}
			out = append(out, rv)
		}
	}
	return out
}
