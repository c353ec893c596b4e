package view

import (
	"regexp"
	"testing"
)

// TestLibraryAnchors: a library's anchor comes from its own name, the
// same alone as among others, so adding a library never moves another's;
// names that could fold alike (ß, Cyrillic letters in a Latin name, an
// invisible character) get a hash, names without Latin letters a stable
// one.
func TestLibraryAnchors(t *testing.T) {
	cases := []struct{ name, want string }{
		{"Bibliotheek Rijn & <Duin>", "b-bibliotheek-rijn-en-duin"},
		{"Bibliotheek Zuid-Kennemerland", "b-bibliotheek-zuid-kennemerland"},
		{"Bibliotheek Café Noord", "b-bibliotheek-cafe-noord"},
		{"Strasse", "b-strasse"},
		{"Strasse 2", "b-strasse-2"},
		{"Straße", "b-strasse_"},
		{"Bibliotheek H\u0430\u0430rlem", "b-bibliotheek-h-rlem_"},
		{"Bibliotheek Haar\u200blem", "b-bibliotheek-haar-lem_"},
		{"Библиотека", "b_"},
		{"图书馆", "b_"},
	}
	alone := map[string]string{}
	for _, tt := range cases {
		alone[tt.name] = libraryAnchor(tt.name, map[string]bool{})
	}
	hashed := regexp.MustCompile(`_[0-9a-f]{8}$`)
	used := map[string]bool{}
	seen := map[string]string{}
	for _, tt := range cases {
		got := libraryAnchor(tt.name, used)
		if got != alone[tt.name] {
			t.Errorf("libraryAnchor(%q) among others = %q, alone %q", tt.name, got, alone[tt.name])
		}
		if tt.want[len(tt.want)-1] == '_' {
			if !hashed.MatchString(got) || got[:len(got)-8] != tt.want {
				t.Errorf("libraryAnchor(%q) = %q, want %s and a hash", tt.name, got, tt.want)
			}
		} else if got != tt.want {
			t.Errorf("libraryAnchor(%q) = %q, want %q", tt.name, got, tt.want)
		}
		if other, dup := seen[got]; dup {
			t.Errorf("%q and %q share the anchor %q", tt.name, other, got)
		}
		seen[got] = tt.name
	}
}
