package corpus

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// gen composes Dutch-like text from the vocabulary with a seeded PCG source.
type gen struct {
	r *rand.Rand
}

// newGen returns a generator whose output depends only on seed.
func newGen(seed int64) *gen {
	return &gen{r: rand.New(rand.NewPCG(uint64(seed), 0x7765726b626f656b))}
}

// intn returns a number in [0, n).
func (g *gen) intn(n int) int { return g.r.IntN(n) }

// between returns a number in [lo, hi].
func (g *gen) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// pick returns a random element of list.
func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

// chance reports true with probability 1 in n.
func (g *gen) chance(n int) bool { return g.r.IntN(n) == 0 }

// em wraps s in Markdown emphasis now and then.
func (g *gen) em(s string) string {
	if g.chance(14) {
		return "*" + s + "*"
	}
	return s
}

func (g *gen) group() string     { return g.em(g.pick(groups)) }
func (g *gen) place() string     { return g.pick(places) }
func (g *gen) partner() string   { return g.pick(partners) }
func (g *gen) product() noun     { return products[g.intn(len(products))] }
func (g *gen) adj() adjective    { return adjectives[g.intn(len(adjectives))] }
func (g *gen) verb() verb        { return verbs[g.intn(len(verbs))] }
func (g *gen) abstract() noun    { return abstracts[g.intn(len(abstracts))] }
func (g *gen) abs() string       { return g.em(g.abstract().word) }
func (g *gen) absDef() string    { a := g.abstract(); return a.art + " " + a.word }
func (g *gen) def(n noun) string { return n.art + " " + n.word }

// bare returns an adjective and noun without article: "digitale toolkit",
// "digitaal programma".
func bare(a adjective, n noun) string {
	if n.art == "het" {
		return a.bare + " " + n.word
	}
	return a.infl + " " + n.word
}

// indef returns an indefinite noun phrase with an adjective.
func (g *gen) indef() string { return "een " + bare(g.adj(), g.product()) }

// relPronoun returns "dat" for het-nouns and "die" for de-nouns.
func relPronoun(n noun) string {
	if n.art == "het" {
		return "dat"
	}
	return "die"
}

// capFirst upper-cases the first letter of s, skipping leading emphasis.
func capFirst(s string) string {
	prefix := ""
	if strings.HasPrefix(s, "*") {
		prefix, s = "*", s[1:]
	}
	r, size := utf8.DecodeRuneInString(s)
	return prefix + string(unicode.ToUpper(r)) + s[size:]
}

