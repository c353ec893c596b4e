package tickets

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/probiblio/werkboek/generator/atomicfs"
	"github.com/probiblio/werkboek/generator/participants"
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
	f, err := os.Open(name)
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
	previous    []byte // the file it replaces; nil when there is none
}

// PrepareContent writes data to a hidden temporary file in the content
// folder dir, synced to the disk, and reads the file it is to replace.
// Nothing in dir changes for the content: the loader ignores names that
// begin with a dot.
func PrepareContent(dir string, data []byte) (*ContentFile, error) {
	target := filepath.Join(dir, participants.File)
	w := &ContentFile{target: target}
	mode := os.FileMode(0o644)
	if st, err := os.Lstat(target); err == nil {
		if w.previous, err = readLimited(target); err != nil {
			return nil, syserr.Wrap("kan "+clean(target)+" niet lezen", err)
		}
		if w.previous == nil {
			w.previous = []byte{}
		}
		mode = st.Mode().Perm()
	}
	f, err := os.CreateTemp(dir, "."+participants.File+".tmp-")
	if err != nil {
		return nil, syserr.Wrap("kan niet schrijven in de inhoudsmap "+clean(dir), err)
	}
	w.tmp = f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
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

// Previous returns the bytes of the file this one replaces, or nil when
// there is none.
func (w *ContentFile) Previous() []byte { return w.previous }

// Commit puts the file in its place, in one rename. It refuses when the
// file it replaces changed since PrepareContent read it (an editor saved
// it meanwhile): that change is not lost.
func (w *ContentFile) Commit() error {
	now, err := readLimited(w.target)
	gone := errors.Is(err, os.ErrNotExist)
	switch {
	case err != nil && !gone:
		w.Abort()
		return syserr.Wrap("kan "+clean(w.target)+" niet lezen", err)
	case gone != (w.previous == nil) || !bytes.Equal(now, w.previous):
		w.Abort()
		return fmt.Errorf("%s is veranderd terwijl werkboek telde; het is niet vervangen: tel opnieuw", clean(w.target))
	}
	if err := os.Rename(w.tmp, w.target); err != nil {
		w.Abort()
		return syserr.Wrap("kan "+clean(w.target)+" niet op zijn plaats zetten", err)
	}
	atomicfs.SyncDir(filepath.Dir(w.target))
	return nil
}

// Abort removes the temporary file.
func (w *ContentFile) Abort() { os.Remove(w.tmp) }
