package tickets

import (
	"fmt"
	"strconv"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/markdown"
	"github.com/probiblio/werkboek/generator/model"
)

// RoomsFile is the count of the rooms: per round and option how many
// libraries plan to come.
const RoomsFile = "zalen-per-ronde.csv"

// RoomRound is one choice of the programme in one round: its options
// with the libraries that plan to visit them.
type RoomRound struct {
	Choice *model.Slot
	Number int    // 1-based round of the choice
	Time   string // the round's time
	// Activity is the choice's activity as plain text.
	Activity string
	Options  []RoomCount
}

// RoomCount is one option (a room) in one round.
type RoomCount struct {
	Option    *model.SlotItem
	Libraries []*Library
}

// Visitors is how many libraries plan to visit the room in the round.
func (rc RoomCount) Visitors() int { return len(rc.Libraries) }

// Over reports whether more libraries come than the room takes.
func (rc RoomCount) Over() bool {
	return rc.Option.Capacity > 0 && rc.Visitors() > rc.Option.Capacity
}

// Rooms returns every round of every choice of the programme, in the
// order of the day, with the libraries counted in each room; nil when the
// programme has no choice.
func (c *Count) Rooms() []RoomRound {
	s := c.Edition.Workbook.Schedule
	if s == nil {
		return nil
	}
	var out []RoomRound
	for i := range s.Slots {
		slot := &s.Slots[i]
		for n, t := range slot.Rounds {
			rr := RoomRound{Choice: slot, Number: n + 1, Time: t, Activity: plainActivity(slot)}
			for j := range slot.Items {
				rc := RoomCount{Option: &slot.Items[j]}
				for _, l := range c.Libraries {
					for _, v := range l.Plan {
						if v.Round == t && v.Option == rc.Option {
							rc.Libraries = append(rc.Libraries, l)
						}
					}
				}
				rr.Options = append(rr.Options, rc)
			}
			out = append(out, rr)
		}
	}
	return out
}

// noteRooms warns, at the option's line in programma.md, of every room
// that more libraries plan to visit in a round than its capacity.
func (c *Count) noteRooms() {
	for _, rr := range c.Rooms() {
		for _, rc := range rr.Options {
			if rc.Over() {
				c.Notes = append(c.Notes, diag.Diagnostic{
					Path: c.Edition.Workbook.Schedule.Path, Line: rc.Option.Line, Warning: true,
					Message: fmt.Sprintf("%s in ronde %d (%s): %d Bibliotheken willen komen, de zaal heeft plaats voor %d (capacity); verwijs er een paar naar een andere ronde, of neem een grotere zaal", rc.Option.Location, rr.Number, rr.Time, rc.Visitors(), rc.Option.Capacity),
				})
			}
		}
	}
}

// roomsCSV writes the rooms table: a row per round and option.
func roomsCSV(c *Count) []byte {
	rows := [][]string{{"Tijd", "Ronde", "Onderdeel", "Keuze", "Zaal", "Aantal bibliotheken", "Capaciteit", "Te vol", "Bibliotheken"}}
	for _, rr := range c.Rooms() {
		for _, rc := range rr.Options {
			capacity, over := "", ""
			if rc.Option.Capacity > 0 {
				capacity = strconv.Itoa(rc.Option.Capacity)
			}
			if rc.Over() {
				over = "ja"
			}
			rows = append(rows, []string{rr.Time, strconv.Itoa(rr.Number), rr.Activity, rc.Option.Text, rc.Option.Location, strconv.Itoa(rc.Visitors()), capacity, over, libraryNames(rc.Libraries)})
		}
	}
	return spreadsheet(rows)
}

// plainActivity is a slot's activity without Markdown markup.
func plainActivity(s *model.Slot) string { return markdown.PlainText([]byte(s.Activity)) }
