package quality

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/probiblio/werkboek/generator/corpus"
	"github.com/probiblio/werkboek/generator/render"
	"github.com/probiblio/werkboek/generator/site"
)

// TestSearchAtScale builds 10,000 synthetic cards and searches them in
// headless Chromium as a reader does, typing each query letter by letter
// on a freshly opened page: every query transfers at most 300 kB of index
// files, and the results are those of the ranking over the whole index
// (title 10, topic 4, context 2, text 1 per query word; words match by
// prefix, one-letter words whole).
func TestSearchAtScale(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 10,000 cards")
	}
	b := browser(t)
	dir := t.TempDir()
	content, out := filepath.Join(dir, "content"), filepath.Join(dir, "public")
	if err := corpus.Write(content, 10000, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := site.Build(site.Options{SiteDir: repo, ContentDir: content, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go http.Serve(ln, http.FileServer(http.Dir(out)))
	b.site = "http://" + ln.Addr().String() + "/"
	docs := readDocs(t, out)
	for _, q := range []string{"leesbevordering", "jongeren taal", "ideeen", "samenwerking gemeente", "bibliotheek", "digitale vaardigheden", "3 lezen", "zzzqx"} {
		b.open("/programma/")
		b.do(chromedp.SendKeys(chromedp.CSS("#zoekveld"), q))
		b.waitFor(`!document.querySelector("#zoekresultaten").hidden && !document.querySelector("#zoekresultaten li.search-none:not(:last-child)") && document.querySelector("#zoekresultaten li") && !/Even geduld/.test(document.querySelector("#zoekresultaten").textContent)`)
		// Let the queries of the last letters settle.
		b.waitFor(`(() => { const l = document.querySelector("#zoekresultaten"); const s = l.textContent; return new Promise(ok => setTimeout(() => ok(l.textContent === s), 300)); })()`)
		got := eval[[]string](b, `Array.from(document.querySelectorAll("#zoekresultaten li[role=option] a")).map(a => a.getAttribute("href").replace(/^(\.\.\/)+/, ""))`)
		want := rank(docs, q)
		if !slices.Equal(got, want) {
			t.Errorf("query %q: the browser shows\n%v\nthe ranking over the whole index gives\n%v", q, got, want)
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

// readDocs reads every document's fields back from the index shards.
func readDocs(t *testing.T, out string) []doc {
	var root struct{ N, K int }
	readJSON(t, filepath.Join(out, "zoekindex.json"), &root)
	var docs []doc
	for j := 0; j*root.K < root.N; j++ {
		var chunk [][6]any
		readJSON(t, filepath.Join(out, "zoek", fmt.Sprintf("d%d.json", j)), &chunk)
		for _, d := range chunk {
			var topics []string
			for _, x := range d[5].([]any) {
				topics = append(topics, x.(string))
			}
			context := d[2].(string)
			if d[3] == "p" {
				context += " prioriteit"
			}
			docs = append(docs, doc{d[0].(string), [4][]string{
				render.SearchWords(d[1].(string)), render.SearchWords(strings.Join(topics, " ")), render.SearchWords(context), render.SearchWords(d[4].(string))}})
		}
	}
	if len(docs) != root.N {
		t.Fatalf("%d documents in the shards, %d in the root", len(docs), root.N)
	}
	return docs
}

// rank is the search's ranking over the whole index: the URLs of the ten
// best documents for q.
func rank(docs []doc, q string) []string {
	weights := [4]int{10, 4, 2, 1}
	type hit struct{ i, score int }
	var hits []hit
	qs := render.SearchWords(q)
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

func readJSON(t *testing.T, name string, v any) {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}
