package main

import (
	"crypto/sha256"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/probiblio/werkboek/generator/corpus"
)

// treeHash fingerprints every file under dir (names and bytes), leaving
// out the marker file.
func treeHash(t *testing.T, dir string) [32]byte {
	t.Helper()
	h := sha256.New()
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == ".werkboek-uitvoer" {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		h.Write([]byte(rel + "\x00"))
		h.Write(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return sum
}

// buildInto builds content into out; the two editions of the crash test
// share no card, so it confirms dropping them (--verwijder-ok).
func buildInto(t *testing.T, content, out string) {
	t.Helper()
	if code, _, stderr := werkboek(t, "build", "--content", content, "-d", out, "--verwijder-ok"); code != 0 {
		t.Fatalf("build: %s", stderr)
	}
}

// TestKilledBuildLeavesOldOrNewSite kills a build at 20 random moments:
// the output folder is always either the complete old site or the
// complete new one, and the next build removes what the killed one left.
func TestKilledBuildLeavesOldOrNewSite(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped with -short")
	}
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	if err := corpus.Write(a, 400, 1); err != nil {
		t.Fatal(err)
	}
	if err := corpus.Write(b, 400, 2); err != nil {
		t.Fatal(err)
	}
	// The new site as it replaces the old one: with pages at the old
	// addresses of the cards that moved, as the killed builds make it.
	ref := filepath.Join(dir, "ref")
	buildInto(t, a, ref)
	buildInto(t, b, ref)
	newSite := treeHash(t, ref)
	out := filepath.Join(dir, "public")
	buildInto(t, a, out)
	oldSite := treeHash(t, out)
	start := time.Now()
	buildInto(t, b, filepath.Join(dir, "timing"))
	span := time.Since(start)

	rng := rand.New(rand.NewPCG(2026, 11))
	sawOld, sawNew := 0, 0
	for i := 0; i < 20; i++ {
		cmd := exec.Command(binary, "build", "--content", b, "-d", out, "--verwijder-ok")
		cmd.Dir = "../.."
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Int64N(int64(span) + int64(span)/5)))
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		switch treeHash(t, out) {
		case oldSite:
			sawOld++
		case newSite:
			sawNew++
			// Back to the old site for the next kill, made anew: built
			// over the new one it would send b's addresses on.
			if err := os.RemoveAll(out); err != nil {
				t.Fatal(err)
			}
			buildInto(t, a, out)
		default:
			t.Fatalf("kill %d: the output is neither the old nor the new site", i+1)
		}
	}
	t.Logf("20 kills over a %v build: old site %d times, new site %d times", span, sawOld, sawNew)
	buildInto(t, b, out)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".public.") {
			t.Errorf("leftover %s not removed by the next build", e.Name())
		}
	}
}
