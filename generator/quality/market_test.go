package quality

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/site"
	"github.com/probiblio/werkboek/generator/testsite"
)

// radio is the selector of an option of the market plan on the
// programme page.
func radio(round, key string) string {
	return `.markt [data-ronde="` + round + `"] input[value="` + key + `"]`
}

// plan returns the plan as the programme page shows it, a line per round.
func (b *tab) plan() string {
	return eval[string](b, `[...document.querySelectorAll("[data-markt-plan] li")].map(li => li.textContent).join("\n")`)
}

// planMarket opens the programme and chooses an option in each round
// given as round, key pairs.
func (b *tab) planMarket(visits ...string) {
	b.t.Helper()
	b.open("/programma/")
	for i := 0; i+1 < len(visits); i += 2 {
		b.do(chromedp.Click(chromedp.CSS(radio(visits[i], visits[i+1]))))
	}
}

const soobGroup = "100-procent-actief-bereik-onder-jongeren-tot-18-jaar-soob"

// TestMarketPlanInTheBrowser: a library plans its rounds (the
// checklist's Ja priority offered first), cannot visit a priority twice,
// finds its plan after a reload, on the tickets' link and in the print
// edition, and a colleague takes it over by the link.
func TestMarketPlanInTheBrowser(t *testing.T) {
	t.Parallel()
	a := browser(t)
	a.open("/keuzelijst/")
	a.do(chromedp.Click(chromedp.CSS(`tr[data-key="bevorderen-culturele-infrastructuur/positionering"] input[value=Ja]`)))
	a.open("/programma/")
	first := eval[string](a, `document.querySelector('.markt [data-ronde="11:00"] li input').value`)
	if first != "bevorderen-culturele-infrastructuur" {
		t.Errorf("round 1 offers %q first, want the checklist's Ja priority", first)
	}
	a.planMarket("11:00", "jeugd-en-onderwijs")
	// The same priority in round 2 is refused, and said why.
	a.do(chromedp.Click(chromedp.CSS(radio("11:35", "jeugd-en-onderwijs"))))
	if msg := eval[string](a, `document.querySelector("[data-markt-message]").textContent`); !strings.Contains(msg, "U bezoekt Jeugd & onderwijs al in ronde 1, 11:00") {
		t.Errorf("refusal %q", msg)
	}
	if eval[bool](a, `document.querySelector('`+radio("11:35", "jeugd-en-onderwijs")+`').checked`) {
		t.Error("the priority was ticked a second time")
	}
	a.do(
		chromedp.Click(chromedp.CSS(radio("11:35", "persoonlijke-ontwikkeling"))),
		chromedp.Click(chromedp.CSS(radio("12:10", "bevorderen-culturele-infrastructuur"))),
		chromedp.Click(chromedp.CSS(radio("14:00", soobGroup))),
	)
	want := "Ronde 1, 11:00: Jeugd & onderwijs, Vergaderzaal 1\nRonde 2, 11:35: Persoonlijke ontwikkeling, Vergaderzaal 2\nRonde 3, 12:10: Bevorderen van culturele infrastructuur, Vide\n14:00: 100 procent actief bereik onder jongeren tot 18 jaar (SOOB), Vergaderzaal 3"
	if got := a.plan(); got != want {
		t.Errorf("plan:\n%s\nwant:\n%s", got, want)
	}
	a.do(chromedp.Reload(), chromedp.WaitReady(chromedp.CSS("body")))
	if got := a.plan(); got != want {
		t.Errorf("plan after a reload:\n%s", got)
	}
	if !eval[bool](a, `document.querySelector('`+radio("12:10", "bevorderen-culturele-infrastructuur")+`').checked`) {
		t.Error("the form does not show the kept plan after a reload")
	}

	// The tickets carry it: the link, the JSON, the mail.
	a.choose("Bibliotheek Haarlem", "jeugd-en-onderwijs/spoenk")
	link := a.shareLink()
	if !strings.Contains(link, "&markt=11%3A00.jeugd-en-onderwijs,11%3A35.persoonlijke-ontwikkeling,12%3A10.bevorderen-culturele-infrastructuur,14%3A00."+soobGroup) {
		t.Errorf("tickets link without the plan: %q", link)
	}
	json := eval[string](a, `decodeURIComponent(document.querySelector("[data-download=json]").href.split(",")[1])`)
	if !strings.Contains(json, `"ronde": "11:00",`+"\n"+`      "id": "jeugd-en-onderwijs",`+"\n"+`      "optie": "Jeugd & onderwijs",`+"\n"+`      "zaal": "Vergaderzaal 1"`) {
		t.Errorf("JSON without the plan:\n%s", json)
	}
	mail := eval[string](a, `decodeURIComponent(document.querySelector("[data-mail]").href.split("body=")[1])`)
	if !strings.Contains(mail, "Marktplan:\n11:00: Jeugd & onderwijs, Vergaderzaal 1\n") || !strings.Contains(mail, "markt: 12:10 bevorderen-culturele-infrastructuur\n") {
		t.Errorf("mail without the plan:\n%s", mail)
	}

	// Print: the form in the edition, ticked as planned.
	a.open("/werkboek/")
	a.media("print")
	if eval[string](a, `getComputedStyle(document.querySelector(".p-markt")).display`) == "none" {
		t.Error("the print edition does not print the plan")
	}
	if got := eval[string](a, `[...document.querySelectorAll(".p-markt input:checked")].map(i => i.name + "=" + i.value).join(" ")`); got != "markt-11:00=jeugd-en-onderwijs markt-11:35=persoonlijke-ontwikkeling markt-12:10=bevorderen-culturele-infrastructuur markt-14:00="+soobGroup {
		t.Errorf("print edition ticks %q", got)
	}
	if n := eval[int](a, `document.querySelectorAll(".p-markt input[type=radio]").length`); n != 18 {
		t.Errorf("the print form has %d boxes, want 5 × 3 + 3", n)
	}
	a.media("")

	// A colleague takes the tickets and the plan over by the link.
	b := browser(t)
	b.do(chromedp.Navigate(strings.Replace(link, base, url("/"), 1)), chromedp.Reload())
	b.waitFor(`document.querySelector("[data-offer]").open`)
	if offer := eval[string](b, `document.querySelector("[data-offer-text]").textContent`); !strings.Contains(offer, "marktplan van 4 rondes") {
		t.Errorf("offer %q", offer)
	}
	b.do(chromedp.Click(chromedp.CSS("[data-offer-yes]")))
	b.open("/programma/")
	if got := b.plan(); got != want {
		t.Errorf("the colleague's plan:\n%s\nwant:\n%s", got, want)
	}
}

