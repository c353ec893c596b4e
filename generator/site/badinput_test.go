package site

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// badCase breaks (or stresses) a copy of testdata/kleine-editie.
type badCase struct {
	name   string
	break_ func(t *testing.T, c string) // c is the content folder
	// want is a part of the expected error message; "" means the build
	// must succeed. file is the content-relative file the error names.
	file, want string
}

const (
	voorlezen  = "prioriteiten/10-lezen/b-voorlezen.md"
	lezenIndex = "prioriteiten/10-lezen/_index.md"
)

func put(t *testing.T, c, rel, data string) {
	t.Helper()
	p := filepath.Join(c, rel)
	os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func change(rel, old, new string) func(t *testing.T, c string) {
	return func(t *testing.T, c string) {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(c, rel))
		if err != nil || !bytes.Contains(b, []byte(old)) {
			t.Fatalf("%s lacks %q", rel, old)
		}
		put(t, c, rel, strings.Replace(string(b), old, new, 1))
	}
}

func write(rel, data string) func(t *testing.T, c string) {
	return func(t *testing.T, c string) { put(t, c, rel, data) }
}

const goodCard = "---\ntitle: Goede kaart\n---\n## Doelgroep\nIedereen.\n\n## Effect voor de doelgroep\nMeer lezen.\n\n## Doel van de Bibliotheek\nBereik.\n\n## Resultaat\nEen plan.\n\n## Mogelijke onderwerpen\n- Een\n- Twee\n"

