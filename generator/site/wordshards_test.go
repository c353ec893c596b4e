package site

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/corpus"
)

// TestOneEditMakesOneWordShard edits one card of a workbook whose search
// index is sharded (500 cards: 13 word shards) as an editor would in
// serve mode, and checks that an edit that brings in or takes away one
// word makes one word shard again, not all of them, while an edit that
// changes no word makes none; and that after every edit each file is,
// byte for byte, what a clean rebuild of the same files makes.
func TestOneEditMakesOneWordShard(t *testing.T) {
	dir := t.TempDir()
	if err := corpus.Write(dir, 500, 1); err != nil {
		t.Fatal(err)
	}
	opts := Options{SiteDir: repo, ContentDir: dir}
	s := &session{e: NewEngine(opts)}
	first, err := s.Rebuild(nil)
	if err != nil {
		t.Fatal(err)
	}
	shards := 0
	for _, name := range first.Changed {
		if strings.HasPrefix(name, "zoek/w") {
			shards++
		}
	}
	if shards < 10 {
		t.Fatalf("a workbook of 500 cards has %d word shards; want at least 10 for this test", shards)
	}
	cards, _ := filepath.Glob(filepath.Join(dir, "prioriteiten", "1-*", "0001-*.md"))
	if len(cards) != 1 {
		t.Fatalf("no first card in %s", dir)
	}
	card := cards[0]
	orig, err := os.ReadFile(card)
	if err != nil {
		t.Fatal(err)
	}
	// Words added to the first section's text (Doelgroep), which the
	// search index holds.
	at := "\n## Effect voor de doelgroep"
	if !bytes.Contains(orig, []byte(at)) {
		t.Fatalf("%s has no %q", card, at)
	}
	with := func(text string) string { return strings.Replace(string(orig), at, text+at, 1) }
	edits := []struct {
		what   string
		text   string
		shards int // word shards made again
	}{
		{"a blank line", with("\n"), 0},
		{"a new word", with("\nZwoegelvinkje.\n"), 1},
		{"the word again, in another sentence", with("\nZwoegelvinkje!\n"), 0},
		{"the word taken away", with("\n"), 1},
		{"the card as it was", string(orig), 0},
	}
	var base int // files made by an edit that changes no word
	for i, ed := range edits {
		if err := os.WriteFile(card, []byte(ed.text), 0o644); err != nil {
			t.Fatal(err)
		}
		r, err := s.Rebuild([]string{card})
		if err != nil {
			t.Fatalf("%s: %v", ed.what, err)
		}
		if i == 0 {
			base = r.Rendered
			if base >= first.Rendered/2 {
				t.Fatalf("an edit of one card made %d of %d files again", base, first.Rendered)
			}
		}
		if got := r.Rendered - base; got != ed.shards {
			t.Errorf("%s: %d files made again, %d more than an edit without new words; want %d more (word shards): changed %v", ed.what, r.Rendered, got, ed.shards, r.Changed)
		}
		clean, _, err := NewEngine(opts).RebuildSnapshot(nil, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		want, err := clean.All()
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.snap.All()
		if err != nil {
			t.Fatal(err)
		}
		for name, b := range want {
			if !bytes.Equal(got[name], b) {
				t.Errorf("%s: %s differs from a clean rebuild", ed.what, name)
			}
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d files served, a clean rebuild makes %d", ed.what, len(got), len(want))
		}
	}
}
