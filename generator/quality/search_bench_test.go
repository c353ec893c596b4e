package quality

import (
	"net"
	"net/http"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/probiblio/werkboek/generator/corpus"
	"github.com/probiblio/werkboek/generator/site"
)

// BenchmarkSearch10000 measures, in headless Chromium, how long one search
// takes on a workbook of 10,000 synthetic cards: from a changed query to
// the results in the page (the index already loaded). It reports the
// index's size too.
func BenchmarkSearch10000(b *testing.B) {
	dir := b.TempDir()
	content, out := filepath.Join(dir, "content"), filepath.Join(dir, "public")
	if err := corpus.Write(content, 10000, 1); err != nil {
		b.Fatal(err)
	}
	if _, err := site.Build(site.Options{SiteDir: repo, ContentDir: content, OutDir: out}); err != nil {
		b.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	defer ln.Close()
	go http.Serve(ln, http.FileServer(http.Dir(out)))
	ctx, stop, err := launch(b)
	if err != nil {
		b.Fatal(err)
	}
	defer stop()
	if err := chromedp.Do(ctx, chromedp.Navigate("http://"+ln.Addr().String()+"/programma/")); err != nil {
		b.Fatal(err)
	}
	size, err := chromedp.Run(ctx, chromedp.Evaluate[int](`(async () => { const i = document.querySelector("#zoekveld"); i.focus();
		await new Promise(ok => { (function poll() { if (document.querySelector("#zoekresultaten li")) { ok(); } else { i.value = "a"; i.dispatchEvent(new Event("input")); setTimeout(poll, 50); } })(); });
		return (await (await fetch("../zoekindex.json")).text()).length; })()`, chromedp.EvalAwaitPromise))
	if err != nil {
		b.Fatal(err)
	}
	queries := []string{"leesbevordering", "jongeren taal", "ideeen", "samenwerking gemeente", "bibliotheek"}
	b.ResetTimer()
	var total float64
	for i := 0; b.Loop(); i++ {
		ms, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`(() => { const i = document.querySelector("#zoekveld"); const t0 = performance.now();
			i.value = `+"`"+queries[i%len(queries)]+"`"+`; i.dispatchEvent(new Event("input")); return performance.now() - t0; })()`))
		if err != nil {
			b.Fatal(err)
		}
		total += ms
	}
	b.ReportMetric(total/float64(b.N), "ms/search")
	b.ReportMetric(float64(size)/1e6, "MB-index")
}