// TestMarketRoomsFromThreeLibraries: three libraries plan in Chromium and
// hand in a JSON file, a CSV and a mail; the werkboek command counts the
// rooms per round.
func TestMarketRoomsFromThreeLibraries(t *testing.T) {
	t.Parallel()
	inbox := t.TempDir()
	bin := buildWerkboek(t, t.TempDir())

	haarlem := browser(t)
	haarlem.planMarket("11:00", "jeugd-en-onderwijs", "11:35", "persoonlijke-ontwikkeling", "12:10", "bevorderen-culturele-infrastructuur", "14:00", soobGroup)
	haarlem.choose("Bibliotheek Haarlem", "jeugd-en-onderwijs/spoenk")
	haarlem.download(inbox, "[data-download=json]", "tickets.json")
	os.Rename(filepath.Join(inbox, "tickets.json"), filepath.Join(inbox, "haarlem.json"))

	zaanstad := browser(t)
	zaanstad.planMarket("11:00", "jeugd-en-onderwijs", "11:35", "participatie-en-zelfredzaamheid", "12:10", "persoonlijke-ontwikkeling")
	zaanstad.choose("Bibliotheek Zaanstad", "persoonlijke-ontwikkeling/leesbevordering")
	zaanstad.download(inbox, "[data-download=csv]", "tickets.csv")
	os.Rename(filepath.Join(inbox, "tickets.csv"), filepath.Join(inbox, "zaanstad.csv"))

	delft := browser(t)
	delft.planMarket("11:00", "participatie-en-zelfredzaamheid", "11:35", "verandering-en-verbreding-klassieke-bibliotheek", "14:00", soobGroup)
	delft.choose("Bibliotheek Delft", "jeugd-en-onderwijs/spoenk")
	delft.saveMail(filepath.Join(inbox, "delft.eml"), time.Now())

	out := filepath.Join(t.TempDir(), "telling")
	cmd := exec.Command(bin, "tickets", "tel", "-s", repo, "-d", out, inbox)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("tickets tel: %v\n%s%s", err, stdout.String(), stderr.String())
	}
	if stderr.Len() != 0 || !strings.Contains(stdout.String(), "3 Bibliotheken met samen 3 tickets") || !strings.Contains(stdout.String(), "zalen-per-ronde.csv") {
		t.Errorf("tickets tel:\n%s%s", stdout.String(), stderr.String())
	}
	rooms, err := os.ReadFile(filepath.Join(out, "zalen-per-ronde.csv"))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, row := range strings.Split(string(rooms), "\r\n")[1:] {
		if f := strings.Split(row, ";"); len(f) == 9 {
			got[f[0]+" "+f[4]] = f[5] + " " + f[8]
		}
	}
	for room, want := range map[string]string{
		"11:00 Vergaderzaal 1": "2 Bibliotheek Haarlem, Bibliotheek Zaanstad",
		"11:00 Vergaderzaal 3": "1 Bibliotheek Delft",
		"11:00 Vide":           "0 ",
		"11:35 Vergaderzaal 2": "1 Bibliotheek Haarlem",
		"11:35 Vergaderzaal 3": "1 Bibliotheek Zaanstad",
		"11:35 Atelier":        "1 Bibliotheek Delft",
		"12:10 Vergaderzaal 2": "1 Bibliotheek Zaanstad",
		"12:10 Vide":           "1 Bibliotheek Haarlem",
		"14:00 Vergaderzaal 3": "2 Bibliotheek Delft, Bibliotheek Haarlem",
		"14:00 Vergaderzaal 1": "0 ",
	} {
		if got[room] != want {
			t.Errorf("%s: %q, want %q", room, got[room], want)
		}
	}
	if len(got) != 18 {
		t.Errorf("%d rows in zalen-per-ronde.csv, want 18:\n%s", len(got), rooms)
	}
	haarlem.do(chromedp.Navigate("file://"+filepath.Join(out, "overzicht.html")), chromedp.WaitReady(chromedp.CSS("body")))
	if n := eval[int](haarlem, `document.querySelectorAll(".telling-zalen tbody tr").length`); n != 18 {
		t.Errorf("the overview's rooms table has %d rows, want 18", n)
	}
	if row := eval[string](haarlem, `document.querySelector(".telling-zalen tbody tr").textContent`); row != "Jeugd & onderwijsVergaderzaal 12—Bibliotheek Haarlem, Bibliotheek Zaanstad" {
		t.Errorf("first row of the rooms in the overview: %q", row)
	}

	// After the day: the count in the content, the rooms on /deelnemers/.
	dir := testsite.Copy(t, "content")
	cmd = exec.Command(bin, "tickets", "tel", inbox, "--inhoud", "content", "-d", filepath.Join(dir, "telling"))
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tickets tel --inhoud: %v\n%s", err, out)
	}
	deelnemers, _ := os.ReadFile(filepath.Join(dir, "content", "deelnemers.json"))
	if !strings.Contains(string(deelnemers), "\"zalen\": {\n    \"11:00 jeugd-en-onderwijs\": [\n      \"Bibliotheek Haarlem\",\n      \"Bibliotheek Zaanstad\"\n    ],") {
		t.Errorf("deelnemers.json without the rooms:\n%s", deelnemers)
	}
	out = filepath.Join(dir, "public")
	if _, err := site.Build(site.Options{SiteDir: repo, ContentDir: filepath.Join(dir, "content"), OutDir: out}); err != nil {
		t.Fatal(err)
	}
	checkLinks(t, out)
	after := browser(t)
	after.site = serveDir(t, out, "")
	after.open("/deelnemers/")
	rows := eval[string](after, `[...document.querySelectorAll(".participants-rooms tbody tr")].map(tr => [...tr.cells].map(c => c.textContent).join(" | ")).join("\n")`)
	for _, want := range []string{
		"Jeugd & onderwijsVergaderzaal 1 | 2 | Bibliotheek Haarlem, Bibliotheek Zaanstad",
		"Participatie & zelfredzaamheidVergaderzaal 3 | 1 | Bibliotheek Delft",
		"100 procent actief bereik onder jongeren tot 18 jaar (SOOB)Vergaderzaal 3 | 2 | Bibliotheek Delft, Bibliotheek Haarlem",
	} {
		if !strings.Contains(rows, want) {
			t.Errorf("/deelnemers/ lacks the row %q:\n%s", want, rows)
		}
	}
	if n := strings.Count(rows, "\n") + 1; n != 18 {
		t.Errorf("/deelnemers/ shows %d rooms, want 18", n)
	}
}

