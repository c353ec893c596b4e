package site

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"

	"github.com/probiblio/werkboek/generator/testsite"
)

// editKind is one kind of editor action: it changes files with parameter n
// and returns the paths it touched (nil when it could do nothing).
type editKind struct {
	name string
	do   func(e *editor, n int) []string
}

var edits = []editKind{
	{"kaarttekst", func(e *editor, n int) []string {
		return e.onCard(n, func(b string) string {
			return strings.Replace(b, "## Doelgroep\n", fmt.Sprintf("## Doelgroep\nProef %d. ", e.next()), 1)
		})
	}},
	{"titel", func(e *editor, n int) []string {
		return e.onCard(n, func(b string) string { return setKey(b, "title", fmt.Sprintf("\"Titel %d: nieuw\"", e.next())) })
	}},
	{"onderwerpen", func(e *editor, n int) []string {
		return e.onCard(n, func(b string) string { return strings.TrimRight(b, "\n") + fmt.Sprintf("\n- Onderwerp %d\n", e.next()) })
	}},
	{"gewicht", func(e *editor, n int) []string {
		return e.onCard(n, func(b string) string { return setKey(b, "weight", fmt.Sprint(n%7)) })
	}},
	{"concept", func(e *editor, n int) []string {
		return e.onCard(n, func(b string) string {
			if strings.Contains(b, "\ndraft: true\n") {
				return strings.Replace(b, "\ndraft: true\n", "\n", 1)
			}
			return setKey(b, "draft", "true")
		})
	}},
	{"slug", func(e *editor, n int) []string {
		return e.onCard(n, func(b string) string {
			if n%3 == 0 {
				return removeKey(b, "slug")
			}
			return setKey(b, "slug", fmt.Sprintf("adres-%d", e.next()))
		})
	}},
	{"hernoemen", func(e *editor, n int) []string {
		old := pick(e.cards(), n)
		return e.move(old, filepath.Join(filepath.Dir(old), fmt.Sprintf("%d-hernoemd-%d.md", n%9, e.next())))
	}},
	{"verplaatsen", func(e *editor, n int) []string {
		old := pick(e.cards(), n)
		return e.move(old, filepath.Join(pick(e.priorities(), n/3), fmt.Sprintf("%d-verplaatst-%d.md", n%9, e.next())))
	}},
	{"toevoegen", func(e *editor, n int) []string {
		p := filepath.Join(pick(e.priorities(), n), fmt.Sprintf("%d-nieuw-%d.md", n%9, e.next()))
		return e.write(p, newCard(fmt.Sprintf("Nieuwe kaart %d", e.seq)))
	}},
	{"verwijderen", func(e *editor, n int) []string {
		if len(e.cards()) < 4 {
			return nil
		}
		p := pick(e.cards(), n)
		e.must(os.Remove(p))
		return []string{p}
	}},
	{"nieuwe-prioriteit", func(e *editor, n int) []string {
		d := filepath.Join(e.dir, "content", "prioriteiten", fmt.Sprintf("%d-extra-%d", 6+n%4, e.next()))
		return append(e.write(filepath.Join(d, "_index.md"), "---\ntitle: Extra prioriteit\n---\nEen extra prioriteit.\n"),
			e.write(filepath.Join(d, "1-eerste.md"), newCard("Eerste kaart"))...)
	}},
	{"prioriteit", func(e *editor, n int) []string {
		p := filepath.Join(pick(e.priorities(), n), "_index.md")
		return e.change(p, func(b string) string {
			switch n % 3 {
			case 0:
				return setKey(b, "title", fmt.Sprintf("\"Prioriteit %d\"", e.next()))
			case 1:
				return setKey(b, "color", fmt.Sprintf("\"#%02x3355\"", n%128))
			}
			return b + fmt.Sprintf("\nInleiding %d.\n", e.next())
		})
	}},
	{"voorblad", func(e *editor, n int) []string {
		return e.change(e.content("_index.md"), func(b string) string {
			if n%2 == 0 {
				return setKey(b, "description", fmt.Sprintf("Beschrijving %d.", e.next()))
			}
			return strings.Replace(b, "ProBiblio", fmt.Sprintf("ProBiblio %d", e.next()), 1)
		})
	}},
	{"programma", func(e *editor, n int) []string {
		return e.change(e.content("programma.md"), func(b string) string {
			return strings.Replace(b, "activity: \"ONTVANGST", fmt.Sprintf("activity: \"ONTVANGST %d", e.next()), 1)
		})
	}},
	{"keuzelijst", func(e *editor, n int) []string {
		return e.change(e.content("keuzelijst.md"), func(b string) string { return setKey(b, "title", fmt.Sprintf("Keuzelijst %d", e.next())) })
	}},
	{"tickets-max", func(e *editor, n int) []string {
		return e.change(e.content("tickets.md"), func(b string) string { return setKey(b, "max", fmt.Sprint(1+n%5)) })
	}},
	{"tickets-eligible", func(e *editor, n int) []string {
		return e.change(e.content("tickets.md"), func(b string) string {
			if n%2 == 0 {
				return removeKey(b, "eligible")
			}
			return setKey(b, "eligible", "["+filepath.Base(pick(e.priorities(), n))+"]")
		})
	}},
	{"tickets-velden", func(e *editor, n int) []string {
		return e.change(e.content("tickets.md"), func(b string) string {
			return setKey(b, "fields", fmt.Sprintf("[Prioriteit, Onderwerp, Bibliotheek, Veld %d]", e.next()))
		})
	}},
	{"layout", func(e *editor, n int) []string {
		p := pick(e.files("layouts"), n)
		return e.change(p, func(b string) string {
			return strings.Replace(b, "<p", fmt.Sprintf("<p data-proef=\"%d\"", e.next()), 1)
		})
	}},
	{"stijl", func(e *editor, n int) []string {
		p := pick(e.files(filepath.Join("assets", "css")), n)
		return e.change(p, func(b string) string { return b + fmt.Sprintf("\n.proef-%d{color:#123}\n", e.next()) })
	}},
	{"script", func(e *editor, n int) []string {
		p := pick(e.files(filepath.Join("assets", "js")), n)
		return e.change(p, func(b string) string { return b + fmt.Sprintf("\nwindow.werkboekProef = %d;\n", e.next()) })
	}},
	{"link", func(e *editor, n int) []string {
		from, to := pick(e.cards(), n), pick(e.cards(), n/7+1)
		if from == to {
			return nil
		}
		rel, _ := filepath.Rel(filepath.Dir(from), to)
		return e.undoable(from, func(b string) string {
			return strings.Replace(b, "## Resultaat\n", "## Resultaat\nZie ook [deze kaart]("+filepath.ToSlash(rel)+"#doel).\n\n", 1)
		})
	}},
	{"afbeelding", func(e *editor, n int) []string {
		card := pick(e.cards(), n)
		if card == "" {
			return nil
		}
		img := filepath.Join(filepath.Dir(card), "foto.png")
		var b bytes.Buffer
		png.Encode(&b, image.NewGray(image.Rect(0, 0, 10+n%50, 10+n%30)))
		changed := e.write(img, b.String())
		return append(changed, e.undoable(card, func(b string) string {
			return strings.Replace(b, "## Doel van de Bibliotheek\n", "## Doel van de Bibliotheek\n![Een foto van het project](foto.png)\n\n", 1)
		})...)
	}},
	{"foto", func(e *editor, n int) []string {
		card := pick(e.cards(), n)
		if card == "" {
			return nil
		}
		// A photo from a phone, turned as n says, in the card's opening
		// text: published as copies, upright, without its EXIF data.
		img := filepath.Join(filepath.Dir(card), "telefoon.jpg")
		changed := e.write(img, string(testsite.PhoneJPEG(700+n%500, 500+n%300, uint16(1+n%8))))
		return append(changed, e.undoable(card, func(b string) string {
			b = strings.Replace(b, "\ndraft: true\n", "\n", 1) // published, so its copies are
			return strings.Replace(b, "## Doelgroep\n", "![Een foto van de telefoon](telefoon.jpg)\n\n## Doelgroep\n", 1)
		})...)
	}},
	{"prioriteitsmap", func(e *editor, n int) []string {
		// A copy made by the file manager, renamed back or not: the
		// priority's pages get new addresses, the old ones send readers on.
		dir := pick(e.priorities(), n)
		if strings.HasSuffix(dir, " - kopie") {
			return e.move(dir, strings.TrimSuffix(dir, " - kopie"))
		}
		return e.move(dir, dir+" - kopie")
	}},
	{"stuk", func(e *editor, n int) []string { return e.breakFile(n) }},
	{"herstel", func(e *editor, n int) []string { return e.fix(n) }},
}

func init() { edits = append(edits, participantsEdits...) }
