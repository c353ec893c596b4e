package tickets

import (
	"testing"

	"github.com/probiblio/werkboek/generator/dutch"
)

func TestPrintableAndSpreadsheetCell(t *testing.T) {
	for _, tt := range []struct{ in, printable, cell string }{
		{"Bibliotheek Haarlem", "Bibliotheek Haarlem", "Bibliotheek Haarlem"},
		{"Bieb\x1b[2K\x1b[1AGOED", `Bieb\x1b[2K\x1b[1AGOED`, `Bieb\x1b[2K\x1b[1AGOED`},
		{"Bieb\ninbox/ok.json: alles in orde", `Bieb\ninbox/ok.json: alles in orde`, `Bieb\ninbox/ok.json: alles in orde`},
		{"Nul\x00Bieb\x7f\u0085", `Nul\x00Bieb\x7f\u0085`, `Nul\x00Bieb\x7f\u0085`},
		{"Bidi \u202egnilleT\u2066x\u2069\u200f", `Bidi \u202egnilleT\u2066x\u2069\u200f`, `Bidi \u202egnilleT\u2066x\u2069\u200f`},
		{"regel\u2028twee", `regel\u2028twee`, `regel\u2028twee`},
		{"Caf\xe9 \ufffd", `Caf\xe9 ` + "\ufffd", `Caf\xe9 ` + "\ufffd"},
		{"a\\x1b", `a\x1b`, `a\x1b`},
		{`=HYPERLINK("http://x";"klik")`, `=HYPERLINK("http://x";"klik")`, `'=HYPERLINK("http://x";"klik")`},
		{"+31 Bieb", "+31 Bieb", "'+31 Bieb"},
		{"-Bieb", "-Bieb", "'-Bieb"},
		{"@SUM(A1)", "@SUM(A1)", "'@SUM(A1)"},
		{"  =1+1", "  =1+1", "'  =1+1"},
		{"\t=1+1", `\t=1+1`, `\t=1+1`},
		{"\r=1+1", `\r=1+1`, `\r=1+1`},
		{"Bieb = fijn", "Bieb = fijn", "Bieb = fijn"},
		{"", "", ""},
	} {
		if got := Printable(tt.in); got != tt.printable {
			t.Errorf("Printable(%q) = %q, want %q", tt.in, got, tt.printable)
		}
		if got := spreadsheetCell(tt.in); got != tt.cell {
			t.Errorf("spreadsheetCell(%q) = %q, want %q", tt.in, got, tt.cell)
		}
	}
	if got := dutch.Thousands(6998) + " " + dutch.Thousands(7000000) + " " + dutch.Thousands(12); got != "6.998 7.000.000 12" {
		t.Errorf("Thousands: %s", got)
	}
}

func TestAFileShowsAFewProblems(t *testing.T) {
	rep := &reporter{path: "f.json"}
	for i := range 7000 {
		rep.errorf(i+2, "fout %d", i)
	}
	for i := range 4 {
		rep.warnf(i+2, "waarschuwing %d", i)
	}
	expectProblems(t, rep.list(),
		"2: fout 0", "2: waarschuwing 0", "3: fout 1", "3: waarschuwing 1", "4: fout 2",
		"0: … en nog 6.997 fouten en 2 waarschuwingen in dit bestand")
}
