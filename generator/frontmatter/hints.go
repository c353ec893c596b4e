package frontmatter

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/probiblio/werkboek/generator/diag"
)

// The YAML parser names the line where it gave up, which is often not
// the line of the slip (an unclosed quote is found at the end of the
// front matter) and words the cause in its own terms. yamlSlip reads the
// front matter line by line for the slips editors make and names the
// first one; it is asked only after the parser failed.

// keyLine matches a line "key: value" or "key:", with the indentation and
// an optional "- " before the key.
var keyLine = regexp.MustCompile(`^(\s*)(- +)?([A-Za-z_][A-Za-z0-9_ .-]*?)\s*:(?:\s+(.*))?$`)

// gluedKey matches a key with its value written against the colon.
var gluedKey = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_.-]*):[^\s/]`)

// yamlLine is a line of front matter that holds a key.
type yamlLine struct {
	n      int // 1-based line in the front matter
	indent int
	key    string
	value  string // "" for a key whose value follows on the next lines
}

// yamlSlip returns the 1-based front matter line of the first slip in
// data and a Dutch message that says how to fix it; 0 when it finds none.
// Front matter line k is file line offset+k, as the message says.
func yamlSlip(data []byte, offset int) (int, string) {
	lines := strings.Split(string(data), "\n")
	var levels []yamlLine // the keys whose block is open, outermost first
	inSeq := false
	block := -1 // the indentation of a key whose value is a block (|, >) of the lines below
	for i, raw := range lines {
		n := i + 1
		trimmed := strings.TrimSpace(raw)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		indentText := raw[:len(raw)-len(strings.TrimLeft(raw, " \t"))]
		if block >= 0 && len(indentText) > block {
			continue
		}
		block = -1
		if strings.Contains(indentText, "\t") {
			return n, "tab in de front matter; spring in met spaties, niet met tabs"
		}
		indent := len(indentText)
		m := keyLine.FindStringSubmatch(raw)
		if m == nil {
			if strings.HasPrefix(trimmed, "- ") || trimmed == "-" {
				inSeq = true
				continue
			}
			if q := trimmed[0]; q == '"' || q == '\'' {
				if !closed(trimmed, lines[i+1:]) {
					return n, fmt.Sprintf("deze regel begint met een aanhalingsteken (%c) dat niet wordt gesloten, en er staat geen sleutel voor; schrijf sleutel: waarde met aan beide kanten een aanhalingsteken, zoals question: \"Waar loop ik tegenaan?\"", q)
				}
			}
			if g := gluedKey.FindStringSubmatch(trimmed); g != nil {
				return n, fmt.Sprintf("na %s: hoort een spatie; schrijf %s: %s", g[1], g[1], strings.TrimSpace(trimmed[len(g[1])+1:]))
			}
			if top := last(levels); top == nil || indent <= top.indent || top.value == "" {
				return n, fmt.Sprintf("op deze regel staat tekst zonder sleutel (%s); schrijf sleutel: waarde, zoals question: Waar loop ik tegenaan?, of zet de tekst achter de sleutel op de regel erboven", diag.Short(trimmed))
			}
			continue // the value of the line above, continued
		}
		cur := yamlLine{n: n, indent: indent, key: m[3], value: strings.TrimSpace(m[4])}
		if m[2] != "" {
			inSeq = true
			cur.indent += len(m[2])
		}
		if !inSeq {
			if line, msg := indentSlip(cur, levels, offset); line > 0 {
				return line, msg
			}
		}
		if msg := valueSlip(cur, lines[i+1:]); msg != "" {
			return n, msg
		}
		if strings.HasPrefix(cur.value, "|") || strings.HasPrefix(cur.value, ">") {
			block = indent
		}
		for len(levels) > 0 && levels[len(levels)-1].indent >= cur.indent {
			levels = levels[:len(levels)-1]
		}
		levels = append(levels, cur)
	}
	return 0, ""
}

// indentSlip checks the indentation of a key line against the keys above.
func indentSlip(cur yamlLine, levels []yamlLine, offset int) (int, string) {
	top := last(levels)
	if top == nil {
		return 0, ""
	}
	switch {
	case cur.indent > top.indent && top.value != "" && !strings.HasPrefix(top.value, "|") && !strings.HasPrefix(top.value, ">"):
		where := "aan het begin van de regel, zonder spaties ervoor"
		if top.indent > 0 {
			where = fmt.Sprintf("precies onder %s:", top.key)
		}
		return cur.n, fmt.Sprintf("de inspringing klopt niet: %s: springt in onder %s: op regel %d, maar die heeft al een waarde; zet %s: %s", cur.key, top.key, offset+top.n, cur.key, where)
	case cur.indent < top.indent:
		for _, l := range levels {
			if l.indent == cur.indent {
				return 0, ""
			}
		}
		under := levels[0]
		for _, l := range levels {
			if l.indent < cur.indent {
				under = l
			}
		}
		return cur.n, fmt.Sprintf("de inspringing klopt niet: %s: staat niet precies onder een sleutel erboven; zet het op dezelfde hoogte als %s: op regel %d", cur.key, under.key, offset+under.n)
	}
	return 0, ""
}

// valueSlip checks the value of a key line: quotes and brackets that are
// not closed, text after a closing quote, a colon in an unquoted text, a
// first character YAML reads as something else than text.
func valueSlip(cur yamlLine, rest []string) string {
	v := cur.value
	if v == "" || strings.HasPrefix(v, "#") {
		return ""
	}
	switch q := v[0]; q {
	case '"', '\'':
		end := closingQuote(v)
		if end < 0 && !closed(v, rest) {
			return fmt.Sprintf("het aanhalingsteken (%c) voor de waarde van %s wordt niet gesloten; zet er aan het eind van de waarde ook een, zoals %s: %c%s%c", q, cur.key, cur.key, q, strings.Trim(v, `"' `), q)
		}
		if end > 0 {
			if after := strings.TrimSpace(v[end+1:]); after != "" && !strings.HasPrefix(after, "#") {
				return fmt.Sprintf("na het sluitende aanhalingsteken van %s staat nog tekst (%s); zet de hele waarde tussen aanhalingstekens, en schrijf een %c in de tekst als %s", cur.key, diag.Short(after), q, map[byte]string{'"': `\"`, '\'': "''"}[q])
			}
		}
		return ""
	case '[', '{':
		closer := map[byte]string{'[': "]", '{': "}"}[q]
		if !strings.Contains(v, closer) {
			return fmt.Sprintf("het haakje %c na %s: wordt niet gesloten; zet aan het eind %s, zoals fields: [Prioriteit, Onderwerp]", q, cur.key, closer)
		}
		return ""
	case '@', '`', '*', '&', '!', '%', '|', '>':
		if q == '|' || q == '>' {
			return ""
		}
		return fmt.Sprintf("de waarde van %s begint met %c, en dat leest YAML niet als tekst; zet de waarde tussen aanhalingstekens: %s: \"%s\"", cur.key, q, cur.key, strings.ReplaceAll(v, `"`, `\"`))
	}
	if strings.Contains(v, ": ") {
		return fmt.Sprintf("dubbele punt in de waarde van %s; zet een tekst met een dubbele punt tussen aanhalingstekens: %s: \"%s\"", cur.key, cur.key, strings.ReplaceAll(v, `"`, `\"`))
	}
	return ""
}

// closingQuote returns the index of the quote that closes the quoted
// value v (which starts with it), or -1 when v does not close it.
func closingQuote(v string) int {
	q := v[0]
	for i := 1; i < len(v); i++ {
		switch {
		case q == '"' && v[i] == '\\':
			i++
		case q == '\'' && v[i] == '\'' && i+1 < len(v) && v[i+1] == '\'':
			i++
		case v[i] == q:
			return i
		}
	}
	return -1
}

// closed reports whether a quoted value that the line v does not close is
// closed on a later line before a line that looks like a key of its own:
// then it is a text over several lines, as YAML allows.
func closed(v string, rest []string) bool {
	if closingQuote(v) >= 0 {
		return true
	}
	q := string(v[0])
	for _, line := range rest {
		if keyLine.MatchString(line) || strings.TrimSpace(line) == "" {
			return false
		}
		if strings.Contains(strings.ReplaceAll(line, `\`+q, ""), q) {
			return true
		}
	}
	return false
}

func last(levels []yamlLine) *yamlLine {
	if len(levels) == 0 {
		return nil
	}
	return &levels[len(levels)-1]
}
