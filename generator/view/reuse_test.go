package view

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/corpus"
	"github.com/probiblio/werkboek/generator/model"
)

// TestBookKeepsViewsOfUnchangedCards loads a workbook, makes its book,
// changes one card's text and makes the next book from the first: every
// other card keeps its view (the same object, untouched), the changed
// card gets a new one with the new text and the neighbours in place; a
// changed title, or another option, makes every view anew.
func TestBookKeepsViewsOfUnchangedCards(t *testing.T) {
	dir := t.TempDir()
	if err := corpus.Write(dir, 30, 1); err != nil {
		t.Fatal(err)
	}
	load := func() *model.Workbook {
		wb, diags := content.Load(os.DirFS(dir), content.Options{Convert: Convert})
		if len(diags.Errors()) > 0 {
			t.Fatal(diags)
		}
		return wb
	}
	first := NewBook(load(), Options{})
	cards, _ := filepath.Glob(filepath.Join(dir, "prioriteiten", "1-*", "0002-*.md"))
	if len(cards) != 1 {
		t.Fatal("no second card of the first priority")
	}
	orig, err := os.ReadFile(cards[0])
	if err != nil {
		t.Fatal(err)
	}
	edit := func(text string) {
		if err := os.WriteFile(cards[0], []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	at := "\n## Effect voor de doelgroep"
	edit(strings.Replace(string(orig), at, "\nEen nieuwe zin over de kwartelkoning.\n"+at, 1))
	before := *first.Cards[1] // what the old view held
	second := NewBook(load(), Options{Prev: first})
	if len(second.Cards) != len(first.Cards) {
		t.Fatalf("%d cards, then %d", len(first.Cards), len(second.Cards))
	}
	for i, cv := range second.Cards {
		switch {
		case i == 1 && cv == first.Cards[1]:
			t.Errorf("the changed card kept its old view")
		case i == 1:
			if !strings.Contains(cv.SearchText, "kwartelkoning") {
				t.Errorf("the changed card's new view lacks the new text: %q", cv.SearchText)
			}
			if cv.Prev != second.Cards[0] || cv.Next != second.Cards[2] || cv.Priority != second.Priorities[0] {
				t.Errorf("the changed card's new view is not in its place")
			}
		case cv != first.Cards[i]:
			t.Errorf("card %d (%s) did not keep its view", i, cv.Title)
		}
	}
	if second.Priorities[0].Cards[1] != second.Cards[1] {
		t.Errorf("the priority lists the old view of the changed card")
	}
	if after := *first.Cards[1]; after.SearchText != before.SearchText || after.Prev != before.Prev || after.Next != before.Next {
		t.Errorf("the first book's view of the changed card was written to")
	}

	// A changed title moves what other views say: all are made anew.
	edit(strings.Replace(string(orig), `title: "`, `title: "Anders `, 1))
	third := NewBook(load(), Options{Prev: second})
	for i, cv := range third.Cards {
		if cv == second.Cards[i] {
			t.Fatalf("after a new title, card %d kept its view", i)
		}
	}
	// So does another option.
	edit(string(orig))
	wb := load()
	fourth := NewBook(wb, Options{Prev: third, PDF: true})
	if fourth.Cards[5] == third.Cards[5] {
		t.Errorf("with the PDF option set, a card kept its view from a book without")
	}
}
