package render

import (
	"regexp"
	"strconv"
	"strings"
)

// contexts names the places the parser reports a token in.
var contexts = map[string]string{
	"command": "een opdracht", "operand": "een waarde", "parenthesized pipeline": "haakjes", "input": "de layout",
	"define clause": "{{define}}", "block clause": "{{block}}", "template clause": "{{template}}",
	"if": "{{if}}", "range": "{{range}}", "with": "{{with}}", "end": "{{end}}", "else": "{{else}}",
}

func contextName(c string) string {
	if d, ok := contexts[c]; ok {
		return d
	}
	return "deze opdracht"
}

// valueKinds name the Go types a layout meets in words.
var valueKinds = map[string]string{"bool": "ja of nee (true of false)", "string": "tekst", "integer": "een heel getal", "unsigned integer": "een heel getal van 0 of meer", "float": "een getal", "complex": "een getal"}

// token describes a token the parser quotes: "}" as an accent, <define>
// as {{define}}.
func token(t string) string {
	switch {
	case strings.HasPrefix(t, "<") && strings.HasSuffix(t, ">"):
		return "{{" + strings.Trim(t, "<>") + "}}"
	case t == "EOF":
		return "het einde van de layout"
	case strings.HasPrefix(t, "{{"):
		return t
	}
	return "teken " + t
}

// reasonOf pairs one of Go's messages with its Dutch.
type reasonOf struct {
	re    *regexp.Regexp
	dutch func(m []string) string
}

func r(pattern string, dutch func(m []string) string) reasonOf {
	return reasonOf{regexp.MustCompile(pattern), dutch}
}

// templateReasons translate the messages of text/template, its parser
// and html/template; each function gets the submatches by number, so no
// message can carry a leftover of fmt. Set in init: some translate the
// message they wrap with templateReason, which reads this table.
var templateReasons []reasonOf

func init() { templateReasons = reasonTable() }

