package serve

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/probiblio/werkboek/generator/corpus"
	"github.com/probiblio/werkboek/generator/site"
	"github.com/probiblio/werkboek/generator/testsite"
	"github.com/probiblio/werkboek/generator/watch"
)

// BenchmarkSaveToReload measures the time from saving one card to the
// browser's reload event, on the bundled workbook and on a synthetic one of
// 10,000 cards. The watcher waits 1 ms of quiet instead of the default
// 50 ms, so the figure is the rebuild and notification, not the debounce.
func BenchmarkSaveToReload(b *testing.B) {
	b.Run("bundled", func(b *testing.B) {
		dir := testsite.Copy(b, "content")
		benchSave(b, filepath.Join(dir, "content"), filepath.Join(dir, "content", "prioriteiten", "1-jeugd-en-onderwijs", "1-spoenk.md"))
	})
	b.Run("cards=10000", func(b *testing.B) {
		dir := filepath.Join(b.TempDir(), "content")
		if err := corpus.Write(dir, 10000, 1); err != nil {
			b.Fatal(err)
		}
		entries, _ := os.ReadDir(filepath.Join(dir, "prioriteiten", "1-jeugd-en-onderwijs"))
		card := ""
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), "0001-") {
				card = filepath.Join(dir, "prioriteiten", "1-jeugd-en-onderwijs", e.Name())
			}
		}
		benchSave(b, dir, card)
	})
}

func benchSave(b *testing.B, contentDir, card string) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	cfg := Config{Site: site.Options{SiteDir: repo, ContentDir: contentDir}, Watch: watch.Options{Quiet: time.Millisecond}}
	go func() { done <- Run(ctx, cfg, ln, discardLog{}) }()
	defer func() { cancel(); <-done }()
	var resp *http.Response
	for i := 0; i < 1000; i++ {
		if resp, err = http.Get("http://" + ln.Addr().String() + "/__werkboek/events"); err == nil {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	events := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if name, ok := strings.CutPrefix(sc.Text(), "event: "); ok {
				events <- name
			}
		}
		close(events)
	}()
	<-events // hello
	orig, err := os.ReadFile(card)
	if err != nil {
		b.Fatal(err)
	}
	i := 0
	var took []time.Duration
	for b.Loop() {
		i++
		start := time.Now()
		os.WriteFile(card, append(append([]byte{}, orig...), fmt.Sprintf("\nBewerking %d.\n", i)...), 0o644)
		for ev := range events {
			if ev == "reload" {
				break
			}
		}
		took = append(took, time.Since(start))
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2])/float64(time.Millisecond), "ms-median")
}

type discardLog struct{}

func (discardLog) Write(p []byte) (int, error) { return len(p), nil }
