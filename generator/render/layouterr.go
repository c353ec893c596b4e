package render

import (
	"errors"
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

// templatePos finds "template: card.html:5:12: " and what follows (line
// and column may be missing); the last one in a message is the innermost
// mistake.
var templatePos = regexp.MustCompile(`(?:html/)?template: ?([^:\s]+)(?::(\d+))?(?::(\d+))?: (?:executing "[^"]*" at <(.*?)>: )?`)

// startedAt finds the line of " started at card.html:4".
var startedAt = regexp.MustCompile(`:(\d+)$`)

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
	if m[4] >= 0 {
		e.Line, _ = strconv.Atoi(msg[m[4]:m[5]])
	}
	if m[6] >= 0 {
		e.Col, _ = strconv.Atoi(msg[m[6]:m[7]])
	}
	e.Reason = templateReason(msg[m[1]:])
	if m[8] >= 0 {
		e.Reason = "bij {{" + strings.TrimSpace(msg[m[8]:m[9]]) + "}}: " + e.Reason
	}
	return e
}

// templateReason says in Dutch what one of Go's template messages says.
// A message it does not know gets a general Dutch description: Go's
// English never reaches an editor.
func templateReason(reason string) string {
	reason = strings.TrimPrefix(strings.TrimPrefix(reason, "html/template: "), "template: ")
	// "… in action started at card.html:4" (the lexer) and "on range
	// loop re-entry: …" (html/template) wrap a message of their own.
	if i := strings.Index(reason, " started at "); i > 0 {
		if line := startedAt.FindStringSubmatch(reason); line != nil {
			return templateReason(strings.TrimSuffix(reason[:i], " in action")) + " (de opdracht begint op regel " + line[1] + ")"
		}
	}
	for _, r := range templateReasons {
		if sm := r.re.FindStringSubmatch(reason); sm != nil {
			return r.dutch(sm)
		}
	}
	return "deze opdracht begrijpt werkboek niet; vergelijk haar met de ingebouwde layout (werkboek init --thema in een lege map zet die neer)"
}
