package testsite

import (
	"fmt"
	"time"

	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/participants"
)

// towns begin the names ManyParticipants gives, so that the names start
// with many letters, as a real count's do.
var towns = []string{
	"Bibliotheek Aa en Hunze", "Openbare Bibliotheek Zaanstad", "De Bibliotheek Utrecht",
	"Kennispunt Dordrecht", "Huis van Cultuur Enschede", "Mediatheek Lelystad",
	"Cultuurhuis Goes", "Rijnbrink Arnhem", "Stadsbibliotheek Haarlem", "Noord-Veluwe",
	"Theek 5 Oosterhout", "Ielândsk Fryslân", "Wereldbibliotheek Venlo", "Xenia Maastricht",
	"Quatre Bras Tilburg", "Je Bieb Yerseke", "Probiblio Hoofddorp", "Mijn Bieb Meppel",
	"Centrale Bibliotheek Capelle", "Idee Ijsselstein", "Plein Purmerend", "Kopgroep Schagen",
}

// ManyParticipants is a participants file for wb, as werkboek tickets
// tel writes it, in which n libraries with names of many first letters
// chose projects tickets may name, spread evenly: every tenth library
// three (as tickets.md allows), the others one.
func ManyParticipants(wb *model.Workbook, n int) []byte {
	var projects []*model.Card
	for _, c := range wb.Cards() {
		if wb.Tickets.Allows(c.Priority) {
			projects = append(projects, c)
		}
	}
	libs := make([]*model.Participant, n)
	for i := range libs {
		lib := &model.Participant{Name: fmt.Sprintf("%s %05d", towns[i%len(towns)], i)}
		tickets := 1
		if i%10 == 0 {
			tickets = 3
		}
		for k := range min(tickets, wb.Tickets.Max, len(projects)) {
			lib.Cards = append(lib.Cards, projects[(i+k*7)%len(projects)])
		}
		libs[i] = lib
	}
	counted := time.Date(2016, 9, 19, 17, 0, 0, 0, time.UTC)
	return participants.Write(wb, model.NewParticipants(participants.File, wb.Edition, counted, libs))
}
