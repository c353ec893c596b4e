package search

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
	"github.com/probiblio/werkboek/generator/view"
)

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
	b := view.NewBook(wb, view.Options{})
	s := New(b)
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
	for _, w := range Words("proef 07") {
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
