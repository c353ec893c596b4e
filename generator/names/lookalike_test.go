package names

import (
	"strings"
	"testing"
)

// TestLookAlike: names that can show as another name are told, ordinary
// ones of any script are not.
func TestLookAlike(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Bibliotheek Haarlem", ""},
		{"Bibliotheek Café Zuid-Kennemerland", ""},
		{"Библиотека", ""},
		{"Βιβλιοθήκη", ""},
		{"Bibliotheek H\u0430\u0430rlem", "Cyrillische"},
		{"Bibliotheek \u0397aarlem", "Griekse"},
		{"Bibliotheek Haar\u200blem", "U+200B"},
		{"Bibliotheek Haar\u00adlem", "U+00AD"},
		{"Bibliotheek\u3164Haarlem", "U+3164"},
	} {
		got := LookAlike(tt.name)
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
			t.Errorf("LookAlike(%q) = %q, want %q in it", tt.name, got, tt.want)
		}
	}
}
