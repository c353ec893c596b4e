package view

import (
	"bufio"
	"encoding/json"
	"io"
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

// Projects writes ProjectsFile to w: per eligible priority its label
// ("l"), its title ("t") and its cards ("k") as [id, "number title"], as
// the tickets page would list them. It is written as it is made, as
// encoding/json would write it.
func Projects(w io.Writer, b *Book) error {
	bw := bufio.NewWriter(w)
	str := func(s string) {
		data, _ := json.Marshal(s) // a string: cannot fail
		bw.Write(data)
	}
	bw.WriteString(`{"p":[`)
	first := true
	for _, p := range b.Priorities {
		if !p.Eligible {
			continue
		}
		if !first {
			bw.WriteByte(',')
		}
		first = false
		bw.WriteString(`{"l":`)
		str("Prioriteit " + strconv.Itoa(p.Number) + " · " + p.Title)
		bw.WriteString(`,"t":`)
		str(p.Title)
		bw.WriteString(`,"k":[`)
		for i, c := range p.Cards {
			if i > 0 {
				bw.WriteByte(',')
			}
			bw.WriteByte('[')
			str(c.ID)
			bw.WriteByte(',')
			str(c.Label)
			bw.WriteByte(']')
		}
		bw.WriteString("]}")
	}
	bw.WriteString("]}")
	return bw.Flush()
}
