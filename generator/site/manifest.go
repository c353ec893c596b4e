package site

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/probiblio/werkboek/generator/regular"
	"github.com/probiblio/werkboek/generator/view"
)

// ManifestName is the file beside the Marker that describes a published
// site: its priorities, cards and pages. The next build reads it to say
// what changed and to refuse dropping much of the site unasked.
const ManifestName = ".werkboek-inhoud.json"

// manifestFormat names the manifest's shape; a manifest of another
// shape is not trusted and the folder is read instead.
const manifestFormat = "werkboek-uitvoer 1"

// maxManifest bounds the manifest read back: 10,000 cards take about
// 1.5 MB.
const maxManifest = 64 << 20

// manifest is what a published site holds.
type manifest struct {
	Format     string             `json:"format"`
	Priorities []manifestPriority `json:"priorities"`
	Cards      []manifestCard     `json:"cards"`
	// Pages maps every HTML page to "crc-size" of its bytes; the pages
	// at old addresses are not among them.
	Pages map[string]string `json:"pages"`
	// Moved maps each old address of a priority or card to where its
	// page is now (see moved.go).
	Moved map[string]string `json:"moved,omitempty"`
}

type manifestPriority struct {
	Slug   string `json:"slug"`
	Number int    `json:"number"`
	Title  string `json:"title"`
	Cards  int    `json:"cards"`
	Dir    string `json:"dir,omitempty"` // its folder's name
}

type manifestCard struct {
	Priority string `json:"priority"` // the priority's slug
	Slug     string `json:"slug"`
	Title    string `json:"title"`
	File     string `json:"file,omitempty"` // its file's name
}

// address is the card's folder in the site.
func (c manifestCard) address() string { return view.CardAddress(c.Priority, c.Slug) }

// newManifest describes a site made from book whose files are in state,
// with the old addresses in moved.
func newManifest(book *view.Book, state map[string]FileState, moved map[string]string) *manifest {
	m := addressesOf(book)
	m.Moved = moved
	redirects := map[string]bool{}
	for from := range moved {
		redirects[path.Join(from, "index.html")] = true
	}
	for name, st := range state {
		if isPage(name) && !redirects[name] {
			m.Pages[name] = stateText(st)
		}
	}
	return m
}

// addressesOf describes the priorities and cards of book, without pages.
func addressesOf(book *view.Book) *manifest {
	m := &manifest{Format: manifestFormat, Pages: map[string]string{}, Cards: make([]manifestCard, 0, len(book.Cards))}
	for _, p := range book.Priorities {
		m.Priorities = append(m.Priorities, manifestPriority{Slug: p.Slug, Number: p.Number, Title: p.Title, Cards: len(p.Cards), Dir: p.Dir})
		for _, c := range p.Cards {
			m.Cards = append(m.Cards, manifestCard{Priority: p.Slug, Slug: c.Slug, Title: c.Title, File: path.Base(c.Card.Name)})
		}
	}
	return m
}

func isPage(name string) bool { return strings.HasSuffix(name, ".html") }

// stateText is a page's state as the manifest keeps it: its CRC and size.
func stateText(st FileState) string { return fmt.Sprintf("%08x-%d", st.CRC, st.Size) }

