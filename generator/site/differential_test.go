package site

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// step is one editor action of a sequence: which edit, with what
// parameter.
type step struct{ kind, n int }

// differential applies edits to a copy of the bundled site and checks
// after every one that what serve shows and what watch wrote are, byte
// for byte, what a clean build of the same files writes; and that when
// the clean build fails, both fail alike and keep the last good output.
type differential struct {
	t         testing.TB
	ed        *editor
	opts      Options
	served    *Engine
	snap      *Snapshot
	watched   *Engine
	published bool
	watchOut  string
	cleanOut  string // the clean builds' folder: each build replaces the one before, as werkboek build does
	covered   map[string]bool
	// seen counts the clean builds with a page at an old address
	// ("verwijzing") and with copies of a photo ("kopie").
	seen        map[string]int
	lastGoodDir map[string][]byte
}

// newDifferential starts a comparison; drafts is the option serve uses
// by default (drafts shown, marked) and build and watch with --drafts.
func newDifferential(t testing.TB, drafts bool) *differential {
	dir := siteCopy(t)
	d := &differential{
		t:        t,
		ed:       &editor{t: t, dir: dir, broken: map[string][]byte{}},
		opts:     Options{SiteDir: dir, ContentDir: filepath.Join(dir, "content"), Drafts: drafts},
		watchOut: filepath.Join(t.TempDir(), "public"),
		cleanOut: filepath.Join(t.TempDir(), "public"),
		covered:  map[string]bool{},
		seen:     map[string]int{},
	}
	d.served = NewEngine(d.opts)
	w := d.opts
	w.OutDir = d.watchOut
	d.watched = NewEngine(w)
	d.check("begin", nil)
	return d
}

// run applies the steps and then repairs every file left broken.
func (d *differential) run(steps []step) {
	for i, s := range steps {
		e := edits[s.kind%len(edits)]
		changed := e.do(d.ed, s.n)
		if changed == nil {
			continue
		}
		d.covered[e.name] = true
		d.check(fmt.Sprintf("stap %d (%s %d)", i+1, e.name, s.n), changed)
	}
	for len(d.ed.broken) > 0 {
		d.check("herstel", d.ed.fix(0))
	}
}

// check rebuilds incrementally (serve and watch) and cleanly, and
// compares.
func (d *differential) check(what string, changed []string) {
	t := d.t
	t.Helper()
	next, sup, serr := d.served.RebuildSnapshot(changed, d.snap, 20000)
	var wup *Update
	var werr error
	if !d.published {
		wup, werr = d.watched.Publish(nil)
		d.published = werr == nil
	} else {
		wup, werr = d.watched.Update(changed)
	}
	// A clean build replaces the previous clean build, whose manifest
	// is all it takes from it: the old addresses of moved pages.
	cleanOut := d.cleanOut
	o := d.opts
	o.OutDir, o.AllowRemoval = cleanOut, true
	res, cerr := Build(o)
	for _, x := range []struct {
		mode string
		err  error
		up   *Update
	}{{"serve", serr, sup}, {"watch", werr, wup}} {
		if (x.err == nil) != (cerr == nil) || errors.Is(x.err, ErrContent) != errors.Is(cerr, ErrContent) {
			t.Fatalf("%s: %s gives %v, a clean build %v", what, x.mode, x.err, cerr)
		}
		if got, want := x.up.Diagnostics.Error(), res.Diagnostics.Error(); got != want {
			t.Fatalf("%s: %s reports\n%s\na clean build\n%s", what, x.mode, got, want)
		}
	}
	if cerr != nil {
		if next != d.snap {
			t.Fatalf("%s: a failed rebuild changed what serve shows", what)
		}
		if d.published {
			sameFiles(t, what+" (watch keeps its output)", readTree(t, d.watchOut), d.lastGoodDir)
		}
		return
	}
	d.snap = next
	clean := readTree(t, cleanOut)
	d.lastGoodDir = clean
	for name, b := range clean {
		if strings.HasSuffix(name, "-480w.jpg") {
			d.seen["kopie"]++
		}
		if strings.HasSuffix(name, "index.html") && bytes.Contains(b, []byte(`http-equiv="refresh"`)) {
			d.seen["verwijzing"]++
		}
	}
	sameFiles(t, what+" (watch)", readTree(t, d.watchOut), clean)
	files, err := next.All()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	sameFiles(t, what+" (serve)", files, siteFiles(clean))
}

// sameFiles fails unless got and want hold the same files, byte for byte.
func sameFiles(t testing.TB, what string, got, want map[string][]byte) {
	t.Helper()
	var diffs []string
	for name, b := range want {
		if g, ok := got[name]; !ok {
			diffs = append(diffs, name+" ontbreekt")
		} else if !bytes.Equal(g, b) {
			diffs = append(diffs, name+" verschilt")
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			diffs = append(diffs, name+" is er te veel")
		}
	}
	if len(diffs) > 0 {
		slices.Sort(diffs)
		if len(diffs) > 8 {
			diffs = append(diffs[:8], fmt.Sprintf("… en nog %d", len(diffs)-8))
		}
		t.Fatalf("%s: anders dan een schone build:\n%s", what, strings.Join(diffs, "\n"))
	}
}

// randomSteps makes a reproducible sequence of editor actions.
func randomSteps(seed uint64, n int) []step {
	r := rand.New(rand.NewPCG(seed, 17))
	steps := make([]step, n)
	for i := range steps {
		steps[i] = step{r.IntN(len(edits)), r.IntN(1000)}
	}
	return steps
}

// TestIncrementalEqualsCleanBuild runs every kind of edit once in order,
// then fixed random sequences, each through invalid content and back;
// the sequences of even seeds show drafts, as serve does.
func TestIncrementalEqualsCleanBuild(t *testing.T) {
	t.Run("elke soort", func(t *testing.T) {
		d := newDifferential(t, false)
		var steps []step
		for k := range edits {
			steps = append(steps, step{k, 3 * k})
		}
		d.run(steps)
		for _, e := range edits {
			if !d.covered[e.name] {
				t.Errorf("edit %q changed nothing", e.name)
			}
		}
		for _, what := range []string{"kopie", "verwijzing"} {
			if d.seen[what] == 0 {
				t.Errorf("no clean build had a %s", what)
			}
		}
	})
	seeds := []uint64{1, 2, 3, 4, 5, 6}
	if testing.Short() {
		seeds = seeds[:2]
	}
	for _, seed := range seeds {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			newDifferential(t, seed%2 == 0).run(randomSteps(seed, 14))
		})
	}
}

// FuzzEdits lets the fuzzer choose the editor actions: every two bytes
// are one action (which edit, and its parameter).
func FuzzEdits(f *testing.F) {
	f.Add([]byte{0, 1, 14, 2, 20, 3, 21, 0})
	f.Add([]byte{6, 5, 7, 9, 8, 1, 9, 4, 10, 2})
	f.Add([]byte{15, 1, 16, 1, 17, 2, 18, 3, 19, 4, 11, 5, 12, 6, 13, 7})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 24 {
			data = data[:24]
		}
		var steps []step
		for i := 0; i+1 < len(data); i += 2 {
			steps = append(steps, step{int(data[i]), int(data[i+1])})
		}
		newDifferential(t, len(data)%2 == 1).run(steps)
	})
}
