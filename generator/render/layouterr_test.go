package render

import (
	"errors"
	"html/template"
	"io"
	"regexp"
	"strings"
	"testing"
)

// goEnglish matches words of Go's template messages.
var goEnglish = regexp.MustCompile(`(?i)\b(unexpected|unclosed|unterminated|undefined|expected|missing|invalid|illegal|malformed|wrong|error|can't|cannot|not defined|no such|executing|evaluating|function|overflow|context|found|template:)\b`)

type layoutData struct {
	Card  *layoutCard
	List  []string
	Map   map[string]string
	Count int
}

type layoutCard struct{ Title string }

func (layoutCard) Hello(s string) string { return "hallo " + s }

// TestLayoutErrorsInDutch provokes Go's template errors with real layouts
// (parsing and running them) and checks the Dutch each one gets: its own
// line, no English, no leftover of fmt.
func TestLayoutErrorsInDutch(t *testing.T) {
	data := layoutData{List: []string{"a"}, Map: map[string]string{"a": "b"}}
	for _, c := range []struct{ src, want string }{
		// Parsing.
		{"x\n{{ .Card.Titel }", `card.html:2: onverwacht teken "}" in een waarde; sluit een opdracht af met twee accolades: }}`},
		{"{{ .Card.Title ", "een opdracht {{ wordt niet afgesloten met }}"},
		{"{{if}}{{end}}", "{{if}} zonder waarde"},
		{"{{ $x := 1 }}{{ $x := }}", "een opdracht zonder waarde"},
		{"{{end}}", "een {{end}} te veel"},
		{"{{else}}", "een {{else}} zonder {{if}}, {{with}} of {{range}} ervoor"},
		{`{{define "x"}}{{else}}{{end}}`, "een {{else}} zonder {{if}}, {{with}} of {{range}} ervoor"},
		{"{{if .Card}}", "de layout houdt onverwacht op; ontbreekt er een {{end}}?"},
		{`{{ "abc }}`, "een tekst tussen aanhalingstekens wordt niet afgesloten"},
		{"{{ `abc }}", "een tekst tussen backticks (`) wordt niet afgesloten"},
		{"{{ 3x }}", `"3x" is geen getal`},
		{"{{ 1e999 }}", `"1e999" is geen getal`},
		{"{{ 99999999999999999999 }}", `het getal "99999999999999999999" is te groot`},
		{"{{ $x }}", "de variabele $x bestaat hier niet; maak haar eerst, zoals {{$x := .Card}}"},
		{"{{ .Card.Title) }}", "een ) te veel"},
		{"{{ (.Card.Title }}", "een ( wordt niet gesloten met )"},
		{"{{/* x }}", "een opmerking {{/* wordt niet afgesloten met */}}"},
		{"{{/* x */ }}", "na */ moet meteen }} volgen"},
		{"{{ 'ab' }}", "'ab' is niet één teken"},
		{"{{ 'a }}", "een teken tussen enkele aanhalingstekens wordt niet afgesloten"},
		{"{{ break }}", "{{break}} mag alleen binnen {{range}} staan"},
		{"{{ continue }}", "{{continue}} mag alleen binnen {{range}} staan"},
		{`{{if .Card}}{{define "x"}}{{end}}{{end}}`, "onverwacht {{define}} in een opdracht"},
		{`{{define "x"}}`, "de layout houdt onverwacht op; ontbreekt er een {{end}}?"},
		{"{{ template }}", `onverwacht teken "}}" in {{template}}`},
		{"{{ vertaal 1 }}", `de functie "vertaal" bestaat niet`},
		{"{{ .Card | 1 }}", "stap 2 van de opdracht (na een |) doet niets"},
		{"{{ ( ) }}", "haakjes zonder waarde"},
		{"{{ $x := 1 }}{{ $x : 1 }}", "na : hoort = (schrijf :=)"},
		{"{{ # }}", `onverwacht teken "#" in een opdracht`},
		{"{{ € }}", "het teken U+20AC '€' hoort niet in een opdracht"},
		{"{{range $a, $b, $c := .List}}{{end}}", "te veel variabelen in {{range}}"},
		{`{{define "x"}}a{{end}}{{define "x"}}b{{end}}`, `het sjabloon "x" is twee keer gedefinieerd`},
		{"{{ 3.Card }}", "geen getal"},
		{`{{ "a".Card }}`, `na "a" kan geen .Veld staan`},
		// html/template.
		{`<a href="{{if .Card}}/x{{else}}?{{end}}{{.Count}}">x</a>`, "deze opdracht staat in een webadres op een plaats die niet vastligt"},
		{`<a {{if .Card}}href="{{else}}title="{{end}}">x</a>`, "de takken van {{if}} eindigen op verschillende plaatsen in de HTML"},
		{`<a title="x`, "layouts/card.html: de layout eindigt midden in een HTML-tag of attribuut; sluit die af"},
		{`<a b"c="d">`, `het teken "\"" hoort niet in de naam van een attribuut`},
		{`<a title=x"{{.Count}}>`, `in een attribuut zonder aanhalingstekens`},
		{`{{template "weg" .}}`, `het sjabloon "weg" bestaat niet; definieer het met {{define "weg"}}`},
		// Running.
		{"{{ .Card.Title }}", "card.html:1:8: bij {{.Card.Title}}: de waarde vóór .Title is leeg (nil); zet er {{with}} of {{if}} omheen"},
		{"{{ .Kaart }}", "het veld Kaart bestaat niet (hier is de waarde van het type render.layoutData)"},
		{"{{ index .List 5 }}", "plaats 5 bestaat niet in de lijst"},
		{"{{ index .Count 1 }}", "{{index}} past niet bij deze waarde (type int)"},
		{"{{ slice .Count 1 }}", "{{slice}} past niet bij deze waarde"},
		{"{{ len .Count }}", "{{len}} kan van deze waarde geen lengte geven"},
		{"{{ call .Count }}", "{{call}} kan alleen een functie aanroepen"},
		{"{{ lower 1 2 }}", "lower wil 1 waarde(n), maar kreeg er 2"},
		{"{{ lower 1 }}", "hier hoort tekst, maar er staat 1"},
		{"{{ lower .Count }}", "de waarde is van het type int, maar hier hoort het type string"},
		{"{{ range .Card }}{{end}}", "{{range}} kan niet door <nil> lopen: dat is geen lijst"},
		{"{{range $i := 1 2}}{{end}}", "1 is geen functie: er kan geen waarde achter staan"},
		{"{{ .Count.X }}", "het veld X bestaat niet (hier is de waarde van het type int)"},
		{"{{ .List.X }}", "het veld X bestaat niet"},
		{"{{ .Count 1 }}", "Count is een veld, geen methode: er kan geen waarde achter staan"},
		{"{{ lt .Count \"a\" }}", "deze waarden zijn niet met elkaar te vergelijken"},
		{"{{ nil }}", "nil is geen opdracht"},
		{"{{ seq .Map }}", "de waarde is van het type map[string]string, maar hier hoort het type int"},
		{`{{define "l"}}{{template "l" .}}{{end}}{{template "l" .}}`, "de sjablonen roepen elkaar meer dan 100000 keer aan"},
	} {
		err := runLayout(c.src, data)
		if c.want == "" {
			if err != nil {
				t.Errorf("%s: %v", c.src, err)
			}
			continue
		}
		var le *LayoutError
		if !errors.As(err, &le) {
			t.Errorf("%s: %v is not a LayoutError", c.src, err)
			continue
		}
		msg := le.Error()
		if !strings.Contains(msg, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.src, msg, c.want)
		}
		if m := goEnglish.FindString(msg); m != "" || strings.Contains(msg, "%!") || !strings.HasPrefix(msg, "layouts/card.html") {
			t.Errorf("%s: %q (English %q, or a fmt slip, or no file:line)", c.src, msg, m)
		}
		if strings.Contains(msg, "werkboek niet; vergelijk") {
			t.Errorf("%s: %q: Go's message %q has no translation", c.src, msg, errText(c.src, data))
		}
	}
}

// runLayout parses and runs one layout as the renderer does (html/template
// with werkboek's functions) and returns the explained error.
func runLayout(src string, data any) error {
	tpl, err := template.New("card.html").Funcs(funcs).Parse(src)
	if err == nil {
		err = tpl.Execute(io.Discard, data)
	}
	return explainLayout(err)
}

// errText is Go's own message, to show in a failure.
func errText(src string, data any) string {
	tpl, err := template.New("card.html").Funcs(funcs).Parse(src)
	if err == nil {
		err = tpl.Execute(io.Discard, data)
	}
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestUnknownTemplateMessage checks the fallback: Dutch, never English.
func TestUnknownTemplateMessage(t *testing.T) {
	got := explainLayout(errors.New("template: card.html:3: a message Go may add some day")).Error()
	if !strings.HasPrefix(got, "layouts/card.html:3: deze opdracht begrijpt werkboek niet") || goEnglish.MatchString(got) {
		t.Errorf("fallback %q", got)
	}
}