func reasonTable() []reasonOf {
	return []reasonOf{
		// Parser and lexer: mistakes in the writing of a layout.
		r(`^unexpected "\}" in (.+)$`, func(m []string) string {
			return `onverwacht teken "}" in ` + contextName(m[1]) + `; sluit een opdracht af met twee accolades: }}`
		}),
		r(`^unexpected \{\{end\}\}`, func([]string) string { return "een {{end}} te veel" }),
		r(`^unexpected \{\{else\}\}(?: in .*)?$`, func([]string) string { return "een {{else}} zonder {{if}}, {{with}} of {{range}} ervoor" }),
		r(`^unexpected EOF`, func([]string) string { return "de layout houdt onverwacht op; ontbreekt er een {{end}}?" }),
		r(`^unexpected right paren`, func([]string) string { return "een ) te veel" }),
		r(`^unexpected \. after term (".*")$`, func(m []string) string {
			term, err := strconv.Unquote(m[1])
			if err != nil {
				term = m[1]
			}
			return "na " + term + " kan geen .Veld staan; zet haakjes om wat ervoor staat, zoals (index .Lijst 0).Titel"
		}),
		r(`^unexpected (.+) in (.+)$`, func(m []string) string { return "onverwacht " + token(m[1]) + " in " + contextName(m[2]) }),
		r(`^missing value for (.+)$`, func(m []string) string {
			if m[1] == "if" || m[1] == "with" || m[1] == "range" {
				return contextName(m[1]) + " zonder waarde; schrijf erachter waar het om gaat, zoals {{" + m[1] + " .Card}}"
			}
			return contextName(m[1]) + " zonder waarde"
		}),
		r(`^function "(.*)" not defined$`, func(m []string) string { return `de functie "` + m[1] + `" bestaat niet` }),
		r(`^undefined variable "(.*)"$`, func(m []string) string {
			return "de variabele " + m[1] + " bestaat hier niet; maak haar eerst, zoals {{" + m[1] + " := .Card}}"
		}),
		r(`^\{\{(break|continue)\}\} outside \{\{range\}\}`, func(m []string) string { return "{{" + m[1] + "}} mag alleen binnen {{range}} staan" }),
		r(`^range can only initialize variables`, func([]string) string { return "{{range}} kan alleen nieuwe variabelen maken (met :=)" }),
		r(`^too many declarations in (.+)$`, func(m []string) string { return "te veel variabelen in " + contextName(m[1]) }),
		r(`^non executable command in pipeline stage (\d+)`, func(m []string) string {
			return "stap " + m[1] + " van de opdracht (na een |) doet niets; daar hoort een functie of methode"
		}),
		r(`^expected end; found (.+)$`, func(m []string) string { return "hier hoort de opdracht op te houden (}}), maar er staat " + m[1] }),
		r(`^empty command`, func([]string) string { return "lege opdracht: tussen {{ en }}, de haakjes of na een | staat niets" }),
		r(`^max expression depth exceeded`, func([]string) string { return "de opdracht heeft te veel haakjes in elkaar" }),
		r(`^multiple definition of template "(.*)"`, func(m []string) string { return `het sjabloon "` + m[1] + `" is twee keer gedefinieerd` }),
		r(`^unclosed comment`, func([]string) string { return "een opmerking {{/* wordt niet afgesloten met */}}" }),
		r(`^comment ends before closing delimiter`, func([]string) string { return "na */ moet meteen }} volgen" }),
		r(`^unclosed left paren`, func([]string) string { return "een ( wordt niet gesloten met )" }),
		r(`^unclosed action`, func([]string) string { return "een opdracht {{ wordt niet afgesloten met }}" }),
		r(`^expected :=`, func([]string) string { return "na : hoort = (schrijf :=)" }),
		r(`^unrecognized character in action: (.+)$`, func(m []string) string { return "het teken " + m[1] + " hoort niet in een opdracht" }),
		r(`^bad character (.+)$`, func(m []string) string { return "het teken " + m[1] + " hoort hier niet" }),
		r(`^unterminated character constant`, func([]string) string { return "een teken tussen enkele aanhalingstekens wordt niet afgesloten" }),
		r(`^unterminated quoted string`, func([]string) string { return "een tekst tussen aanhalingstekens wordt niet afgesloten" }),
		r(`^unterminated raw quoted string`, func([]string) string { return "een tekst tussen backticks (`) wordt niet afgesloten" }),
		r(`^malformed character constant: (.*)$`, func(m []string) string {
			return m[1] + " is niet één teken; zet tekst tussen dubbele aanhalingstekens"
		}),
		r(`^(?:bad|illegal) number syntax: (".*")$`, func(m []string) string { return m[1] + " is geen getal" }),
		r(`^integer overflow: (".*")$`, func(m []string) string { return "het getal " + m[1] + " is te groot" }),
		// Running a layout: a field, function or value that does not fit.
		r(`^can't evaluate field (\S+) in type (\S+)`, func(m []string) string {
			return "het veld " + m[1] + " bestaat niet (hier is de waarde van het type " + m[2] + ")"
		}),
		r(`^nil pointer evaluating \S*?\.(\w+)$`, func(m []string) string {
			return "de waarde vóór ." + m[1] + " is leeg (nil); zet er {{with}} of {{if}} omheen"
		}),
		r(`^(?:nil data; )?no entry for key "(.*)"$|^map has no entry for key "(.*)"$`, func(m []string) string {
			return `de sleutel "` + m[1] + m[2] + `" bestaat niet`
		}),
		r(`^(\S+) is an unexported field of struct type (\S+)`, func(m []string) string { return "het veld " + m[1] + " is niet te gebruiken in een layout" }),
		r(`^(\S+) (?:has arguments but cannot be invoked as function|is not a method but has arguments)`, func(m []string) string {
			return m[1] + " is een veld, geen methode: er kan geen waarde achter staan"
		}),
		r(`^can't give argument to non-function (.+)$`, func(m []string) string { return m[1] + " is geen functie: er kan geen waarde achter staan" }),
		r(`^"(.*)" is not a defined function`, func(m []string) string { return `de functie "` + m[1] + `" bestaat niet` }),
		r(`^(?:no such template|template) "(.*)"(?: not defined| associated with template .*)?$`, func(m []string) string {
			return `het sjabloon "` + m[1] + `" bestaat niet; definieer het met {{define "` + m[1] + `"}}`
		}),
		r(`^(".*") is an incomplete(?: or empty)? template`, func(m []string) string { return "het sjabloon " + m[1] + " is leeg of onvolledig" }),
		r(`^exceeded maximum template depth \((\d+)\)`, func(m []string) string {
			return "de sjablonen roepen elkaar meer dan " + m[1] + " keer aan; roept een sjabloon zichzelf aan?"
		}),
		r(`^wrong number of args for (\S+): want (at least )?(\d+) got (\d+)$`, func(m []string) string {
			return m[1] + " wil " + strings.Replace(m[2], "at least ", "minstens ", 1) + m[3] + " waarde(n), maar kreeg er " + m[4]
		}),
		r(`^wrong number of args for (\S+): got (\d+) want (at least )?(\d+)$`, func(m []string) string {
			return m[1] + " wil " + strings.Replace(m[3], "at least ", "minstens ", 1) + m[4] + " waarde(n), maar kreeg er " + m[2]
		}),
		r(`^range can't iterate over (.*)`, func(m []string) string { return "{{range}} kan niet door " + m[1] + " lopen: dat is geen lijst" }),
		r(`^can't use (.*?) (?:to )?iterate over more than one variable`, func(m []string) string {
			return "{{range}} over " + m[1] + " geeft maar één waarde; gebruik één variabele"
		}),
		r(`^if/with can't use (.*)`, func(m []string) string { return "{{if}} of {{with}} kan " + m[1] + " niet beoordelen" }),
		r(`^expected (bool|string|integer|unsigned integer|float|complex); found (.*)$`, func(m []string) string {
			return "hier hoort " + valueKinds[m[1]] + ", maar er staat " + m[2]
		}),
		r(`^wrong type for value; expected (\S+); got (\S+)`, func(m []string) string {
			return "de waarde is van het type " + m[2] + ", maar hier hoort het type " + m[1]
		}),
		r(`^value has type (\S+); should be (\S+)`, func(m []string) string {
			return "de waarde is van het type " + m[1] + ", maar hier hoort het type " + m[2]
		}),
		r(`^(?:value is nil; should be of type|cannot assign nil to) (\S+)`, func(m []string) string { return "de waarde is leeg (nil), maar hier hoort het type " + m[1] }),
		r(`^invalid value; expected (\S+)`, func(m []string) string { return "de waarde ontbreekt; hier hoort het type " + m[1] }),
		r(`^can't print (.*) of type (\S+)`, func(m []string) string { return m[1] + " (van het type " + m[2] + ") kan niet worden getoond" }),
		r(`^(\S+) overflows int`, func(m []string) string { return "het getal " + m[1] + " is te groot" }),
		r(`^nil is not a command`, func([]string) string { return "nil is geen opdracht" }),
		r(`^indirection through explicit nil in (.*)`, func(m []string) string { return "in " + m[1] + " staat nil, dat geen velden heeft" }),
		r(`^index out of range: (-?\d+)`, func(m []string) string { return "plaats " + m[1] + " bestaat niet in de lijst" }),
		r(`^(index|slice) of (?:untyped nil|nil pointer)`, func(m []string) string { return "{{" + m[1] + "}} van een lege waarde (nil)" }),
		r(`^(?:cannot index slice/array with (?:type (\S+)|nil)|can't index item of type (\S+))`, func(m []string) string {
			return "{{index}} past niet bij deze waarde (type " + m[1] + m[2] + ")"
		}),
		r(`^(?:can't slice item of type (\S+)|too many slice indexes|cannot 3-index slice a string|invalid slice index)`, func(m []string) string {
			return "{{slice}} past niet bij deze waarde of deze plaatsen"
		}),
		r(`^len of (?:nil pointer|type (\S+))`, func(m []string) string { return "{{len}} kan van deze waarde geen lengte geven" }),
		r(`^(?:call of nil|non-function (\S+) of type)`, func(m []string) string { return "{{call}} kan alleen een functie aanroepen" }),
		r(`^(?:incompatible types for comparison|non-comparable types?)`, func([]string) string { return "deze waarden zijn niet met elkaar te vergelijken" }),
		r(`^error calling (\S+): (.*)$`, func(m []string) string { return "fout bij " + m[1] + ": " + templateReason(m[2]) }),
		r(`^arg (\d+): (.*)$`, func(m []string) string { return "waarde " + m[1] + ": " + templateReason(m[2]) }),
		// html/template: markup a layout must keep whole for escaping.
		r(`ends in a non-text context`, func([]string) string { return "de layout eindigt midden in een HTML-tag of attribuut; sluit die af" }),
		r(`^\{\{(\w+)\}\} branches end in different contexts`, func(m []string) string {
			return "de takken van {{" + m[1] + "}} eindigen op verschillende plaatsen in de HTML (de een midden in een tag of attribuut); maak ze gelijk"
		}),
		r(`^(?:on range loop re-entry|at range loop break|at range loop continue): (.*)$`, func(m []string) string {
			return "{{range}} begint een nieuwe ronde op een andere plaats in de HTML: " + templateReason(m[1])
		}),
		r(`appears in an ambiguous context within a URL`, func([]string) string {
			return "deze opdracht staat in een webadres op een plaats die niet vastligt; zet haar voor het ? of het #, of in een eigen attribuut"
		}),
		r(`appears in a JS template literal`, func([]string) string { return "een opdracht mag niet in een JavaScript-tekst tussen backticks staan" }),
		r(`^(".*") in attribute name`, func(m []string) string { return "het teken " + m[1] + " hoort niet in de naam van een attribuut" }),
		r(`^(".*") in unquoted attr`, func(m []string) string {
			return "het teken " + m[1] + " in een attribuut zonder aanhalingstekens; zet de waarde tussen \"…\""
		}),
		r(`^expected space, attr name, or end of tag, but got (.*)$`, func(m []string) string {
			return "in een HTML-tag hoort hier een spatie, een attribuut of het einde (>), maar er staat " + m[1]
		}),
		r(`^'/' could start a division or regexp`, func([]string) string {
			return "een / in JavaScript is hier dubbelzinnig (deling of patroon); zet haakjes om wat ervoor staat"
		}),
		r(`^unfinished (?:escape sequence|JS regexp charset)`, func([]string) string { return "een \\-teken of [-groep in JavaScript of CSS wordt niet afgemaakt" }),
		r(`^predefined escaper (".*") disallowed`, func(m []string) string {
			return "de functie " + m[1] + " mag niet in een layout; werkboek beveiligt de uitvoer zelf"
		}),
		r(`^cannot compute output context for template`, func([]string) string {
			return "dit sjabloon roept zichzelf aan op een manier die werkboek niet veilig kan maken"
		}),
	}
}
