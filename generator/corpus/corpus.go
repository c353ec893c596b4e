// Package corpus generates synthetic but valid werkboek workbooks of any
// size, for benchmarks and tests. The output depends only on the number of
// cards and the seed: the same arguments always give the same bytes.
//
// The text is Dutch-like: sentences are composed from a vocabulary of a few
// hundred Dutch words about library work, with a seeded PCG source.
package corpus

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
)

// priority is one of the five priority folders of the workbook.
type priority struct {
	slug, title string
}

// priorities are the five priorities, in order; folder k is "<k>-<slug>".
var priorities = []priority{
	{"jeugd-en-onderwijs", "Jeugd en onderwijs"},
	{"persoonlijke-ontwikkeling", "Persoonlijke ontwikkeling"},
	{"participatie-en-zelfredzaamheid", "Participatie en zelfredzaamheid"},
	{"verandering-klassieke-bibliotheek", "Verandering en verbreding van de klassieke Bibliotheek"},
	{"culturele-infrastructuur", "Bevorderen van culturele infrastructuur"},
}

// priorityDir returns the content-relative folder of priority index i.
func priorityDir(i int) string {
	return fmt.Sprintf("prioriteiten/%d-%s", i+1, priorities[i].slug)
}

// ErrNotEmpty is returned, wrapped, by Write and WriteHugo when the target
// folder exists and is not empty.
var ErrNotEmpty = errors.New("map is niet leeg")

// cards generates n cards, spread round-robin over the five priorities.
// A negative n counts as zero.
func (g *gen) cards(n int) []card {
	n = max(n, 0)
	per := (n + len(priorities) - 1) / len(priorities)
	width := max(4, len(strconv.Itoa(per)))
	titles := make(map[string]bool, n)
	slugs := make(map[string]bool, n)
	out := make([]card, 0, n)
	for i := range n {
		p := i % len(priorities)
		title := g.title()
		for try := 0; titles[title]; try++ {
			if try < 20 {
				title = g.title()
			} else {
				title = fmt.Sprintf("%s (%d)", title, i+1)
			}
		}
		titles[title] = true
		c := g.newCard(title, g.question())
		c.priority, c.number = p, i/len(priorities)+1
		slug := slugify(title)
		key := priorityDir(p) + "/" + slug
		for k := 2; slugs[key]; k++ {
			slug = fmt.Sprintf("%s-%d", slugify(title), k)
			key = priorityDir(p) + "/" + slug
		}
		slugs[key] = true
		c.name = fmt.Sprintf("%0*d-%s.md", width, c.number, slug)
		out = append(out, c)
	}
	return out
}

// Files returns a complete workbook with n project cards as a map from
// slash-separated path, relative to the content root, to file contents.
// It holds the root _index.md, programma.md, keuzelijst.md, tickets.md, the
// five priority folders with their _index.md and the cards, spread
// round-robin over the priorities and numbered within each.
func Files(n int, seed int64) map[string][]byte {
	files, cards := generate(n, seed)
	for _, c := range cards {
		files[priorityDir(c.priority)+"/"+c.name] = c.file()
	}
	return files
}

// generate returns the workbook's pages other than cards, keyed by path,
// and its n cards. Pages come first in the random stream, so Files and
// HugoFiles get the same cards.
func generate(n int, seed int64) (map[string][]byte, []card) {
	g := newGen(seed)
	pages := map[string][]byte{
		"_index.md":     g.rootIndex(),
		"programma.md":  g.programme(),
		"keuzelijst.md": g.checklist(),
		"tickets.md":    g.tickets(),
	}
	for i := range priorities {
		pages[priorityDir(i)+"/_index.md"] = g.priorityIndex(i)
	}
	return pages, g.cards(n)
}

// Write writes the workbook of Files(n, seed) into dir, creating it and its
// folders as needed. It refuses, with an error wrapping ErrNotEmpty, to
// write into a folder that already holds anything.
func Write(dir string, n int, seed int64) error {
	return writeTree(dir, Files(n, seed))
}

// writeTree checks that dir is absent or empty and writes files into it.
func writeTree(dir string, files map[string][]byte) error {
	entries, err := os.ReadDir(dir)
	switch {
	case err == nil && len(entries) > 0:
		return fmt.Errorf("corpus: %s: %w", dir, ErrNotEmpty)
	case err != nil && !errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("corpus: map %s is niet te lezen: %w", dir, err)
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	made := map[string]bool{}
	for _, name := range names {
		full := filepath.Join(dir, filepath.FromSlash(name))
		if d := path.Dir(name); !made[d] {
			if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
				return fmt.Errorf("corpus: map aanmaken mislukt: %w", err)
			}
			made[d] = true
		}
		if err := os.WriteFile(full, files[name], 0o644); err != nil {
			return fmt.Errorf("corpus: bestand schrijven mislukt: %w", err)
		}
	}
	return nil
}
