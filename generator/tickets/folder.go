package tickets

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/probiblio/werkboek/generator/atomicfs"
	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/regular"
	"github.com/probiblio/werkboek/generator/syserr"
)

// OutputMarker is written into the folder Write makes, so Collect skips a
// count that lies inside a folder of returned files, and a later count
// knows it may replace it.
const OutputMarker = ".werkboek-telling"

// outputs are the files a count writes. Nothing else in its folder is
// ever removed: a folder that holds anything else is not replaced.
var outputs = []string{PerProjectFile, PerLibraryFile, RoomsFile, OverviewFile, ParticipantsFile, PreviousParticipantsFile, OutputMarker}

// isCount reports whether dir is the output of a count.
func isCount(dir string) bool {
	st, err := os.Stat(filepath.Join(dir, OutputMarker))
	return err == nil && st.Mode().IsRegular()
}

// foreign lists what dir holds besides the files of a count, folders
// with a slash, at most four named.
func foreign(dir string) []string {
	entries, _ := os.ReadDir(dir)
	var out []string
	n := 0
	for _, e := range entries {
		if slices.Contains(outputs, e.Name()) && e.Type().IsRegular() {
			continue
		}
		if n++; n <= 4 {
			name := clean(e.Name())
			if e.IsDir() {
				name += "/"
			}
			out = append(out, name)
		}
	}
	if n > 4 {
		out = append(out, fmt.Sprintf("en nog %s", dutch.Thousands(n-4)))
	}
	return out
}

// CheckInputs says, in Dutch and one line each, why paths named on the
// command line cannot be counted: a path that does not exist or cannot
// be read, something that is neither a file nor a folder, or the output
// of an earlier count (which Collect would skip, so counting it would
// read nothing).
func CheckInputs(paths []string) []string {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		switch {
		case err != nil:
			out = append(out, fmt.Sprintf("%s %s; controleer de naam%s", clean(p), syserr.Dutch(err), suggest(p)))
		case st.IsDir() && isCount(p):
			msg := clean(p) + " is de uitvoer van een eerdere telling, geen map met teruggestuurde bestanden"
			if other := foreign(p); len(other) > 0 {
				msg += "; wat er verder in staat (" + strings.Join(other, ", ") + ") wordt niet geteld: zet het in een eigen map"
			}
			out = append(out, msg+"; noem de map met de bestanden, bijvoorbeeld: werkboek tickets tel inbox/")
		case st.IsDir():
			if _, err := os.ReadDir(p); err != nil {
				out = append(out, fmt.Sprintf("de map %s kan niet worden gelezen: %s", clean(p), syserr.Dutch(err)))
			}
		case !st.Mode().IsRegular():
			out = append(out, fmt.Sprintf("%s %s; noem een bestand of een map met bestanden", clean(p), notRegular(st.Mode())))
		default:
			f, err := regular.OpenNoWait(p)
			if err != nil {
				out = append(out, fmt.Sprintf("%s kan niet worden gelezen: %s", clean(p), syserr.Dutch(err)))
				continue
			}
			f.Close()
		}
	}
	return out
}

// suggest proposes a name in the same folder that differs from the
// missing path p by at most two letters: " (bedoelt u inbox?)".
func suggest(p string) string {
	clean := filepath.Clean(p)
	dir, base := filepath.Split(clean)
	entries, err := os.ReadDir(filepath.Join(".", dir))
	if err != nil {
		return ""
	}
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), ".") && dutch.Distance(strings.ToLower(e.Name()), strings.ToLower(base)) <= 2 {
			return " (bedoelt u " + Printable(filepath.ToSlash(filepath.Join(dir, e.Name()))) + "?)"
		}
	}
	return ""
}

