package tickets

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/regular"
)

// MaxFileSize is the most a returned file may weigh. An export of the
// tickets page is a few kilobytes and a saved mail rarely more than a few
// hundred; a larger file (a mail with big attachments, or something that
// is no return at all) is refused unread, so no file makes a count slow
// or takes its memory.
const MaxFileSize = 10 << 20

// File is one returned file and what became of it.
type File struct {
	Path        string // as messages show it (see Printable)
	ModTime     time.Time
	Return      *Return // nil when nothing could be read
	Diagnostics diag.List
	ReplacedBy  *File // a later file of the same library
	Counted     bool
	problems    *reporter // what reading and checking found, shown or not
}

// Refused reports whether the file has errors and so does not count.
func (f *File) Refused() bool { return len(f.Diagnostics.Errors()) > 0 }

// Parse reads one returned file; name (used in messages) decides by its
// extension how: .json, .csv, or .eml and .txt for a saved mail. A file
// with another extension is recognised by its content.
func Parse(name string, data []byte) (*Return, diag.List) {
	rep := &reporter{path: name}
	r := parse(name, data, rep)
	return r, rep.list()
}

func parse(name string, data []byte, rep *reporter) *Return {
	r := &Return{}
	switch kind(name, data) {
	case "JSON":
		r.Kind = "JSON"
		parseJSON(r, data, rep)
	case "CSV":
		r.Kind = "CSV"
		parseCSV(r, data, rep)
	default:
		parseMail(r, data, rep)
	}
	r.detach()
	return r
}

// kind tells JSON, CSV and mail apart.
func kind(name string, data []byte) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		return "JSON"
	case ".csv":
		return "CSV"
	case ".eml", ".txt":
		return "mail"
	}
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(data, bom))
	head, _, _ := bytes.Cut(trimmed, []byte("\n"))
	switch {
	case bytes.HasPrefix(trimmed, []byte("{")):
		return "JSON"
	case bytes.Count(head, []byte(";")) >= 2 && bytes.Contains(bytes.ToLower(head), []byte("bibliotheek")):
		return "CSV"
	}
	return "mail"
}

// readable lists the extensions Collect takes from a folder.
var readable = []string{".json", ".csv", ".eml", ".txt"}

// Collect reads the files named on the command line; a folder stands for
// every .json, .csv, .eml and .txt file in it and its subfolders. Hidden
// files and earlier counts are left out; notes say so for an earlier
// count that holds files the count did not write. A path that cannot be
// read, and anything that is not a regular file (a FIFO, a device, a
// socket, a link to one of those), becomes a refused file, named.
func Collect(paths []string) ([]*File, diag.List) {
	var out []*File
	var notes diag.List
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			out = append(out, failed(p, "bestaat niet of is niet leesbaar; controleer de naam"))
			continue
		}
		if !st.IsDir() {
			out = append(out, readFile(p))
			continue
		}
		var names []string
		err = filepath.WalkDir(p, func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				out = append(out, failed(name, "kan niet worden gelezen; controleer de rechten"))
				return nil
			}
			hidden := strings.HasPrefix(d.Name(), ".") && name != p
			switch {
			case d.IsDir() && hidden:
				return filepath.SkipDir
			case d.IsDir():
				if isCount(name) {
					if other := foreign(name); len(other) > 0 {
						notes = append(notes, diag.Diagnostic{Path: Printable(filepath.ToSlash(name)), Warning: true,
							Message: "een eerdere telling; niet gelezen, ook niet " + strings.Join(other, ", ") + " erin: zet teruggestuurde bestanden niet in de uitvoermap van een telling"})
					}
					return filepath.SkipDir
				}
			case !hidden && slices.Contains(readable, strings.ToLower(filepath.Ext(name))):
				names = append(names, name)
			}
			return nil
		})
		if err != nil {
			out = append(out, failed(p, "kan niet worden gelezen; controleer de rechten"))
		}
		for _, n := range names {
			out = append(out, readFile(n))
		}
	}
	return out, notes
}

