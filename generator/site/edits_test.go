package site

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// editor makes the changes an editor makes, on a copy of the site.
type editor struct {
	t      testing.TB
	dir    string            // holds content/, layouts/ and assets/
	seq    int               // for unique names and values
	broken map[string][]byte // files made invalid (or undoable), with their good bytes
}

// editKind is one kind of editor action: it changes files with parameter n
// and returns the paths it touched (nil when it could do nothing).
type editKind struct {
	name string
	do   func(e *editor, n int) []string
}

var edits = []editKind{
	{"kaarttekst", func(e *editor, n int) []string {
		return e.onCard(n, func(b string) string {
			return strings.Replace(b, "## Doelgroep\n", fmt.Sprintf("## Doelgroep\nProef %d. ", e.next()), 1)
		})
	}},
	{"titel", func(e *editor, n int) []string {
		return e.onCard(n, func(b string) string { return setKey(b, "title", fmt.Sprintf("\"Titel %d: nieuw\"", e.next())) })
	}},
	{"onderwerpen", func(e *editor, n int) []string {
		return e.onCard(n, func(b string) string { return strings.TrimRight(b, "\n") + fmt.Sprintf("\n- Onderwerp %d\n", e.next()) })
	}},
	{"gewicht", func(e *editor, n int) []string {
		return e.onCard(n, func(b string) string { return setKey(b, "weight", fmt.Sprint(n%7)) })
	}},
	{"concept", func(e *editor, n int) []string {
		return e.onCard(n, func(b string) string {
			if strings.Contains(b, "\ndraft: true\n") {
				return strings.Replace(b, "\ndraft: true\n", "\n", 1)
			}
			return setKey(b, "draft", "true")
		})
	}},
	{"slug", func(e *editor, n int) []string {
		return e.onCard(n, func(b string) string {
			if n%3 == 0 {
				return removeKey(b, "slug")
			}
			return setKey(b, "slug", fmt.Sprintf("adres-%d", e.next()))
		})
	}},
	{"hernoemen", func(e *editor, n int) []string {
		old := pick(e.cards(), n)
		return e.move(old, filepath.Join(filepath.Dir(old), fmt.Sprintf("%d-hernoemd-%d.md", n%9, e.next())))
	}},
	{"verplaatsen", func(e *editor, n int) []string {
		old := pick(e.cards(), n)
		return e.move(old, filepath.Join(pick(e.priorities(), n/3), fmt.Sprintf("%d-verplaatst-%d.md", n%9, e.next())))
	}},
	{"toevoegen", func(e *editor, n int) []string {
		p := filepath.Join(pick(e.priorities(), n), fmt.Sprintf("%d-nieuw-%d.md", n%9, e.next()))
		return e.write(p, newCard(fmt.Sprintf("Nieuwe kaart %d", e.seq)))
	}},
	{"verwijderen", func(e *editor, n int) []string {
		if len(e.cards()) < 4 {
			return nil
		}
		p := pick(e.cards(), n)
		e.must(os.Remove(p))
		return []string{p}
	}},
	{"nieuwe-prioriteit", func(e *editor, n int) []string {
		d := filepath.Join(e.dir, "content", "prioriteiten", fmt.Sprintf("%d-extra-%d", 6+n%4, e.next()))
		return append(e.write(filepath.Join(d, "_index.md"), "---\ntitle: Extra prioriteit\n---\nEen extra prioriteit.\n"),
			e.write(filepath.Join(d, "1-eerste.md"), newCard("Eerste kaart"))...)
	}},
	{"prioriteit", func(e *editor, n int) []string {
		p := filepath.Join(pick(e.priorities(), n), "_index.md")
		return e.change(p, func(b string) string {
			switch n % 3 {
			case 0:
				return setKey(b, "title", fmt.Sprintf("\"Prioriteit %d\"", e.next()))
			case 1:
				return setKey(b, "color", fmt.Sprintf("\"#%02x3355\"", n%128))
			}
			return b + fmt.Sprintf("\nInleiding %d.\n", e.next())
		})
	}},
	{"voorblad", func(e *editor, n int) []string {
		return e.change(e.content("_index.md"), func(b string) string {
			if n%2 == 0 {
				return setKey(b, "description", fmt.Sprintf("Beschrijving %d.", e.next()))
			}
			return strings.Replace(b, "ProBiblio", fmt.Sprintf("ProBiblio %d", e.next()), 1)
		})
	}},
	{"programma", func(e *editor, n int) []string {
		return e.change(e.content("programma.md"), func(b string) string {
			return strings.Replace(b, "activity: \"ONTVANGST", fmt.Sprintf("activity: \"ONTVANGST %d", e.next()), 1)
		})
	}},
	{"keuzelijst", func(e *editor, n int) []string {
		return e.change(e.content("keuzelijst.md"), func(b string) string { return setKey(b, "title", fmt.Sprintf("Keuzelijst %d", e.next())) })
	}},
	{"tickets-max", func(e *editor, n int) []string {
		return e.change(e.content("tickets.md"), func(b string) string { return setKey(b, "max", fmt.Sprint(1+n%5)) })
	}},
	{"tickets-eligible", func(e *editor, n int) []string {
		return e.change(e.content("tickets.md"), func(b string) string {
			if n%2 == 0 {
				return removeKey(b, "eligible")
			}
			return setKey(b, "eligible", "["+filepath.Base(pick(e.priorities(), n))+"]")
		})
	}},
	{"tickets-velden", func(e *editor, n int) []string {
		return e.change(e.content("tickets.md"), func(b string) string {
			return setKey(b, "fields", fmt.Sprintf("[Prioriteit, Onderwerp, Bibliotheek, Veld %d]", e.next()))
		})
	}},
	{"layout", func(e *editor, n int) []string {
		p := pick(e.files("layouts"), n)
		return e.change(p, func(b string) string {
			return strings.Replace(b, "<p", fmt.Sprintf("<p data-proef=\"%d\"", e.next()), 1)
		})
	}},
	{"stijl", func(e *editor, n int) []string {
		p := pick(e.files(filepath.Join("assets", "css")), n)
		return e.change(p, func(b string) string { return b + fmt.Sprintf("\n.proef-%d{color:#123}\n", e.next()) })
	}},
	{"script", func(e *editor, n int) []string {
		p := pick(e.files(filepath.Join("assets", "js")), n)
		return e.change(p, func(b string) string { return b + fmt.Sprintf("\nwindow.werkboekProef = %d;\n", e.next()) })
	}},
	{"link", func(e *editor, n int) []string {
		from, to := pick(e.cards(), n), pick(e.cards(), n/7+1)
		if from == to {
			return nil
		}
		rel, _ := filepath.Rel(filepath.Dir(from), to)
		return e.undoable(from, func(b string) string {
			return strings.Replace(b, "## Resultaat\n", "## Resultaat\nZie ook [deze kaart]("+filepath.ToSlash(rel)+"#doel).\n\n", 1)
		})
	}},
	{"afbeelding", func(e *editor, n int) []string {
		card := pick(e.cards(), n)
		if card == "" {
			return nil
		}
		img := filepath.Join(filepath.Dir(card), "foto.png")
		var b bytes.Buffer
		png.Encode(&b, image.NewGray(image.Rect(0, 0, 10+n%50, 10+n%30)))
		changed := e.write(img, b.String())
		return append(changed, e.undoable(card, func(b string) string {
			return strings.Replace(b, "## Doel van de Bibliotheek\n", "## Doel van de Bibliotheek\n![Een foto van het project](foto.png)\n\n", 1)
		})...)
	}},
	{"stuk", func(e *editor, n int) []string { return e.breakFile(n) }},
	{"herstel", func(e *editor, n int) []string { return e.fix(n) }},
}

