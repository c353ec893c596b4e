package watch

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// collect reads batches until every path in want was reported and
// returns every path reported meanwhile.
func collect(t *testing.T, out chan []string, want ...string) []string {
	t.Helper()
	var seen []string
	timeout := time.After(10 * time.Second)
	for {
		missing := slices.DeleteFunc(slices.Clone(want), func(p string) bool { return slices.Contains(seen, p) })
		if len(missing) == 0 {
			return seen
		}
		select {
		case b := <-out:
			seen = append(seen, b...)
		case <-timeout:
			t.Fatalf("not reported within 10 s: %v; reported: %v", missing, seen)
		}
	}
}

func move(t *testing.T, from, to string) {
	t.Helper()
	if err := os.Rename(from, to); err != nil {
		t.Fatal(err)
	}
}

// priority writes a priority folder with a card and a file in a folder
// below it, and returns the paths of the two files.
func priority(t *testing.T, dir string) (card, below string) {
	t.Helper()
	card = filepath.Join(dir, "1-kaart.md")
	below = filepath.Join(dir, "bijlagen", "lijst.md")
	write(t, filepath.Join(dir, "_index.md"), "prioriteit")
	write(t, card, "kaart")
	write(t, below, "lijst")
	return card, below
}

// watched is a watched folder with a priority folder in it.
type watched struct {
	dir, pri    string // the watched folder, the priority folder
	card, below string // the priority's files (see priority)
	out         chan []string
}

// eachMode runs test in both modes, over the folder sub of a new folder
// (or the new folder itself when sub is empty), watched after a priority
// folder was made at rel below it.
func eachMode(t *testing.T, sub, rel string, test func(t *testing.T, w watched)) {
	for _, mode := range modes {
		t.Run(mode.name, func(t *testing.T) {
			w := watched{dir: filepath.Join(t.TempDir(), sub)}
			w.pri = filepath.Join(w.dir, rel)
			w.card, w.below = priority(t, w.pri)
			w.out = watchIn(t, w.dir, mode.opts)
			test(t, w)
		})
	}
}

// edited changes the files and waits until each is reported under its
// own path (a watch that follows a folder under a name it no longer has
// reports them under that name).
func edited(t *testing.T, out chan []string, files ...string) {
	t.Helper()
	for _, f := range files {
		write(t, f, "bewerkt in "+f)
	}
	collect(t, out, files...)
}

// TestMisnamedFolderRenamed starts with the priorities folder misspelt,
// as an editor may, and renames it as werkboek asks: files in the folders
// below it are reported under their new paths from then on.
func TestMisnamedFolderRenamed(t *testing.T) {
	eachMode(t, "", filepath.Join("Prioriteiten", "1-x"), func(t *testing.T, w watched) {
		wrong, right := filepath.Join(w.dir, "Prioriteiten"), filepath.Join(w.dir, "prioriteiten")
		move(t, wrong, right)
		pri := filepath.Join(right, "1-x")
		card, below := filepath.Join(pri, "1-kaart.md"), filepath.Join(pri, "bijlagen", "lijst.md")
		// The files count as changed: the site must read them anew.
		collect(t, w.out, wrong, card, below, filepath.Join(pri, "_index.md"))
		edited(t, w.out, card, below)
	})
}

// TestFolderAwayAndBack moves a priority folder out of the watched folder
// and back: edits are reported while it is there, not while it is away.
func TestFolderAwayAndBack(t *testing.T) {
	eachMode(t, "", filepath.Join("prioriteiten", "1-x"), func(t *testing.T, w watched) {
		away := filepath.Join(t.TempDir(), "1-x")
		move(t, w.pri, away)
		collect(t, w.out, w.pri)
		// A file made away from the site is no news for it (a watch left
		// on the folder would report it under its old path). The
		// sentinel's event comes after any event of that file.
		write(t, filepath.Join(away, "bijlagen", "nieuw.md"), "elders")
		write(t, filepath.Join(away, "nieuw.md"), "elders")
		sentinel := filepath.Join(w.dir, "klaar.md")
		write(t, sentinel, "klaar")
		for _, p := range collect(t, w.out, sentinel) {
			if strings.HasPrefix(p, w.pri+string(filepath.Separator)) {
				t.Errorf("reported %s while the folder was away", p)
			}
		}
		os.Remove(filepath.Join(away, "bijlagen", "nieuw.md"))
		os.Remove(filepath.Join(away, "nieuw.md"))

		move(t, away, w.pri)
		collect(t, w.out, w.pri, w.card, w.below)
		edited(t, w.out, w.card, w.below)

		// Away and straight back, as a quick undo does.
		move(t, w.pri, away)
		move(t, away, w.pri)
		edited(t, w.out, w.card, w.below)
	})
}

// TestFolderRenamedTwice renames a folder within the watched folder and
// back, as an editor trying a name does.
func TestFolderRenamedTwice(t *testing.T) {
	eachMode(t, "", filepath.Join("prioriteiten", "1-x"), func(t *testing.T, w watched) {
		other := filepath.Join(w.dir, "prioriteiten", "1-y")
		move(t, w.pri, other)
		moved := filepath.Join(other, "bijlagen", "lijst.md")
		collect(t, w.out, w.pri, moved)
		edited(t, w.out, moved)

		move(t, other, w.pri)
		collect(t, w.out, other, w.card, w.below)
		edited(t, w.out, w.card, w.below)
	})
}

// TestFolderMovedIn moves a folder made elsewhere into the watched one:
// its files are reported, and edits in it from then on.
func TestFolderMovedIn(t *testing.T) {
	for _, mode := range modes {
		t.Run(mode.name, func(t *testing.T) {
			dir, out := watching(t, mode.opts)
			made := filepath.Join(t.TempDir(), "2-y")
			priority(t, made)
			pri := filepath.Join(dir, "prioriteiten", "2-y")
			os.MkdirAll(filepath.Dir(pri), 0o755)
			move(t, made, pri)
			card, below := filepath.Join(pri, "1-kaart.md"), filepath.Join(pri, "bijlagen", "lijst.md")
			collect(t, out, card, below, filepath.Join(pri, "_index.md"))
			edited(t, out, card, below)
		})
	}
}

// TestFolderDeleted deletes a folder and makes it again.
func TestFolderDeleted(t *testing.T) {
	eachMode(t, "", filepath.Join("prioriteiten", "1-x"), func(t *testing.T, w watched) {
		if err := os.RemoveAll(w.pri); err != nil {
			t.Fatal(err)
		}
		collect(t, w.out, w.pri)
		write(t, w.below, "opnieuw")
		collect(t, w.out, w.below)
		write(t, w.card, "opnieuw")
		edited(t, w.out, w.card, w.below)
	})
}

// TestRootAwayAndBack moves the watched folder itself away and back: once
// it is back its files are reported, and edits in it.
func TestRootAwayAndBack(t *testing.T) {
	eachMode(t, "content", filepath.Join("prioriteiten", "1-x"), func(t *testing.T, w watched) {
		away := w.dir + "-weg"
		move(t, w.dir, away)
		collect(t, w.out, w.dir)
		move(t, away, w.dir)
		collect(t, w.out, w.card, w.below)
		edited(t, w.out, w.card, w.below)
	})
}