// readFile reads and parses one file, if it is a regular file of at most
// MaxFileSize bytes. It opens without waiting for a writer (a FIFO would
// block forever) and checks what it opened, not what the name pointed to
// a moment before. A parser that fails on some input refuses that file
// only.
func readFile(name string) (f *File) {
	f = &File{Path: Printable(filepath.ToSlash(name))}
	f.problems = &reporter{path: f.Path}
	defer func() {
		if p := recover(); p != nil {
			f.Return = nil
			f.problems = &reporter{path: f.Path}
			f.problems.errorf(0, "kan niet worden gelezen (interne fout: %s); de andere bestanden zijn wel geteld; meld dit aan de makers van werkboek", clean(fmt.Sprint(p)))
		}
		f.Diagnostics = f.problems.list()
	}()
	if st, err := os.Lstat(name); err == nil && !st.Mode().IsRegular() && st.Mode()&fs.ModeSymlink == 0 {
		f.problems.errorf(0, "%s; werkboek leest alleen gewone bestanden", notRegular(st.Mode()))
		return f
	}
	file, err := regular.OpenNoWait(name)
	if err != nil {
		f.problems.errorf(0, "kan niet worden gelezen; controleer of het een bestand is en of u het mag lezen")
		return f
	}
	defer file.Close()
	st, err := file.Stat()
	switch {
	case err != nil:
		f.problems.errorf(0, "kan niet worden gelezen; controleer of u het mag lezen")
		return f
	case !st.Mode().IsRegular():
		what := notRegular(st.Mode())
		if target, err := os.Readlink(name); err == nil {
			what = "is een link naar " + clean(target) + ", en dat " + what
		}
		f.problems.errorf(0, "%s; werkboek leest alleen gewone bestanden", what)
		return f
	case st.Size() > MaxFileSize:
		f.problems.errorf(0, "%s; %s", tooBig(st.Size()), tooBigAdvice)
		return f
	}
	f.ModTime = st.ModTime()
	data, err := io.ReadAll(io.LimitReader(file, MaxFileSize+1))
	switch {
	case err != nil:
		f.problems.errorf(0, "kan niet worden gelezen; controleer of u het mag lezen")
		return f
	case len(data) > MaxFileSize:
		f.problems.errorf(0, "groeide tijdens het lezen tot meer dan %s; %s", megabytes(MaxFileSize), tooBigAdvice)
		return f
	}
	f.Return = parse(f.Path, data, f.problems)
	return f
}

const tooBigAdvice = "een teruggestuurd bestand is veel kleiner: bewaar de mail zonder bijlagen, of vraag de Bibliotheek om het bestand van de pagina Tickets"

// tooBig says how much larger than MaxFileSize a file is.
func tooBig(size int64) string {
	return fmt.Sprintf("is %s, meer dan de %s die een teruggestuurd bestand hoogstens mag zijn", megabytes(size), megabytes(MaxFileSize))
}

func megabytes(n int64) string {
	if n < 10<<20 {
		return strings.Replace(fmt.Sprintf("%.1f MB", float64(n)/(1<<20)), ".", ",", 1)
	}
	return dutch.Thousands(int(n>>20)) + " MB"
}

// notRegular names what a file that is not a regular one is.
func notRegular(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "is een map"
	case m&fs.ModeNamedPipe != 0:
		return "is een FIFO (named pipe), geen bestand"
	case m&fs.ModeSocket != 0:
		return "is een socket, geen bestand"
	case m&fs.ModeDevice != 0:
		return "is een apparaat, geen bestand"
	}
	return "is geen gewoon bestand"
}

func failed(name, msg string) *File {
	p := Printable(filepath.ToSlash(name))
	return &File{Path: p, Diagnostics: diag.List{{Path: p, Message: msg}}}
}
