package main

import (
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/probiblio/werkboek/generator/testsite"
)

// TestInitBuildServe starts a new workbook in an empty folder with only
// the binary, as a new user would, builds and serves it.
func TestInitBuildServe(t *testing.T) {
	dir := t.TempDir()
	code, stdout, stderr := werkboekIn(t, dir, "init")
	if code != 0 || !strings.Contains(stdout, "nieuw werkboek") {
		t.Fatalf("init: exit %d\n%s%s", code, stdout, stderr)
	}
	for _, f := range []string{"LEESMIJ.md", "content/_index.md", "content/programma.md", "content/keuzelijst.md", "content/tickets.md",
		"content/prioriteiten/1-eerste-prioriteit/_index.md", "content/prioriteiten/1-eerste-prioriteit/1-eerste-kaart.md"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("init did not write %s", f)
		}
	}
	// Only the example text is warned about (see TestInitSamplesCaught).
	if code, stdout, stderr := werkboekIn(t, dir, "check"); code != 0 || strings.Count(stderr, "\n") != strings.Count(stderr, "hier staat nog voorbeeldtekst") {
		t.Fatalf("check after init: exit %d\n%s%s", code, stdout, stderr)
	}
	// The new card is a draft: build leaves it out, build --drafts and
	// serve (by default) show it, marked as a concept.
	const mark = "Concept — niet gepubliceerd"
	cardPage := filepath.Join(dir, "public", "prioriteiten", "eerste-prioriteit", "eerste-kaart", "index.html")
	if code, stdout, stderr := werkboekIn(t, dir, "build"); code != 0 {
		t.Fatalf("build after init: exit %d\n%s%s", code, stdout, stderr)
	}
	if _, err := os.Stat(cardPage); err == nil {
		t.Error("build published the draft card")
	}
	if code, stdout, stderr := werkboekIn(t, dir, "build", "--drafts"); code != 0 {
		t.Fatalf("build --drafts after init: exit %d\n%s%s", code, stdout, stderr)
	}
	card, err := os.ReadFile(cardPage)
	if err != nil || !strings.Contains(string(card), "Eerste kaart") || !strings.Contains(string(card), mark) || !strings.Contains(string(card), `href="../../../css/werkboek.`) {
		t.Errorf("the draft card's page is missing, unmarked or without the built-in stylesheet (%v)", err)
	}

	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := ln.Addr().String()
	ln.Close()
	s := startBinaryIn(t, dir, "serve", "--addr", addr)
	s.waitLine(t, "werkboek serve: http://"+addr)
	resp, err := http.Get("http://" + addr + "/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Eerste prioriteit") {
		t.Errorf("home page served with status %d", resp.StatusCode)
	}
	resp, err = http.Get("http://" + addr + "/prioriteiten/eerste-prioriteit/eerste-kaart/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), mark) {
		t.Errorf("serve shows the draft card with status %d, marked: %v", resp.StatusCode, strings.Contains(string(body), mark))
	}
	if code := s.stop(t); code != 0 {
		t.Errorf("serve stopped with exit %d", code)
	}

	before := testsite.ReadTree(t, filepath.Join(dir, "content"))
	os.WriteFile(filepath.Join(dir, "content", "tickets.md"), []byte("eigen tekst\n"), 0o644)
	code, _, stderr = werkboekIn(t, dir, "init")
	if code != 1 || !strings.Contains(stderr, "bestaat al; init overschrijft niets") {
		t.Errorf("second init: exit %d, %q", code, stderr)
	}
	after := testsite.ReadTree(t, filepath.Join(dir, "content"))
	if len(after) != len(before) || string(after["tickets.md"]) != "eigen tekst\n" {
		t.Error("a refused init changed the content folder")
	}
}

// TestInitTheme copies the built-in theme for whoever wants to change the
// look, and refuses to overwrite it.
func TestInitTheme(t *testing.T) {
	dir := t.TempDir()
	code, stdout, stderr := werkboekIn(t, dir, "init", "--thema")
	if code != 0 {
		t.Fatalf("init --thema: exit %d\n%s%s", code, stdout, stderr)
	}
	got := testsite.ReadTree(t, dir)
	for _, sub := range []string{"layouts", "assets"} {
		for name, b := range testsite.ReadTree(t, testsite.Path(sub)) {
			if strings.HasSuffix(name, ".go") {
				if _, ok := got[sub+"/"+name]; ok {
					t.Errorf("%s/%s: Go source copied", sub, name)
				}
				continue
			}
			if string(got[sub+"/"+name]) != string(b) {
				t.Errorf("%s/%s not copied as it is", sub, name)
			}
		}
	}
	if code, _, _ := werkboekIn(t, dir, "init", "--thema"); code != 1 {
		t.Errorf("second init --thema: exit %d, want 1", code)
	}
}

// TestEventDay checks the date init gives a new workbook's event: the
// third Monday of September, at least a month ahead.
func TestEventDay(t *testing.T) {
	for now, want := range map[string]string{
		"2026-01-10": "2026-09-21",
		"2026-08-20": "2026-09-21",
		"2026-08-22": "2027-09-20",
		"2026-12-02": "2027-09-20",
		"2027-09-21": "2028-09-18",
	} {
		day, _ := time.Parse("2006-01-02", now)
		if got := eventDay(day).Format("2006-01-02"); got != want {
			t.Errorf("eventDay(%s) = %s, want %s", now, got, want)
		}
		if got := eventDay(day); got.Weekday() != time.Monday || !got.After(day) {
			t.Errorf("eventDay(%s) = %s, not a Monday after it", now, got.Format("2006-01-02"))
		}
	}
}
