package view

import "testing"

func TestLibraryAnchors(t *testing.T) {
	used := map[string]bool{}
	for _, tt := range []struct{ name, want string }{
		{"Bibliotheek Rijn & <Duin>", "b-bibliotheek-rijn-en-duin"},
		{"Bibliotheek A.B.", "b-bibliotheek-a-b"},
		{"Bibliotheek A B", "b-bibliotheek-a-b-2"},
		{"Библиотека", "b-bibliotheek"},
		{"Bibliotheek", "b-bibliotheek-2"},
	} {
		if got := libraryAnchor(tt.name, used); got != tt.want {
			t.Errorf("libraryAnchor(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
