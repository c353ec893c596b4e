package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestServeAddresses runs serve with the --addr forms an editor may type:
// each mistake exits 2 with one Dutch line that shows how to write it.
func TestServeAddresses(t *testing.T) {
	for _, c := range []struct{ addr, want string }{
		{"127.0.0.1:99999", "werkboek serve: poort 99999 bestaat niet: een poort is een getal van 1 tot en met 65535; schrijf bijvoorbeeld --addr 127.0.0.1:1313"},
		{"127.0.0.1:18931x", `werkboek serve: de poort "18931x" in "127.0.0.1:18931x" is geen getal; een poort is een getal van 1 tot en met 65535, schrijf bijvoorbeeld --addr 127.0.0.1:1313`},
		{"999.1.1.1:18931", "werkboek serve: 999.1.1.1 is geen geldig IP-adres: dat zijn vier getallen van 0 tot en met 255 met punten ertussen; schrijf bijvoorbeeld --addr 127.0.0.1:18931 (alleen deze computer)"},
		{"::1:18931", "werkboek serve: een IPv6-adres staat tussen blokhaken: schrijf --addr [::1]:18931"},
		{"[::1]:99999", "werkboek serve: poort 99999 bestaat niet: een poort is een getal van 1 tot en met 65535; schrijf bijvoorbeeld --addr [::1]:1313"},
		{"[::1", `werkboek serve: de blokhaken in "[::1" kloppen niet; schrijf een IPv6-adres zo: --addr [::1]:1313`},
		{"203.0.113.7:8080", "werkboek serve: 203.0.113.7 is geen adres van deze computer; schrijf bijvoorbeeld --addr 127.0.0.1:8080"},
		{"1313", `werkboek serve: "1313" is alleen een poort; schrijf het adres ervoor: --addr 127.0.0.1:1313`},
	} {
		code, stdout, stderr := werkboek(t, "serve", "--addr", c.addr)
		if code != 2 || stdout != "" || strings.TrimSpace(stderr) != c.want {
			t.Errorf("--addr %s: exit %d, stdout %q, stderr %q\nwant exit 2 and %q", c.addr, code, stdout, stderr, c.want)
		}
	}
}

// TestServeSurvivesManyStreams opens far more live-reload streams than
// the server may open files (ulimit -n 256): the oldest are dropped, and
// pages are still served. Before the cap, the server stopped accepting
// connections once its file limit was used up.
func TestServeSurvivesManyStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("opens 1,000 connections")
	}
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh to set the file limit")
	}
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := ln.Addr().String()
	ln.Close()
	s := startProgram(t, "../..", "sh", "-c", fmt.Sprintf("ulimit -n 256 && exec %s serve --addr %s", binary, addr))
	s.waitLine(t, "werkboek serve: http://"+addr)
	base := "http://" + addr
	// Every stream stays open on this side, as 20,000 tabs (or a page
	// that opens streams in a loop) would keep them.
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true, ResponseHeaderTimeout: 10 * time.Second}}
	var open []io.Closer
	for i := range 1000 {
		resp, err := client.Get(base + "/__werkboek/events")
		if err != nil {
			t.Fatalf("stream %d: %v", i, err)
		}
		line, _ := bufio.NewReader(resp.Body).ReadString('\n')
		if !strings.HasPrefix(line, "retry:") {
			t.Fatalf("stream %d: %d %q", i, resp.StatusCode, line)
		}
		open = append(open, resp.Body)
	}
	resp, err := client.Get(base + "/prioriteiten/jeugd-en-onderwijs/spoenk/")
	if err != nil {
		t.Fatalf("page after 1,000 streams: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("page after 1,000 streams: %d", resp.StatusCode)
	}
	for _, c := range open {
		c.Close()
	}
}
