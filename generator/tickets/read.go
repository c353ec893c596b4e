package tickets

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/probiblio/werkboek/generator/content"
)

// File is one returned file and what became of it.
type File struct {
	Path        string
	ModTime     time.Time
	Return      *Return // nil when nothing could be read
	Diagnostics content.Diagnostics
	ReplacedBy  *File // a later file of the same library
	Counted     bool
}

// Refused reports whether the file has errors and so does not count.
func (f *File) Refused() bool { return len(f.Diagnostics.Errors()) > 0 }

// Parse reads one returned file; name (used in messages) decides by its
// extension how: .json, .csv, or .eml and .txt for a saved mail. A file
// with another extension is recognised by its content.
func Parse(name string, data []byte) (*Return, content.Diagnostics) {
	rep := &reporter{path: name}
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
	return r, rep.diags
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

// OutputMarker is written into the folder Write makes, so Collect skips a
// count that lies inside a folder of returned files, and a later count
// knows it may replace it.
const OutputMarker = ".werkboek-telling"

// Collect reads the files named on the command line; a folder stands for
// every .json, .csv, .eml and .txt file in it and its subfolders (hidden
// files and earlier counts left out). A path that cannot be read becomes a
// refused file.
func Collect(paths []string) []*File {
	var out []*File
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
			if d.IsDir() {
				if _, err := os.Stat(filepath.Join(name, OutputMarker)); err == nil || hidden {
					return filepath.SkipDir
				}
				return nil
			}
			if !hidden && slices.Contains(readable, strings.ToLower(filepath.Ext(name))) {
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
	return out
}

func readFile(name string) *File {
	data, err := os.ReadFile(name)
	if err != nil {
		return failed(name, "kan niet worden gelezen; controleer of het een bestand is en of u het mag lezen")
	}
	f := &File{Path: filepath.ToSlash(name)}
	if st, err := os.Stat(name); err == nil {
		f.ModTime = st.ModTime()
	}
	f.Return, f.Diagnostics = Parse(f.Path, data)
	return f
}

func failed(name, msg string) *File {
	p := filepath.ToSlash(name)
	return &File{Path: p, Diagnostics: content.Diagnostics{{Path: p, Message: msg}}}
}
