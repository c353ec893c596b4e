package quality

import (
	"bytes"
	"fmt"
	"mime/quotedprintable"
	neturl "net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// buildWerkboek builds the werkboek command into dir.
func buildWerkboek(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "werkboek")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/werkboek")
	cmd.Dir = repo
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// choose picks projects on the tickets page for a library.
func (b *tab) choose(library string, ids ...string) {
	b.t.Helper()
	b.open("/tickets/")
	b.waitFor(`!document.querySelector("[data-tickets]").hasAttribute("aria-busy")`)
	b.do(chromedp.SendKeys(chromedp.CSS("[data-library]"), library))
	for _, id := range ids {
		b.do(chromedp.SetValue(chromedp.CSS("[data-pick]"), id), chromedp.Click(chromedp.CSS("[data-tickets] [data-add]")))
	}
}

// saveMail keeps the mail the "Mail uw keuze" link opens as a mail program
// saves a sent message: headers, and the body quoted-printable with CRLF.
func (b *tab) saveMail(path string, sent time.Time) {
	b.t.Helper()
	href := eval[string](b, `document.querySelector("[data-mail]").href`)
	u, err := neturl.Parse(href)
	if err != nil || u.Scheme != "mailto" {
		b.t.Fatalf("mail link %q: %v", href, err)
	}
	q := u.Query()
	var body bytes.Buffer
	w := quotedprintable.NewWriter(&body)
	w.Write([]byte(strings.ReplaceAll(q.Get("body"), "\n", "\r\n")))
	w.Close()
	mail := fmt.Sprintf("From: Bibliotheek <info@example.org>\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n%s",
		u.Opaque, mimeWord(q.Get("subject")), sent.Format(time.RFC1123Z), body.String())
	if err := os.WriteFile(path, []byte(mail), 0o644); err != nil {
		b.t.Fatal(err)
	}
}

func mimeWord(s string) string { return "=?utf-8?q?" + strings.ReplaceAll(s, " ", "_") + "?=" }

// TestThreeLibrariesReturnTickets follows the tickets from three libraries'
// browsers to the organiser's count: one library sends a CSV it edited
// past the limit (and with a project twice), one changes its mind and
// sends a mail and then a JSON file. The real werkboek command counts the
// downloads.
func TestThreeLibrariesReturnTickets(t *testing.T) {
	t.Parallel()
	inbox := t.TempDir()
	for _, lib := range []string{"haarlem", "zaanstad", "delft"} {
		os.Mkdir(filepath.Join(inbox, lib), 0o755)
	}
	bin := buildWerkboek(t, t.TempDir())

	haarlem := browser(t)
	haarlem.choose("Bibliotheek Haarlem", "jeugd-en-onderwijs/spoenk", "participatie-en-zelfredzaamheid/taalvaardigheden", "bevorderen-culturele-infrastructuur/positionering")
	haarlem.download(filepath.Join(inbox, "haarlem"), "[data-download=json]", "tickets.json")

	zaanstad := browser(t)
	zaanstad.choose("Bibliotheek Zaanstad", "persoonlijke-ontwikkeling/leesbevordering", "persoonlijke-ontwikkeling/ontmoeting-en-debat", "jeugd-en-onderwijs/mediawijsheid-in-het-onderwijs", "verandering-en-verbreding-klassieke-bibliotheek/lean-bedrijfsvoering")
	if n := eval[int](zaanstad, `document.querySelectorAll("[data-chosen] li:not(.empty)").length`); n != 3 || !eval[bool](zaanstad, `document.querySelector("[data-tickets] [data-add]").disabled`) {
		t.Errorf("the site took a 4th ticket or still offers one: %d chosen", n)
	}
	csvPath := zaanstad.download(filepath.Join(inbox, "zaanstad"), "[data-download=csv]", "tickets.csv")
	// In a spreadsheet, the library adds a fourth row: a project it has
	// already chosen.
	data, _ := os.ReadFile(csvPath)
	rows := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	if len(rows) != 4 {
		t.Fatalf("CSV of 3 tickets has %d lines:\n%s", len(rows), data)
	}
	os.WriteFile(csvPath, []byte(string(data)+strings.Replace(rows[1], `"1"`, `"4"`, 1)+"\r\n"), 0o644)

	delft := browser(t)
	delft.choose("Bibliotheek Delft", "jeugd-en-onderwijs/spoenk", "persoonlijke-ontwikkeling/leesbevordering")
	delft.saveMail(filepath.Join(inbox, "delft", "tickets.eml"), time.Now())
	// Delft changes its mind: Leesbevordering out, two others in.
	delft.do(chromedp.Click(chromedp.CSS("[data-chosen] li:nth-child(2) button")))
	for _, id := range []string{"verandering-en-verbreding-klassieke-bibliotheek/digitalisering", "verandering-en-verbreding-klassieke-bibliotheek/loyale-klanten"} {
		delft.do(chromedp.SetValue(chromedp.CSS("[data-pick]"), id), chromedp.Click(chromedp.CSS("[data-tickets] [data-add]")))
	}
	delft.download(filepath.Join(inbox, "delft"), "[data-download=json]", "tickets.json")

	out := filepath.Join(t.TempDir(), "telling")
	cmd := exec.Command(bin, "tickets", "tel", "-s", repo, "-d", out, inbox)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("tickets tel: %v, want exit 1 (Zaanstad refused)\n%s%s", err, stdout.String(), stderr.String())
	}
	t.Logf("werkboek tickets tel:\n%s%s", stderr.String(), stdout.String())
	zaanstadCSV := filepath.ToSlash(filepath.Join(inbox, "zaanstad", "tickets.csv"))
	for _, want := range []string{
		zaanstadCSV + `:5: "Leesbevordering" staat al op regel 2; een project mag maar één keer gekozen worden`,
		zaanstadCSV + ":5: 4 tickets, en er mogen er hoogstens 3 zijn (max in tickets.md)",
		zaanstadCSV + ": geweigerd; Bibliotheek Zaanstad telt daarom niet mee",
		filepath.ToSlash(filepath.Join(inbox, "delft", "tickets.eml")) + ": waarschuwing: vervangen door " + filepath.ToSlash(filepath.Join(inbox, "delft", "tickets.json")) + ", de latere keuze van Bibliotheek Delft",
	} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("the count does not report %q", want)
		}
	}
	if n := strings.Count(stderr.String(), "\n"); n != 4 {
		t.Errorf("%d messages, want the 4 above:\n%s", n, stderr.String())
	}
	if want := "4 bestanden gelezen, 1 geweigerd; 2 Bibliotheken met samen 6 tickets"; !strings.Contains(stdout.String(), want) {
		t.Errorf("summary %q lacks %q", stdout.String(), want)
	}
	perProject, _ := os.ReadFile(filepath.Join(out, "tickets-per-project.csv"))
	counts := map[string]string{}
	for _, row := range strings.Split(string(perProject), "\r\n")[1:] {
		if f := strings.Split(row, ";"); len(f) == 5 {
			counts[f[4]] = f[2] + " " + f[3]
		}
	}
	for id, want := range map[string]string{
		"jeugd-en-onderwijs/spoenk":                                            "2 Bibliotheek Delft, Bibliotheek Haarlem",
		"participatie-en-zelfredzaamheid/taalvaardigheden":                     "1 Bibliotheek Haarlem",
		"bevorderen-culturele-infrastructuur/positionering":                    "1 Bibliotheek Haarlem",
		"verandering-en-verbreding-klassieke-bibliotheek/digitalisering":       "1 Bibliotheek Delft",
		"verandering-en-verbreding-klassieke-bibliotheek/loyale-klanten":       "1 Bibliotheek Delft",
		"persoonlijke-ontwikkeling/leesbevordering":                            "0 ", // Delft's old choice, Zaanstad refused
		"verandering-en-verbreding-klassieke-bibliotheek/lean-bedrijfsvoering": "0 ",
	} {
		if counts[id] != want {
			t.Errorf("%s: %q, want %q", id, counts[id], want)
		}
	}
	if len(counts) != 21 {
		t.Errorf("%d projects in tickets-per-project.csv, want all 21", len(counts))
	}
	checkOverview(t, haarlem, filepath.Join(out, "overzicht.html"))
}

