package main

import (
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/probiblio/werkboek/assets"
	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/layouts"
)

const initHelp = `Gebruik: werkboek init [MAP] [opties]

Begint een nieuw werkboek in MAP (standaard de huidige map): schrijft
content/ met elk bestand dat een werkboek heeft, één prioriteit met één
conceptkaart, en LEESMIJ.md met de volgende stappen. Daarna werken
werkboek serve en werkboek build meteen.

Met --thema zet init in plaats daarvan de ingebouwde vormgeving in MAP
(layouts/ en assets/), om die aan te passen: een bestand dat u daar
verandert, vervangt het ingebouwde bestand met dezelfde naam.

init overschrijft nooit iets: bestaat een van de bestanden al, dan
schrijft init niets.
`

// newEdition holds the files of a new workbook; {{jaar}} and {{datum}}
// are filled in.
//
//go:embed all:nieuw
var newEdition embed.FS

func cmdInit(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("init", flag.ContinueOnError)
	theme := fs.Bool("thema", false, "zet de ingebouwde layouts/ en assets/ in MAP, om de vormgeving aan te passen")
	var pos []string
	for len(args) > 0 {
		if code, ok := parseFlags(fs, args, stderr, initHelp); !ok {
			return code
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(pos) > 1 {
		fmt.Fprintf(stderr, "werkboek init: één map graag, niet %d\n\n%s", len(pos), initHelp)
		return exitUsage
	}
	dir := "."
	if len(pos) == 1 {
		dir = pos[0]
	}
	files, err := editionFiles()
	if *theme {
		files, err = themeFiles()
	}
	if err != nil {
		fmt.Fprintf(stderr, "werkboek init: %v\n", err)
		return exitContent
	}
	for _, f := range files {
		full := filepath.Join(dir, filepath.FromSlash(f.name))
		if _, err := os.Lstat(full); err == nil {
			fmt.Fprintf(stderr, "werkboek init: %s bestaat al; init overschrijft niets. Kies een andere of een lege map, bijvoorbeeld: werkboek init werkboek-%d\n", full, eventDay(time.Now()).Year())
			return exitContent
		}
	}
	for _, f := range files {
		full := filepath.Join(dir, filepath.FromSlash(f.name))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			fmt.Fprintf(stderr, "werkboek init: kan de map %s niet maken: %s\n", filepath.Dir(full), dutchError(err))
			return exitContent
		}
		if err := os.WriteFile(full, f.data, 0o644); err != nil {
			fmt.Fprintf(stderr, "werkboek init: kan %s niet schrijven: %s\n", full, dutchError(err))
			return exitContent
		}
	}
	if *theme {
		fmt.Fprintf(stdout, "werkboek init: %s geschreven in %s: layouts/ en assets/. Verander wat u wilt; wat u weghaalt, komt weer uit de ingebouwde vormgeving.\n", dutch.Count(len(files), "bestand", "bestanden"), dir)
		return exitOK
	}
	fmt.Fprintf(stdout, "werkboek init: nieuw werkboek in %s (%s). Lees %s voor de volgende stappen; bekijk het met: werkboek serve%s\n",
		dir, dutch.Count(len(files), "bestand", "bestanden"), filepath.Join(dir, "LEESMIJ.md"), siteFlag(dir))
	return exitOK
}

// siteFlag is the -s option that points a command at dir.
func siteFlag(dir string) string {
	if filepath.Clean(dir) == "." {
		return ""
	}
	return " -s " + strconv.Quote(dir)
}

type newFile struct {
	name string // slash path relative to the target folder
	data []byte
}

// editionFiles returns the files of a new workbook for the next event
// day (see eventDay), with one draft card made as "werkboek new card"
// makes one.
func editionFiles() ([]newFile, error) {
	day := eventDay(time.Now())
	fill := strings.NewReplacer("{{jaar}}", strconv.Itoa(day.Year()), "{{datum}}", day.Format("2006-01-02"))
	files, err := readTree(newEdition, "nieuw", func(b []byte) []byte { return []byte(fill.Replace(string(b))) })
	card := newFile{"content/prioriteiten/1-eerste-prioriteit/1-eerste-kaart.md", []byte(cardTemplate("Eerste kaart"))}
	return append(files, card), err
}

// eventDay is the date a new workbook gives its event: the third Monday
// of September (the Projectendag of 2016 was on one), of this year when
// that is at least a month away, else of the next. It is a date in the
// future, so check does not warn about it.
func eventDay(now time.Time) time.Time {
	for year := now.Year(); ; year++ {
		day := time.Date(year, time.September, 1, 0, 0, 0, 0, time.UTC)
		day = day.AddDate(0, 0, (8-int(day.Weekday()))%7+14)
		if day.After(now.AddDate(0, 1, 0)) {
			return day
		}
	}
}

// themeFiles returns the built-in layouts and assets.
func themeFiles() ([]newFile, error) {
	var out []newFile
	for _, t := range []struct {
		fsys fs.FS
		dir  string
	}{{layouts.FS, "layouts"}, {assets.FS, "assets"}} {
		files, err := readTree(t.fsys, ".", nil)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			if !strings.HasSuffix(f.name, ".go") {
				out = append(out, newFile{path.Join(t.dir, f.name), f.data})
			}
		}
	}
	return out, nil
}

// readTree returns the files under root in fsys, named relative to root
// and passed through edit when it is not nil.
func readTree(fsys fs.FS, root string, edit func([]byte) []byte) ([]newFile, error) {
	var out []newFile
	err := fs.WalkDir(fsys, root, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, name)
		if edit != nil {
			data = edit(data)
		}
		rel := strings.TrimPrefix(strings.TrimPrefix(name, root), "/")
		out = append(out, newFile{rel, data})
		return err
	})
	if err != nil {
		return nil, errors.New("de ingebouwde bestanden zijn onleesbaar: " + dutchError(err))
	}
	return out, nil
}
