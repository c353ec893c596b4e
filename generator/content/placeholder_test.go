package content

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/probiblio/werkboek/generator/model"
)

// newCard is a card as "werkboek new card" writes it, without draft: true.
func newCard() string {
	var b strings.Builder
	b.WriteString("---\ntitle: \"Lezen in de zomer\"\n---\n")
	for i, h := range model.SectionTitles {
		b.WriteString("\n## " + h + "\n" + CardHints[i] + "\n")
	}
	return b.String()
}

func TestPlaceholders(t *testing.T) {
	card := "prioriteiten/1-jeugd/3-zomer.md"
	all := []string{
		`:6: in de sectie "## Doelgroep" staat nog de voorbeeldtekst van werkboek new card ("Voor wie is dit project? Bijvoorbeeld: Jeugd tot achttien jaar."); vervang die door de tekst van deze kaart`,
		`:9: in de sectie "## Effect voor de doelgroep" staat nog de voorbeeldtekst van werkboek new card ("Wat merkt de doelgroep ervan?")`,
		`:12: in de sectie "## Doel van de Bibliotheek" staat nog de voorbeeldtekst`,
		`:15: in de sectie "## Resultaat" staat nog de voorbeeldtekst van werkboek new card ("Wat is er aan het eind van het project?")`,
		`:18: in de sectie "## Mogelijke onderwerpen" staat nog de voorbeeldtekst van werkboek new card ("- Een eerste mogelijk onderwerp.")`,
		`:19: in de sectie "## Mogelijke onderwerpen" staat nog de voorbeeldtekst van werkboek new card ("- Een tweede mogelijk onderwerp.")`,
	}
	tests := []struct {
		name, data string
		want       []string
	}{
		{"untouched new card", newCard(), all},
		{"one section filled", strings.Replace(newCard(), CardHints[model.Effect], "Kinderen lezen ook in de zomer.", 1), append(all[:1:1], all[2:]...)},
		{"hint moved to the lead", "---\ntitle: Zomer\n---\nWat merkt de doelgroep ervan?\n" + validCard[strings.Index(validCard, "## Doelgroep"):],
			[]string{`:4: boven de eerste kop staat nog de voorbeeldtekst van werkboek new card ("Wat merkt de doelgroep ervan?")`}},
		{"a sentence that only starts like a hint", strings.NewReplacer(
			CardHints[model.Doelgroep], "Voor wie is dit project? Voor ouders.",
			CardHints[model.Effect], "Wat merkt de doelgroep ervan? Meer plezier.",
			CardHints[model.Doel], "Bereik.", CardHints[model.Resultaat], "Een plan.", CardHints[model.Onderwerpen], "- Lezen").Replace(newCard()), nil},
		{"draft card may keep hints", strings.Replace(newCard(), "---\n\n", "draft: true\n---\n\n", 1), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := base()
			fsys[card] = &fstest.MapFile{Data: []byte(tt.data)}
			_, diags := Load(fsys, Options{Prefix: "content"})
			if len(diags) != len(tt.want) {
				t.Fatalf("got %d diagnostics, want %d:\n%v", len(diags), len(tt.want), diags)
			}
			for i, w := range tt.want {
				if got := diags[i].String(); !strings.HasPrefix(got, fmt.Sprintf("content/%s%s", card, w)) {
					t.Errorf("diagnostic %d = %q\nwant prefix %q", i, got, "content/"+card+w)
				}
			}
		})
	}
}
