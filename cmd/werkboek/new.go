package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/names"
)

const newHelp = `Gebruik: werkboek new card MAP "Titel" [opties]
       werkboek new priority "Titel" [opties]

new card maakt een nieuwe kaart in een prioriteitsmap, met het volgende
vrije nummer en de vijf koppen. MAP is de naam van de map
(1-jeugd-en-onderwijs), het nummer van de prioriteit (1) of een pad naar
de map; staat u in de map, dan is dat ".".
De kaart krijgt draft: true; haal die regel weg om hem te publiceren.

new priority maakt een nieuwe prioriteitsmap met het volgende vrije
nummer en een _index.md met de titel en een zin om te vervangen.
`

func cmdNew(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("new", flag.ContinueOnError)
	siteDir := fs.String("s", ".", "`MAP` van de site, met content/")
	contentDir := fs.String("content", "", "`MAP` met de inhoud (standaard MAP/content van -s)")
	// Allow flags after the positional arguments, as editors type them.
	var pos []string
	for len(args) > 0 {
		if code, ok := parseFlags(fs, args, stderr, newHelp); !ok {
			return code
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if !(len(pos) == 3 && pos[0] == "card" || len(pos) == 2 && pos[0] == "priority") {
		fmt.Fprintf(stderr, "werkboek new: verwacht: werkboek new card MAP \"Titel\" of werkboek new priority \"Titel\"\n\n%s", newHelp)
		return exitUsage
	}
	findSite(fs, siteDir)
	if *contentDir == "" {
		*contentDir = filepath.Join(*siteDir, "content")
	}
	title := strings.TrimSpace(pos[len(pos)-1])
	slug := names.Slugify(title)
	if slug == "" {
		fmt.Fprintf(stderr, "werkboek new: van de titel %q is geen bestandsnaam te maken; gebruik letters of cijfers\n", pos[len(pos)-1])
		return exitUsage
	}
	if pos[0] == "priority" {
		return newPriority(*contentDir, title, slug, stdout, stderr)
	}
	dir, err := findPriority(*contentDir, pos[1])
	if err != nil {
		fmt.Fprintf(stderr, "werkboek new: %v\n", err)
		return exitUsage
	}
	name := filepath.Join(dir, fmt.Sprintf("%d-%s.md", nextNumber(dir, false), slug))
	return writeNew(name, cardTemplate(title), stdout, stderr)
}

// newPriority makes the folder of a new priority with its _index.md.
func newPriority(contentDir, title, slug string, stdout, stderr io.Writer) int {
	root := filepath.Join(contentDir, "prioriteiten")
	if !isDir(contentDir) {
		fmt.Fprintf(stderr, "werkboek new: map %s bestaat niet; geef met -s de map van de site of met --content de inhoudsmap op\n", shown(contentDir))
		return exitUsage
	}
	dir := filepath.Join(root, fmt.Sprintf("%d-%s", nextNumber(root, true), slug))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(stderr, "werkboek new: kan de map %s niet maken: %s\n", shown(dir), dutchError(err))
		return exitContent
	}
	index := "---\ntitle: " + strconv.Quote(title) + "\n---\n\n" + content.NewPriorityText + "\n"
	return writeNew(filepath.Join(dir, "_index.md"), index, stdout, stderr)
}

// nextNumber is the number after the highest of the files (or, with
// folders, the folders) in dir.
func nextNumber(dir string, folders bool) int {
	next := 1
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if n, ok := numberOf(e.Name()); ok && n >= next && !content.Ignored(e.Name()) && e.IsDir() == folders {
			next = n + 1
		}
	}
	return next
}

// writeNew writes a new file, never over an existing one, and prints its
// path as seen from where the editor is.
func writeNew(name, text string, stdout, stderr io.Writer) int {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		fmt.Fprintf(stderr, "werkboek new: kan %s niet maken: %s\n", shown(name), dutchError(err))
		return exitContent
	}
	defer f.Close()
	if _, err := f.WriteString(text); err != nil {
		fmt.Fprintf(stderr, "werkboek new: kan %s niet schrijven: %s\n", shown(name), dutchError(err))
		return exitContent
	}
	fmt.Fprintln(stdout, shown(name))
	return exitOK
}

// shown is a path as seen from the working folder: "3-lezen.md" in the
// priority's folder, "content/prioriteiten/1-jeugd/3-lezen.md" in the
// site's; an absolute path stays one.
func shown(name string) string {
	if filepath.IsAbs(name) {
		return name // the editor gave an absolute -s or --content
	}
	abs, err := filepath.Abs(name)
	if err != nil {
		return name
	}
	wd, err := os.Getwd()
	if err != nil {
		return name
	}
	if rel, err := filepath.Rel(wd, abs); err == nil {
		return rel
	}
	return name
}

func cardTemplate(title string) string {
	var b strings.Builder
	b.WriteString("---\ntitle: " + strconv.Quote(title) + "\n")
	b.WriteString("question: " + strconv.Quote(content.NewCardQuestion) + "\n")
	b.WriteString("draft: true # haal deze regel weg om de kaart te publiceren\n---\n")
	for i, h := range model.SectionTitles {
		b.WriteString("\n## " + h + "\n" + content.CardHints[i] + "\n")
	}
	return b.String()
}

func numberOf(name string) (int, bool) {
	i := 0
	for i < len(name) && name[i] >= '0' && name[i] <= '9' {
		i++
	}
	n, err := strconv.Atoi(name[:i])
	return n, err == nil
}

// findPriority resolves MAP: a path, a folder name, a slug or a number.
func findPriority(contentDir, arg string) (string, error) {
	if st, err := os.Stat(arg); err == nil && st.IsDir() && (strings.ContainsRune(arg, filepath.Separator) || isPriorityDir(arg)) {
		return arg, nil
	}
	root := filepath.Join(contentDir, "prioriteiten")
	entries, err := os.ReadDir(root)
	if err != nil {
		return "", fmt.Errorf("map %s bestaat niet; geef met -s de map van de site of met --content de inhoudsmap op", root)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() || content.Ignored(e.Name()) {
			continue
		}
		names = append(names, e.Name())
		n, _ := numberOf(e.Name())
		rest := strings.TrimLeft(e.Name()[len(strconv.Itoa(n)):], "-_. ")
		if e.Name() == arg || rest == arg || (strconv.Itoa(n) == arg) {
			return filepath.Join(root, e.Name()), nil
		}
	}
	return "", fmt.Errorf("prioriteit %q niet gevonden in %s; kies uit: %s", arg, root, strings.Join(names, ", "))
}

// isPriorityDir reports whether dir (".", "..", a folder name) is a
// folder in prioriteiten/.
func isPriorityDir(dir string) bool {
	abs, err := filepath.Abs(dir)
	return err == nil && filepath.Base(filepath.Dir(abs)) == "prioriteiten"
}
