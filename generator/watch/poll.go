package watch

import (
	"context"
	"io/fs"
	"path/filepath"
	"time"
)

type stamp struct {
	size    int64
	modTime time.Time
	dir     bool
}

// poll scans roots every interval and reports paths that appeared,
// disappeared or changed size or modification time.
func poll(ctx context.Context, roots []string, interval time.Duration, events chan<- string) func() {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	prev := scan(roots) // before Run reports ready
	go func() {
		defer close(done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			next := scan(roots)
			for p, s := range next {
				if old, ok := prev[p]; !ok || (!s.dir && (old.size != s.size || !old.modTime.Equal(s.modTime))) {
					select {
					case events <- p:
					case <-ctx.Done():
						return
					}
				}
			}
			for p := range prev {
				if _, ok := next[p]; !ok {
					select {
					case events <- p:
					case <-ctx.Done():
						return
					}
				}
			}
			prev = next
		}
	}()
	return func() { cancel(); <-done }
}

func scan(roots []string) map[string]stamp {
	out := map[string]stamp{}
	for _, r := range roots {
		filepath.WalkDir(r, func(p string, d fs.DirEntry, err error) error {
			if err != nil || (p != r && Ignored(p)) {
				if err == nil && d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if info, err := d.Info(); err == nil {
				out[p] = stamp{info.Size(), info.ModTime(), d.IsDir()}
			}
			return nil
		})
	}
	return out
}