var badCases = []badCase{
	{"invalid yaml", change(voorlezen, "title: Voorlezen in de wijk", "title: \"Voorlezen in de wijk"), voorlezen, "aanhalingsteken"},
	{"tab in yaml", change(voorlezen, "weight: 2", "\tweight: 2"), voorlezen, "tab"},
	{"weight not a number", change(voorlezen, "weight: 2", "weight: twee"), voorlezen, `weight: "twee" is geen getal`},
	{"draft not a boolean", change(voorlezen, "weight: 2", "weight: 2\ndraft: misschien"), voorlezen, "true of false"},
	{"title a list", change(voorlezen, "title: Voorlezen in de wijk", "title: [a, b]"), voorlezen, "geen lijst"},
	{"unknown card key", change(voorlezen, "weight: 2", "weight: 2\nvraag: Wat?"), voorlezen, `bedoelde u "question"`},
	{"unknown root key", change("_index.md", "edition = \"2031\"", "edition = \"2031\"\neditie = \"x\""), "_index.md", "onbekende sleutel"},
	{"missing section", change(voorlezen, "## Resultaat\nTien voorleesplekken.\n", ""), voorlezen, `"## Resultaat" ontbreekt`},
	{"section twice", change(voorlezen, "## Resultaat", "## Doelgroep\nNog eens.\n\n## Resultaat"), voorlezen, "twee keer"},
	{"unknown section", change(voorlezen, "## Resultaat", "## Uitkomst"), voorlezen, `onbekende kop "## Uitkomst"`},
	{"empty section", change(voorlezen, "Ouders met jonge kinderen.", ""), voorlezen, "is leeg"},
	{"empty file", write(voorlezen, ""), voorlezen, "de titel ontbreekt"},
	{"only front matter", write(voorlezen, "---\ntitle: Alleen kop\n---\n"), voorlezen, "nog geen koppen"},
	{"utf-8 bom works", func(t *testing.T, c string) { put(t, c, voorlezen, "\uFEFF"+goodCard) }, "", ""},
	{"crlf works", func(t *testing.T, c string) { put(t, c, voorlezen, strings.ReplaceAll(goodCard, "\n", "\r\n")) }, "", ""},
	{"not utf-8", write(voorlezen, strings.Replace(goodCard, "Iedereen.", "Iedere\xe9n.", 1)), voorlezen, "geen UTF-8"},
	{"10 MB card works", write(voorlezen, strings.Replace(goodCard, "Een plan.", strings.Repeat("Een heel lang plan met veel woorden. ", 270000), 1)), "", ""},
	{"100000 topics work", write(voorlezen, goodCard+strings.Repeat("- Nog een onderwerp\n", 100000)), "", ""},
	{"lists nested 1000 deep work", func(t *testing.T, c string) {
		var b strings.Builder
		for i := 0; i < 1000; i++ {
			b.WriteString(strings.Repeat("  ", i) + "- niveau\n")
		}
		put(t, c, voorlezen, goodCard+b.String())
	}, "", ""},
	{"symlink loop", func(t *testing.T, c string) {
		os.Symlink("..", filepath.Join(c, "prioriteiten", "10-lezen", "lus"))
	}, "prioriteiten/10-lezen/lus", "snelkoppeling"},
	{"symlink outside content", func(t *testing.T, c string) {
		os.WriteFile(filepath.Join(filepath.Dir(c), "geheim.md"), []byte(goodCard), 0o644)
		os.Symlink(filepath.Join(filepath.Dir(c), "geheim.md"), filepath.Join(c, "prioriteiten", "10-lezen", "c-geheim.md"))
	}, "prioriteiten/10-lezen/c-geheim.md", "snelkoppeling"},
	{"unreadable file", func(t *testing.T, c string) {
		if os.Geteuid() == 0 {
			t.Skip("root reads every file; an unreadable file cannot be made here")
		}
		os.Chmod(filepath.Join(c, voorlezen), 0)
	}, voorlezen, "kan het bestand niet lezen"},
	{"spaces and unicode in names work", write("prioriteiten/10-lezen/3 Één kaart ß.md", goodCard), "", ""},
	{"duplicate slug", write("prioriteiten/10-lezen/c-voorlezen.md", strings.Replace(goodCard, "title: Goede kaart", "title: Goede kaart\nslug: b-voorlezen", 1)), "prioriteiten/10-lezen/c-voorlezen.md", "wordt al gebruikt"},
	{"slug with path", change(voorlezen, "weight: 2", "weight: 2\nslug: ../../x"), voorlezen, `slug "../../x" kan niet`},
	{"hostile title works", change(voorlezen, "title: Voorlezen in de wijk", "title: \"</title><script>alert(1)</script>\""), "", ""},
	{"javascript link", change(voorlezen, "Ouders met jonge kinderen.", "[klik](javascript:alert(1)) [ook](JaVaScRiPt:alert(2))"), voorlezen, "javascript: wordt niet gepubliceerd"},
	{"data link", change(voorlezen, "Ouders met jonge kinderen.", "[klik](data:text/html;base64,PHNjcmlwdD4=)"), voorlezen, "data: wordt niet gepubliceerd"},
	{"raw html", change(voorlezen, "Ouders met jonge kinderen.", "<script>alert(1)</script><img src=x onerror=alert(2)>"), voorlezen, "HTML (<script>alert(1)</script><img src=x oner…) wordt niet gepubliceerd"},
	{"unclosed front matter", write(voorlezen, "---\ntitle: Open\n\n## Doelgroep\nIedereen.\n"), voorlezen, "niet afgesloten"},
	{"front matter a list", write(voorlezen, "---\n- a\n- b\n---\n"), voorlezen, "niet uit een lijst"},
	{"priority without index", write("prioriteiten/30-leeg/1-kaart.md", goodCard), "prioriteiten/30-leeg", "heeft geen _index.md"},
	{"card outside a priority", write("prioriteiten/los.md", goodCard), "prioriteiten/los.md", "prioriteitsmap"},
	{"missing root", func(t *testing.T, c string) { os.Remove(filepath.Join(c, "_index.md")) }, "_index.md", "ontbreekt"},
	{"root index a folder", func(t *testing.T, c string) {
		os.Remove(filepath.Join(c, "_index.md"))
		os.Mkdir(filepath.Join(c, "_index.md"), 0o755)
	}, "_index.md", "dit is een map, maar _index.md moet een bestand zijn"},
	{"tickets a folder", func(t *testing.T, c string) {
		os.Remove(filepath.Join(c, "tickets.md"))
		os.Mkdir(filepath.Join(c, "tickets.md"), 0o755)
	}, "tickets.md", "dit is een map, maar tickets.md moet een bestand zijn"},
	{"bad colour", change(lezenIndex, `color: "#205072"`, "color: blauw"), lezenIndex, `kleur "blauw" klopt niet`},
	{"colour too light", change(lezenIndex, `color: "#205072"`, `color: "#FFEE00"`), lezenIndex, "te licht"},
	{"slot without time", write("programma.md", "---\nschedule:\n  - activity: Opening\n---\n"), "programma.md", "geen tijd"},
	{"bad time", write("programma.md", "---\nschedule:\n  - time: \"9 uur\"\n    activity: Opening\n---\n"), "programma.md", `tijd "9 uur" klopt niet`},
	{"tickets max 0", change("tickets.md", "max: 2", "max: 0"), "tickets.md", "max: 0 kan niet"},
	{"tickets eligible unknown", change("tickets.md", "eligible: [20-digitaal]", "eligible: [99-weg]"), "tickets.md", `eligible noemt "99-weg"`},
	{"bad date", change("_index.md", `date = "2031-03-04"`, `date = "4 maart"`), "_index.md", "datum"},
	{"bad email", change("_index.md", `organisation = "Bibliotheeknetwerk Zeeland"`, "organisation = \"B\"\n[contact]\nemail = \"geen-adres\""), "_index.md", "e-mailadres"},
	{"bad registration", change("_index.md", `venue = "Zeeuwse Bibliotheek"`, "venue = \"Z\"\nregistration = \"javascript:alert(1)\""), "_index.md", "registration"},
	{"duplicate yaml key", change(voorlezen, "weight: 2", "weight: 2\nweight: 3"), voorlezen, "twee keer"},
	{"toml syntax error", change("_index.md", `title = "Kleine editie voor de proef"`, `title = "Kleine editie`), "_index.md", "geen geldige YAML"},
	{"priority without title", write(lezenIndex, "---\ncolor: \"#205072\"\n---\n"), lezenIndex, "de titel ontbreekt"},
	{"setext headings work", write(voorlezen, strings.NewReplacer("## Doelgroep", "Doelgroep\n---------", "## Resultaat", "Resultaat\n---------").Replace(goodCard)), "", ""},
	{"folder named like a card", func(t *testing.T, c string) { os.MkdirAll(filepath.Join(c, "prioriteiten", "10-lezen", "x.md"), 0o755) }, "prioriteiten/10-lezen/x.md", "een prioriteit heeft geen mappen"},
}

