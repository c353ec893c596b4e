package frontmatter

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/dutch"
	"go.yaml.in/yaml/v3"
)

// DutchKeyNames maps Dutch (and other) names editors try to the key they
// mean, for the "did you mean" of an unknown key. The keys themselves come
// from the meta structs (see schema.go).
var (
	DutchKeyNames = map[string]string{
		"titel": "title", "gewicht": "weight", "volgorde": "weight", "vraag": "question", "concept": "draft",
		"kleur": "color", "colour": "color", "programma": "programme", "program": "programme", "notitie": "note",
		"opmerking": "note", "editie": "edition", "beschrijving": "description", "omschrijving": "description",
		"taal": "language", "organisatie": "organisation", "organization": "organisation", "evenement": "event",
		"datum": "date", "begin": "start", "eind": "end", "einde": "end", "locatie": "location", "plaats": "venue",
		"adres": "address", "aanmelden": "registration", "naam": "name", "rol": "role", "functie": "role",
		"telefoon": "phone", "tijd": "time", "activiteit": "activity", "sprekers": "speakers", "spreker": "speakers",
		"tekst": "text", "maximum": "max", "velden": "fields", "ambitie": "ambition", "baseurl": "baseURL",
		"sluit": "closes", "sluiting": "closes", "sluitdatum": "closes", "sluittijd": "closes", "gesloten": "closes",
		"deadline": "closes", "einddatum": "closes", "close": "closes", "closing": "closes",
		"capaciteit": "capacity", "plaatsen": "capacity", "maxdeelnemers": "capacity", "deelnemers": "capacity",
	}
)

// checkKeys reports every key of n that s does not allow, with a "did you
// mean" for near misses, and every key given twice.
func CheckKeys(n *yaml.Node, s Keys, offset int, r diag.Reporter) {
	switch n.Kind {
	case yaml.SequenceNode:
		for _, item := range n.Content {
			if item.Kind == yaml.MappingNode {
				CheckKeys(item, s, offset, r)
			}
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			checkComment(k, v, offset, r)
			sub, ok := s[k.Value]
			if key, rest, glued := strings.Cut(k.Value, ":"); !ok && glued && hasKey(s, key) {
				r.Errorf(offset+k.Line, "na %s: hoort een spatie; schrijf %s: %s", key, key, strings.TrimSpace(rest+": "+v.Value))
				continue
			}
			if !ok {
				r.Errorf(offset+k.Line, "onbekende sleutel %q%s; toegestaan zijn: %s", k.Value, suggest(k.Value, s), strings.Join(sortedKeys(s), ", "))
				continue
			}
			if sub != nil {
				CheckKeys(v, sub, offset, r)
			}
		}
	}
}

// checkComment reports a value cut short by YAML: " #" starts a comment,
// so "color: #205072" has no value and "question: Wat is #1?" ends at
// "is". A comment whose # is followed by a space ("draft: true # weg")
// is taken as a real comment.
func checkComment(k, v *yaml.Node, offset int, r diag.Reporter) {
	c := v.LineComment
	if c == "" && v.Tag == "!!null" {
		c = k.LineComment
	}
	if len(c) < 2 || c[0] != '#' || c[1] == ' ' || c[1] == '\t' || v.Kind != yaml.ScalarNode {
		return
	}
	Whole := strings.TrimSpace(strings.TrimSpace(v.Value) + " " + c)
	if v.Tag == "!!null" {
		Whole = c
	}
	r.Errorf(offset+k.Line, "%s: de tekst vanaf %q valt weg, want in YAML begint # na een spatie een opmerking; zet de hele waarde tussen aanhalingstekens: %s: %q", k.Value, c, k.Value, Whole)
}

func hasKey(s Keys, k string) bool {
	_, ok := s[k]
	return ok
}

func sortedKeys(s Keys) []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// suggest returns `; bedoelde u "x"?` for the allowed key closest to key,
// or "" when none is close.
func suggest(key string, s Keys) string {
	lower := strings.ToLower(strings.TrimSpace(key))
	if en, ok := DutchKeyNames[lower]; ok {
		if _, allowed := s[en]; allowed {
			return fmt.Sprintf(" (bedoelde u %q?)", en)
		}
	}
	best, bestDist := "", 3
	for k := range s {
		d := dutch.Distance(lower, strings.ToLower(k))
		if d < bestDist || (d == bestDist && k < best) {
			best, bestDist = k, d
		}
	}
	if best == "" || bestDist > len(lower)/2 {
		return ""
	}
	return fmt.Sprintf(" (bedoelde u %q?)", best)
}

