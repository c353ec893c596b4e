package main

import (
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/testsite"
)

// english matches words of Go's own messages (os, flag, template,
// minify, net) that must never reach an editor.
var english = regexp.MustCompile(`(?i)\b(no such|not a directory|is a directory|permission denied|file exists|default|duration|invalid|flag provided|error|failed|cannot|can't|unexpected|template:|executing|not found|not defined|expected|missing|unknown|too long|already in use|address|refused|deadline|usage|open |mkdir|rename|read |write |exit status)\b`)

// TestEveryMessageIsDutch runs the binary along every error path an
// editor can reach from the command line and fails on English.
func TestEveryMessageIsDutch(t *testing.T) {
	busy, _ := net.Listen("tcp", "127.0.0.1:0")
	defer busy.Close()
	cases := []struct {
		name  string
		setup func(t *testing.T, dir string)
		args  []string
		env   []string
	}{
		{"no command", nil, nil, nil},
		{"unknown command", nil, []string{"bouw"}, nil},
		{"help", nil, []string{"help"}, nil},
		{"build help", nil, []string{"build", "-h"}, nil},
		{"serve help", nil, []string{"serve", "-h"}, nil},
		{"watch help", nil, []string{"watch", "-h"}, nil},
		{"new help", nil, []string{"new", "-h"}, nil},
		{"init help", nil, []string{"init", "-h"}, nil},
		{"unknown option", nil, []string{"build", "-q"}, nil},
		{"option without value", nil, []string{"build", "-d"}, nil},
		{"bad boolean", nil, []string{"build", "--drafts=ja"}, nil},
		{"bad duration", nil, []string{"serve", "--wacht", "kort"}, nil},
		{"extra argument", nil, []string{"build", "iets"}, nil},
		{"no content folder", nil, []string{"build", "--content", "bestaat-niet"}, nil},
		{"no site folder", nil, []string{"check", "-s", "bestaat-niet"}, nil},
		{"index is a folder", func(t *testing.T, dir string) {
			os.RemoveAll(filepath.Join(dir, "content", "_index.md"))
			os.MkdirAll(filepath.Join(dir, "content", "_index.md"), 0o755)
		}, []string{"build"}, nil},
		{"output is a file", func(t *testing.T, dir string) { os.WriteFile(filepath.Join(dir, "uit"), []byte("x"), 0o644) }, []string{"build", "-d", "uit/public"}, nil},
		{"output cannot be made", nil, []string{"build", "-d", "/proc/werkboek/public"}, nil},
		{"output is the site", nil, []string{"build", "-d", "."}, nil},
		{"bad base URL", nil, []string{"build", "--base-url", "werkboek.example.org"}, nil},
		{"layout syntax", func(t *testing.T, dir string) {
			layout(t, dir, "card.html", `<article class="card">`, `<article class="card">{{if .Card}}`)
		}, []string{"build"}, nil},
		{"layout action not closed", func(t *testing.T, dir string) {
			layout(t, dir, "card.html", `<article class="card">`, `<article class="card">{{ .Card.Titel }`)
		}, []string{"build"}, nil},
		{"layout field", func(t *testing.T, dir string) {
			layout(t, dir, "card.html", `<article class="card">`, `<article class="card">{{.Card.Bestaatniet}}`)
		}, []string{"build"}, nil},
		{"layout function", func(t *testing.T, dir string) { layout(t, dir, "base.html", `<main`, `{{vertaal "x"}}<main`) }, []string{"build"}, nil},
		{"layout template", func(t *testing.T, dir string) {
			layout(t, dir, "home.html", `<ol class="priority-list">`, `{{template "weg" .}}<ol class="priority-list">`)
		}, []string{"build"}, nil},
		{"broken script", func(t *testing.T, dir string) {
			os.MkdirAll(filepath.Join(dir, "assets", "js"), 0o755)
			os.WriteFile(filepath.Join(dir, "assets", "js", "werkboek.js"), []byte("function ( {\n"), 0o644)
		}, []string{"build"}, nil},
		{"no browser for the PDF", nil, []string{"build", "--pdf"}, []string{"WERKBOEK_CHROMIUM=/bestaat/niet", "PATH=/nergens"}},
		{"new: no such priority", nil, []string{"new", "card", "9", "Titel"}, nil},
		{"new: empty title", nil, []string{"new", "card", "1", "!!"}, nil},
		{"new: too few arguments", nil, []string{"new", "card"}, nil},
		{"new: no content", nil, []string{"new", "card", "1", "Titel", "--content", "bestaat-niet"}, nil},
		{"serve: bad address", nil, []string{"serve", "--addr", "ergens"}, nil},
		{"serve: port in use", nil, []string{"serve", "--addr", busy.Addr().String()}, nil},
		{"serve: foreign address", nil, []string{"serve", "--addr", "203.0.113.7:8080"}, nil},
		{"serve: port too large", nil, []string{"serve", "--addr", "127.0.0.1:99999"}, nil},
		{"serve: port not a number", nil, []string{"serve", "--addr", "127.0.0.1:18931x"}, nil},
		{"serve: no such IPv4 address", nil, []string{"serve", "--addr", "999.1.1.1:18931"}, nil},
		{"serve: unknown host name", nil, []string{"serve", "--addr", "redactie-laptop.test:18931"}, nil},
		{"serve: IPv6 without brackets", nil, []string{"serve", "--addr", "::1:18931"}, nil},
		{"serve: IPv6 port too large", nil, []string{"serve", "--addr", "[::1]:99999"}, nil},
		{"serve: IPv6 unknown zone", nil, []string{"serve", "--addr", "[fe80::1%geen]:18931"}, nil},
		{"serve: wait without unit", nil, []string{"serve", "--wacht", "5"}, nil},
		{"watch: no content", nil, []string{"watch", "--content", "bestaat-niet"}, nil},
		{"init: two folders", nil, []string{"init", "a", "b"}, nil},
		{"init: existing", nil, []string{"init"}, nil},
		{"init: cannot write", nil, []string{"init", "/proc/werkboek"}, nil},
		{"tickets --inhoud: the target is a folder", func(t *testing.T, dir string) {
			write(t, dir, "inbox/h.json", goodJSON)
			os.MkdirAll(filepath.Join(dir, "content", "deelnemers.json"), 0o755)
		}, []string{"tickets", "tel", "inbox", "--inhoud", "content"}, nil},
		{"tickets --inhoud: no such folder", func(t *testing.T, dir string) { write(t, dir, "inbox/h.json", goodJSON) },
			[]string{"tickets", "tel", "inbox", "--inhoud", "bestaat-niet"}, nil},
		{"tickets --inhoud: over capacity", func(t *testing.T, dir string) {
			write(t, dir, "inbox/h.json", goodJSON)
			write(t, dir, "inbox/l.json", strings.ReplaceAll(goodJSON, "Haarlem", "Leiden"))
			write(t, dir, "content/tickets.md", "---\ncapacity: 1\n---\n")
		}, []string{"tickets", "tel", "inbox", "--inhoud", "content"}, nil},
		{"check: a broken participants file", func(t *testing.T, dir string) {
			write(t, dir, "content/deelnemers.json", "{\n  \"formaat\": \"werkboek-deelnemers 1\"\n  \"editie\": \"2017\"\n}\n")
		}, []string{"check"}, nil},
		{"check: a participants file of another edition", func(t *testing.T, dir string) {
			write(t, dir, "content/deelnemers.json", `{"formaat": "werkboek-deelnemers 1", "editie": "2016", "projecten": {}}`)
		}, []string{"check"}, nil},
		{"check: unknown projects and keys", func(t *testing.T, dir string) {
			write(t, dir, "content/deelnemers.json", `{"formaat": "werkboek-deelnemers 1", "editie": "2017", "projects": {}, "projecten": {"jeugd-en-onderwijs/spoenkk": ["x"], "x/y": ["---"]}}`)
		}, []string{"check"}, nil},
		{"check: closes and capacity", func(t *testing.T, dir string) {
			write(t, dir, "content/tickets.md", "---\ncloses: morgen\ncapacity: 0\nsluit: 2017-01-01 12:00\n---\n")
		}, []string{"check"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := testsite.Copy(t, "content")
			if c.setup != nil {
				c.setup(t, dir)
			}
			cmd := exec.Command(binary, c.args...)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), c.env...)
			out, _ := cmd.CombinedOutput()
			if m := english.FindString(string(out)); m != "" {
				t.Errorf("werkboek %s prints English (%q):\n%s", strings.Join(c.args, " "), m, out)
			}
			if strings.Contains(string(out), "%!") {
				t.Errorf("werkboek %s prints a fmt slip (%%!):\n%s", strings.Join(c.args, " "), out)
			}
			t.Logf("%s", out)
			if len(out) == 0 {
				t.Errorf("werkboek %s prints nothing", strings.Join(c.args, " "))
			}
		})
	}
}

// layout gives the site its own copy of a built-in layout with one change.
func layout(t *testing.T, dir, name, old, new string) {
	t.Helper()
	b, err := os.ReadFile(testsite.Path("layouts", name))
	if err != nil || !strings.Contains(string(b), old) {
		t.Fatalf("layouts/%s lacks %q", name, old)
	}
	os.MkdirAll(filepath.Join(dir, "layouts"), 0o755)
	os.WriteFile(filepath.Join(dir, "layouts", name), []byte(strings.Replace(string(b), old, new, 1)), 0o644)
}
