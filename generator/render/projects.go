package render

import (
	"encoding/json"
	"strconv"
)

// InlineProjects is how many projects the tickets page lists in its own
// HTML; a larger edition's list is the file ProjectsFile, which the page
// loads, so the page stays small (a list of 10,000 projects weighs 2 MB).
const InlineProjects = 50

// ProjectsFile is the list of the projects tickets may name, for large
// editions.
const ProjectsFile = "tickets/projecten.json"

// ManyProjects reports whether tickets may name more projects than the
// tickets page lists in its HTML.
func (b *Book) ManyProjects() bool {
	n := 0
	for _, p := range b.Priorities {
		if p.Eligible {
			n += len(p.Cards)
		}
	}
	return n > InlineProjects
}

// Projects returns ProjectsFile: per eligible priority its label ("l"),
// its title ("t") and its cards ("k") as [id, "number title"], as the
// tickets page would list them.
func Projects(b *Book) []byte {
	type prio struct {
		L string      `json:"l"`
		T string      `json:"t"`
		K [][2]string `json:"k"`
	}
	var out struct {
		P []prio `json:"p"`
	}
	out.P = []prio{}
	for _, p := range b.Priorities {
		if !p.Eligible {
			continue
		}
		pr := prio{L: "Prioriteit " + strconv.Itoa(p.Number) + " · " + p.Title, T: p.Title, K: [][2]string{}}
		for _, c := range p.Cards {
			pr.K = append(pr.K, [2]string{p.Slug + "/" + c.Slug, strconv.Itoa(c.Number) + " " + c.Title})
		}
		out.P = append(out.P, pr)
	}
	data, _ := json.Marshal(out) // strings and slices only: cannot fail
	return data
}
