package content

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/frontmatter"
	"github.com/probiblio/werkboek/generator/model"
	"go.yaml.in/yaml/v3"
)

// TestNumbers checks every whole-number key: 3 and "3" are the same, a
// fraction, a word, a list and a value outside the key's range are refused
// at their own line with a Dutch message.
func TestNumbers(t *testing.T) {
	card := "prioriteiten/1-jeugd/1-spoenk.md"
	prio := "prioriteiten/2-volwassen/_index.md"
	cardWith := func(line string) string { return strings.Replace(validCard, "question:", line+"\nquestion:", 1) }
	tests := []struct {
		name, file, data string
		want             string // "path:line: message" prefix; "" means no error
		check            func(*model.Workbook) bool
	}{
		{"max 3", "tickets.md", "---\nmax: 3\n---\n", "", func(wb *model.Workbook) bool { return wb.Tickets.Max == 3 }},
		{"max quoted", "tickets.md", "---\nmax: \"4\"\n---\n", "", func(wb *model.Workbook) bool { return wb.Tickets.Max == 4 }},
		{"max single quoted", "tickets.md", "---\nmax: '5'\n---\n", "", func(wb *model.Workbook) bool { return wb.Tickets.Max == 5 }},
		{"max fraction", "tickets.md", "---\ntitle: T\nmax: 3.5\n---\n", `content/tickets.md:3: max: "3.5" is geen heel getal; schrijf een getal zonder komma of punt, zoals 3`, nil},
		{"max decimal comma", "tickets.md", "---\nmax: \"3,5\"\n---\n", `content/tickets.md:2: max: "3,5" is geen heel getal`, nil},
		{"max word", "tickets.md", "---\nmax: drie\n---\n", `content/tickets.md:2: max: "drie" is geen getal; schrijf het met cijfers, zoals 2`, nil},
		{"max list", "tickets.md", "---\nmax: [3]\n---\n", `content/tickets.md:2: max: hier hoort één heel getal`, nil},
		{"max zero", "tickets.md", "---\nmax: 0\n---\n", `content/tickets.md:2: max: 0 kan niet; kies een getal van 1 tot en met 20`, nil},
		{"max too many", "tickets.md", "---\n\nmax: \"21\"\n---\n", `content/tickets.md:3: max: 21 kan niet; kies een getal van 1 tot en met 20`, nil},
		{"max huge", "tickets.md", "---\nmax: 99999999999999999999\n---\n", `content/tickets.md:2: max: "99999999999999999999" is te groot`, nil},
		{"card weight quoted", card, cardWith(`weight: "7"`), "", func(wb *model.Workbook) bool { return wb.Cards()[1].Weight == 7 }},
		{"card weight fraction", card, cardWith("weight: 1.5"), "content/" + card + `:3: weight: "1.5" is geen heel getal`, nil},
		{"card weight word", card, cardWith("weight: eerste"), "content/" + card + `:3: weight: "eerste" is geen getal`, nil},
		{"card weight out of range", card, cardWith("weight: 2000000"), "content/" + card + `:3: weight: 2000000 kan niet; kies een getal van -1000000 tot en met 1000000`, nil},
		{"priority weight quoted", prio, "---\ntitle: P\nweight: \"0\"\n---\n", "", func(wb *model.Workbook) bool { return wb.Priorities[0].Slug == "volwassen" }},
		{"priority weight fraction", prio, "---\ntitle: P\nweight: 0.5\n---\n", "content/" + prio + `:3: weight: "0.5" is geen heel getal`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := base()
			fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.data)}
			wb, diags := Load(fsys, Options{Prefix: "content"})
			errs := diags.Errors()
			if tt.want == "" {
				if len(errs) > 0 || !tt.check(wb) {
					t.Fatalf("want the number used, got %v", diags)
				}
				return
			}
			if len(errs) != 1 || !strings.HasPrefix(errs[0].String(), tt.want) {
				t.Fatalf("want one error %q, got:\n%v", tt.want, diags)
			}
		})
	}
}

