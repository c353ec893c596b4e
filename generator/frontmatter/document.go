package frontmatter

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"github.com/adrg/frontmatter"
	"github.com/probiblio/werkboek/generator/diag"
	"go.yaml.in/yaml/v3"
)

// document is a content file split into its front matter and its body.
type Document struct {
	Meta     *yaml.Node // a mapping node; empty when the file has no front matter
	MetaLine int        // YAML line k is file line metaLine+k
	Head     []byte     // the front matter with its delimiters, as read
	Body     []byte
	BodyLine int // file line of the body's first byte
}

// parseDocument splits src into front matter and body. A UTF-8 byte order
// mark is dropped and CRLF line endings become LF, so both simply work.
// It reports problems through r and returns nil when the file is unusable.
func Parse(src []byte, r diag.Reporter) *Document {
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	if bytes.IndexByte(src, '\r') >= 0 {
		src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
		src = bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
	}
	if !utf8.Valid(src) {
		line := 1 + bytes.Count(src[:InvalidUTF8(src)], []byte("\n"))
		r.Errorf(line, "het bestand bevat tekens die geen UTF-8 zijn; sla het op als UTF-8 (in de meeste editors: Opslaan als… > Codering: UTF-8)")
		return nil
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		// The renderer would show it as U+FFFD; it is never meant.
		r.Errorf(1+bytes.Count(src[:i], []byte("\n")), "op deze regel staat een onzichtbaar nul-teken (U+0000), dat als � op de site zou komen; haal het weg (typ de regel eventueel opnieuw)")
		return nil
	}
	doc := &Document{Meta: &yaml.Node{Kind: yaml.MappingNode}}
	delimLine, delim := firstLine(src)
	doc.MetaLine = delimLine
	found := false
	var yamlErr error
	var yamlData []byte
	unmarshalYAML := func(data []byte, v any) error {
		found = true
		var n yaml.Node
		if err := yaml.Unmarshal(data, &n); err != nil {
			yamlErr = err
			yamlData = data
			return nil
		}
		*v.(*yaml.Node) = n
		return nil
	}
	unmarshalTOML := func(data []byte, v any) error {
		found = true
		var m map[string]any
		if err := toml.Unmarshal(data, &m); err != nil {
			yamlErr = err
			return nil
		}
		// TOML has no node tree with lines: convert to YAML and point every
		// problem at the opening +++ line.
		out, err := yaml.Marshal(m)
		if err == nil {
			err = yaml.Unmarshal(out, v.(*yaml.Node))
		}
		clearLines(v.(*yaml.Node))
		return err
	}
	var root yaml.Node
	// The library wraps a reader in a new 4 KB bufio.Reader unless it
	// already is one: for ten thousand cards, a pooled one.
	br := readers.Get().(*bufio.Reader)
	br.Reset(bytes.NewReader(src))
	defer func() {
		br.Reset(nil)
		readers.Put(br)
	}()
	body, err := frontmatter.Parse(br, &root,
		frontmatter.NewFormat("---", "---", unmarshalYAML),
		frontmatter.NewFormat("+++", "+++", unmarshalTOML))
	if err != nil {
		r.Errorf(delimLine, "de front matter kan niet worden gelezen: %v", err)
		return nil
	}
	if yamlErr != nil {
		line, msg := yamlSlip(yamlData, doc.MetaLine)
		if line == 0 {
			line, msg = explainYAMLError(yamlErr, yamlData)
		}
		r.Errorf(doc.MetaLine+line, "%s", msg)
		return nil
	}
	if !found && (delim == "---" || delim == "+++") {
		r.Errorf(delimLine, "de front matter is niet afgesloten; zet onder de laatste sleutel een regel met alleen %s", delim)
		return nil
	}
	if found && root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		switch m := root.Content[0]; m.Kind {
		case yaml.MappingNode:
			doc.Meta = m
		case yaml.ScalarNode:
			if m.Value != "" {
				r.Errorf(doc.MetaLine+m.Line, "de front matter moet bestaan uit regels als \"title: Mijn titel\"")
				return nil
			}
		default:
			r.Errorf(doc.MetaLine+m.Line, "de front matter moet bestaan uit regels als \"title: Mijn titel\", niet uit een lijst")
			return nil
		}
	}
	offset := len(src) - len(body)
	if offset < 0 || !bytes.HasSuffix(src, body) {
		offset = 0
	}
	doc.Head, doc.Body = src[:offset], src[offset:]
	doc.BodyLine = 1 + bytes.Count(src[:offset], []byte("\n"))
	return doc
}

// firstLine returns the 1-based number and trimmed text of the first
// non-blank line, where a front matter delimiter would be.
func firstLine(src []byte) (int, string) {
	for i, line := range strings.Split(string(src), "\n") {
		if t := strings.TrimSpace(line); t != "" {
			return i + 1, t
		}
	}
	return 1, ""
}

func InvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

func clearLines(n *yaml.Node) {
	n.Line, n.Column = 0, 0
	for _, c := range n.Content {
		clearLines(c)
	}
}

// explainYAMLError turns a YAML parser error into a front matter line and
// a Dutch message that says how to fix it.
func explainYAMLError(err error, data []byte) (int, string) {
	msg := err.Error()
	line := 1 // the parser gives no line for problems on the first one
	if _, rest, ok := strings.Cut(msg, "line "); ok {
		fmt.Sscanf(rest, "%d", &line)
	}
	lower := strings.ToLower(msg)
	switch {
	case strings.Contains(lower, "found character that cannot start any token") || strings.Contains(lower, "found a tab"):
		// The parser names the line of the surrounding block; point at
		// the first line indented with a tab instead.
		for i, l := range strings.Split(string(data), "\n") {
			if indent := l[:len(l)-len(strings.TrimLeft(l, " \t"))]; strings.Contains(indent, "\t") {
				return i + 1, "tab in de front matter; spring in met spaties, niet met tabs"
			}
		}
		return line, "tab in de front matter; spring in met spaties, niet met tabs"
	case strings.Contains(lower, "mapping values are not allowed"):
		return line, "dubbele punt op een onverwachte plek; zet een tekst met een dubbele punt tussen aanhalingstekens, bijvoorbeeld title: \"Spoenk: jeugdwerk\""
	case strings.Contains(lower, "already defined"):
		return line, "deze sleutel staat twee keer in de front matter; laat er één staan"
	case strings.Contains(lower, "did not find expected key"), strings.Contains(lower, "did not find expected '-'"):
		return line, "de inspringing klopt niet; zet sleutels op hetzelfde niveau precies onder elkaar"
	case strings.Contains(lower, "found unexpected end of stream"), strings.Contains(lower, "did not find expected"):
		return line, "een aanhalingsteken of haakje wordt niet gesloten; controleer deze regel"
	}
	return line, "de front matter is geen geldige YAML (" + strings.TrimPrefix(msg, "yaml: ") + "); controleer inspringing, dubbele punten en aanhalingstekens"
}

// line returns the file line of the value of a key path in the front
// matter, or the delimiter line when the key is absent.
func (d *Document) Line(keyPath ...string) int {
	n := d.Meta
	for _, k := range keyPath {
		var next *yaml.Node
		for i := 0; n.Kind == yaml.MappingNode && i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == k {
				next = n.Content[i+1]
				break
			}
		}
		if next == nil {
			return d.MetaLine
		}
		n = next
	}
	return d.MetaLine + n.Line
}

// readers are the read buffers of front matter being parsed, reused.
var readers = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 4096) }}