// sentence capitalises s and makes sure it ends with a full stop.
func sentence(s string) string {
	s = capFirst(s)
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// template produces one sentence (without final punctuation being required).
type template func(g *gen) string

// sectionTemplates holds, per card section, the sentence patterns to use.
var sectionTemplates = [4][]template{
	{ // Doelgroep
		func(g *gen) string { return g.group() + " " + g.pick(qualifiers) },
		func(g *gen) string { return g.group() + " en " + g.group() + " " + g.place() },
		func(g *gen) string { return "de nadruk ligt op " + g.group() + " die " + g.pick(relatives) },
		func(g *gen) string { return "ook " + g.group() + " " + g.pick(qualifiers) + " horen bij de doelgroep" },
		func(g *gen) string { return "het project richt zich daarnaast op " + g.group() + " " + g.place() },
		func(g *gen) string { return "bereikt worden vooral " + g.group() + " die " + g.pick(relatives) },
	},
	{ // Effect voor de doelgroep
		func(g *gen) string { return "de doelgroep is gestimuleerd tot " + g.abs() + " en " + g.abs() },
		func(g *gen) string {
			return g.group() + " hebben hun " + g.abs() + " dankzij de dienstverlening van de Bibliotheek vergroot"
		},
		func(g *gen) string { return g.group() + " ervaren meer " + g.abs() + " " + g.place() },
		func(g *gen) string {
			return "de deelnemers weten de Bibliotheek beter te vinden voor vragen over " + g.abs()
		},
		func(g *gen) string {
			return g.group() + " voelen zich " + g.pick(states) + " en nemen vaker deel aan " + g.def(g.product())
		},
		func(g *gen) string {
			return g.absDef() + " van " + g.group() + " is " + g.pick(times) + " aantoonbaar toegenomen"
		},
		func(g *gen) string {
			return g.group() + " zijn " + g.pick(states) + " door " + g.indef() + " " + g.place()
		},
	},
	{ // Doel van de Bibliotheek
		func(g *gen) string {
			return "de Bibliotheek heeft " + g.pick(percents) + " van de " + g.group() + " " + g.place() +
				" bereikt met " + g.indef()
		},
		func(g *gen) string {
			return "de Bibliotheek is " + g.pick(times) + " een vaste partner van " + g.partner() +
				" op het gebied van " + g.abs()
		},
		func(g *gen) string {
			return "de Bibliotheek positioneert zich als " + g.adj().infl + " partner voor " + g.abs() + " " + g.place()
		},
		func(g *gen) string {
			return "de Bibliotheek werkt structureel samen met " + g.partner() + " en " + g.partner() + " aan " + g.abs()
		},
		func(g *gen) string {
			return g.pick(times) + " heeft de Bibliotheek " + g.def(g.product()) + " " + g.verb().pp + " en " + g.verb().pp
		},
		func(g *gen) string {
			return "de Bibliotheek maakt " + g.abs() + " zichtbaar als onderdeel van haar " + g.adj().infl + " dienstverlening"
		},
	},
	{ // Resultaat
		func(g *gen) string { return "de Bibliotheek beschikt over " + g.indef() + " voor " + g.group() },
		func(g *gen) string {
			return "bezoek en gebruik van " + g.def(g.product()) + " door " + g.group() + " is met " + g.pick(percents) + " toegenomen"
		},
		func(g *gen) string {
			n := g.product()
			return "er is een " + bare(g.adj(), n) + " " + g.verb().pp + " " + relPronoun(n) +
				" andere bibliotheken direct kunnen gebruiken"
		},
		func(g *gen) string {
			return g.pick(counts) + " bibliotheken hebben " + g.def(g.product()) + " " + g.verb().pp + " en hun ervaringen gedeeld"
		},
		func(g *gen) string {
			return "de resultaten zijn vastgelegd in " + g.indef() + "; zie ook [" + g.pick(linkTexts) +
				"](https://example.org/" + strconv.Itoa(g.between(1, 999)) + ")"
		},
		func(g *gen) string {
			return "medewerkers zijn toegerust om " + g.absDef() + " " + g.place() + " te ondersteunen"
		},
	},
}

// topicTemplates are the patterns for the "Mogelijke onderwerpen" list.
var topicTemplates = []template{
	func(g *gen) string { return g.indef() + " " + g.verb().inf + " voor " + g.group() },
	func(g *gen) string { return g.abstract().word + " " + g.place() + " " + g.pick(topicVerbs) },
	func(g *gen) string { return "samenwerking met " + g.partner() + " " + g.pick(topicVerbs) },
	func(g *gen) string { return "acties verzamelen en uitwerken voor inzet " + g.place() },
	func(g *gen) string { return "medewerkers trainen in " + g.abs() },
	func(g *gen) string { return g.def(g.product()) + " " + g.verb().inf + " met " + g.partner() },
	func(g *gen) string { return "subsidies verwerven voor " + g.abs() + " en " + g.abs() },
	func(g *gen) string { return "ervaringen van " + g.group() + " verzamelen en " + g.pick(shareVerbs) },
}

var (
	topicVerbs = []string{"versterken", "verbreden", "verkennen", "opzetten", "vernieuwen"}
	shareVerbs = []string{"delen", "analyseren", "publiceren", "bespreken"}
)

// titleTemplates are the patterns for card titles; some contain a colon.
var titleTemplates = []template{
	func(g *gen) string { return g.product().word + ": " + g.abstract().word + " voor " + g.pick(groups) },
	func(g *gen) string { return bare(g.adj(), g.product()) + " voor " + g.pick(groups) },
	func(g *gen) string { return g.abstract().word + " " + g.place() },
	func(g *gen) string { return "samen aan de slag met " + g.abstract().word + " " + g.place() },
	func(g *gen) string {
		return bare(g.adj(), g.product()) + ": " + g.abstract().word + " en " + g.abstract().word
	},
	func(g *gen) string { return g.pick(groups) + " en " + g.abstract().word },
	func(g *gen) string { return "project \"" + g.product().word + "\" " + g.place() },
}

// questionTemplates are the patterns for a card's reflection question.
var questionTemplates = []template{
	func(g *gen) string { return "waar loop ik tegenaan bij het bereiken van " + g.pick(groups) },
	func(g *gen) string {
		return "hoe kan mijn Bibliotheek " + g.absDef() + " " + g.place() + " versterken"
	},
	func(g *gen) string { return "welke partners heb ik nodig om " + g.pick(groups) + " te bereiken" },
	func(g *gen) string {
		return "wat is er nodig om " + g.def(g.product()) + " in mijn Bibliotheek " + g.verb().te
	},
	func(g *gen) string { return "welke rol wil mijn Bibliotheek spelen in " + g.absDef() },
	func(g *gen) string {
		return "hoe meet ik het effect van " + g.def(g.product()) + " op " + g.pick(groups)
	},
}

// question returns a capitalised question ending with "?".
func (g *gen) question() string {
	return capFirst(questionTemplates[g.intn(len(questionTemplates))](g)) + "?"
}

// title returns a capitalised title.
func (g *gen) title() string {
	return capFirst(titleTemplates[g.intn(len(titleTemplates))](g))
}

// paragraph returns k sentences from k different templates, joined by
// spaces; k must not exceed len(ts).
func (g *gen) paragraph(ts []template, k int) string {
	parts := make([]string, k)
	for i, t := range g.r.Perm(len(ts))[:k] {
		parts[i] = sentence(ts[t](g))
	}
	return strings.Join(parts, " ")
}
