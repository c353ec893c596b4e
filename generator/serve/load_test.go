package serve

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestLoadWhileSaving has 200 clients request pages for 10 s on loopback
// while a card is saved 50 times: no 5xx, no error, every page complete
// (old or new), memory bounded, and no goroutine left after event
// streams disconnect. Skipped with -short.
func TestLoadWhileSaving(t *testing.T) {
	if testing.Short() {
		t.Skip("load test skipped with -short")
	}
	h := start(t)
	pagesToGet := []string{"/", spoenkURL, "/keuzelijst/", "/werkboek/", "/tickets/", "/programma/", "/zoekindex.json", "/prioriteiten/jeugd-en-onderwijs/"}
	good := h.read(spoenk)
	before := runtime.NumGoroutine()

	// 50 event streams that come and go.
	var streams []*http.Response
	for i := 0; i < 50; i++ {
		resp, err := http.Get(h.base + "/__werkboek/events")
		if err != nil {
			t.Fatal(err)
		}
		streams = append(streams, resp)
	}

	var requests, failures atomic.Int64
	var failMu sync.Mutex
	var failed []string
	stop := time.Now().Add(10 * time.Second)
	var wg sync.WaitGroup
	for c := 0; c < 200; c++ {
		wg.Go(func() {
			client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 1}}
			defer client.CloseIdleConnections()
			for i := 0; time.Now().Before(stop) && i < 100000; i++ {
				p := pagesToGet[(c+i)%len(pagesToGet)]
				resp, err := client.Get(h.base + p)
				var body []byte
				if err == nil {
					body, err = io.ReadAll(resp.Body)
					resp.Body.Close()
				}
				requests.Add(1)
				complete := err == nil && resp.StatusCode == 200 && (strings.HasSuffix(p, ".json") || strings.HasSuffix(strings.TrimSpace(string(body)), "</html>"))
				if !complete {
					failures.Add(1)
					failMu.Lock()
					if len(failed) < 5 {
						failed = append(failed, p)
					}
					failMu.Unlock()
				}
			}
		})
	}
	for i := 0; i < 50; i++ {
		os.WriteFile(filepath.Join(h.dir, spoenk), []byte(strings.Replace(good, "Jeugd tot achttien jaar.", "Jeugd tot achttien jaar. Versie "+string(rune('A'+i%26))+".", 1)), 0o644)
		time.Sleep(150 * time.Millisecond)
	}
	wg.Wait()
	var mem runtime.MemStats
	runtime.ReadMemStats(&mem)
	t.Logf("%d requests by 200 clients in 10 s, %d failed; heap in use %d MiB", requests.Load(), failures.Load(), mem.HeapInuse>>20)
	if failures.Load() > 0 {
		t.Errorf("%d requests failed or returned an incomplete page (e.g. %v)", failures.Load(), failed)
	}
	if requests.Load() < 1000 {
		t.Errorf("only %d requests: the load did not happen", requests.Load())
	}
	if mem.HeapInuse > 1<<30 {
		t.Errorf("heap in use %d MiB under load", mem.HeapInuse>>20)
	}
	for _, s := range streams {
		s.Body.Close()
	}
	deadline := time.Now().Add(10 * time.Second)
	for runtime.NumGoroutine() > before+5 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before+5 {
		t.Errorf("%d goroutines after the clients left, %d before", n, before)
	}
}