// breakFile makes one file invalid, remembering its good bytes.
func (e *editor) breakFile(n int) []string {
	var p, bad string
	switch n % 5 {
	case 0:
		p = pick(e.cards(), n/5)
		bad = "## Resultaten"
	case 1:
		p, bad = e.content("tickets.md"), "max: [drie"
	case 2:
		p, bad = e.content("_index.md"), "title:\n\t- tab"
	case 3:
		p, bad = filepath.Join(pick(e.priorities(), n/5), "_index.md"), "color: geel"
	default:
		p, bad = filepath.Join(e.dir, "layouts", "card.html"), "{{if}}"
	}
	if _, done := e.broken[p]; done {
		return nil
	}
	good, err := os.ReadFile(p)
	if err != nil {
		return nil
	}
	e.broken[p] = good
	s := string(good)
	if strings.HasPrefix(bad, "##") {
		s = strings.Replace(s, "## Resultaat\n", bad+"\n", 1)
	} else {
		s = strings.Replace(s, "---\n", "---\n"+bad+"\n", 1)
	}
	e.must(os.WriteFile(p, []byte(s), 0o644))
	return []string{p}
}

// undoable changes a file in a way a later "herstel" takes back (a link
// or an image that a later rename or removal would break).
func (e *editor) undoable(p string, f func(string) string) []string {
	if p == "" || e.broken[p] != nil {
		return nil
	}
	good, err := os.ReadFile(p)
	if err != nil {
		return nil
	}
	e.broken[p] = good
	return e.write(p, f(string(good)))
}

