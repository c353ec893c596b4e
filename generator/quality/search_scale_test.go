package quality

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/probiblio/werkboek/generator/search"
	"github.com/probiblio/werkboek/generator/site"
	"github.com/probiblio/werkboek/generator/view"
)

// TestSearchAtScale builds 10,000 synthetic cards and searches them in
// headless Chromium as a reader does, typing each query letter by letter
// on a freshly opened page: every query transfers at most 300 kB of index
// files, and the results are those of the ranking over the whole index
// (title 10, topic 4, context 2, text 1 per query word; words match by
// prefix, one-letter words whole).
func TestSearchAtScale(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds 10,000 cards")
	}
	b := browser(t)
	content, out := buildCorpus(t, 10000)
	b.site = serveDir(t, out, "")
	docs := readDocs(t, content)
	for _, q := range []string{"leesbevordering", "jongeren taal", "ideeen", "samenwerking gemeente", "bibliotheek", "digitale vaardigheden", "3 lezen", "zzzqx"} {
		b.open("/programma/")
		b.do(chromedp.SendKeys(chromedp.CSS("#zoekveld"), q))
		// The list says which query it shows: wait for the whole query.
		b.waitFor(`document.querySelector("#zoekresultaten").getAttribute("data-query") === document.querySelector("#zoekveld").value && !document.querySelector("#zoekresultaten").hidden`)
		got := eval[[]string](b, `Array.from(document.querySelectorAll("#zoekresultaten li[role=option] a")).map(a => a.getAttribute("href").replace(/^(\.\.\/)+/, ""))`)
		want := rank(docs, q)
		if !slices.Equal(got, want) {
			t.Errorf("query %q: the browser shows\n%v (%s)\nthe ranking over the whole index gives\n%v", q, got, eval[string](b, `document.querySelector("#zoekresultaten").textContent.slice(0, 200)`), want)
		}
		bytes := eval[int](b, `performance.getEntriesByType("resource").filter(e => /zoek/.test(e.name)).reduce((n, e) => n + e.decodedBodySize, 0)`)
		words := eval[int](b, `performance.getEntriesByType("resource").filter(e => /zoek\/w/.test(e.name)).reduce((n, e) => n + e.decodedBodySize, 0)`)
		t.Logf("query %q: %d results, %.1f kB of index (%.1f kB of words)", q, len(got), float64(bytes)/1000, float64(words)/1000)
		if bytes > 300000 {
			t.Errorf("query %q transfers %d bytes of index, more than 300 kB", q, bytes)
		}
	}
}

type doc struct {
	url    string
	fields [4][]string // title, topics, context, text: stemmed words
}

// readDocs makes every document's fields from the workbook itself, as
// the index does: the priorities, then the cards.
func readDocs(t *testing.T, contentDir string) []doc {
	wb, diags := site.Load(site.Options{ContentDir: contentDir})
	if len(diags.Errors()) > 0 {
		t.Fatal(diags)
	}
	b := view.NewBook(wb, view.Options{})
	var docs []doc
	for _, p := range b.Priorities {
		docs = append(docs, doc{p.URL, [4][]string{search.Words(p.Title), nil,
			search.Words(fmt.Sprintf("Prioriteit %d prioriteit", p.Number)), search.Words(p.SearchText)}})
	}
	for _, c := range b.Cards {
		docs = append(docs, doc{c.URL, [4][]string{search.Words(c.Title), search.Words(strings.Join(c.Topics, " ")),
			search.Words(fmt.Sprintf("Prioriteit %d · %d", c.Priority.Number, c.Number)), search.Words(c.SearchText)}})
	}
	return docs
}

// rank is the search's ranking over the whole index: the URLs of the ten
// best documents for q.
func rank(docs []doc, q string) []string {
	weights := [4]int{10, 4, 2, 1}
	type hit struct{ i, score int }
	var hits []hit
	qs := search.Words(q)
	for i, d := range docs {
		total := 0
		for _, w := range qs {
			s := 0
			for f, words := range d.fields {
				if slices.ContainsFunc(words, func(x string) bool { return x == w || len(w) > 1 && strings.HasPrefix(x, w) }) {
					s += weights[f]
				}
			}
			if s == 0 {
				total = -1
				break
			}
			total += s
		}
		if total > 0 {
			hits = append(hits, hit{i, total})
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return b.score - a.score })
	var out []string
	for _, h := range hits[:min(10, len(hits))] {
		out = append(out, docs[h.i].url)
	}
	return out
}
