package watch

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// modes are the two ways of watching, each test runs in both.
var modes = []struct {
	name string
	opts Options
}{{"fsnotify", Options{}}, {"poll", Options{Poll: true, Interval: 20 * time.Millisecond}}}

// watching runs a watch over a new folder and returns the folder and the
// channel of batches; the watch stops when the test ends.
func watching(t *testing.T, opts Options) (string, chan []string) {
	t.Helper()
	dir := t.TempDir()
	return dir, watchIn(t, dir, opts)
}

// watchIn runs a watch over dir and returns the channel of batches.
func watchIn(t *testing.T, dir string, opts Options) chan []string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan []string, 100)
	ready := make(chan struct{})
	opts.Ready = func() { close(ready) }
	done := make(chan error, 1)
	go func() { done <- Run(ctx, []string{dir}, opts, out) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	select {
	case <-ready:
	case err := <-done:
		t.Fatalf("watch ended: %v", err)
	}
	return out
}

// next waits for the next batch.
func next(t *testing.T, out chan []string) []string {
	t.Helper()
	select {
	case b := <-out:
		return b
	case <-time.After(10 * time.Second):
		t.Fatal("no batch within 10 s")
		return nil
	}
}

func write(t *testing.T, path, data string) {
	t.Helper()
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestEvents(t *testing.T) {
	for _, mode := range modes {
		t.Run(mode.name, func(t *testing.T) {
			dir, out := watching(t, mode.opts)
			card := filepath.Join(dir, "1-kaart.md")

			// Editors' temporary files alone give no batch; the real save does.
			for _, tmp := range []string{"1-kaart.md~", ".1-kaart.md.swp", ".1-kaart.md.swx", "4913", ".#1-kaart.md", "#1-kaart.md#", "x.tmp", "x.bck", "jb_tmp___", ".goutputstream-ABC"} {
				write(t, filepath.Join(dir, tmp), "rommel")
			}
			write(t, card, "eerste")
			if b := next(t, out); !slices.Equal(b, []string{card}) {
				t.Errorf("batch = %v, want only the card", b)
			}

			// Atomic save: temporary file renamed over the card.
			tmp := filepath.Join(dir, ".1-kaart.md.tmp")
			write(t, tmp, "tweede")
			if err := os.Rename(tmp, card); err != nil {
				t.Fatal(err)
			}
			if b := next(t, out); !slices.Contains(b, card) {
				t.Errorf("atomic save: batch = %v", b)
			}

			// A folder created after the start, with a file in it.
			sub := filepath.Join(dir, "2-nieuw", "1-kaart.md")
			write(t, sub, "nieuw")
			for seen := false; !seen; {
				seen = slices.Contains(next(t, out), sub)
			}

			// Removal.
			os.Remove(card)
			if b := next(t, out); !slices.Contains(b, card) {
				t.Errorf("removal: batch = %v", b)
			}
		})
	}
}

func TestBurstGivesFewBatches(t *testing.T) {
	// A quiet time well above a pause of the scheduler on a busy machine
	// between two saves, which would split the burst.
	dir, out := watching(t, Options{Quiet: 250 * time.Millisecond})
	card := filepath.Join(dir, "kaart.md")
	for i := 0; i < 200; i++ {
		write(t, card, string(rune('a'+i%26)))
	}
	write(t, filepath.Join(dir, "einde.md"), "klaar")
	batches := 0
	for done := false; !done; {
		b := next(t, out)
		batches++
		done = slices.Contains(b, filepath.Join(dir, "einde.md"))
	}
	if batches > 3 {
		t.Errorf("200 saves gave %d batches", batches)
	}
}
