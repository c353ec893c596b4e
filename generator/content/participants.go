package content

import (
	"io/fs"
	"path"
	"regexp"
	"strings"

	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/names"
	"github.com/probiblio/werkboek/generator/participants"
)

// After the day, content/deelnemers.json says which libraries take part
// in which project: werkboek tickets tel writes it from the returned
// tickets (--inhoud), and an editor may change it by hand. It is checked
// like every content file; the site shows it (see Workbook.Participants).

// afterTheDay checks when the choice closes against the day, and reads
// the participants file when the content has one.
func (l *loader) afterTheDay(wb *model.Workbook, participants bool) {
	l.checkClosing(wb)
	if participants {
		wb.Participants = l.loadParticipants(wb)
	}
}

// loadParticipants reads and checks content/deelnemers.json, when it is
// there, against the workbook loaded so far.
func (l *loader) loadParticipants(wb *model.Workbook) *model.Participants {
	name := participants.File
	r := l.reporter(name)
	st, err := fs.Stat(l.fsys, name)
	switch {
	case err != nil:
		r.Errorf(0, "kan het bestand niet lezen (%s); controleer of het bestaat en leesbaar is", plainErr(err))
		return nil
	case st.IsDir():
		r.Errorf(0, "dit is een map, maar %s moet een bestand zijn; haal de map weg en schrijf het bestand met werkboek tickets tel … --inhoud content", name)
		return nil
	case !st.Mode().IsRegular():
		r.Errorf(0, "dit is geen gewoon bestand; zet hier het bestand dat werkboek tickets tel … --inhoud content schrijft")
		return nil
	case st.Size() > participants.MaxSize:
		r.Errorf(0, "het bestand is %d MB, meer dan de %d MB die een deelnemersbestand mag zijn; %s", st.Size()>>20, participants.MaxSize>>20, participants.Remake)
		return nil
	}
	data, err := fs.ReadFile(l.fsys, name)
	if err != nil {
		r.Errorf(0, "kan het bestand niet lezen (%s); controleer of het bestaat en leesbaar is", plainErr(err))
		return nil
	}
	l.inputs = append(l.inputs, model.Input{Path: l.display(name), Hash: hashBytes(data)})
	return participants.Read(wb, data, l.participantsKnown(wb), r)
}

// copySuffix is what a browser or a file manager puts after the name of a
// second copy: "deelnemers (1).json", "deelnemers-2.json", "deelnemers
// kopie.json".
var copySuffix = regexp.MustCompile(`[ _-]*(\(\d+\)|\d+|kopie|copy)$`)

// meantAsParticipants reports whether a file name is deelnemers.json
// under another name: another case, a letter off, Notepad's .txt after
// it, or the suffix of a copy.
func meantAsParticipants(name string) bool {
	lower := strings.TrimSuffix(strings.ToLower(name), ".txt")
	ext := path.Ext(lower)
	stem := copySuffix.ReplaceAllString(strings.TrimSuffix(lower, ext), "")
	return name != participants.File && (ext == "" || dutch.Distance(ext, ".json") <= 1) && dutch.Distance(stem, "deelnemers") <= 2
}

// strayParticipants reports a file of the content folder that is
// deelnemers.json under another name, and whether it did.
func (l *loader) strayParticipants(name string, entries map[string]bool) bool {
	if !meantAsParticipants(name) {
		return false
	}
	r := l.reporter(name)
	if entries[participants.File] {
		r.Errorf(0, "naast %s staat ook dit bestand; werkboek leest alleen %s: haal deze kopie weg, of begin de naam met _ (zoals _%s) als u haar wilt bewaren zonder dat werkboek haar leest", participants.File, participants.File, name)
	} else {
		r.Errorf(0, "dit bestand heet %s; bedoelde u %s? Hernoem het naar %s", name, participants.File, participants.File)
	}
	return true
}

// participantsKnown is what the check of the participants file needs to
// know of what was loaded besides the workbook: the ids of the cards and
// priorities whose errors are reported already, and the drafts.
func (l *loader) participantsKnown(wb *model.Workbook) participants.Known {
	k := participants.Known{Pending: map[string]bool{}, Drafts: map[string]*model.Card{}, None: l.pending["prioriteiten"]}
	byDir := map[string]*model.Priority{}
	for _, p := range wb.Priorities {
		byDir[p.Dir] = p
	}
	for _, dir := range l.brokenDirs {
		k.Pending[guessSlug(dir)+"/"] = true
	}
	cardID := func(name, slug string) string {
		dir := path.Base(path.Dir(name))
		if p := byDir[dir]; p != nil {
			return p.Slug + "/" + slug
		}
		return guessSlug(dir) + "/" + slug
	}
	for _, c := range l.cards {
		switch {
		case c.Broken || c.Slug == "":
			k.Pending[cardID(c.Name, guessSlug(path.Base(c.Name)))] = true
		case c.Draft:
			k.Drafts[cardID(c.Name, c.Slug)] = c
		}
	}
	for _, name := range l.misnamed {
		if strings.HasPrefix(name, "prioriteiten/") {
			k.Pending[cardID(name, guessSlug(misnamedMarkdown(path.Base(name))))] = true
		}
	}
	return k
}

// guessSlug is the slug a file or folder gets from its name.
func guessSlug(name string) string {
	_, _, rest := splitName(name)
	return names.Slugify(rest)
}
