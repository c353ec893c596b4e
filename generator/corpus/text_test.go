package corpus

import "testing"

func TestQuote(t *testing.T) {
	for in, want := range map[string]string{
		`gewoon`:             `"gewoon"`,
		`Leesclub: lezen`:    `"Leesclub: lezen"`,
		`Project "x" thuis`:  `"Project \"x\" thuis"`,
		`a\b`:                `"a\\b"`,
		"regel\nregel\x01":   `"regel\nregel\u0001"`,
		"ideeën, financiële": `"ideeën, financiële"`,
	} {
		if got := quote(in); got != want {
			t.Errorf("quote(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestSlugify(t *testing.T) {
	for in, want := range map[string]string{
		"Leesclub: leesplezier voor jongeren":  "leesclub-leesplezier-voor-jongeren",
		"Financiële continuïteit":              "financiele-continuiteit",
		`Project "café" in de wijk`:            "project-cafe-in-de-wijk",
		"Zzp'ers en een heel lange titel hier": "zzpers-en-een-heel-lange-titel",
		"::":                                   "kaart",
	} {
		if got := slugify(in); got != want {
			t.Errorf("slugify(%q) = %q, want %q", in, got, want)
		}
	}
}
