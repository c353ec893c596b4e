package tickets

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/probiblio/werkboek/generator/atomicfs"
	"github.com/probiblio/werkboek/generator/buildlock"
	"github.com/probiblio/werkboek/generator/participants"
	"github.com/probiblio/werkboek/generator/regular"
	"github.com/probiblio/werkboek/generator/syserr"
)

// With --inhoud the count also puts its participants file in the content
// folder of the edition, as content/deelnemers.json, and touches nothing
// else there. The file is written whole to a hidden temporary file
// beside it (which the content loader ignores) and renamed into place,
// so the folder never holds half a file; the file it replaces is kept in
// the count's folder (PreviousParticipantsFile).

// CheckContentTarget says in Dutch why the participants file cannot be
// put in the content folder dir, or returns "": dir must be a folder,
// and a deelnemers.json in it must be a participants file (one written
// by werkboek, perhaps edited by hand), never a folder or a file of
// another kind, which werkboek did not write and does not replace.
func CheckContentTarget(dir string) string {
	st, err := os.Stat(dir)
	switch {
	case err != nil:
		return fmt.Sprintf("de inhoudsmap %s %s; noem bij --inhoud de map content/ van de editie", clean(dir), syserr.Dutch(err))
	case !st.IsDir():
		return fmt.Sprintf("%s is geen map; noem bij --inhoud de map content/ van de editie", clean(dir))
	}
	target := filepath.Join(dir, participants.File)
	st, err = os.Lstat(target)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return ""
	case err != nil:
		return fmt.Sprintf("%s kan niet worden gelezen: %s", clean(target), syserr.Dutch(err))
	case st.IsDir():
		return fmt.Sprintf("%s is een map; werkboek vervangt geen map door een bestand: haal de map weg, of geef haar een naam die met _ begint", clean(target))
	case st.Mode()&os.ModeSymlink != 0:
		return fmt.Sprintf("%s is een snelkoppeling (symlink); werkboek vervangt die niet: haal haar weg", clean(target))
	case !st.Mode().IsRegular():
		return fmt.Sprintf("%s is geen gewoon bestand (%s); werkboek vervangt het niet: haal het weg", clean(target), notRegular(st.Mode()))
	}
	data, err := readLimited(target)
	switch {
	case err != nil:
		return fmt.Sprintf("%s kan niet worden gelezen: %s", clean(target), syserr.Dutch(err))
	case !bytes.Contains(data, []byte(participants.Format)):
		return fmt.Sprintf("%s is geen deelnemersbestand van werkboek (er staat geen \"formaat\": \"%s %d\" in); werkboek vervangt het niet: geef het een naam die met _ begint als u het wilt bewaren, of haal het weg", clean(target), participants.Format, participants.Version)
	}
	return ""
}

// readLimited reads a file of at most content.MaxParticipantsSize bytes.
func readLimited(name string) ([]byte, error) {
	f, err := regular.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, participants.MaxSize+1))
	if err == nil && len(data) > participants.MaxSize {
		err = fmt.Errorf("het bestand is groter dan %s", megabytes(participants.MaxSize))
	}
	return data, err
}

// ContentFile is a participants file written in full beside its place in
// the content folder, and not yet in it.
type ContentFile struct {
	tmp, target string
	f           *os.File // the temporary file, held open (and locked) until Commit or Abort
	size        int64    // of the new file
	previous    []byte   // the file it replaces; nil when there is none
}

// PrepareContent writes data to a hidden temporary file in the content
// folder dir, synced to the disk, and reads the file it is to replace.
// Nothing in dir changes for the content: the loader ignores names that
// begin with a dot. Temporary files that a killed count left are
// removed first.
func PrepareContent(dir string, data []byte) (*ContentFile, error) {
	target := filepath.Join(dir, participants.File)
	cleanTemporary(dir)
	w := &ContentFile{target: target}
	mode := atomicfs.FileMode()
	if st, err := os.Lstat(target); err == nil {
		if w.previous, err = readSettled(target); err != nil {
			return nil, err
		}
		mode = st.Mode().Perm()
	}
	f, err := os.CreateTemp(dir, participants.TempPrefix)
	if err != nil {
		return nil, syserr.Wrap("kan niet schrijven in de inhoudsmap "+clean(dir), err)
	}
	w.tmp, w.f, w.size = f.Name(), f, int64(len(data))
	buildlock.HoldFile(f)
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if err == nil {
		err = os.Chmod(w.tmp, mode)
	}
	if err != nil {
		w.Abort()
		return nil, syserr.Wrap("kan "+clean(target)+" niet schrijven", err)
	}
	return w, nil
}

