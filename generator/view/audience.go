package view

import (
	"strings"

	"github.com/probiblio/werkboek/generator/names"
)

// audienceWords map the start of a word in a card's Doelgroep to the
// target group a reader can filter on.
var audienceWords = []struct{ prefix, group string }{
	{"jeugd", "Jeugd"}, {"kinder", "Jeugd"}, {"jongere", "Jeugd"}, {"leerling", "Jeugd"}, {"scholier", "Jeugd"}, {"peuter", "Jeugd"},
	{"volwassen", "Volwassenen"}, {"laaggeletterd", "Volwassenen"}, {"digibet", "Volwassenen"},
	{"senior", "Senioren"}, {"ouderen", "Senioren"},
	{"medewerker", "Medewerkers"}, {"bibliotheekmedewerker", "Medewerkers"}, {"directie", "Medewerkers"}, {"vrijwilliger", "Medewerkers"},
	{"inwoner", "Inwoners"}, {"burger", "Inwoners"}, {"bezoeker", "Inwoners"},
	{"partner", "Partners"}, {"gemeente", "Partners"}, {"bedrij", "Partners"}, {"instelling", "Partners"}, {"provincie", "Partners"}, {"onderwijs", "Partners"},
}

// Audiences lists the target groups named in a Doelgroep text, in the
// order of first mention; "Overig" when none is recognised.
func Audiences(doelgroep string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(names.Fold(doelgroep), func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
		for _, a := range audienceWords {
			if strings.HasPrefix(w, a.prefix) && !contains(out, a.group) {
				out = append(out, a.group)
			}
		}
	}
	if len(out) == 0 {
		out = []string{"Overig"}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
