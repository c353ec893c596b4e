package content

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// keys describes the allowed front matter keys of one kind of file. A nil
// value is a scalar or a list of scalars; a non-nil value is a mapping (or a
// list of mappings) with its own allowed keys.
type keys map[string]keys

var (
	rootKeys = keys{
		"title": nil, "edition": nil, "description": nil, "baseURL": nil, "language": nil, "organisation": nil,
		"event":   keys{"name": nil, "date": nil, "start": nil, "end": nil, "venue": nil, "address": nil, "registration": nil},
		"contact": keys{"name": nil, "role": nil, "phone": nil, "email": nil},
	}
	pageKeys      = keys{"title": nil, "description": nil}
	scheduleKeys  = keys{"title": nil, "description": nil, "schedule": keys{"time": nil, "activity": nil, "speakers": nil, "location": nil, "items": keys{"text": nil, "location": nil, "time": nil}}}
	ticketKeys    = keys{"title": nil, "description": nil, "max": nil, "fields": nil, "eligible": nil}
	priorityKeys  = keys{"title": nil, "weight": nil, "slug": nil, "color": nil, "description": nil, "programme": keys{"name": nil, "ambition": nil, "text": nil}, "note": keys{"title": nil, "text": nil}}
	cardKeys      = keys{"title": nil, "weight": nil, "slug": nil, "question": nil, "draft": nil, "description": nil}
	dutchKeyNames = map[string]string{
		"titel": "title", "gewicht": "weight", "volgorde": "weight", "vraag": "question", "concept": "draft",
		"kleur": "color", "colour": "color", "programma": "programme", "program": "programme", "notitie": "note",
		"opmerking": "note", "editie": "edition", "beschrijving": "description", "omschrijving": "description",
		"taal": "language", "organisatie": "organisation", "organization": "organisation", "evenement": "event",
		"datum": "date", "begin": "start", "eind": "end", "einde": "end", "locatie": "location", "plaats": "venue",
		"adres": "address", "aanmelden": "registration", "naam": "name", "rol": "role", "functie": "role",
		"telefoon": "phone", "tijd": "time", "activiteit": "activity", "sprekers": "speakers", "spreker": "speakers",
		"tekst": "text", "maximum": "max", "velden": "fields", "ambitie": "ambition", "baseurl": "baseURL",
	}
)

// checkKeys reports every key of n that s does not allow, with a "did you
// mean" for near misses, and every key given twice.
func checkKeys(n *yaml.Node, s keys, offset int, r reporter) {
	switch n.Kind {
	case yaml.SequenceNode:
		for _, item := range n.Content {
			if item.Kind == yaml.MappingNode {
				checkKeys(item, s, offset, r)
			}
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			sub, ok := s[k.Value]
			if !ok {
				r.errorf(offset+k.Line, "onbekende sleutel %q%s; toegestaan zijn: %s", k.Value, suggest(k.Value, s), strings.Join(sortedKeys(s), ", "))
				continue
			}
			if sub != nil {
				checkKeys(v, sub, offset, r)
			}
		}
	}
}

func sortedKeys(s keys) []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// suggest returns `; bedoelde u "x"?` for the allowed key closest to key,
// or "" when none is close.
func suggest(key string, s keys) string {
	lower := strings.ToLower(strings.TrimSpace(key))
	if en, ok := dutchKeyNames[lower]; ok {
		if _, allowed := s[en]; allowed {
			return fmt.Sprintf(" (bedoelde u %q?)", en)
		}
	}
	best, bestDist := "", 3
	for k := range s {
		d := distance(lower, strings.ToLower(k))
		if d < bestDist || (d == bestDist && k < best) {
			best, bestDist = k, d
		}
	}
	if best == "" || bestDist > len(lower)/2 {
		return ""
	}
	return fmt.Sprintf(" (bedoelde u %q?)", best)
}

// distance is the Levenshtein edit distance between a and b.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

var typeErrLine = regexp.MustCompile(`line (\d+): cannot unmarshal !!(\w+)(?: ` + "`" + `([^` + "`" + `]*)` + "`" + `)? into (\S+)`)

// decodeMeta decodes the front matter mapping into v after checking its
// keys. Type errors become Dutch messages naming the key and line.
func decodeMeta(doc *document, s keys, v any, r reporter) bool {
	before := len(*r.diags)
	checkKeys(doc.meta, s, doc.metaLine, r)
	if err := doc.meta.Decode(v); err != nil {
		te, ok := err.(*yaml.TypeError)
		if !ok {
			r.errorf(doc.metaLine, "de front matter kan niet worden gelezen: %v", err)
			return false
		}
		for _, e := range te.Errors {
			line, msg := explainTypeError(doc.meta, e)
			r.errorf(doc.metaLine+line, "%s", msg)
		}
	}
	return len(*r.diags) == before
}

func explainTypeError(meta *yaml.Node, e string) (int, string) {
	if strings.Contains(e, "already defined") {
		var line int
		fmt.Sscanf(strings.TrimPrefix(e, "line "), "%d", &line)
		return line, "deze sleutel staat twee keer in de front matter; laat er één staan"
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
