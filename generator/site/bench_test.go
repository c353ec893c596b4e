package site

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sync"
	"testing"

	"github.com/probiblio/werkboek/generator/corpus"
)

var (
	corpusMu   sync.Mutex
	corpusDirs = map[int]string{}
	corpusRoot string
)

// TestMain removes the synthetic workbooks the benchmarks wrote.
func TestMain(m *testing.M) {
	code := m.Run()
	if corpusRoot != "" {
		os.RemoveAll(corpusRoot)
	}
	os.Exit(code)
}

// syntheticContent returns a content folder with n synthetic cards,
// written once per test binary.
func syntheticContent(b *testing.B, n int) string {
	b.Helper()
	corpusMu.Lock()
	defer corpusMu.Unlock()
	if dir, ok := corpusDirs[n]; ok {
		return dir
	}
	if corpusRoot == "" {
		root, err := os.MkdirTemp("", "werkboek-bench-")
		if err != nil {
			b.Fatal(err)
		}
		corpusRoot = root
	}
	dir := filepath.Join(corpusRoot, fmt.Sprint(n))
	if err := corpus.Write(dir, n, 1); err != nil {
		b.Fatal(err)
	}
	corpusDirs[n] = dir
	return dir
}

var sizes = []int{100, 1000, 10000}

func BenchmarkLoad(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprintf("cards=%d", n), func(b *testing.B) {
			dir := syntheticContent(b, n)
			b.ReportAllocs()
			for b.Loop() {
				if _, diags := Load(Options{ContentDir: dir}); len(diags.Errors()) > 0 {
					b.Fatal(diags)
				}
			}
		})
	}
}

func BenchmarkRender(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprintf("cards=%d", n), func(b *testing.B) {
			dir := syntheticContent(b, n)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := NewEngine(Options{SiteDir: repo, ContentDir: dir}).Rebuild(nil, discard{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkBuild(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprintf("cards=%d", n), func(b *testing.B) {
			dir := syntheticContent(b, n)
			out := filepath.Join(b.TempDir(), "public")
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Build(Options{SiteDir: repo, ContentDir: dir, OutDir: out}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// discard is a Target that makes every file and throws it away.
type discard struct{}

func (discard) Keep(string, FileState) {}
func (discard) Remove(string) error    { return nil }
func (discard) Put(_ string, _ FileState, write func(io.Writer) error, _ bool) (FileState, bool, error) {
	return FileState{}, true, write(io.Discard)
}

// BenchmarkRebuildOneCard measures a rebuild after one card of the
// workbook changed, with the model kept in memory as serve mode keeps it.
func BenchmarkRebuildOneCard(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprintf("cards=%d", n), func(b *testing.B) {
			dir := syntheticContent(b, n)
			s := &session{e: NewEngine(Options{SiteDir: repo, ContentDir: dir}), lazyAbove: 1 << 20}
			if _, err := s.Rebuild(nil); err != nil {
				b.Fatal(err)
			}
			card := filepath.Join(dir, "prioriteiten", "1-jeugd-en-onderwijs", "0001-"+firstCardSlug(b, dir))
			orig, err := os.ReadFile(card)
			if err != nil {
				b.Fatal(err)
			}
			defer os.WriteFile(card, orig, 0o644)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				i++
				os.WriteFile(card, append(orig, fmt.Sprintf("\nBewerking %d.\n", i)...), 0o644)
				// Labelled, so a profile can show the edits alone:
				// go tool pprof -tagfocus rebuild=edit.
				var err error
				pprof.Do(context.Background(), pprof.Labels("rebuild", "edit"), func(context.Context) {
					_, err = s.Rebuild([]string{card})
				})
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// firstCardSlug finds the rest of the first card's file name.
func firstCardSlug(b *testing.B, dir string) string {
	entries, err := os.ReadDir(filepath.Join(dir, "prioriteiten", "1-jeugd-en-onderwijs"))
	if err != nil {
		b.Fatal(err)
	}
	for _, e := range entries {
		if name := e.Name(); len(name) > 5 && name[:5] == "0001-" {
			return name[5:]
		}
	}
	b.Fatal("no card 0001")
	return ""
}
