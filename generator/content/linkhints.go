package content

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/dutch"
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
			switch t := rs.targets[name]; {
			case t.Card != nil && t.Card.Slug == slug, t.Priority != nil && t.Priority.Slug == slug:
				return fmt.Sprintf("%s is een webadres van de site; link naar de kaart of prioriteit met haar bestand, hier: (%s)", diag.Quote(p), linkPath(rel(dir, name)))
			}
		}
	}
	return fmt.Sprintf("werkboek weet niet waar %s heen wijst; link naar een kaart of prioriteit met haar bestand (zoals 1-spoenk.md of ../2-persoonlijke-ontwikkeling/_index.md), of naar een website met https://…", diag.Quote(p))
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

// suggestMD names the existing card, priority or page file closest to
// name, or else the cards beside the text.
func (rs *resolver) suggestMD(dir, name string) string {
	base := strings.ToLower(path.Base(name))
	// Closest file name first, then closest path.
	best, bestDist := "", (len(base)/3+1)*1000
	var here []string
	for _, cand := range rs.sortedTargets() {
		d := dutch.Distance(strings.ToLower(path.Base(cand)), base)*1000 + dutch.Distance(strings.ToLower(cand), strings.ToLower(name))
		if d < bestDist {
			best, bestDist = cand, d
		}
		if path.Dir(cand) == dir && rs.targets[cand].Card != nil {
			here = append(here, path.Base(cand))
		}
	}
	switch {
	case best != "":
		return fmt.Sprintf("; bedoelt u (%s)?", linkPath(rel(dir, best)))
	case len(here) > 0:
		if len(here) > 6 {
			here = append(here[:6], "…")
		}
		return "; link naar een kaart met haar bestandsnaam, zoals " + strings.Join(here, ", ") + ", of naar een kaart van een andere prioriteit als ../1-jeugd-en-onderwijs/1-spoenk.md"
	}
	return "; link naar een kaart met haar bestandsnaam, zoals 1-spoenk.md of ../1-jeugd-en-onderwijs/1-spoenk.md"
}

// sortedTargets lists the paths of all cards, priorities and pages, so
// that suggestions are the same on every run.
func (rs *resolver) sortedTargets() []string {
	out := make([]string, 0, len(rs.targets))
	for name := range rs.targets {
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