var diagRE = regexp.MustCompile(`^(\S+?):(\d+:)? \S`)

// breakAndBuild builds a copy of the small edition, breaks it and builds
// it again into the same folder. It returns the content folder, the
// output folder, the output of the first build and the second result.
func breakAndBuild(t *testing.T, break_ func(t *testing.T, c string)) (string, string, map[string][]byte, Result, error) {
	t.Helper()
	c := filepath.Join(t.TempDir(), "content")
	copyTree(t, "testdata/kleine-editie", c)
	out := filepath.Join(filepath.Dir(c), "public")
	build(t, c, out)
	before := readTree(t, out)
	break_(t, c)
	res, err := Build(Options{SiteDir: repo, ContentDir: c, OutDir: out})
	return c, out, before, res, err
}

func TestBadInput(t *testing.T) {
	if len(badCases) < 40 {
		t.Fatalf("only %d bad-input cases", len(badCases))
	}
	for _, bc := range badCases {
		t.Run(bc.name, func(t *testing.T) {
			c, out, before, res, err := breakAndBuild(t, bc.break_)
			dir := filepath.Dir(c)
			if bc.want == "" {
				if err != nil {
					t.Fatalf("build failed: %v\n%v", err, res.Diagnostics)
				}
				checkNoInjection(t, out)
			} else {
				if !errors.Is(err, ErrContent) {
					t.Fatalf("err = %v, want content errors", err)
				}
				found := false
				for _, d := range res.Diagnostics.Errors() {
					s := d.String()
					if !diagRE.MatchString(s) {
						t.Errorf("message not in path:line: form: %q", s)
					}
					if d.Path == filepath.ToSlash(filepath.Join(c, bc.file)) && strings.Contains(s, bc.want) {
						found = true
					}
				}
				if !found {
					t.Errorf("no error for %s containing %q; got:\n%v", bc.file, bc.want, res.Diagnostics)
				}
				sameTree(t, before, readTree(t, out))
			}
			nothingLost(t, bc.name, c, out, res, err)
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if e.Name() != "content" && e.Name() != "public" && e.Name() != "geheim.md" {
					t.Errorf("build wrote %s outside the output folder", e.Name())
				}
			}
		})
	}
}

// checkNoInjection fails when any output file carries markup or a
// script link that came from content.
func checkNoInjection(t *testing.T, out string) {
	t.Helper()
	for name, b := range readTree(t, out) {
		if strings.HasSuffix(name, ".js") || strings.HasSuffix(name, ".woff2") {
			continue
		}
		for _, bad := range []string{"<script>alert", "javascript:alert", "<img src=x", "JaVaScRiPt:", "data:text/html", "</title><script>"} {
			if bytes.Contains(b, []byte(bad)) {
				t.Errorf("%s contains %q", name, bad)
			}
		}
	}
}
