package frontmatter

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/probiblio/werkboek/generator/diag"
	"go.yaml.in/yaml/v3"
)

// The front matter of each kind of file is defined once, by the yaml tags
// of its meta struct: the keys an editor may write, how they nest, which
// are whole numbers and in what range (tag range:"min..max"). The
// validator derives the allowed keys from these structs by reflection, and
// the content reference (inhoud.md) is tested against the same Schemas.

// keys describes the allowed front matter keys of one kind of file. A nil
// value is a scalar or a list of scalars; a non-nil value is a mapping (or a
// list of mappings) with its own allowed keys.
type Keys map[string]Keys

var schemaCache sync.Map // reflect.Type → keys

// schemaOf returns the allowed keys of the struct (or pointer to struct)
// that front matter is decoded into.
func KeysOf(v any) Keys {
	t := reflect.TypeOf(v)
	if s, ok := schemaCache.Load(t); ok {
		return s.(Keys)
	}
	s := schemaType(t)
	schemaCache.Store(t, s)
	return s
}

func schemaType(t reflect.Type) Keys {
	t = elem(t)
	if t.Kind() != reflect.Struct {
		return nil
	}
	out := Keys{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if name := yamlName(f); name != "" {
			out[name] = schemaType(f.Type)
		}
	}
	return out
}

// elem looks through pointers and slices to the type of one value.
func elem(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	return t
}

func yamlName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	if name == "-" || !f.IsExported() {
		return ""
	}
	return name
}

// Schema is the front matter one kind of file accepts.
type Schema struct {
	File string // the file as editors know it, e.g. "tickets.md"
	Keys []Key  // every key, nested keys as "event.date", in struct order
}

// Key is one front matter key of a Schema.
type Key struct {
	Path     string // "title", "event.date", "schedule.items.text"
	Kind     string // Dutch: "tekst", "heel getal", "ja/nee", "lijst van teksten", "sleutels eronder", "lijst met sleutels eronder"
	Min, Max int    // the allowed range of a whole number
}

// SchemaOf is the schema of the front matter of file, decoded into meta
// (a struct).
func SchemaOf(file string, meta any) Schema {
	return Schema{File: file, Keys: schemaKeys(reflect.TypeOf(meta), "")}
}

func schemaKeys(t reflect.Type, prefix string) []Key {
	var out []Key
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name := yamlName(f)
		if name == "" {
			continue
		}
		k := Key{Path: prefix + name, Kind: kindName(f.Type)}
		k.Min, k.Max, _ = fieldRange(f)
		out = append(out, k)
		if e := elem(f.Type); e.Kind() == reflect.Struct {
			out = append(out, schemaKeys(e, k.Path+".")...)
		}
	}
	return out
}

func kindName(t reflect.Type) string {
	list := false
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		list = list || t.Kind() == reflect.Slice
		t = t.Elem()
	}
	switch {
	case t == reflect.TypeOf(Whole(0)):
		return "heel getal"
	case t.Kind() == reflect.Bool:
		return "ja/nee"
	case t.Kind() == reflect.Struct && list:
		return "lijst met sleutels eronder"
	case t.Kind() == reflect.Struct:
		return "sleutels eronder"
	case list:
		return "lijst van teksten"
	}
	return "tekst"
}

// fieldRange reads the range:"min..max" tag of a whole number field.
func fieldRange(f reflect.StructField) (lo, hi int, ok bool) {
	tag := f.Tag.Get("range")
	if tag == "" {
		return 0, 0, false
	}
	a, b, found := strings.Cut(tag, "..")
	lo, err1 := strconv.Atoi(a)
	hi, err2 := strconv.Atoi(b)
	if !found || err1 != nil || err2 != nil {
		panic("content: bad range tag " + strconv.Quote(tag) + " on " + f.Name)
	}
	return lo, hi, true
}

// whole is a whole number in front matter. It accepts 3 and "3" alike and
// refuses 3.5 (which YAML would otherwise cut to 3 without a word), drie
// and lists, each at its own line.
type Whole int

// wholeError marks the messages of whole in a yaml.TypeError, so that
// explainTypeError passes them on as they are.
const wholeError = "werkboek: "

// UnmarshalYAML implements yaml.Unmarshaler.
func (w *Whole) UnmarshalYAML(n *yaml.Node) error {
	fail := func(msg string) error {
		return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: %s%s", n.Line, wholeError, msg)}}
	}
	if n.Kind != yaml.ScalarNode {
		return fail("hier hoort één heel getal, bijvoorbeeld 2")
	}
	v := strings.TrimSpace(n.Value)
	i, err := strconv.Atoi(v)
	switch {
	case err == nil:
		*w = Whole(i)
		return nil
	case errors.Is(err, strconv.ErrRange):
		return fail(diag.Quote(v) + " is te groot; schrijf een kleiner getal")
	case isDecimal(v):
		return fail(diag.Quote(v) + " is geen heel getal; schrijf een getal zonder komma of punt, zoals 3")
	}
	return fail(diag.Quote(v) + " is geen getal; schrijf het met cijfers, zoals 2")
}

// isDecimal reports whether v is a number with a fraction, such as 3.5 or 3,5.
func isDecimal(v string) bool {
	_, err := strconv.ParseFloat(strings.Replace(v, ",", ".", 1), 64)
	return err == nil
}

// checkRanges reports every whole number of the decoded meta struct v
// that lies outside the range of its key.
func checkRanges(doc *Document, v any, r diag.Reporter) {
	rv := reflect.ValueOf(v).Elem()
	t := rv.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		lo, hi, ok := fieldRange(f)
		if !ok {
			continue
		}
		fv := rv.Field(i)
		if fv.Kind() == reflect.Pointer {
			if fv.IsNil() {
				continue
			}
			fv = fv.Elem()
		}
		if n := int(fv.Int()); n < lo || n > hi {
			name := yamlName(f)
			r.Errorf(doc.Line(name), "%s: %d kan niet; kies een getal van %d tot en met %d", name, n, lo, hi)
		}
	}
}

// Value returns the number, or def when the key was not given.
func (w *Whole) Value(def int) int {
	if w == nil {
		return def
	}
	return int(*w)
}
