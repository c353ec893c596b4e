package render

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/corpus"
	"github.com/probiblio/werkboek/generator/participants"
)

func TestLibraryAnchors(t *testing.T) {
	used := map[string]bool{}
	for _, tt := range []struct{ name, want string }{
		{"Bibliotheek Rijn & <Duin>", "b-bibliotheek-rijn-en-duin"},
		{"Bibliotheek A.B.", "b-bibliotheek-a-b"},
		{"Bibliotheek A B", "b-bibliotheek-a-b-2"},
		{"Библиотека", "b-bibliotheek"},
		{"Bibliotheek", "b-bibliotheek-2"},
	} {
		if got := libraryAnchor(tt.name, used); got != tt.want {
			t.Errorf("libraryAnchor(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestSearchShardsHoldLibraries builds the search index of an edition of
// 400 cards, large enough for shards, with 30 counted libraries: the
// document shards hold every priority, card and library once, in order,
// a shard with a library's text depends on more than cards, and a
// library's words lead to its document.
func TestSearchShardsHoldLibraries(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "content")
	if err := corpus.Write(dir, 400, 1); err != nil {
		t.Fatal(err)
	}
	wb, diags := content.Load(os.DirFS(dir), content.Options{})
	if len(diags.Errors()) > 0 {
		t.Fatal(diags.Errors())
	}
	projects := map[string][]string{}
	for i, c := range wb.Cards()[:30] {
		projects[c.ID()] = []string{fmt.Sprintf("Bibliotheek Proef %02d", i)}
	}
	data, _ := json.Marshal(map[string]any{"formaat": "werkboek-deelnemers 1", "editie": wb.Edition, "projecten": projects})
	p, diags := participants.Check(wb, data, participants.File)
	if len(diags.Errors()) > 0 || p == nil {
		t.Fatal(diags.Errors())
	}
	wb.Participants = p
	b := NewBook(wb, nil)
	s := NewSearch(b)
	var docs [][]any
	for _, f := range s.Files() {
		var buf strings.Builder
		if err := s.Write(f.Name, &buf); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(f.Name, "zoek/d") {
			continue
		}
		var shard [][]any
		if err := json.Unmarshal([]byte(buf.String()), &shard); err != nil {
			t.Fatal(err)
		}
		libraries := false
		for _, d := range shard {
			libraries = libraries || d[3] == "b"
		}
		if libraries && f.Cards != nil {
			t.Errorf("%s holds libraries but depends on %d cards only", f.Name, len(f.Cards))
		}
		docs = append(docs, shard...)
	}
	if want := len(b.Priorities) + len(b.Cards) + 30; len(docs) != want {
		t.Fatalf("%d documents in the shards, want %d", len(docs), want)
	}
	for i, lib := range b.Participants.Libraries {
		d := docs[len(docs)-30+i]
		if d[0] != "deelnemers/#"+lib.Anchor || d[1] != lib.Name || d[2] != "Deelnemer" || !strings.Contains(d[4].(string), lib.Cards[0].Title) {
			t.Errorf("library %d: %v", i, d)
		}
	}
	// "proef 07" finds the document of Bibliotheek Proef 07 in its words.
	n := len(docs) - 30 + 7
	for _, w := range SearchWords("proef 07") {
		var shard map[string]any
		var buf strings.Builder
		s.Write(fmt.Sprintf("zoek/w%d.json", bucket(w, s.buckets)), &buf)
		json.Unmarshal([]byte(buf.String()), &shard)
		found := false
		for k, word := range shard["t"].([]any) {
			if word == w {
				found = slices.Contains(decodePostings(shard["p"].([]any)[k].(string)), n)
			}
		}
		if !found {
			t.Errorf("the word %q does not lead to document %d", w, n)
		}
	}
}

// decodePostings reads the documents of encode's postings.
func decodePostings(s string) []int {
	var out []int
	doc, v, shift := 0, 0, 0
	for i := 0; i < len(s); i++ {
		d := strings.IndexByte(digits, s[i])
		v |= (d & 31) << shift
		shift += 5
		if d < 32 {
			doc += v >> 4
			out = append(out, doc)
			v, shift = 0, 0
		}
	}
	return out
}

// TestParticipantsOnlyWhereTicketsGo renders the test workbook with a
// count where tickets go to the first priority only: its card names its
// library, the other card shows no count, /deelnemers/ lists the first
// priority only and the library without a ticket too, with the words for
// one; without the count there is no such page and no extra CSS.
func TestParticipantsOnlyWhereTicketsGo(t *testing.T) {
	b := workbook(t, map[string]string{
		"tickets.md": "---\ntitle: Tickets\nmax: 3\nfields: [Onderwerp, Bibliotheek]\neligible: [1-jeugd]\n---\n",
		"deelnemers.json": `{"formaat": "werkboek-deelnemers 1", "editie": "2099",
  "projecten": {"jeugd/spoenk": ["Bibliotheek \"Oost\" & West"]},
  "bibliotheken": {"Bibliotheek \"Oost\" & West": ["jeugd/spoenk"], "Bibliotheek Zuid": []}}`,
	})
	card := string(renderPage(t, b, "card", "prioriteiten/jeugd/spoenk/"))
	if !strings.Contains(card, "Deelnemende Bibliotheken (1)</h2>") || !strings.Contains(card, `<a href="../../../deelnemers/#b-bibliotheek-oost-en-west">Bibliotheek &#34;Oost&#34; &amp; West</a>`) {
		t.Errorf("the card page does not name its library:\n%s", card)
	}
	if other := string(renderPage(t, b, "card", "prioriteiten/groot/informeel/")); strings.Contains(other, "Deelnemende") {
		t.Error("a card that tickets cannot name shows participants")
	}
	page := string(renderPage(t, b, "participants", ParticipantsURL))
	for _, want := range []string{
		"2 Bibliotheken, 1 ticket, 1 project met een groep.",
		"Prioriteit 1 · Jeugd &amp; onderwijs",
		`<li id="b-bibliotheek-zuid"><h3><a href="#b-bibliotheek-zuid">Bibliotheek Zuid</a></h3><p>Deze Bibliotheek heeft geen project gekozen.`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("/deelnemers/ lacks %q:\n%s", want, page)
		}
	}
	if strings.Contains(page, "Persoonlijke ontwikkeling") {
		t.Error("/deelnemers/ lists a priority that tickets cannot name")
	}
	if !strings.Contains(string(AccentCSS(b)), ".participants-totals") || !strings.Contains(string(EditionCSS(b)), ".p-participants") {
		t.Error("the CSS of the count is missing")
	}
	without := workbook(t, nil)
	if strings.Contains(string(AccentCSS(without)), "participants") || strings.Contains(string(EditionCSS(without)), "participants") {
		t.Error("a site without a count gets its CSS")
	}
	r, _ := New(os.DirFS("../../layouts"), Assets{})
	for _, p := range r.Pages(without) {
		if p.Kind == "participants" {
			t.Error("a site without a count has a page of participants")
		}
	}
}
