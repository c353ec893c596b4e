package content

import (
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/names"
)

// Every file and folder of the content is accounted for: it is a text
// werkboek reads, a file a text uses (an image or PDF), or ignored by a
// rule of the content reference (see Ignored). Anything else is an error
// that says what the name was probably meant to be.

// rootTexts are the files of the content folder itself.
var rootTexts = []string{"_index.md", "programma.md", "keuzelijst.md", "tickets.md"}

// mdEndings are the endings of files meant as Markdown: the ones editors'
// programs add (Notepad's .txt, .markdown) besides .md itself, longest
// first.
var mdEndings = []string{".markdown.txt", ".md.txt", ".markdown", ".mdown", ".mkdn", ".mkd", ".md", ".txt", ".text"}

// misnamedMarkdown returns the name a file meant as Markdown should have,
// its name with .md as the ending, when name ends in another Markdown
// ending (4-muziek.markdown, 4-muziek.md.txt, 4-muziek.MD); "" otherwise.
func misnamedMarkdown(name string) string {
	lower := strings.ToLower(name)
	for _, e := range mdEndings {
		if strings.HasSuffix(lower, e) && len(name) > len(e) {
			if strings.HasSuffix(name, ".md") && e == ".md" {
				return ""
			}
			return name[:len(name)-len(e)] + ".md"
		}
	}
	return ""
}

// stem is a name without its Markdown ending, in lower case.
func stem(name string) string {
	lower := strings.ToLower(name)
	for _, e := range mdEndings {
		if strings.HasSuffix(lower, e) && len(lower) > len(e) {
			return lower[:len(lower)-len(e)]
		}
	}
	return lower
}

// meantAs returns the one of want that name was probably meant as: the
// same apart from case and the Markdown ending, or a few letters off
// (prioritieten for prioriteiten, programa.md for programma.md); "" when
// none is close.
func meantAs(name string, want ...string) string {
	s := stem(name)
	best, bestDist := "", 0
	for _, w := range want {
		ws := stem(w)
		d := dutch.Distance(s, ws)
		limit := min(3, max(1, len(ws)/4))
		if d <= limit && (best == "" || d < bestDist) {
			best, bestDist = w, d
		}
	}
	return best
}

// systemFile reports whether name is a file that Windows or macOS puts in
// a folder by itself: thumbnails, folder settings, Office lock files.
func systemFile(name string) bool {
	lower := strings.ToLower(name)
	return lower == "thumbs.db" || lower == "desktop.ini" || lower == "icon\r" || strings.HasPrefix(name, "~$")
}

// pend records that a text or folder is missing because of an error
// already reported (it is there under a wrong name, or could not be
// read): links into it are not reported as well.
func (l *loader) pend(name string) { l.pending[name] = true }

// isPending reports whether name is, or lies in, a pending text or folder.
func (l *loader) isPending(name string) bool {
	for p := name; ; p = path.Dir(p) {
		if l.pending[p] {
			return true
		}
		if p == "." || p == "/" {
			return false
		}
	}
}

// strayRoot reports an entry of the content folder that werkboek does not
// read, saying what it was probably meant as. names holds every entry.
func (l *loader) strayRoot(e fs.DirEntry, names map[string]bool, have map[string]bool) {
	name := e.Name()
	r := l.reporter(name)
	keep := fmt.Sprintf("begin de naam met _ (zoals _%s) als u %s hier wilt bewaren zonder dat werkboek %s leest", strings.TrimLeft(name, "_"), thisOne(e), itOrHer(e))
	if e.IsDir() {
		switch {
		case meantAs(name, "prioriteiten") != "" && !names["prioriteiten"]:
			r.Errorf(0, "deze map heet %s; bedoelde u prioriteiten? Hernoem de map naar prioriteiten", name)
			l.pend("prioriteiten")
			have["prioriteiten?"] = true
		case exists(l.fsys, path.Join(name, "_index.md")):
			r.Errorf(0, "dit lijkt een prioriteit, maar een prioriteit hoort in de map prioriteiten/; verplaats de map naar %s", l.display(path.Join("prioriteiten", name)))
		default:
			r.Errorf(0, "deze map hoort niet in de inhoudsmap: werkboek leest hier alleen de map prioriteiten/ en de bestanden %s; %s", strings.Join(rootTexts, ", "), keep)
		}
		return
	}
	if l.strayParticipants(name, names) {
		return
	}
	if want := meantAs(name, rootTexts...); want != "" {
		if names[want] {
			r.Errorf(0, "naast %s staat ook dit bestand; haal deze kopie weg of %s", want, keep)
			return
		}
		r.Errorf(0, "dit bestand heet %s; bedoelde u %s? Hernoem het naar %s", name, want, want)
		l.pend(want)
		l.misnamed = append(l.misnamed, name)
		have[want+"?"] = true
		return
	}
	if !isPlainText(name) && (misnamedMarkdown(name) != "" || strings.HasSuffix(name, ".md")) {
		card := name
		if !strings.HasSuffix(name, ".md") {
			card = misnamedMarkdown(name)
		}
		r.Errorf(0, "een kaart hoort in de map van een prioriteit, zoals %s; in de inhoudsmap zelf staan alleen %s. Verplaats het bestand, of %s", l.display("prioriteiten/1-naam/"+card), strings.Join(rootTexts, ", "), keep)
		return
	}
	l.stray(name, fmt.Sprintf("dit bestand hoort niet in de inhoudsmap: %s; %s", notReadHere(name, strings.Join(rootTexts, ", ")), keep))
}

