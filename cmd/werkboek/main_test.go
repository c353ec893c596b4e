package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/testsite"
)

var binary string

// TestMain builds the real werkboek binary once; the tests run it as an
// editor would and look at its exit codes and output.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "werkboek-bin-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "werkboek")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		panic(string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// werkboek runs the binary in the repository root and returns its exit
// code, stdout and stderr.
func werkboek(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	return werkboekIn(t, "../..", args...)
}

// werkboekIn runs the binary in the folder dir.
func werkboekIn(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	return runCmd(t, cmd)
}

// runCmd runs cmd and returns its exit code, stdout and stderr.
func runCmd(t *testing.T, cmd *exec.Cmd) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, stdout.String(), stderr.String()
}

func TestBuildAndCheck(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	code, stdout, stderr := werkboek(t, "build", "-d", out)
	if code != 0 || !strings.Contains(stdout, "33 pagina's") {
		t.Fatalf("build: exit %d\n%s%s", code, stdout, stderr)
	}
	// The bundled programme's market opens at 11:00, in its order.
	if strings.Contains(stderr, "content/programma.md") {
		t.Errorf("a message about the programme: %q", stderr)
	}
	out2 := filepath.Join(t.TempDir(), "niets")
	code, stdout, _ = werkboek(t, "check", "-d", out2)
	if code != 0 || !strings.Contains(stdout, "21 kaarten") {
		t.Fatalf("check: exit %d: %s", code, stdout)
	}
	if _, err := os.Stat(out2); err == nil {
		t.Error("check wrote an output folder")
	}
}

func TestBrokenCardExitsOne(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "content")
	testsite.CopyTree(t, testsite.Path("content"), src)
	out := filepath.Join(dir, "public")
	if code, _, stderr := werkboek(t, "build", "--content", src, "-d", out); code != 0 {
		t.Fatalf("first build: %s", stderr)
	}
	index, _ := os.ReadFile(filepath.Join(out, "index.html"))
	card := filepath.Join(src, "prioriteiten", "2-persoonlijke-ontwikkeling", "2-leesbevordering.md")
	os.WriteFile(card, []byte("---\ntitle: Leesbevordering\nweight: twee\n---\n## Doelgroep\nIedereen.\n"), 0o644)
	code, _, stderr := werkboek(t, "build", "--content", src, "-d", out)
	if code != 1 {
		t.Fatalf("exit %d, want 1; %s", code, stderr)
	}
	for _, want := range []string{card + ":3: weight: \"twee\" is geen getal", card + ":6: de koppen \"## Effect voor de doelgroep\", \"## Doel van de Bibliotheek\", \"## Resultaat\", \"## Mogelijke onderwerpen\" ontbreken", "niet veranderd"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	after, _ := os.ReadFile(filepath.Join(out, "index.html"))
	if !bytes.Equal(index, after) {
		t.Error("a failed build changed the output")
	}
	if code, _, _ := werkboek(t, "check", "--content", src); code != 1 {
		t.Errorf("check of broken content: exit %d, want 1", code)
	}
}

func TestUsage(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{nil, 2, "Opdrachten:"},
		{[]string{"-h"}, 0, "Opdrachten:"},
		{[]string{"bouw"}, 2, `onbekende opdracht "bouw"`},
		{[]string{"build", "--snel"}, 2, "onbekende optie -snel"},
		{[]string{"build", "-h"}, 0, "Gebruik: werkboek build"},
		{[]string{"check", "-h"}, 0, "Schrijft niets"},
		{[]string{"new", "-h"}, 0, "werkboek new card MAP"},
		{[]string{"new", "kaart"}, 2, "verwacht: werkboek new card"},
		{[]string{"build", "--base-url", "werkboek"}, 2, `werkboek build: --base-url: "werkboek" is geen adres van een website`},
		{[]string{"build", "--base-url", "example.org/werkboek"}, 2, `--base-url: "example.org/werkboek" mist https:// aan het begin; schrijf https://example.org/werkboek/`},
		{[]string{"check", "--base-url", "ftp://example.org/"}, 2, "moet beginnen met https:// of http://"},
		{[]string{"serve", "--base-url", "https:///x"}, 2, "werkboek serve: --base-url: \"https:///x\" heeft geen servernaam"},
		{[]string{"watch", "--base-url", ""}, 2, "werkboek watch: --base-url: het adres is leeg"},
		{[]string{"version"}, 0, "werkboek "},
		{[]string{"help"}, 0, "help inhoud"},
		{[]string{"help", "inhoud"}, 0, "| `max` | heel getal | hoeveel tickets een Bibliotheek mag kiezen: van 1 tot en met 20"},
		{[]string{"help", "kaarten"}, 2, `werkboek help: onbekend onderwerp "kaarten"; probeer werkboek help inhoud`},
	} {
		code, stdout, stderr := werkboek(t, tt.args...)
		if code != tt.code || !strings.Contains(stdout+stderr, tt.want) {
			t.Errorf("werkboek %v: exit %d, output %q; want exit %d with %q", tt.args, code, stdout+stderr, tt.code, tt.want)
		}
	}
}