// fix gives a broken file its good bytes back.
func (e *editor) fix(n int) []string {
	var names []string
	for p := range e.broken {
		names = append(names, p)
	}
	if len(names) == 0 {
		return nil
	}
	slices.Sort(names)
	p := pick(names, n)
	good := e.broken[p]
	delete(e.broken, p)
	return e.write(p, string(good))
}

func (e *editor) next() int { e.seq++; return e.seq }

func (e *editor) must(err error) {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
}

func (e *editor) content(name string) string { return filepath.Join(e.dir, "content", name) }

func (e *editor) priorities() []string {
	dirs, _ := filepath.Glob(filepath.Join(e.dir, "content", "prioriteiten", "*"))
	return dirs
}

// cards lists the card files that are not broken.
func (e *editor) cards() []string {
	var out []string
	for _, d := range e.priorities() {
		files, _ := filepath.Glob(filepath.Join(d, "*.md"))
		for _, f := range files {
			if _, bad := e.broken[f]; !bad && filepath.Base(f) != "_index.md" {
				out = append(out, f)
			}
		}
	}
	return out
}

func (e *editor) files(sub string) []string {
	var out []string
	entries, _ := os.ReadDir(filepath.Join(e.dir, sub))
	for _, en := range entries {
		if p := filepath.Join(e.dir, sub, en.Name()); !en.IsDir() && e.broken[p] == nil {
			out = append(out, p)
		}
	}
	return out
}

func (e *editor) onCard(n int, f func(string) string) []string {
	return e.change(pick(e.cards(), n), f)
}

// change rewrites a file that is not broken.
func (e *editor) change(p string, f func(string) string) []string {
	if p == "" || e.broken[p] != nil {
		return nil
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return nil
	}
	return e.write(p, f(string(b)))
}

func (e *editor) write(p, data string) []string {
	e.must(os.MkdirAll(filepath.Dir(p), 0o755))
	e.must(os.WriteFile(p, []byte(data), 0o644))
	return []string{p}
}

func (e *editor) move(from, to string) []string {
	if from == "" {
		return nil
	}
	e.must(os.Rename(from, to))
	return []string{from, to}
}

func pick(list []string, n int) string {
	if len(list) == 0 {
		return ""
	}
	return list[(n%len(list)+len(list))%len(list)]
}

// setKey sets a front matter key, replacing its line or adding one.
func setKey(doc, key, value string) string {
	doc = removeKey(doc, key)
	return strings.Replace(doc, "---\n", "---\n"+key+": "+value+"\n", 1)
}

// removeKey drops a top-level front matter key and its indented lines.
func removeKey(doc, key string) string {
	head, body, ok := strings.Cut(strings.TrimPrefix(doc, "---\n"), "\n---\n")
	if !ok {
		return doc
	}
	var keep []string
	skipping := false
	for _, line := range strings.Split(head, "\n") {
		if strings.HasPrefix(line, key+":") {
			skipping = true
			continue
		}
		if skipping && (strings.HasPrefix(line, " ") || strings.HasPrefix(line, "-")) {
			continue
		}
		skipping = false
		keep = append(keep, line)
	}
	return "---\n" + strings.Join(keep, "\n") + "\n---\n" + body
}

func newCard(title string) string {
	var b bytes.Buffer
	fmt.Fprintf(&b, "---\ntitle: %q\n---\n", title)
	for _, h := range []string{"Doelgroep", "Effect voor de doelgroep", "Doel van de Bibliotheek", "Resultaat"} {
		fmt.Fprintf(&b, "\n## %s\nTekst bij %s.\n", h, strings.ToLower(h))
	}
	b.WriteString("\n## Mogelijke onderwerpen\n- Een onderwerp\n")
	return b.String()
}
