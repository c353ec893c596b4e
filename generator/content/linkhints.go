package content

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/names"
)

// The suggestions in messages about links: which file the editor meant.

// unknown explains a destination that is neither a Markdown file nor a
// file beside the text: mostly a site address ("../spoenk/") or a website
// without https://.
func (rs *resolver) unknown(dir, p string) string {
	first, _, _ := strings.Cut(strings.TrimPrefix(p, "./"), "/")
	if strings.HasPrefix(first, "www.") || strings.Count(first, ".") >= 1 && isDomainEnd(path.Ext(first)) {
		return fmt.Sprintf("%s is geen bestand in de inhoudsmap; bedoelt u een website, schrijf dan https://%s", diag.Quote(p), strings.TrimPrefix(p, "./"))
	}
	if ext := path.Ext(p); ext != "" && !strings.HasSuffix(p, "/") {
		return fmt.Sprintf("%s wordt niet gepubliceerd: naast een kaart kunnen alleen deze bestanden staan: %s", diag.Quote(p), strings.Join(FileExts, ", "))
	}
	// A site address: find the card or priority by its slug.
	segs := strings.FieldsFunc(p, func(r rune) bool { return r == '/' })
	if len(segs) > 0 {
		slug := segs[len(segs)-1]
		for _, name := range rs.sortedTargets() {
			switch t := rs.targetMap()[name]; {
			case t.Card != nil && t.Card.Slug == slug, t.Priority != nil && t.Priority.Slug == slug:
				return fmt.Sprintf("%s is een webadres van de site; link naar de kaart of prioriteit met haar bestand, hier: (%s)", diag.Quote(p), linkPath(rel(dir, name)))
			}
		}
	}
	example := "zoals 1-titel.md of ../map/_index.md"
	for _, name := range rs.sortedTargets() {
		if rs.targetMap()[name].Card != nil {
			example = "zoals " + linkPath(rel(dir, name))
			break
		}
	}
	return fmt.Sprintf("werkboek weet niet waar %s heen wijst; link naar een kaart of prioriteit met haar bestand (%s), of naar een website met https://…", diag.Quote(p), example)
}

// isDomainEnd reports whether ext looks like the end of a web address
// (".nl", ".org") rather than of a file name.
func isDomainEnd(ext string) bool {
	switch strings.ToLower(ext) {
	case ".nl", ".be", ".com", ".org", ".net", ".eu", ".info", ".frl", ".amsterdam":
		return true
	}
	return false
}

// suggestMD names the card, priority or page file of this edition that
// the editor most likely meant by name, never the text itself (self):
// the same file name in another folder (a renamed folder), a file whose
// name or title holds the name without its number
// ("3-voorleesexpress.md" for "2-voorleesexpress-thuis-voorlezen.md"),
// or the nearest file name. Without one, it names cards of this edition
// as examples.
func (rs *resolver) suggestMD(dir, self, name string) string {
	want := nameCore(path.Base(name))
	best, bestScore := "", 1<<30
	for _, cand := range rs.sortedTargets() {
		if cand == self {
			continue
		}
		score, ok := rs.closeness(cand, want, name)
		if ok && score < bestScore {
			best, bestScore = cand, score
		}
	}
	if best != "" {
		return fmt.Sprintf("; bedoelt u (%s)?", linkPath(rel(dir, best)))
	}
	var here, there []string
	for _, cand := range rs.sortedTargets() {
		if rs.targetMap()[cand].Card == nil || cand == self {
			continue
		}
		if path.Dir(cand) == dir {
			here = append(here, path.Base(cand))
		} else if len(there) == 0 {
			there = append(there, linkPath(rel(dir, cand)))
		}
	}
	if len(here) > 6 {
		here = append(here[:6], "…")
	}
	switch {
	case len(here) > 0 && len(there) > 0:
		return "; link naar een kaart met haar bestandsnaam, zoals " + strings.Join(here, ", ") + ", of naar een kaart van een andere prioriteit als " + there[0]
	case len(here) > 0:
		return "; link naar een kaart met haar bestandsnaam, zoals " + strings.Join(here, ", ")
	case len(there) > 0:
		return "; link naar een kaart met haar bestandsnaam, zoals " + there[0]
	}
	return "; link naar een kaart met haar bestandsnaam (zoals 1-titel.md) of naar een prioriteit met ../map/_index.md"
}

// closeness scores how near the file cand is to the name the editor
// wrote (want: its stem), lower is nearer; ok is false when it is not
// near at all.
func (rs *resolver) closeness(cand, want, name string) (int, bool) {
	got := nameCore(path.Base(cand))
	if path.Base(cand) == "_index.md" {
		got = nameCore(path.Base(path.Dir(cand)))
	}
	title := ""
	switch t := rs.targetMap()[cand]; {
	case t.Card != nil:
		title = names.Slugify(t.Card.Title)
	case t.Priority != nil:
		title = names.Slugify(t.Priority.Title)
	}
	byPath := dutch.Distance(strings.ToLower(cand), strings.ToLower(name))
	switch {
	case want == "":
		return 0, false
	case strings.EqualFold(path.Base(cand), path.Base(name)):
		return byPath, true
	case got == want:
		return 1000 + byPath, true
	case len(want) >= 4 && (strings.Contains(got, want) || strings.Contains(title, want)):
		return 2000 + byPath, true
	}
	if d := dutch.Distance(got, want); d <= len(want)/3 {
		return 3000 + d*1000 + byPath, true
	}
	return 0, false
}

// nameCore is a file name without its number, extension and case:
// "3-Voorleesexpress.md" → "voorleesexpress".
func nameCore(base string) string {
	base = strings.ToLower(strings.TrimSuffix(base, path.Ext(base)))
	return strings.TrimLeft(base, "0123456789-_. ")
}

// sortedTargets lists the paths of all cards, priorities and pages, so
// that suggestions are the same on every run.
func (rs *resolver) sortedTargets() []string {
	out := make([]string, 0, len(rs.targetMap()))
	for name := range rs.targetMap() {
		out = append(out, name)
	}
	slices.Sort(out)
	return out
}

// suggestFile names the files beside the text, closest first.
func (rs *resolver) suggestFile(dir, base string) string {
	var names []string
	for _, n := range rs.l.listed {
		if path.Dir(n) == dir {
			names = append(names, path.Base(n))
		}
	}
	if len(names) == 0 {
		return "; zet het bestand naast de tekst, in " + rs.l.display(dir)
	}
	slices.SortFunc(names, func(a, b string) int {
		return dutch.Distance(strings.ToLower(a), strings.ToLower(base)) - dutch.Distance(strings.ToLower(b), strings.ToLower(base))
	})
	return fmt.Sprintf("; bedoelt u %s? (de naam moet precies kloppen, ook hoofdletters)", names[0])
}

// rel returns the relative path from folder dir to file name, both paths
// in the content fs.
func rel(dir, name string) string {
	if dir == "." {
		return name
	}
	from := strings.Split(dir, "/")
	to := strings.Split(name, "/")
	i := 0
	for i < len(from) && i < len(to)-1 && from[i] == to[i] {
		i++
	}
	return strings.Repeat("../", len(from)-i) + strings.Join(to[i:], "/")
}

// linkPath writes a path as it goes between ( and ) in Markdown.
func linkPath(p string) string {
	if strings.ContainsAny(p, " ()<>") {
		return "<" + p + ">"
	}
	return p
}
