package render

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// LayoutError is a mistake in a layout, told in Dutch at the layout's own
// file, line and column (not at a position in its minified form).
type LayoutError struct {
	File      string // e.g. "layouts/card.html"
	Line, Col int    // 0 when unknown
	Reason    string
}

func (e *LayoutError) Error() string {
	pos := e.File
	if e.Line > 0 {
		pos += ":" + strconv.Itoa(e.Line)
		if e.Col > 0 {
			pos += ":" + strconv.Itoa(e.Col)
		}
	}
	return pos + ": " + e.Reason
}

// templatePos finds "template: card.html:5:12: " and what follows; the last
// one in a message is the innermost mistake.
var templatePos = regexp.MustCompile(`(?:html/)?template: ?([^:\s]+):(\d+)(?::(\d+))?: (?:executing "[^"]*" at <(.*?)>: )?`)

// layoutReasons translate the messages of Go's template packages.
var layoutReasons = []struct {
	re    *regexp.Regexp
	dutch string
}{
	{regexp.MustCompile(`^can't evaluate field (\S+) in type (\S+)`), `het veld %s bestaat niet (hier is de waarde van het type %s)`},
	{regexp.MustCompile(`^error calling (\S+): index out of range: (-?\d+)`), `%s: plaats %s bestaat niet in de lijst`},
	{regexp.MustCompile(`^nil pointer evaluating (\S+)`), `%s is leeg; zet er {{with}} of {{if}} omheen`},
	{regexp.MustCompile(`^function "(\S+)" not defined`), `de functie "%s" bestaat niet`},
	{regexp.MustCompile(`^no such template "(\S+)"`), `het sjabloon "%s" bestaat niet; definieer het met {{define "%[1]s"}}`},
	{regexp.MustCompile(`^unexpected EOF`), `de layout houdt onverwacht op; ontbreekt er een {{end}}?`},
	{regexp.MustCompile(`^unexpected \{\{end\}\}`), `een {{end}} te veel`},
	{regexp.MustCompile(`^missing value for (\S+)`), `{{%s}} zonder waarde`},
	{regexp.MustCompile(`^unexpected "(.)" in (\S+)`), `onverwacht teken "%s"`},
	{regexp.MustCompile(`^unterminated quoted string`), `een tekst tussen aanhalingstekens wordt niet afgesloten`},
	{regexp.MustCompile(`^ends in a non-text context`), `de layout eindigt midden in een HTML-tag of attribuut; sluit die af`},
	{regexp.MustCompile(`^error calling (\S+): (.*)`), `fout bij %s: %s`},
	{regexp.MustCompile(`^wrong number of args for (\S+): want (\d+) got (\d+)`), `%s wil %s waarde(n), kreeg er %s`},
	{regexp.MustCompile(`^range can't iterate over (.*)`), `{{range}} kan niet door %s lopen: dat is geen lijst`},
}

// explainLayout turns an error of Go's template packages into a
// LayoutError; other errors are returned as they are.
func explainLayout(err error) error {
	var le *LayoutError
	if err == nil || errors.As(err, &le) {
		return err
	}
	msg := err.Error()
	all := templatePos.FindAllStringSubmatchIndex(msg, -1)
	if all == nil {
		return err
	}
	m := all[len(all)-1]
	e := &LayoutError{File: "layouts/" + msg[m[2]:m[3]]}
	e.Line, _ = strconv.Atoi(msg[m[4]:m[5]])
	if m[6] >= 0 {
		e.Col, _ = strconv.Atoi(msg[m[6]:m[7]])
	}
	reason := msg[m[1]:]
	e.Reason = "fout in de layout (technische melding: " + reason + ")"
	for _, r := range layoutReasons {
		if sm := r.re.FindStringSubmatch(reason); sm != nil {
			args := make([]any, len(sm)-1)
			for i, s := range sm[1:] {
				args[i] = s
			}
			e.Reason = fmt.Sprintf(r.dutch, args...)
			break
		}
	}
	if m[8] >= 0 {
		e.Reason = "bij {{" + strings.TrimSpace(msg[m[8]:m[9]]) + "}}: " + e.Reason
	}
	return e
}
