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

Maakt een nieuwe kaart in een prioriteitsmap, met het volgende vrije
nummer en de vijf koppen. MAP is de naam van de map (1-jeugd-en-onderwijs),
het nummer van de prioriteit (1) of een pad naar de map.
De kaart krijgt draft: true; haal die regel weg om hem te publiceren.
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
	if len(pos) != 3 || pos[0] != "card" {
		fmt.Fprintf(stderr, "werkboek new: verwacht: werkboek new card MAP \"Titel\"\n\n%s", newHelp)
		return exitUsage
	}
	findSite(fs, siteDir)
	if *contentDir == "" {
		*contentDir = filepath.Join(*siteDir, "content")
	}
	title := strings.TrimSpace(pos[2])
	slug := names.Slugify(title)
	if slug == "" {
		fmt.Fprintf(stderr, "werkboek new: van de titel %q is geen bestandsnaam te maken; gebruik letters of cijfers\n", pos[2])
		return exitUsage
	}
	dir, err := findPriority(*contentDir, pos[1])
	if err != nil {
		fmt.Fprintf(stderr, "werkboek new: %v\n", err)
		return exitUsage
	}
	next := 1
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if n, ok := numberOf(e.Name()); ok && n >= next && !content.Ignored(e.Name()) {
			next = n + 1
		}
	}
	name := filepath.Join(dir, fmt.Sprintf("%d-%s.md", next, slug))
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		fmt.Fprintf(stderr, "werkboek new: kan %s niet maken: %s\n", name, dutchError(err))
		return exitContent
	}
	defer f.Close()
	if _, err := f.WriteString(cardTemplate(title)); err != nil {
		fmt.Fprintf(stderr, "werkboek new: kan %s niet schrijven: %s\n", name, dutchError(err))
		return exitContent
	}
	fmt.Fprintln(stdout, name)
	return exitOK
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
	if st, err := os.Stat(arg); err == nil && st.IsDir() && strings.ContainsRune(arg, filepath.Separator) {
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
