package site

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// slip is one slip of an editor (issue 20) in a copy of the small
// edition: the build must fail with exactly one diagnostic, this error
// at this file and line, and leave the previous site as it was.
type slip struct {
	name   string
	break_ func(t *testing.T, c string)
	file   string // content-relative
	line   int
	want   string // a part of the message
}

func rename(from, to string) func(t *testing.T, c string) {
	return func(t *testing.T, c string) {
		if err := os.Rename(filepath.Join(c, from), filepath.Join(c, to)); err != nil {
			t.Fatal(err)
		}
	}
}

// frontMatter replaces the front matter of a card.
func frontMatter(rel, lines string) func(t *testing.T, c string) {
	return func(t *testing.T, c string) {
		b, err := os.ReadFile(filepath.Join(c, rel))
		if err != nil {
			t.Fatal(err)
		}
		_, body, _ := strings.Cut(strings.TrimPrefix(string(b), "---\n"), "---\n")
		put(t, c, rel, "---\n"+lines+"\n---\n"+body)
	}
}

const clubMarkdown = "prioriteiten/10-lezen/a-schrijfclub"

var slips = []slip{
	{"priorities folder misspelt", rename("prioriteiten", "prioritieten"), "prioritieten", 0, "deze map heet prioritieten; bedoelde u prioriteiten? Hernoem de map naar prioriteiten"},
	{"card saved as .markdown, linked", rename(schrijfclub, clubMarkdown+".markdown"), clubMarkdown + ".markdown", 0, "hernoem het bestand naar a-schrijfclub.md"},
	{"card saved as .md.txt, linked", rename(schrijfclub, clubMarkdown+".md.txt"), clubMarkdown + ".md.txt", 0, "hernoem het bestand naar a-schrijfclub.md"},
	{"card saved as .MD, linked", rename(schrijfclub, clubMarkdown+".MD"), clubMarkdown + ".MD", 0, "hernoem het bestand naar a-schrijfclub.md"},
	{"card with its image saved as .markdown", rename(voorlezen, "prioriteiten/10-lezen/b-voorlezen.markdown"), "prioriteiten/10-lezen/b-voorlezen.markdown", 0, "hernoem het bestand naar b-voorlezen.md"},
	{"stray folder", write("oud/notities.md", "x"), "oud", 0, "deze map hoort niet in de inhoudsmap"},
	{"stray file", write("notities.docx", "x"), "notities.docx", 0, "werkboek leest geen tekstverwerkerbestanden"},
	{"topics as lines", change(voorlezen, "- Voorleesexpress\n- Wijkcentra", "Voorleesexpress\nWijkcentra"), voorlezen, 24, `("Voorleesexpress Wijkcentra"); begin elke regel met "- "`},
	{"colon in a title, card linked, with its image", both(change(voorlezen, "title: Voorlezen in de wijk", "title: Voorlezen: in de wijk"),
		change(schrijfclub, "## Resultaat\n", "## Resultaat\nZie [voorlezen](b-voorlezen.md).\n")), voorlezen, 2, `zet een tekst met een dubbele punt tussen aanhalingstekens: title: "Voorlezen: in de wijk"`},
	{"unclosed quote", frontMatter(voorlezen, "title: \"Voorlezen in de wijk\nquestion: \"Wat lees ik voor?\"\nweight: 2"), voorlezen, 2, `het aanhalingsteken (") voor de waarde van title wordt niet gesloten`},
	{"indented question on line 3", frontMatter(voorlezen, "title: \"Voorlezen in de wijk\"\n  question: Wat lees ik voor?\nweight: 2"), voorlezen, 3, "de inspringing klopt niet: question: springt in onder title: op regel 2"},
	{"slug indented under weight", frontMatter(voorlezen, "title: Voorlezen in de wijk\nweight: 2\n  slug: voorlezen"), voorlezen, 4, "de inspringing klopt niet: slug: springt in onder weight: op regel 3"},
	{"unclosed quote without a colon", frontMatter(voorlezen, "title: Voorlezen in de wijk\nweight: 2\n\"Wat lees ik voor?"), voorlezen, 4, "deze regel begint met een aanhalingsteken (\") dat niet wordt gesloten, en er staat geen sleutel voor"},
	{"heading without a space", change(voorlezen, "## Doelgroep", "##Doelgroep"), voorlezen, 7, `"##Doelgroep" is geen kop, want na ## staat geen spatie`},
}

// TestEditorSlips builds each slip: exit 1 (ErrContent) with one error at
// its own file and line, no other diagnostic (no link that "bestaat niet",
// no image "niet gebruikt"), and the output folder untouched.
func TestEditorSlips(t *testing.T) {
	for _, s := range slips {
		t.Run(s.name, func(t *testing.T) {
			c, out, before, res, err := breakAndBuild(t, s.break_)
			if !errors.Is(err, ErrContent) {
				t.Fatalf("err = %v, want content errors", err)
			}
			if len(res.Diagnostics) != 1 {
				t.Fatalf("want one diagnostic, got:\n%v", res.Diagnostics)
			}
			d := res.Diagnostics[0]
			if d.Warning || d.Path != filepath.ToSlash(filepath.Join(c, s.file)) || d.Line != s.line || !strings.Contains(d.Message, s.want) {
				t.Errorf("got %v\nwant %s:%d: …%s…", d, s.file, s.line, s.want)
			}
			sameTree(t, before, readTree(t, out))
			nothingLost(t, s.name, c, out, res, err)
		})
	}
}