// TestMarketPlanCloses: from the moment the tickets close (closes in
// tickets.md), the plan on the programme page is closed too: by the
// browser's clock, even on a page built before that moment.
func TestMarketPlanCloses(t *testing.T) {
	t.Parallel()
	closesAt, _ := dutch.At(time.Date(2030, 9, 19, 0, 0, 0, 0, time.UTC), 17, 0)
	built := closesAt.Add(-time.Hour)
	out := buildClosing(t, closesAt, built)
	address := serveDir(t, out, "")
	for _, tc := range []struct {
		name   string
		at     time.Time
		closed bool
	}{{"before", built, false}, {"after", closesAt.Add(time.Minute), true}} {
		b := browser(t)
		b.site = address
		b.setClock(tc.at)
		b.open("/programma/")
		b.waitFor(`document.readyState === "complete"`)
		if got := eval[bool](b, `document.querySelector('`+radio("11:00", "jeugd-en-onderwijs")+`').disabled`); got != tc.closed {
			t.Errorf("%s the moment: the plan's options disabled = %v", tc.name, got)
		}
		b.do(chromedp.Click(chromedp.CSS(`.markt [data-ronde="11:00"] label`)))
		planned := eval[bool](b, `!!document.querySelector('.markt [data-ronde="11:00"] input:checked')`)
		if planned == tc.closed {
			t.Errorf("%s the moment: a click planned a visit = %v", tc.name, planned)
		}
	}
}
