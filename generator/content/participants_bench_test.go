package content

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/probiblio/werkboek/generator/corpus"
	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/participants"
)

// participantsCorpus is the synthetic workbook of n cards and a
// participants file in which each of libs libraries chose three
// projects, in the format werkboek tickets tel writes.
func participantsCorpus(b *testing.B, n, libs int) (fstest.MapFS, []byte) {
	b.Helper()
	fsys := fstest.MapFS{}
	for name, data := range corpus.Files(n, 1) {
		fsys[name] = &fstest.MapFile{Data: data}
	}
	wb, diags := Load(fsys, Options{})
	if len(diags.Errors()) > 0 {
		b.Fatal(diags.Errors())
	}
	cards := wb.Cards()
	chosen := map[*model.Card][]string{}
	byLib := make([][]string, libs)
	rng := rand.New(rand.NewSource(1))
	for i := range libs {
		for _, k := range rng.Perm(len(cards))[:min(wb.Tickets.Max, 3)] {
			name := fmt.Sprintf("Bibliotheek %05d", i)
			chosen[cards[k]] = append(chosen[cards[k]], name)
			byLib[i] = append(byLib[i], cards[k].ID())
		}
	}
	var s strings.Builder
	fmt.Fprintf(&s, "{\n  \"formaat\": \"werkboek-deelnemers 1\",\n  \"editie\": %q,\n  \"projecten\": {", wb.Edition)
	for i, c := range cards {
		fmt.Fprintf(&s, "%s\n    %q: [%s]", map[bool]string{true: ",", false: ""}[i > 0], c.ID(), quoteAll(chosen[c]))
	}
	s.WriteString("\n  },\n  \"bibliotheken\": {")
	for i, ids := range byLib {
		fmt.Fprintf(&s, "%s\n    %q: [%s]", map[bool]string{true: ",", false: ""}[i > 0], fmt.Sprintf("Bibliotheek %05d", i), quoteAll(ids))
	}
	s.WriteString("\n  }\n}\n")
	return fsys, []byte(s.String())
}

func quoteAll(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = fmt.Sprintf("\n      %q", s)
	}
	if len(q) == 0 {
		return ""
	}
	return strings.Join(q, ",") + "\n    "
}

// BenchmarkParticipants measures what a participants file adds to a
// load: the workbook alone, with the file, and the check of the file by
// itself (as werkboek tickets tel --inhoud does), at 1,000 and 10,000
// cards with 100 and 1,000 libraries of three tickets each.
func BenchmarkParticipants(b *testing.B) {
	for _, size := range []struct{ cards, libs int }{{1000, 100}, {10000, 1000}} {
		fsys, data := participantsCorpus(b, size.cards, size.libs)
		name := fmt.Sprintf("cards=%d/libraries=%d", size.cards, size.libs)
		b.Run(name+"/load-without", func(b *testing.B) {
			for b.Loop() {
				Load(fsys, Options{})
			}
		})
		with := fstest.MapFS{participants.File: {Data: data}}
		for k, v := range fsys {
			with[k] = v
		}
		b.Run(name+"/load-with", func(b *testing.B) {
			for b.Loop() {
				if _, diags := Load(with, Options{}); len(diags.Errors()) > 0 {
					b.Fatal(diags.Errors())
				}
			}
		})
		wb, _ := Load(fsys, Options{})
		b.Run(name+"/check", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if p, diags := participants.Check(wb, data, participants.File); len(diags) > 0 || len(p.Libraries) != size.libs {
					b.Fatal(diags)
				}
			}
		})
	}
}
