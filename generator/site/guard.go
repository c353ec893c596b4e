package site

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/probiblio/werkboek/generator/dutch"
)

// Changes is what a new site changes of the one it replaces: its pages,
// and the priorities and cards it would drop.
type Changes struct {
	PageChanges
	First                 bool     // there was no site before
	Moved                 []string // old addresses this site sends on that the one before did not
	LostPriorities        []manifestPriority
	LostCards             []manifestCard // of priorities that stay
	LostCardCount, Before int            // cards lost in all, cards before
}

// PageChanges are the pages a rebuild added, removed and changed.
type PageChanges struct{ New, Gone, Changed []string }

// made counts a file made anew: a page new or changed, as prev had it
// or not.
func (p *PageChanges) made(name string, prev map[string]FileState) {
	if !isPage(name) {
		return
	}
	if _, ok := prev[name]; ok {
		p.Changed = append(p.Changed, name)
	} else {
		p.New = append(p.New, name)
	}
}

func (p *PageChanges) sort() {
	slices.Sort(p.New)
	slices.Sort(p.Gone)
	slices.Sort(p.Changed)
}

// String says it in one line: "1 pagina nieuw, 2 pagina's weg, 3
// pagina's veranderd".
func (p PageChanges) String() string {
	return dutch.Count(len(p.New), "pagina", "pagina's") + " nieuw, " + dutch.Count(len(p.Gone), "pagina", "pagina's") + " weg, " +
		dutch.Count(len(p.Changed), "pagina", "pagina's") + " veranderd"
}

// Summary is the one line build prints about the site it replaced.
func (c *Changes) Summary() string {
	if c.First {
		return "een nieuwe site: " + dutch.Count(len(c.New), "pagina", "pagina's")
	}
	out := "vergeleken met de vorige site: " + c.PageChanges.String()
	switch n := len(c.Moved); {
	case n == 1:
		out += "; 1 pagina heeft een nieuw adres; het oude adres verwijst door"
	case n > 1:
		out += "; " + dutch.Count(n, "pagina", "pagina's") + " hebben een nieuw adres; de oude adressen verwijzen door"
	}
	return out
}

// compare describes what next changes of prev (nil: no site before).
func compare(prev, next *manifest) *Changes {
	c := &Changes{}
	if prev == nil {
		c.First = true
		for name := range next.Pages {
			c.New = append(c.New, name)
		}
		c.sort()
		return c
	}
	for name, fp := range next.Pages {
		switch old, ok := prev.Pages[name]; {
		case !ok:
			c.New = append(c.New, name)
		case old != fp:
			c.Changed = append(c.Changed, name)
		}
	}
	for name := range prev.Pages {
		if _, ok := next.Pages[name]; !ok {
			c.Gone = append(c.Gone, name)
		}
	}
	c.moves(prev, next)
	c.sort()
	// A priority or card stays when its address or its title does: a
	// renamed file or a new title alone is no loss.
	known := map[string]bool{}
	for _, p := range next.Priorities {
		known["p:"+p.Slug], known["pt:"+p.Title] = true, true
	}
	for _, k := range next.Cards {
		known["c:"+k.address()], known["ct:"+k.Title] = true, true
	}
	lost := map[string]bool{}
	for _, p := range prev.Priorities {
		if !known["p:"+p.Slug] && (p.Title == "" || !known["pt:"+p.Title]) {
			c.LostPriorities = append(c.LostPriorities, p)
			lost[p.Slug] = true
		}
	}
	c.Before = len(prev.Cards)
	for _, k := range prev.Cards {
		if known["c:"+k.address()] || k.Title != "" && known["ct:"+k.Title] {
			continue
		}
		c.LostCardCount++
		if !lost[k.Priority] {
			c.LostCards = append(c.LostCards, k)
		}
	}
	return c
}

// moves counts the pages that next sends on from an old address and
// prev did not: their old page is not gone, their new one not new.
func (c *Changes) moves(prev, next *manifest) {
	redirects, arrived := map[string]bool{}, map[string]bool{}
	for from, to := range next.Moved {
		redirects[path.Join(from, "index.html")] = true
		if prev.Moved[from] != to {
			c.Moved = append(c.Moved, from)
			arrived[path.Join(to, "index.html")] = true
		}
	}
	c.Gone = slices.DeleteFunc(c.Gone, func(name string) bool { return redirects[name] })
	c.New = slices.DeleteFunc(c.New, func(name string) bool { return arrived[name] })
	slices.Sort(c.Moved)
}

// refused reports whether the new site drops a priority or more than a
// quarter of the cards of the site it replaces.
func (c *Changes) refused() bool {
	return len(c.LostPriorities) > 0 || c.LostCardCount*4 > c.Before
}

// RemovalError refuses a build that would drop a priority or more than a
// quarter of the cards of the published site; the site stays as it was.
type RemovalError struct {
	Dir     string
	Changes *Changes
}

// maxListed is how many priorities and cards the refusal names.
const maxListed = 10

// Error says what would disappear, one line each, and how to confirm.
func (e *RemovalError) Error() string {
	c := e.Changes
	var what []string
	if n := len(c.LostPriorities); n > 0 {
		what = append(what, dutch.Count(n, "prioriteit", "prioriteiten"))
	}
	if c.LostCardCount > 0 || len(what) == 0 {
		what = append(what, fmt.Sprintf("%d van de %d kaarten", c.LostCardCount, c.Before))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "de nieuwe site laat %s weg die de site in %s nu heeft; niets vervangen, de site in %s blijft staan. Is dit de bedoeling, bouw dan opnieuw met --verwijder-ok", strings.Join(what, " en "), e.Dir, e.Dir)
	listed := 0
	for _, p := range c.LostPriorities {
		if listed == maxListed {
			break
		}
		cards := "nog zonder kaarten"
		if p.Cards > 0 {
			cards = "met " + dutch.Count(p.Cards, "kaart", "kaarten")
		}
		fmt.Fprintf(&b, "\n  weg: %s, %s", p.name(), cards)
		listed++
	}
	for _, k := range c.LostCards {
		if listed == maxListed {
			break
		}
		fmt.Fprintf(&b, "\n  weg: %s", k.name())
		listed++
	}
	if rest := len(c.LostPriorities) + len(c.LostCards) - listed; rest > 0 {
		fmt.Fprintf(&b, "\n  … en nog %d", rest)
	}
	return b.String()
}