// strayInPriority reports an entry of a priority folder that is neither a
// card nor a file a card can use. It returns the name of the card the
// entry was meant as (4-muziek.md for 4-muziek.markdown) when it reports
// a misnamed card, else "".
func (l *loader) strayInPriority(dir string, e fs.DirEntry, names map[string]bool) string {
	name := e.Name()
	full := dir + "/" + name
	r := l.reporter(full)
	keep := fmt.Sprintf("begin de naam met _ (zoals _%s) als u %s hier wilt bewaren zonder dat werkboek %s leest", strings.TrimLeft(name, "_"), thisOne(e), itOrHer(e))
	if e.IsDir() {
		r.Errorf(0, "een prioriteit heeft geen mappen: kaarten, afbeeldingen en pdf's staan direct in %s; verplaats wat in deze map staat, of %s", l.display(dir), keep)
		return ""
	}
	want := misnamedMarkdown(name)
	if meantAs(name, "_index.md") == "_index.md" && !names["_index.md"] {
		want = "_index.md"
	}
	switch {
	case want != "" && names[want]:
		r.Errorf(0, "naast %s staat ook dit bestand; haal deze kopie weg of %s", want, keep)
	case want == "_index.md":
		r.Errorf(0, "de beschrijving van een prioriteit heet _index.md; hernoem %s naar _index.md", name)
		l.pend(dir + "/_index.md")
		return want
	case isPlainText(name):
		r.Errorf(0, "werkboek leest alleen teksten die op .md eindigen: is dit een kaart, hernoem het bestand dan naar %s; %s", misnamedMarkdown(name), keep)
		l.pend(dir + "/" + misnamedMarkdown(name))
		return misnamedMarkdown(name)
	case want != "":
		r.Errorf(0, "dit lijkt een kaart, maar werkboek leest alleen bestanden die op .md eindigen (kleine letters); hernoem het bestand naar %s", want)
		l.pend(dir + "/" + want)
		return want
	default:
		l.stray(full, fmt.Sprintf("dit bestand hoort niet bij de kaarten: %s; %s", notReadHere(name, "kaarten (.md) en _index.md"), keep))
	}
	return ""
}

// isPlainText reports whether name ends in .txt or .text, and not in a
// Markdown ending before it (4-muziek.md.txt).
func isPlainText(name string) bool {
	lower := strings.ToLower(name)
	return (path.Ext(lower) == ".txt" || path.Ext(lower) == ".text") && misnamedMarkdown(strings.TrimSuffix(lower, path.Ext(lower))) == "" && !strings.HasSuffix(strings.TrimSuffix(lower, path.Ext(lower)), ".md")
}

// stray records a file that werkboek does not publish. It is reported
// once the links are resolved, unless a text links to it: that link's
// error says the same.
func (l *loader) stray(name, msg string) {
	l.strays = append(l.strays, diag.Diagnostic{Path: l.display(name), Message: msg})
	l.strayNames = append(l.strayNames, name)
}

// notReadHere says which files werkboek reads in a folder (texts names
// its texts), and what to do with a file of a kind it does not publish.
func notReadHere(name, texts string) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".heic", ".heif", ".tif", ".tiff", ".bmp", ".avif", ".jfif":
		return "werkboek publiceert geen " + strings.ToLower(path.Ext(name)) + "; sla de afbeelding op als .jpg of .png en toon haar in een kaart"
	case ".doc", ".docx", ".odt", ".rtf", ".pages":
		return "werkboek leest geen tekstverwerkerbestanden; zet de tekst in een kaart (.md) of sla het bestand op als pdf en link ernaar"
	}
	return "werkboek leest hier alleen " + texts + ", en afbeeldingen of pdf's (" + strings.Join(FileExts, ", ") + ") die een tekst gebruikt"
}

func thisOne(e fs.DirEntry) string {
	if e.IsDir() {
		return "deze map"
	}
	return "dit bestand"
}

func itOrHer(e fs.DirEntry) string {
	if e.IsDir() {
		return "haar"
	}
	return "het"
}

// entryNames is the set of names of a folder's entries.
func entryNames(entries []fs.DirEntry) map[string]bool {
	names := make(map[string]bool, len(entries))
	for _, e := range entries {
		names[e.Name()] = true
	}
	return names
}

// misnamedIndex reports whether a name that starts with _ (and would be
// ignored) is _index.md under a wrong name (_index.MD, _index.markdown).
func misnamedIndex(name string) bool {
	return name != "_index.md" && strings.HasPrefix(name, "_") && !names.EditorLeftover(name) && meantAs(name, "_index.md") != ""
}
