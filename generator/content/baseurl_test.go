package content

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestNormalizeBaseURL(t *testing.T) {
	for _, tt := range []struct {
		in, want, message string
	}{
		{"https://example.org/werkboek", "https://example.org/werkboek/", ""},
		{"https://example.org/werkboek/", "https://example.org/werkboek/", ""},
		{"https://example.org/werkboek///", "https://example.org/werkboek/", ""},
		{"https://example.org", "https://example.org/", ""},
		{"  HTTP://Example.ORG:8080/2017  ", "http://example.org:8080/2017/", ""},
		{"https://example.org/mijn werkboek", "https://example.org/mijn%20werkboek/", ""},
		{"", "", "het adres is leeg"},
		{"werkboek", "", `"werkboek" is geen adres van een website (het moet beginnen met https:// of http://)`},
		{"werkboek.example.org/2017", "", `"werkboek.example.org/2017" mist https:// aan het begin; schrijf https://werkboek.example.org/2017/`},
		{"ftp://example.org/", "", "moet beginnen met https:// of http://"},
		{"javascript:alert(1)", "", "moet beginnen met https:// of http://"},
		{"https:///werkboek/", "", "heeft geen servernaam na https://"},
		{"https://piet:geheim@example.org/", "", "gebruikersnaam of wachtwoord"},
		{"https://example.org/?a=1", "", "vraagteken"},
		{"https://example.org/#boven", "", "bevat een #"},
		{"https://exa mple.org/", "", "is geen webadres"},
	} {
		got, err := NormalizeBaseURL(tt.in)
		switch {
		case tt.message == "" && (err != nil || got != tt.want):
			t.Errorf("NormalizeBaseURL(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		case tt.message != "" && (err == nil || !strings.Contains(err.Error(), tt.message) || !strings.Contains(err.Error(), "https://")):
			t.Errorf("NormalizeBaseURL(%q) error = %v; want one containing %q and an example", tt.in, err, tt.message)
		}
	}
}

func TestBaseURLInFrontMatter(t *testing.T) {
	for _, tt := range []struct{ value, want, diag string }{
		{"https://example.org/werkboek", "https://example.org/werkboek/", ""},
		{"https://example.org/werkboek//", "https://example.org/werkboek/", ""},
		{"example.org/werkboek", "", `content/_index.md:3: baseURL: "example.org/werkboek" mist https:// aan het begin`},
		{"mailto:a@b.nl", "", `content/_index.md:3: baseURL: "mailto:a@b.nl" is geen adres van een website`},
	} {
		fsys := base()
		fsys["_index.md"] = &fstest.MapFile{Data: []byte("---\ntitle: T\nbaseURL: " + tt.value + "\n---\n")}
		wb, diags := Load(fsys, Options{Prefix: "content"})
		if tt.diag == "" {
			if len(diags.Errors()) > 0 || wb.BaseURL != tt.want {
				t.Errorf("baseURL: %s gives %q, %v; want %q", tt.value, wb.BaseURL, diags, tt.want)
			}
			continue
		}
		if errs := diags.Errors(); len(errs) != 1 || !strings.HasPrefix(errs[0].String(), tt.diag) {
			t.Errorf("baseURL: %s gives %v; want %q", tt.value, diags, tt.diag)
		}
	}
}