// checkOverview checks the printable overview: valid HTML (Nu checker),
// no serious accessibility problem (axe), every project listed, and the
// site's look when printed.
func checkOverview(t *testing.T, b *tab, path string) {
	t.Helper()
	b.do(chromedp.Navigate("file://"+path), chromedp.WaitReady(chromedp.CSS("body")))
	if n := eval[int](b, `document.querySelectorAll(".telling-prio tbody tr").length`); n != 21 {
		t.Errorf("the overview lists %d projects, want 21", n)
	}
	if font := eval[string](b, `getComputedStyle(document.querySelector("h1")).fontFamily`); !strings.Contains(font, "Source Serif 4") {
		t.Errorf("the overview's heading is set in %s, not the site's serif", font)
	}
	b.media("print")
	if eval[string](b, `getComputedStyle(document.querySelector(".telling")).display`) == "none" {
		t.Error("the overview's tables are not printed")
	}
	b.media("")
	if axe, err := os.ReadFile(filepath.Join(repo, ".ci", "npm", "node_modules", "axe-core", "axe.min.js")); err == nil {
		eval[bool](b, string(axe)+";true")
		report := eval[string](b, `axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}).then(r =>
			r.violations.filter(v => v.impact === "serious" || v.impact === "critical").map(v => v.id + ": " + v.help).join("\n"))`)
		if report != "" {
			t.Errorf("axe finds in the overview:\n%s", report)
		}
	} else {
		requireTool(t, err, "axe-core (npm ci --prefix .ci/npm)")
	}
	jar := filepath.Join(repo, ".ci", "npm", "node_modules", "vnu-jar", "build", "dist", "vnu.jar")
	_, err := os.Stat(jar)
	requireTool(t, err, "vnu.jar (npm ci --prefix .ci/npm)")
	java, err := execLookPath("java")
	requireTool(t, err, "java")
	// The overview carries the site's stylesheet inline. Like the site test,
	// which checks HTML and skips the stylesheet, this leaves CSS to the
	// browser: the checker's CSS validator predates color-mix() and var().
	if out, err := runCommand(java, "-jar", jar, "--errors-only", "--filterpattern", ".*CSS: .*", path); err != nil || strings.TrimSpace(out) != "" {
		t.Errorf("the Nu HTML Checker reports errors in the overview (%v):\n%s", err, out)
	}
}