func TestNewCard(t *testing.T) {
	dir := testsite.Copy(t, "content")
	code, stdout, stderr := werkboek(t, "new", "card", "1", "Lezen in de zomer", "-s", dir)
	want := filepath.Join(dir, "content", "prioriteiten", "1-jeugd-en-onderwijs", "6-lezen-in-de-zomer.md")
	if code != 0 || strings.TrimSpace(stdout) != want {
		t.Fatalf("exit %d, stdout %q, stderr %q; want path %s", code, stdout, stderr, want)
	}
	data, err := os.ReadFile(want)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{"## Doelgroep", "## Effect voor de doelgroep", "## Doel van de Bibliotheek", "## Resultaat", "## Mogelijke onderwerpen", `title: "Lezen in de zomer"`} {
		if !bytes.Contains(data, []byte(h)) {
			t.Errorf("new card lacks %q", h)
		}
	}
	// The new card is a draft: the site builds without it, and with it
	// when drafts are asked for.
	out := filepath.Join(dir, "public")
	if code, stdout, stderr := werkboek(t, "build", "-s", ".", "--content", filepath.Join(dir, "content"), "-d", out, "--drafts"); code != 0 || !strings.Contains(stdout, "34 pagina's") {
		t.Fatalf("build with drafts: exit %d %s %s", code, stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "prioriteiten", "jeugd-en-onderwijs", "lezen-in-de-zomer", "index.html")); err != nil {
		t.Error(err)
	}
	// Publishing it unfilled, by deleting the draft line, is refused with
	// the section and line of each placeholder.
	unfilled := strings.Replace(string(data), "draft: true # haal deze regel weg om de kaart te publiceren\n", "", 1)
	if err := os.WriteFile(want, []byte(unfilled), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = werkboek(t, "check", "--content", filepath.Join(dir, "content"))
	if code != 1 || !strings.Contains(stderr, want+`:7: in de sectie "## Doelgroep" staat nog de voorbeeldtekst van werkboek new card`) ||
		!strings.Contains(stderr, want+`:19: in de sectie "## Mogelijke onderwerpen" staat nog de voorbeeldtekst`) {
		t.Errorf("check of an unfilled card: exit %d\n%s", code, stderr)
	}
	if code, _, stderr := werkboek(t, "new", "card", "9-bestaat-niet", "X", "-s", dir); code != 2 || !strings.Contains(stderr, "kies uit: 1-jeugd-en-onderwijs") {
		t.Errorf("unknown priority: exit %d, %q", code, stderr)
	}
}

func TestPDFWithoutBrowser(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	cmd := exec.Command(binary, "build", "--pdf", "--content", "generator/site/testdata/kleine-editie", "-d", out)
	cmd.Dir = "../.."
	cmd.Env = append(os.Environ(), "WERKBOEK_CHROMIUM=/bestaat/niet")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 1 {
		t.Fatalf("build --pdf without Chromium: %v, want exit 1", err)
	}
	lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	if last := lines[len(lines)-1]; !strings.Contains(last, "zonder PDF") || !strings.Contains(last, "apt-get install -y chromium") {
		t.Errorf("last line %q does not say how to get the PDF", last)
	}
	if _, err := os.Stat(filepath.Join(out, "index.html")); err != nil {
		t.Errorf("the site was not built: %v", err)
	}
	// Without --pdf the same machine builds with exit 0.
	cmd = exec.Command(binary, "build", "--content", "generator/site/testdata/kleine-editie", "-d", out)
	cmd.Dir = "../.."
	cmd.Env = append(os.Environ(), "WERKBOEK_CHROMIUM=/bestaat/niet")
	if err := cmd.Run(); err != nil {
		t.Errorf("build without --pdf: %v", err)
	}
}
