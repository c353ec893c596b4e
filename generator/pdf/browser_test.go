package pdf

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFindBrowserNamesWhatIsWrong(t *testing.T) {
	dir := t.TempDir()
	program := filepath.Join(dir, "chromium")
	if err := os.WriteFile(program, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		env  string
		want []string // in the message; none: the path is accepted
	}{
		{filepath.Join(dir, "bestaat-niet"), []string{"WERKBOEK_CHROMIUM wijst naar " + filepath.Join(dir, "bestaat-niet"), "dat bestand bestaat niet", "apt-get install -y chromium"}},
		{dir, []string{"WERKBOEK_CHROMIUM wijst naar de map " + dir, "het programma zelf"}},
		{program, nil},
	}
	for _, c := range cases {
		t.Setenv("WERKBOEK_CHROMIUM", c.env)
		p, err := FindBrowser()
		if c.want == nil {
			if err != nil || p != program {
				t.Errorf("WERKBOEK_CHROMIUM=%s: %q, %v", c.env, p, err)
			}
			continue
		}
		if !errors.Is(err, ErrNoBrowser) {
			t.Errorf("WERKBOEK_CHROMIUM=%s: error %v is not ErrNoBrowser", c.env, err)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("WERKBOEK_CHROMIUM=%s: %q lacks %q", c.env, err, w)
			}
		}
	}
}

func TestInstallAdvicePerSystem(t *testing.T) {
	for goos, want := range map[string][]string{
		"linux":   {"apt-get install -y chromium", "/usr/bin/chromium"},
		"darwin":  {"Google Chrome", "https://www.google.com/chrome/", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"},
		"windows": {"Google Chrome", "https://www.google.com/chrome/", `C:\Program Files\Google\Chrome\Application\chrome.exe`},
	} {
		err := checkBrowser(filepath.Join(t.TempDir(), "weg"), goos)
		for _, w := range want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: %q lacks %q", goos, err, w)
			}
		}
	}
}

func TestInstallPlaces(t *testing.T) {
	env := map[string]string{"ProgramFiles": `C:\Program Files`, "LocalAppData": `C:\Users\redactie\AppData\Local`, "HOME": "/Users/redactie"}
	win := installPlaces("windows", func(k string) string { return env[k] })
	if len(win) != 4 || !strings.Contains(win[0], "chrome.exe") {
		t.Errorf("windows: %q", win)
	}
	mac := installPlaces("darwin", func(k string) string { return env[k] })
	if len(mac) != 3 || mac[0] != "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" {
		t.Errorf("darwin: %q", mac)
	}
	if p := installPlaces("linux", os.Getenv); p != nil {
		t.Errorf("linux looks on $PATH only, got %q", p)
	}
}

// TestLaunchErrors points WERKBOEK_CHROMIUM at programs that are no
// Chromium: the error says so in Dutch, without chromedp's English.
func TestLaunchErrors(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "tekst")
	quits := filepath.Join(dir, "stopt")
	os.WriteFile(text, []byte("geen programma\n"), 0o755)
	os.WriteFile(quits, []byte("#!/bin/sh\nexit 3\n"), 0o755)
	for _, c := range []struct{ path, want string }{
		{text, "Chromium (" + text + ") start niet: dit is geen programma dat deze computer kan starten"},
		{quits, "Chromium (" + quits + ") start niet, of antwoordt niet zoals Chromium; controleer dat WERKBOEK_CHROMIUM naar Chromium of Chrome wijst, of installeer het opnieuw"},
	} {
		t.Setenv("WERKBOEK_CHROMIUM", c.path)
		_, stop, err := Launch(context.Background())
		if err == nil {
			stop()
			t.Errorf("%s started", c.path)
		} else if err.Error() != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.path, err, c.want)
		}
	}
}