// writeTo writes the manifest as JSON, one priority, card or page a line
// and the pages sorted, so equal sites give equal files. It encodes one
// entry at a time: a manifest of 10,000 cards is never held as one
// string while the site it describes is in memory.
func (m *manifest) writeTo(w io.Writer) error {
	bw := bufio.NewWriter(w)
	line := func(prefix string, v any, last bool) {
		b, _ := json.Marshal(v)
		bw.WriteString(prefix)
		bw.Write(b)
		if !last {
			bw.WriteByte(',')
		}
		bw.WriteByte('\n')
	}
	fmt.Fprintf(bw, "{\"format\":%q,\n\"priorities\":[\n", m.Format)
	for i, p := range m.Priorities {
		line("", p, i == len(m.Priorities)-1)
	}
	bw.WriteString("],\n\"cards\":[\n")
	for i, c := range m.Cards {
		line("", c, i == len(m.Cards)-1)
	}
	// Each map sorted by key: equal sites give equal files.
	object := func(m map[string]string) {
		keys := slices.Sorted(maps.Keys(m))
		for i, k := range keys {
			key, _ := json.Marshal(k)
			line(string(key)+":", m[k], i == len(keys)-1)
		}
		bw.WriteString("}")
	}
	bw.WriteString("],\n\"pages\":{\n")
	object(m.Pages)
	if len(m.Moved) > 0 {
		bw.WriteString(",\n\"moved\":{\n")
		object(m.Moved)
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// readSite describes the site published in dir: from its manifest, or,
// for a site an older werkboek made, from its files. It returns nil when
// dir holds no site werkboek made.
func readSite(dir string) *manifest {
	if _, err := os.Stat(filepath.Join(dir, Marker)); err != nil {
		return nil
	}
	// A manifest is believed only when it names the pages, priorities
	// and cards that are in the folder: one edited by hand or left
	// from another site would let a build drop what is really there.
	if m, ok := readManifest(filepath.Join(dir, ManifestName)); ok && m.agrees(scanSite(dir, false).without(m.Moved)) {
		return m
	}
	return scanSite(dir, true)
}

// without leaves out of a scanned site the pages at old addresses
// (moved): they are no priorities or cards, and the manifest does not
// count them among its pages.
func (m *manifest) without(moved map[string]string) *manifest {
	if len(moved) == 0 {
		return m
	}
	for from := range moved {
		delete(m.Pages, path.Join(from, "index.html"))
	}
	m.Priorities = slices.DeleteFunc(m.Priorities, func(p manifestPriority) bool { _, ok := moved[view.PriorityAddress(p.Slug)]; return ok })
	m.Cards = slices.DeleteFunc(m.Cards, func(c manifestCard) bool { _, ok := moved[c.address()]; return ok })
	return m
}

// agrees reports whether m names the same pages, priorities and cards
// as the scan of the folder.
func (m *manifest) agrees(disk *manifest) bool {
	if len(m.Pages) != len(disk.Pages) || len(m.Priorities) != len(disk.Priorities) || len(m.Cards) != len(disk.Cards) {
		return false
	}
	for name := range disk.Pages {
		if _, ok := m.Pages[name]; !ok {
			return false
		}
	}
	have := map[string]bool{}
	for _, p := range m.Priorities {
		have[p.Slug] = true
	}
	for _, c := range m.Cards {
		have[c.address()] = true
	}
	for _, p := range disk.Priorities {
		if !have[p.Slug] {
			return false
		}
	}
	for _, c := range disk.Cards {
		if !have[c.address()] {
			return false
		}
	}
	return true
}

// readManifest reads a manifest, refusing one that is too large or of
// another shape.
func readManifest(file string) (*manifest, bool) {
	f, err := regular.Open(file)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	var m manifest
	if err := json.NewDecoder(io.LimitReader(f, maxManifest)).Decode(&m); err != nil || m.Format != manifestFormat || m.Pages == nil {
		return nil, false
	}
	return &m, true
}

// scanSite describes a site without a manifest from its files: its pages
// and, from their addresses, its priorities and cards (without titles).
// Pages are read for their state only when read is set.
func scanSite(dir string, read bool) *manifest {
	m := &manifest{Format: manifestFormat, Pages: map[string]string{}}
	cards := map[string]int{}
	root := regular.DirFS(dir)
	fs.WalkDir(root, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !isPage(name) {
			return nil
		}
		m.Pages[name] = ""
		if read {
			b, err := fs.ReadFile(root, name)
			if err != nil {
				return nil
			}
			m.Pages[name] = stateText(stateOf(b))
		}
		parts := strings.Split(path.Dir(name), "/")
		if parts[0] != "prioriteiten" || path.Base(name) != "index.html" || len(parts) < 2 || parts[len(parts)-1] == "pagina" {
			return nil
		}
		switch len(parts) {
		case 2:
			m.Priorities = append(m.Priorities, manifestPriority{Slug: parts[1]})
		case 3:
			m.Cards = append(m.Cards, manifestCard{Priority: parts[1], Slug: parts[2]})
			cards[parts[1]]++
		}
		return nil
	})
	for i, p := range m.Priorities {
		m.Priorities[i].Cards = cards[p.Slug]
	}
	return m
}

// name says which priority this is, as an editor knows it.
func (p manifestPriority) name() string {
	addr := view.PriorityAddress(p.Slug)
	if p.Title == "" {
		return "prioriteit " + addr
	}
	return "prioriteit " + strconv.Itoa(p.Number) + " " + strconv.Quote(p.Title) + " (" + addr + ")"
}

// name says which card this is, as an editor knows it.
func (c manifestCard) name() string {
	if c.Title == "" {
		return "kaart " + c.address()
	}
	return "kaart " + strconv.Quote(c.Title) + " (" + c.address() + ")"
}