// CheckOutput says, in Dutch, why dir cannot take a count of inputs, or
// returns "": it must be a folder that does not exist yet, an empty one,
// or an earlier count that holds nothing else, and it may neither be nor
// hold anything that is counted.
func CheckOutput(dir string, inputs []string) string {
	out, err := os.Stat(dir)
	if err != nil || !out.IsDir() {
		return checkFolder(dir) // nothing is inside it
	}
	for _, in := range inputs {
		p, err := filepath.EvalSymlinks(in)
		if err != nil {
			continue
		}
		p, _ = filepath.Abs(p)
		for first := true; ; first = false {
			if st, err := os.Stat(p); err == nil && os.SameFile(st, out) {
				what := "bevat " + clean(in) + ", dat u telt"
				if first {
					what = "is zelf wat u telt"
				}
				return fmt.Sprintf("de uitvoermap %s %s; een telling vervangt haar uitvoermap in zijn geheel: kies met -d een andere map, bijvoorbeeld -d tickets-telling, of zet de bestanden ergens anders", clean(dir), what)
			}
			parent := filepath.Dir(p)
			if parent == p {
				break
			}
			p = parent
		}
	}
	return checkFolder(dir)
}

// checkFolder is CheckOutput without the inputs: what Write checks again
// just before it writes.
func checkFolder(dir string) string {
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return ""
	case err != nil:
		return fmt.Sprintf("de uitvoermap %s kan niet worden gelezen: %s", clean(dir), syserr.Dutch(err))
	case !st.IsDir():
		return fmt.Sprintf("%s is een bestand, geen map; kies een andere uitvoermap met -d", clean(dir))
	}
	entries, err := os.ReadDir(dir)
	switch {
	case err != nil:
		return fmt.Sprintf("de uitvoermap %s kan niet worden gelezen: %s", clean(dir), syserr.Dutch(err))
	case len(entries) == 0:
		return ""
	case !isCount(dir):
		return fmt.Sprintf("de map %s bestaat al en is niet door werkboek tickets tel gemaakt; kies een andere map met -d of maak deze leeg", clean(dir))
	}
	if other := foreign(dir); len(other) > 0 {
		return fmt.Sprintf("de map %s is een eerdere telling, maar er staat ook in wat werkboek tickets tel niet schreef (%s); een telling vervangt de hele map: haal het eruit, of kies een andere map met -d", clean(dir), strings.Join(other, ", "))
	}
	return ""
}

// Write puts the files of a count in dir: into a new folder beside it,
// swapped in when complete, so a failure leaves an earlier count exactly
// as it was. It replaces only an empty folder or an earlier count that
// holds nothing but a count's files, and after the swap it removes only
// those files from the old folder: anything that came into it since the
// check is moved into the new one.
func Write(dir string, files map[string][]byte) error {
	if msg := checkFolder(dir); msg != "" {
		return errors.New(msg)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	parent := filepath.Dir(abs)
	if err := os.MkdirAll(parent, 0o777); err != nil {
		return fmt.Errorf("kan de map %s niet maken: %w", clean(parent), err)
	}
	tmp, err := atomicfs.MkdirTemp(parent, "."+filepath.Base(abs)+".tmp-")
	if err != nil {
		return fmt.Errorf("kan geen tijdelijke map maken naast %s: %w", clean(dir), err)
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(tmp, name), data, 0o666); err != nil {
			os.RemoveAll(tmp)
			return fmt.Errorf("kan %s niet schrijven: %w", clean(name), err)
		}
	}
	old, err := atomicfs.Exchange(tmp, abs)
	if err != nil {
		os.RemoveAll(tmp)
		return fmt.Errorf("kan de telling niet op de plaats van %s zetten: %w", clean(dir), err)
	}
	if old == "" {
		return nil
	}
	return clearOld(old, abs)
}

// clearOld removes the files of a count from old, the folder a new count
// replaced, and moves anything else into dir, the new count, so nothing
// is lost; old is removed when empty.
func clearOld(old, dir string) error {
	entries, err := os.ReadDir(old)
	if err != nil {
		return err
	}
	var kept []string
	for _, e := range entries {
		p := filepath.Join(old, e.Name())
		if slices.Contains(outputs, e.Name()) && e.Type().IsRegular() {
			os.Remove(p)
			continue
		}
		if _, err := os.Lstat(filepath.Join(dir, e.Name())); err == nil || os.Rename(p, filepath.Join(dir, e.Name())) != nil {
			kept = append(kept, clean(e.Name()))
		}
	}
	if len(kept) > 0 {
		return fmt.Errorf("de telling is geschreven; de vorige stond in dezelfde map met %s, die nu in %s staan", strings.Join(kept, ", "), clean(old))
	}
	return os.Remove(old)
}
