package content

import (
	"strings"
	"testing"
	"testing/fstest"
)

// slipCase changes base() and lists every diagnostic the load must give,
// in order: one slip gives exactly one message, at its own line.
type slipCase struct {
	name   string
	change func(fsys fstest.MapFS)
	want   []string
}

// set writes files into the tree ("-" deletes one).
func set(files map[string]string) func(fstest.MapFS) {
	return func(fsys fstest.MapFS) {
		for name, data := range files {
			if data == "-" {
				delete(fsys, name)
				continue
			}
			fsys[name] = &fstest.MapFile{Data: []byte(data)}
		}
	}
}

// mv renames a file, or every file under a folder.
func mv(from, to string) func(fstest.MapFS) {
	return func(fsys fstest.MapFS) {
		for name, f := range fsys {
			if name == from || strings.HasPrefix(name, from+"/") {
				delete(fsys, name)
				fsys[to+strings.TrimPrefix(name, from)] = f
			}
		}
	}
}

func all(fs ...func(fstest.MapFS)) func(fstest.MapFS) {
	return func(fsys fstest.MapFS) {
		for _, f := range fs {
			f(fsys)
		}
	}
}

func runSlipCases(t *testing.T, cases []slipCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			fsys := base()
			tt.change(fsys)
			_, diags := Load(fsys, Options{Prefix: "content", Now: testNow})
			checkDiagnostics(t, fsys, diags)
			got := make([]string, len(diags))
			for i, d := range diags {
				got[i] = d.String()
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

const (
	spoenk = "prioriteiten/1-jeugd/1-spoenk.md"
	tweede = "prioriteiten/1-jeugd/2-tweede.md"
)

// linkedCard is validCard with a link to 2-tweede.md in its Resultaat.
var linkedCard = strings.Replace(validCard, "Uitgewerkte ideeën.", "Zie [de tweede](2-tweede.md).", 1)

// TestEveryFileAccountedFor checks that a file or folder werkboek does not
// read is an error naming what it was probably meant as, while the files
// the content reference says are ignored stay silent.
func TestEveryFileAccountedFor(t *testing.T) {
	keepFile := func(n string) string {
		return "begin de naam met _ (zoals _" + n + ") als u dit bestand hier wilt bewaren zonder dat werkboek het leest"
	}
	keepDir := func(n string) string {
		return "begin de naam met _ (zoals _" + n + ") als u deze map hier wilt bewaren zonder dat werkboek haar leest"
	}
	card := func(name string) string {
		return "content/prioriteiten/1-jeugd/" + name + ": dit lijkt een kaart, maar werkboek leest alleen bestanden die op .md eindigen (kleine letters); hernoem het bestand naar 2-tweede.md"
	}
	runSlipCases(t, []slipCase{
		{"priorities folder misspelt", mv("prioriteiten", "prioritieten"),
			[]string{"content/prioritieten: deze map heet prioritieten; bedoelde u prioriteiten? Hernoem de map naar prioriteiten"}},
		{"priorities folder misspelt, linked and eligible", all(mv("prioriteiten", "prioritieten"), set(map[string]string{
			"_index.md":  "---\ntitle: T\n---\nZie [Jeugd](prioriteiten/1-jeugd/_index.md).\n",
			"tickets.md": "---\neligible: [1-jeugd]\n---\n"})),
			[]string{"content/prioritieten: deze map heet prioritieten; bedoelde u prioriteiten? Hernoem de map naar prioriteiten"}},
		{"priorities folder with a capital", mv("prioriteiten", "Prioriteiten"),
			[]string{"content/Prioriteiten: deze map heet Prioriteiten; bedoelde u prioriteiten? Hernoem de map naar prioriteiten"}},
		{"no priorities folder", func(fsys fstest.MapFS) {
			for name := range fsys {
				if strings.HasPrefix(name, "prioriteiten/") {
					delete(fsys, name)
				}
			}
		}, []string{`content/prioriteiten: deze map ontbreekt, en een werkboek heeft ten minste één prioriteit; maak prioriteiten/1-naam/_index.md aan met "title:" in de front matter, en zet de kaarten ernaast`}},
		{"card ending in .markdown", mv(tweede, "prioriteiten/1-jeugd/2-tweede.markdown"), []string{card("2-tweede.markdown")}},
		{"card ending in .md.txt", mv(tweede, "prioriteiten/1-jeugd/2-tweede.md.txt"), []string{card("2-tweede.md.txt")}},
		{"card ending in .MD", mv(tweede, "prioriteiten/1-jeugd/2-tweede.MD"), []string{card("2-tweede.MD")}},
		{"card ending in .txt", mv(tweede, "prioriteiten/1-jeugd/2-tweede.txt"),
			[]string{"content/prioriteiten/1-jeugd/2-tweede.txt: werkboek leest alleen teksten die op .md eindigen: is dit een kaart, hernoem het bestand dan naar 2-tweede.md; " + keepFile("2-tweede.txt")}},
		{"misnamed card linked, with its image", all(mv(tweede, "prioriteiten/1-jeugd/2-tweede.markdown"), set(map[string]string{
			spoenk:                                   linkedCard,
			"prioriteiten/1-jeugd/2-tweede.markdown": strings.Replace(validCard, "Uitgewerkte ideeën.", "![Een foto](foto.png)", 1),
			"prioriteiten/1-jeugd/foto.png":          string(pngBytes(4, 3))})),
			[]string{card("2-tweede.markdown")}},
		{"copy beside the card", set(map[string]string{"prioriteiten/1-jeugd/2-tweede.md.txt": validCard}),
			[]string{"content/prioriteiten/1-jeugd/2-tweede.md.txt: naast 2-tweede.md staat ook dit bestand; haal deze kopie weg of " + keepFile("2-tweede.md.txt")}},
		{"folder in a priority", set(map[string]string{"prioriteiten/1-jeugd/fotos/a.png": string(pngBytes(4, 3))}),
			[]string{"content/prioriteiten/1-jeugd/fotos: een prioriteit heeft geen mappen: kaarten, afbeeldingen en pdf's staan direct in content/prioriteiten/1-jeugd; verplaats wat in deze map staat, of " + keepDir("fotos")}},
		{"priority index ending in .MD", mv("prioriteiten/2-volwassen/_index.md", "prioriteiten/2-volwassen/_index.MD"),
			[]string{"content/prioriteiten/2-volwassen/_index.MD: de beschrijving van een prioriteit heet _index.md; hernoem _index.MD naar _index.md"}},
		{"priority index without underscore", mv("prioriteiten/2-volwassen/_index.md", "prioriteiten/2-volwassen/index.md"),
			[]string{"content/prioriteiten/2-volwassen/index.md: de beschrijving van een prioriteit heet _index.md; hernoem index.md naar _index.md"}},
		{"root index without underscore", mv("_index.md", "index.md"),
			[]string{"content/index.md: dit bestand heet index.md; bedoelde u _index.md? Hernoem het naar _index.md"}},
		{"programme ending in .markdown", mv("programma.md", "programma.markdown"),
			[]string{"content/programma.markdown: dit bestand heet programma.markdown; bedoelde u programma.md? Hernoem het naar programma.md"}},
		{"tickets misspelt", mv("tickets.md", "ticket.md"),
			[]string{"content/ticket.md: dit bestand heet ticket.md; bedoelde u tickets.md? Hernoem het naar tickets.md"}},
		{"card in the content folder", set(map[string]string{"3-los.md": validCard}),
			[]string{"content/3-los.md: een kaart hoort in de map van een prioriteit, zoals content/prioriteiten/1-naam/3-los.md; in de inhoudsmap zelf staan alleen _index.md, programma.md, keuzelijst.md, tickets.md. Verplaats het bestand, of " + keepFile("3-los.md")}},
		{"priority in the content folder", set(map[string]string{"3-nieuw/_index.md": "---\ntitle: Nieuw\n---\n"}),
			[]string{"content/3-nieuw: dit lijkt een prioriteit, maar een prioriteit hoort in de map prioriteiten/; verplaats de map naar content/prioriteiten/3-nieuw"}},
		{"other folder in the content folder", set(map[string]string{"afbeeldingen/a.png": string(pngBytes(4, 3))}),
			[]string{"content/afbeeldingen: deze map hoort niet in de inhoudsmap: werkboek leest hier alleen de map prioriteiten/ en de bestanden _index.md, programma.md, keuzelijst.md, tickets.md; " + keepDir("afbeeldingen")}},
		{"word file beside cards", set(map[string]string{"prioriteiten/1-jeugd/brief.docx": "x"}),
			[]string{"content/prioriteiten/1-jeugd/brief.docx: dit bestand hoort niet bij de kaarten: werkboek leest geen tekstverwerkerbestanden; zet de tekst in een kaart (.md) of sla het bestand op als pdf en link ernaar; " + keepFile("brief.docx")}},
		{"photo as heic", set(map[string]string{"prioriteiten/1-jeugd/foto.HEIC": "x"}),
			[]string{"content/prioriteiten/1-jeugd/foto.HEIC: dit bestand hoort niet bij de kaarten: werkboek publiceert geen .heic; sla de afbeelding op als .jpg of .png en toon haar in een kaart; " + keepFile("foto.HEIC")}},
		{"other file in the content folder", set(map[string]string{"lijst.csv": "a;b"}),
			[]string{"content/lijst.csv: dit bestand hoort niet in de inhoudsmap: werkboek leest hier alleen _index.md, programma.md, keuzelijst.md, tickets.md, en afbeeldingen of pdf's (.jpg, .jpeg, .png, .gif, .webp, .svg, .pdf) die een tekst gebruikt; " + keepFile("lijst.csv")}},
		{"ignored by the rules", set(map[string]string{
			"_notities.txt": "x", "_oud/1-kaart.md": "x", ".git/HEAD": "x", "Thumbs.db": "x", "desktop.ini": "x", "~$brief.docx": "x",
			"prioriteiten/1-jeugd/Thumbs.db": "x", "prioriteiten/1-jeugd/_ideeen.txt": "x", "prioriteiten/1-jeugd/.DS_Store": "x",
			"prioriteiten/1-jeugd/1-spoenk.md~": "x", "prioriteiten/_later/_index.md": "x"}), nil},
	})
}

// TestOneSlipOneError checks that an error is not followed by the errors
// that only follow from it in other files.
func TestOneSlipOneError(t *testing.T) {
	colon := "content/" + tweede + ":2: dubbele punt in de waarde van title; zet een tekst met een dubbele punt tussen aanhalingstekens: title: \"Lezen: in de zomer\""
	runSlipCases(t, []slipCase{
		{"card with a broken title, linked, with its image", set(map[string]string{
			spoenk:                          linkedCard,
			tweede:                          strings.Replace(strings.Replace(validCard, `"Spoenk: innovatief jeugdbibliotheekwerk"`, "Lezen: in de zomer", 1), "Uitgewerkte ideeën.", "![Kinderen lezen](foto.png)", 1),
			"prioriteiten/1-jeugd/foto.png": string(pngBytes(4, 3))}),
			[]string{colon}},
		{"link to a section of a broken card", set(map[string]string{
			spoenk: strings.Replace(validCard, "Uitgewerkte ideeën.", "Zie [het resultaat](2-tweede.md#resultaat).", 1),
			tweede: "---\ntitle: \"Open\n---\n" + validCard[strings.Index(validCard, "## Doelgroep"):]}),
			[]string{"content/" + tweede + `:2: het aanhalingsteken (") voor de waarde van title wordt niet gesloten; zet er aan het eind van de waarde ook een, zoals title: "Open"`}},
		{"card that is not UTF-8, linked", set(map[string]string{spoenk: linkedCard, tweede: strings.Replace(validCard, "ideeën", "ide\xebn", 1)}),
			[]string{"content/" + tweede + ":15: het bestand bevat tekens die geen UTF-8 zijn; sla het op als UTF-8 (in de meeste editors: Opslaan als… > Codering: UTF-8)"}},
		{"priority with a broken index, its card linked and eligible", set(map[string]string{
			"prioriteiten/2-volwassen/_index.md":  "---\ntitle: Persoonlijke: ontwikkeling\n---\n",
			"prioriteiten/2-volwassen/1-lezen.md": validCard,
			spoenk:                                strings.Replace(validCard, "Uitgewerkte ideeën.", "Zie [lezen](../2-volwassen/1-lezen.md) en [de prioriteit](../2-volwassen/_index.md).", 1),
			"tickets.md":                          "---\neligible: [2-volwassen]\n---\n"}),
			[]string{"content/prioriteiten/2-volwassen/_index.md:2: dubbele punt in de waarde van title; zet een tekst met een dubbele punt tussen aanhalingstekens: title: \"Persoonlijke: ontwikkeling\""}},
		{"priority without index, its card linked", set(map[string]string{
			"prioriteiten/2-volwassen/_index.md":  "-",
			"prioriteiten/2-volwassen/1-lezen.md": validCard,
			spoenk:                                strings.Replace(validCard, "Uitgewerkte ideeën.", "Zie [lezen](../2-volwassen/1-lezen.md).", 1)}),
			[]string{`content/prioriteiten/2-volwassen: deze prioriteitsmap heeft geen _index.md; maak content/prioriteiten/2-volwassen/_index.md aan met ten minste "title:" in de front matter`}},
	})
}