// readSettled reads the participants file that is to be replaced. An
// editor saving it in place empties it first: a file without the mark
// of a participants file (which CheckContentTarget found in it) is read
// again a few times, and refused when it stays so, so that a half-saved
// file is never kept as the previous one.
func readSettled(target string) ([]byte, error) {
	for try := 0; ; try++ {
		data, err := readLimited(target)
		switch {
		case err != nil:
			return nil, syserr.Wrap("kan "+clean(target)+" niet lezen", err)
		case bytes.Contains(data, []byte(participants.Format)):
			return data, nil
		case try == 10:
			return nil, changedError(target)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// settle is how long Commit waits before it looks at the file it
// replaced: long enough for a save that began before the exchange to
// have emptied it.
const settle = 20 * time.Millisecond

func changedError(target string) error {
	return fmt.Errorf("%s is veranderd terwijl werkboek telde; het is niet vervangen: tel opnieuw", clean(target))
}

// cleanTemporary removes the temporary participants files in dir that no
// running count holds: a count that was killed leaves its file behind.
func cleanTemporary(dir string) {
	matches, _ := filepath.Glob(filepath.Join(dir, participants.TempPrefix+"*"))
	for _, m := range matches {
		if !buildlock.Held(m) {
			os.Remove(m)
		}
	}
}

// Previous returns the bytes of the file this one replaces, or nil when
// there is none.
func (w *ContentFile) Previous() []byte { return w.previous }

// Commit puts the file in its place. It refuses when the file it
// replaces changed since PrepareContent read it (an editor saved it
// meanwhile): that change is not lost. Where the system can, the two
// files are exchanged in one step and the replaced one is compared
// afterwards, and swapped back when it differs, so no save between the
// comparison and the rename goes unseen.
func (w *ContentFile) Commit() error {
	defer w.Abort()
	swapped, err := atomicfs.SwapFile(w.tmp, w.target)
	switch {
	case errors.Is(err, atomicfs.ErrNoSwap):
		return w.commitByRename()
	case err != nil:
		return syserr.Wrap("kan "+clean(w.target)+" niet op zijn plaats zetten", err)
	case !swapped && w.previous != nil:
		// The file was removed meanwhile: so it stays.
		os.Rename(w.target, w.tmp)
		return changedError(w.target)
	case swapped:
		// An editor's save that opened the file just before the exchange
		// lands in the replaced file: it has emptied it by the time the
		// count looks.
		time.Sleep(settle)
		replaced, err := readLimited(w.tmp)
		if err == nil && w.previous != nil && bytes.Equal(replaced, w.previous) {
			break
		}
		if st, err := w.f.Stat(); err == nil && st.Size() != w.size {
			// Saved again into the new file meanwhile: keep both.
			kept := filepath.Join(filepath.Dir(w.target), "_"+participants.File+".bewaard")
			os.Rename(w.tmp, kept)
			return fmt.Errorf("%s is veranderd terwijl werkboek telde, en daarna nog eens; de eerdere versie staat in %s: vergelijk en tel opnieuw", clean(w.target), clean(kept))
		}
		atomicfs.SwapFile(w.tmp, w.target)
		return changedError(w.target)
	}
	atomicfs.SyncDir(filepath.Dir(w.target))
	return nil
}

// commitByRename compares the file in place with the one read before
// and renames the new one over it, on systems that cannot exchange two
// files.
func (w *ContentFile) commitByRename() error {
	now, err := readLimited(w.target)
	gone := errors.Is(err, os.ErrNotExist)
	switch {
	case err != nil && !gone:
		return syserr.Wrap("kan "+clean(w.target)+" niet lezen", err)
	case gone != (w.previous == nil) || !bytes.Equal(now, w.previous):
		return changedError(w.target)
	}
	w.f.Close()
	if err := os.Rename(w.tmp, w.target); err != nil {
		return syserr.Wrap("kan "+clean(w.target)+" niet op zijn plaats zetten", err)
	}
	atomicfs.SyncDir(filepath.Dir(w.target))
	return nil
}

// Abort removes the temporary file (after Commit: the file it replaced).
func (w *ContentFile) Abort() {
	if w.f != nil {
		w.f.Close()
	}
	os.Remove(w.tmp)
}
