package main

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/testsite"
)

// TestServeFromABadStart starts serve while a card has a slip: every page
// shows the overlay with path:line, the terminal does not speak of a last
// good version, and once the slip is fixed the page is told to reload
// and the site is there.
func TestServeFromABadStart(t *testing.T) {
	dir := testsite.Copy(t, "content")
	card := filepath.Join(dir, "content", "prioriteiten", "1-jeugd-en-onderwijs", "1-spoenk.md")
	good, err := os.ReadFile(card)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(card, []byte(strings.Replace(string(good), "\ntitle: ", "\ntitel: ", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := ln.Addr().String()
	ln.Close()
	s := startBinaryIn(t, dir, "serve", "--addr", addr)
	line := s.waitLine(t, "er is nog geen versie die werkt")
	if strings.Contains(line, "laatste goede versie") {
		t.Errorf("terminal: %s", line)
	}
	s.waitLine(t, "werkboek serve: http://"+addr)
	_, page := get(t, "http://"+addr+"/prioriteiten/jeugd-en-onderwijs/spoenk/")
	for _, want := range []string{`id="werkboek-fout"`, filepath.Join("content", "prioriteiten", "1-jeugd-en-onderwijs", "1-spoenk.md") + ":", `<script src="/__werkboek/reload.js" defer></script>`, "Los de fouten hieronder op"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q:\n%s", want, page)
		}
	}
	if strings.Contains(page, "laatste versie die wel werkte") {
		t.Error("the overlay speaks of a version that never was")
	}
	// The page's reload script listens here: after the fix it hears
	// "reload".
	events, err := http.Get("http://" + addr + "/__werkboek/events")
	if err != nil {
		t.Fatal(err)
	}
	defer events.Body.Close()
	stream := bufio.NewReader(events.Body)
	if l, _ := stream.ReadString('\n'); !strings.HasPrefix(l, "retry:") {
		t.Fatalf("event stream begins with %q", l)
	}
	if err := os.WriteFile(card, good, 0o644); err != nil {
		t.Fatal(err)
	}
	s.waitLine(t, "bijgewerkt:")
	for {
		l, err := stream.ReadString('\n')
		if err != nil {
			t.Fatalf("no reload event: %v", err)
		}
		if l == "event: reload\n" {
			break
		}
	}
	if code, body := get(t, "http://"+addr+"/prioriteiten/jeugd-en-onderwijs/spoenk/"); code != 200 || !strings.Contains(body, "Spoenk") || strings.Contains(body, `id="werkboek-fout"`) {
		t.Errorf("after the fix: %d\n%s", code, body)
	}
	s.stop(t)
}

// get fetches url and returns its status and body.
func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}
