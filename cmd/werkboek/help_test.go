package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

// TestHelpPerCommand asks for every command's help both ways: "help X"
// prints on stdout what "X -h" prints, and exits 0.
func TestHelpPerCommand(t *testing.T) {
	for _, c := range []struct {
		topic []string
		want  []string
	}{
		{[]string{"build"}, []string{"Gebruik: werkboek build", "--pdf", "--verwijder-ok"}},
		{[]string{"check"}, []string{"Gebruik: werkboek check", "Schrijft niets"}},
		{[]string{"serve"}, []string{"Gebruik: werkboek serve", "--addr ADRES", "--wacht DUUR", "laat ze weg (staat standaard aan)"}},
		{[]string{"server"}, []string{"Gebruik: werkboek serve"}},
		{[]string{"watch"}, []string{"Gebruik: werkboek watch", "--poll"}},
		{[]string{"new"}, []string{"Gebruik: werkboek new card"}},
		{[]string{"new", "card"}, []string{"Gebruik: werkboek new card"}},
		{[]string{"init"}, []string{"Gebruik: werkboek init", "--thema"}},
		{[]string{"tickets"}, []string{"Gebruik: werkboek tickets tel", "werkboek-tickets 1"}},
		{[]string{"version"}, []string{"Gebruik: werkboek version", "revisie"}},
		{[]string{"help"}, []string{"Opdrachten:"}},
	} {
		code, stdout, stderr := werkboek(t, append([]string{"help"}, c.topic...)...)
		if code != 0 || stderr != "" {
			t.Errorf("help %v: exit %d, stderr %q", c.topic, code, stderr)
		}
		for _, w := range c.want {
			if !strings.Contains(stdout, w) {
				t.Errorf("help %v lacks %q:\n%s", c.topic, w, stdout)
			}
		}
		if strings.Contains(stdout, "standaard true") {
			t.Errorf("help %v shows a default in English (true):\n%s", c.topic, stdout)
		}
		if c.topic[0] == "tickets" || c.topic[0] == "help" || c.topic[0] == "server" || c.topic[0] == "version" {
			continue
		}
		_, _, dashH := werkboek(t, append(c.topic, "-h")...)
		if dashH != stdout {
			t.Errorf("help %v differs from %v -h", c.topic, c.topic)
		}
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"help", "bouw"}, `werkboek help: onbekend onderwerp "bouw"; probeer werkboek help inhoud, of help met een opdracht: init, build, check, serve, watch, new, tickets, version`},
		{[]string{"help", "build", "serve"}, `werkboek help: één onderwerp graag, niet "build serve"; probeer werkboek help build`},
		{[]string{"version", "--kort"}, `werkboek version: onverwacht argument "--kort"; werkboek version heeft geen opties`},
	} {
		code, stdout, stderr := werkboek(t, c.args...)
		if code != 2 || stdout != "" || strings.TrimSpace(stderr) != c.want {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 with %q", c.args, code, stdout, stderr, c.want)
		}
	}
}

// TestWaitNeedsAUnit runs --wacht with values an editor types.
func TestWaitNeedsAUnit(t *testing.T) {
	for _, c := range []struct{ value, want string }{
		{"5", "werkboek serve: --wacht: 5 heeft een eenheid nodig: schrijf 5s voor seconden of 5ms voor milliseconden"},
		{"0.5", "schrijf 0.5s voor seconden of 0.5ms voor milliseconden"},
		{"kort", `--wacht: "kort" is geen duur; schrijf een getal met een eenheid, bijvoorbeeld 50ms, 1s of 1m30s`},
		{"-1s", "--wacht: een duur kan niet negatief zijn"},
	} {
		code, _, stderr := werkboek(t, "serve", "--wacht", c.value)
		if code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("--wacht %s: exit %d, %q; want exit 2 with %q", c.value, code, stderr, c.want)
		}
	}
}

// TestVersionFromLinkerFlags builds the binary with the linker flags
// .ci/release sets (without -trimpath, which would compile every
// dependency again) and reads the values back.
func TestVersionFromLinkerFlags(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "werkboek")
	flags := "-X main.version=v1.4.0 -X main.revision=0123456789abcdef0123456789abcdef01234567 -X main.date=2027-03-09T14:05:00Z"
	if out, err := exec.Command("go", "build", "-ldflags", flags, "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	out, err := exec.Command(bin, "version").Output()
	if err != nil {
		t.Fatal(err)
	}
	want := "werkboek v1.4.0\nrevisie:  0123456789abcdef0123456789abcdef01234567\ndatum:    9 maart 2027, 14:05 UTC\n"
	if !strings.HasPrefix(string(out), want) || !strings.Contains(string(out), "gebouwd:  met go") {
		t.Errorf("version prints\n%s\nwant it to begin with\n%s", out, want)
	}
	os.Remove(bin)
}

// TestVersionFromBuildInfo reads what Go stamps into a binary built in a
// git clone, and what a development build without it says.
func TestVersionFromBuildInfo(t *testing.T) {
	stamped := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.3.0"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "c9efd4b7e0a1"}, {Key: "vcs.time", Value: "2026-12-02T20:19:00Z"}, {Key: "vcs.modified", Value: "true"},
	}}
	for _, c := range []struct {
		bi   *debug.BuildInfo
		want string
	}{
		{stamped, "werkboek v1.3.0\nrevisie:  c9efd4b7e0a1, met wijzigingen die niet zijn vastgelegd\ndatum:    2 december 2026, 20:19 UTC\ngebouwd:  met go1.26.8 voor "},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}}, "werkboek ontwikkelversie\nrevisie:  onbekend (niet gebouwd uit een git-kopie)\ndatum:    onbekend\n"},
		{nil, "werkboek ontwikkelversie\n"},
	} {
		var b strings.Builder
		printVersion(&b, readBuildInfo(c.bi, c.bi != nil))
		if !strings.HasPrefix(b.String(), c.want) {
			t.Errorf("got\n%s\nwant it to begin with\n%s", b.String(), c.want)
		}
	}
	if got := dutchDate(time.Date(2027, 1, 31, 9, 5, 0, 0, time.UTC)); got != "31 januari 2027, 09:05 UTC" {
		t.Errorf("dutchDate = %q", got)
	}
}
