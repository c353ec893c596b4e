package site

import (
	"bytes"
	"fmt"
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
	return e.change(p, func(good string) string {
		e.broken[p] = []byte(good)
		return f(good)
	})
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