var typeErrLine = regexp.MustCompile(`line (\d+): cannot unmarshal !!(\w+)(?: ` + "`" + `([^` + "`" + `]*)` + "`" + `)? into (\S+)`)

// decodeMeta decodes the front matter mapping into v (a pointer to a meta
// struct) after checking its keys against v's schema. Type errors become
// Dutch messages naming the key and line; whole numbers outside their
// range are reported too.
func Decode(doc *Document, v any, r diag.Reporter) bool {
	before := len(*r.List)
	CheckKeys(doc.Meta, KeysOf(v), doc.MetaLine, r)
	err := doc.Meta.Decode(v)
	if err != nil {
		te, ok := err.(*yaml.TypeError)
		if !ok {
			r.Errorf(doc.MetaLine, "de front matter kan niet worden gelezen: %v", err)
			return false
		}
		for _, e := range te.Errors {
			line, msg := explainTypeError(doc.Meta, e)
			r.Errorf(doc.MetaLine+line, "%s", msg)
		}
	}
	if err == nil {
		// After a type error a number may be half decoded: check ranges
		// only when every value had the right form.
		checkRanges(doc, v, r)
	}
	return len(*r.List) == before
}

func explainTypeError(meta *yaml.Node, e string) (int, string) {
	if strings.Contains(e, "already defined") {
		var line int
		fmt.Sscanf(strings.TrimPrefix(e, "line "), "%d", &line)
		return line, "deze sleutel staat twee keer in de front matter; laat er één staan"
	}
	if lineText, msg, ok := strings.Cut(e, ": "+wholeError); ok {
		var line int
		fmt.Sscanf(strings.TrimPrefix(lineText, "line "), "%d", &line)
		if key := keyAtLine(meta, line); key != "" {
			msg = key + ": " + msg
		}
		return line, msg
	}
	m := typeErrLine.FindStringSubmatch(e)
	if m == nil {
		return 0, "verkeerde waarde in de front matter (" + e + ")"
	}
	var line int
	fmt.Sscanf(m[1], "%d", &line)
	key := keyAtLine(meta, line)
	if key != "" {
		key += ": "
	}
	kind, value, target := m[2], m[3], m[4]
	switch {
	case strings.HasPrefix(target, "int"):
		return line, fmt.Sprintf("%s%q is geen getal; schrijf een heel getal, bijvoorbeeld %s2", key, value, key)
	case target == "bool":
		return line, fmt.Sprintf("%s%q is geen ja/nee-waarde; schrijf true of false", key, value)
	case kind == "seq":
		return line, fmt.Sprintf("%shier hoort één tekst, geen lijst", key)
	case kind == "map":
		return line, fmt.Sprintf("%shier hoort geen lijst van sleutels; staat er een dubbele punt in de tekst, zet de tekst dan tussen aanhalingstekens", key)
	case strings.HasPrefix(target, "[]"):
		return line, fmt.Sprintf("%shier hoort een lijst, bijvoorbeeld [Prioriteit, Onderwerp] of regels die met \"- \" beginnen", key)
	case strings.HasPrefix(target, "content."):
		return line, fmt.Sprintf("%shier horen sleutels op de volgende regels, ingesprongen met spaties", key)
	}
	return line, fmt.Sprintf("%s%q heeft niet de verwachte vorm (%s)", key, value, target)
}

// keyAtLine finds the name of the key whose value starts on the given line.
func keyAtLine(n *yaml.Node, line int) string {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if v.Line == line && (v.Kind == yaml.ScalarNode || k.Line == line) {
				return k.Value
			}
			if found := keyAtLine(v, line); found != "" {
				return found
			}
		}
	}
	for _, c := range n.Content {
		if n.Kind != yaml.MappingNode {
			if found := keyAtLine(c, line); found != "" {
				return found
			}
		}
	}
	return ""
}
