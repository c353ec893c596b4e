package serve

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/probiblio/werkboek/generator/site"
	"github.com/probiblio/werkboek/generator/testsite"
)

var repo = testsite.Root()

// harness is a running werkboek serve on a copy of the bundled site.
type harness struct {
	t      *testing.T
	dir    string
	base   string
	events chan string // names of the events received on one stream
	cancel context.CancelFunc
	done   chan error
	log    *syncBuffer
	once   sync.Once
}

type syncBuffer struct {
	ch chan string
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	select {
	case b.ch <- string(p):
	default:
	}
	return len(p), nil
}

func start(t *testing.T) *harness { t.Helper(); return startWith(t, 0) }

// startWith starts serve with the given Config.LazyAbove (0: the default).
func startWith(t *testing.T, lazyAbove int) *harness {
	t.Helper()
	return startConfig(t, Config{LazyAbove: lazyAbove})
}

// startConfig starts serve on 127.0.0.1 with cfg, its Site set to a copy
// of the bundled site.
func startConfig(t *testing.T, cfg Config) *harness {
	t.Helper()
	dir := testsite.Copy(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h := &harness{t: t, dir: dir, base: "http://" + ln.Addr().String(), cancel: cancel, done: make(chan error, 1), log: &syncBuffer{make(chan string, 1000)}}
	cfg.Site = site.Options{SiteDir: dir, ContentDir: filepath.Join(dir, "content")}
	go func() { h.done <- Run(ctx, cfg, ln, h.log) }()
	t.Cleanup(h.stop)
	h.events = h.subscribe()
	return h
}

// subscribe opens an event stream and forwards event names to the
// channel it returns, once the server said hello; the channel is closed
// when the stream ends.
func (h *harness) subscribe() chan string {
	h.t.Helper()
	var resp *http.Response
	var err error
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); {
		resp, err = http.Get(h.base + "/__werkboek/events")
		if err == nil {
			break
		}
		runtime.Gosched()
	}
	if err != nil {
		h.t.Fatal(err)
	}
	events := make(chan string, 1000)
	go func() {
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if name, ok := strings.CutPrefix(sc.Text(), "event: "); ok {
				events <- name
			}
		}
		close(events)
	}()
	if first := <-events; first != "hello" {
		h.t.Fatalf("first event %q, want hello", first)
	}
	return events
}

func (h *harness) stop() { h.once.Do(h.shutdown) }

func (h *harness) shutdown() {
	h.cancel()
	select {
	case err := <-h.done:
		if err != nil {
			h.t.Errorf("Run: %v", err)
		}
	case <-time.After(10 * time.Second):
		h.t.Error("serve did not stop within 10 s")
	}
}

// waitEvent waits for the next event of the given name, skipping others.
func (h *harness) waitEvent(name string) {
	h.t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case got, ok := <-h.events:
			if !ok {
				h.t.Fatalf("event stream closed while waiting for %q", name)
			}
			if got == name {
				return
			}
		case <-timeout:
			h.t.Fatalf("no %q event within 10 s", name)
		}
	}
}

func (h *harness) get(path string) (int, string) {
	h.t.Helper()
	resp, err := http.Get(h.base + path)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func (h *harness) write(rel, data string) string {
	h.t.Helper()
	p := filepath.Join(h.dir, rel)
	os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		h.t.Fatal(err)
	}
	return p
}

func (h *harness) read(rel string) string {
	b, err := os.ReadFile(filepath.Join(h.dir, rel))
	if err != nil {
		h.t.Fatal(err)
	}
	return string(b)
}

const spoenk = "content/prioriteiten/1-jeugd-en-onderwijs/1-spoenk.md"
const spoenkURL = "/prioriteiten/jeugd-en-onderwijs/spoenk/"