// TestSchemaIsTheStructs checks that the allowed keys are those of the
// meta structs and nothing else, and that the suggestions for Dutch key
// names point at keys that exist.
func TestSchemaIsTheStructs(t *testing.T) {
	all := map[string]bool{}
	for _, s := range Schemas() {
		for _, k := range s.Keys {
			parts := strings.Split(k.Path, ".")
			all[parts[len(parts)-1]] = true
			if k.Min != 0 || k.Max != 0 {
				if len(parts) != 1 || k.Kind != "heel getal" {
					t.Errorf("%s %s: a range is checked only on a whole number at the top level", s.File, k.Path)
				}
			}
		}
	}
	for dutch, en := range frontmatter.DutchKeyNames {
		if !all[en] {
			t.Errorf("DutchKeyNames[%q] = %q, which no schema has", dutch, en)
		}
	}
	if got := frontmatter.KeysOf(&ticketMeta{}); !reflect.DeepEqual(got, frontmatter.Keys{"title": nil, "description": nil, "max": nil, "fields": nil, "eligible": nil, "closes": nil, "capacity": nil}) {
		t.Errorf("tickets schema = %v", got)
	}
	root := frontmatter.KeysOf(&rootMeta{})
	if root["event"]["date"] != nil || root["event"] == nil || root["title"] != nil {
		t.Errorf("root schema = %v", root)
	}
	// Every key of every schema is accepted in its file.
	for _, tt := range []struct {
		file string
		meta any
	}{{"card", &cardMeta{}}, {"priority", &priorityMeta{}}, {"root", &rootMeta{}}, {"schedule", &scheduleMeta{}}, {"tickets", &ticketMeta{}}, {"page", &pageMeta{}}} {
		var diags diag.List
		node := &yaml.Node{Kind: yaml.MappingNode}
		for k := range frontmatter.KeysOf(tt.meta) {
			node.Content = append(node.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: k}, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null"})
		}
		frontmatter.CheckKeys(node, frontmatter.KeysOf(tt.meta), 0, diag.Reporter{Path: tt.file, List: &diags})
		if len(diags) > 0 {
			t.Errorf("%s: %v", tt.file, diags)
		}
	}
}

// TestDescriptionIsKept checks that description, accepted on cards,
// priorities and pages, reaches the model (render makes it the page's meta
// description).
func TestDescriptionIsKept(t *testing.T) {
	fsys := base()
	fsys["prioriteiten/1-jeugd/1-spoenk.md"] = &fstest.MapFile{Data: []byte(strings.Replace(validCard, "question:", "description: Kaarttekst.\nquestion:", 1))}
	fsys["prioriteiten/1-jeugd/_index.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Jeugd\ndescription: Prioriteittekst.\n---\n")}
	fsys["keuzelijst.md"] = &fstest.MapFile{Data: []byte("---\ndescription: Lijsttekst.\n---\n")}
	fsys["tickets.md"] = &fstest.MapFile{Data: []byte("---\ndescription: Tickettekst.\n---\n")}
	fsys["programma.md"] = &fstest.MapFile{Data: []byte("---\ndescription: Programmatekst.\nschedule:\n  - time: \"09:30\"\n    activity: Ontvangst\n---\n")}
	wb, diags := Load(fsys, Options{})
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	got := []string{wb.Cards()[0].Description, wb.Priorities[0].Description, wb.Checklist.Description, wb.Tickets.Description, wb.Schedule.Description}
	if strings.Join(got, " ") != "Kaarttekst. Prioriteittekst. Lijsttekst. Tickettekst. Programmatekst." {
		t.Errorf("descriptions = %q", got)
	}
}

// TestTitleSuggestionIsYAML checks that the example in the message about
// a missing card title can be pasted into the front matter as it is.
func TestTitleSuggestionIsYAML(t *testing.T) {
	fsys := base()
	fsys["prioriteiten/1-jeugd/1-spoenk.md"] = &fstest.MapFile{Data: []byte(validCard[strings.Index(validCard, "## Doelgroep"):])}
	_, diags := Load(fsys, Options{})
	if len(diags) != 1 {
		t.Fatalf("diagnostics = %v", diags)
	}
	_, example, ok := strings.Cut(diags[0].Message, "bijvoorbeeld: ")
	var m map[string]string
	if err := yaml.Unmarshal([]byte(example), &m); !ok || err != nil || m["title"] != "Spoenk: innovatief jeugdbibliotheekwerk" {
		t.Errorf("example %q in %q is not valid YAML with the title: %v", example, diags[0].Message, err)
	}
}

// TestValueCutByComment checks that a value YAML cuts short at " #" is an
// error, while a real comment after a value is allowed.
func TestValueCutByComment(t *testing.T) {
	for _, tt := range []struct{ file, data, want string }{
		{"prioriteiten/2-volwassen/_index.md", "---\ntitle: P\ncolor: #6A3D9A\n---\n", `content/prioriteiten/2-volwassen/_index.md:3: color: de tekst vanaf "#6A3D9A" valt weg, want in YAML begint # na een spatie een opmerking; zet de hele waarde tussen aanhalingstekens: color: "#6A3D9A"`},
		{"prioriteiten/1-jeugd/1-spoenk.md", strings.Replace(validCard, "question: Waar loop ik tegenaan?", "question: Wat is #1?", 1), `content/prioriteiten/1-jeugd/1-spoenk.md:3: question: de tekst vanaf "#1?" valt weg, want in YAML begint # na een spatie een opmerking; zet de hele waarde tussen aanhalingstekens: question: "Wat is #1?"`},
		{"prioriteiten/1-jeugd/1-spoenk.md", strings.Replace(validCard, "question:", "draft: false # haal deze regel weg\nquestion:", 1), ""},
	} {
		fsys := base()
		fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.data)}
		_, diags := Load(fsys, Options{Prefix: "content"})
		if tt.want == "" && len(diags) > 0 || tt.want != "" && (len(diags) != 1 || diags[0].String() != tt.want) {
			t.Errorf("%s: diagnostics %v, want %q", tt.file, diags, tt.want)
		}
	}
}
