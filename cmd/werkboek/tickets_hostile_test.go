package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// libraryJSON is a returned JSON of one library choosing the projects ids
// (Spoenk when none are given), changed at when.
func libraryJSON(name, when string, ids ...string) string {
	if len(ids) == 0 {
		ids = []string{"jeugd-en-onderwijs/spoenk"}
	}
	var ts []string
	for i, id := range ids {
		ts = append(ts, fmt.Sprintf(`{"ticket":%d,"id":%q}`, i+1, id))
	}
	n, _ := json.Marshal(name)
	return fmt.Sprintf(`{"formaat":"werkboek-tickets 1","editie":"2017","bibliotheek":%s,"gewijzigd":%q,"tickets":[%s]}`, n, when, strings.Join(ts, ","))
}

// hostileCase is one thing a careless or hostile library, or a slip of
// the organiser, does to a count.
type hostileCase struct {
	name  string
	setup func(t *testing.T, dir string) // writes the files, and maybe an earlier count
	args  []string                       // after "tickets tel --content …", run in dir
	code  int
	say   []string // parts of stderr
	// kept: the output folder (and the inbox) must be byte for byte as
	// before the run; else counted names the libraries the count lists.
	kept    bool
	counted []string
}

const (
	day1 = "2016-09-19T10:00:00Z"
	day2 = "2016-09-20T10:00:00Z"
)

// earlierCount counts inbox/ into tickets-telling/ first.
func earlierCount(t *testing.T, dir string) {
	t.Helper()
	write(t, dir, "inbox/haarlem.json", libraryJSON("Bibliotheek Haarlem", day1))
	if code, _, stderr := werkboekIn(t, dir, "tickets", "tel", "--content", contentDir(t), "inbox"); code != 0 {
		t.Fatalf("the earlier count failed: %s", stderr)
	}
}

// tenMB is the size of the large files: just under the limit of 10 MB.
const tenMB = 10<<20 - 64

var hostileCases = []hostileCase{
	{name: "a typo after a good count", setup: earlierCount, args: []string{"inbx/"}, code: 2,
		say: []string{"inbx/ bestaat niet; controleer de naam (bedoelt u inbox?)", "er is niets gelezen en niets geschreven"}, kept: true},
	{name: "a missing file beside a good folder", setup: earlierCount, args: []string{"inbox", "laat.json"}, code: 2,
		say: []string{"laat.json bestaat niet"}, kept: true},
	{name: "the output folder holds the inbox", setup: func(t *testing.T, dir string) {
		earlierCount(t, dir)
		os.Rename(filepath.Join(dir, "inbox"), filepath.Join(dir, "tickets-telling", "inbox"))
		write(t, dir, "tickets-telling/notities.txt", "Leiden belt nog.\n")
	}, args: []string{"tickets-telling/inbox", "-d", "tickets-telling"}, code: 2,
		say: []string{"de uitvoermap tickets-telling bevat tickets-telling/inbox, dat u telt"}, kept: true},
	{name: "an earlier count named as the inbox", setup: func(t *testing.T, dir string) {
		earlierCount(t, dir)
		write(t, dir, "tickets-telling/laat.json", libraryJSON("Bibliotheek Leiden", day1))
	}, args: []string{"tickets-telling"}, code: 2,
		say: []string{"tickets-telling is de uitvoer van een eerdere telling", "(laat.json) wordt niet geteld"}, kept: true},
	{name: "the inbox as output folder", setup: earlierCount, args: []string{"inbox", "-d", "inbox"}, code: 2,
		say: []string{"de uitvoermap inbox is zelf wat u telt"}, kept: true},
	{name: "an output folder of one's own", setup: func(t *testing.T, dir string) {
		earlierCount(t, dir)
		write(t, dir, "mijn/brief.txt", "belangrijk\n")
	}, args: []string{"inbox", "-d", "mijn"}, code: 2, say: []string{"de map mijn bestaat al en is niet door werkboek tickets tel gemaakt"}, kept: true},
	{name: "10 MB of empty tickets", setup: func(t *testing.T, dir string) {
		write(t, dir, "inbox/a.json", libraryJSON("Bibliotheek Haarlem", day1))
		writeRepeated(t, dir, "inbox/groot.json", `{"bibliotheek":"Bibliotheek Groot","tickets":[`, "{},", tenMB/3, `{}]}`)
	}, args: []string{"inbox"}, code: 1, say: []string{"inbox/groot.json:1: 3.495.233 tickets, en er mogen er hoogstens 3 zijn", "… en nog 998 fouten in dit bestand; de 3.494.233 tickets na de 1.000ste zijn niet gecontroleerd"},
		counted: []string{"Bibliotheek Haarlem"}},
	{name: "a CSV of 200 MB", setup: func(t *testing.T, dir string) {
		write(t, dir, "inbox/a.json", libraryJSON("Bibliotheek Haarlem", day1))
		write(t, dir, "inbox/groot.csv", "Ticket;Onderwerp;Bibliotheek;Id\n")
		os.Truncate(filepath.Join(dir, "inbox", "groot.csv"), 200<<20)
	}, args: []string{"inbox"}, code: 1, say: []string{"inbox/groot.csv: is 200 MB, meer dan de 10 MB die een teruggestuurd bestand hoogstens mag zijn"},
		counted: []string{"Bibliotheek Haarlem"}},
	{name: "10 MB of CSV lines with an unknown project", setup: func(t *testing.T, dir string) {
		write(t, dir, "inbox/a.json", libraryJSON("Bibliotheek Haarlem", day1))
		line := "1;x;Bibliotheek Groot;onbekend/project\n"
		writeRepeated(t, dir, "inbox/groot.csv", "Ticket;Onderwerp;Bibliotheek;Id\n", line, tenMB/len(line), "")
	}, args: []string{"inbox"}, code: 1, say: []string{"inbox/groot.csv:2: het project \"onbekend/project\" bestaat niet", "… en nog"},
		counted: []string{"Bibliotheek Haarlem"}},
	{name: "a FIFO x.json", setup: func(t *testing.T, dir string) {
		write(t, dir, "inbox/a.json", libraryJSON("Bibliotheek Haarlem", day1))
		if err := mkfifo(filepath.Join(dir, "inbox", "x.json")); err != nil {
			t.Skip(err)
		}
	}, args: []string{"inbox"}, code: 1, say: []string{"inbox/x.json: is een FIFO (named pipe), geen bestand; werkboek leest alleen gewone bestanden"},
		counted: []string{"Bibliotheek Haarlem"}},
	{name: "a link nul.json to /dev/zero", setup: func(t *testing.T, dir string) {
		write(t, dir, "inbox/a.json", libraryJSON("Bibliotheek Haarlem", day1))
		if _, err := os.Stat("/dev/zero"); err != nil {
			t.Skip("no /dev/zero")
		}
		os.Symlink("/dev/zero", filepath.Join(dir, "inbox", "nul.json"))
	}, args: []string{"inbox"}, code: 1, say: []string{"inbox/nul.json: is een link naar /dev/zero, en dat is een apparaat, geen bestand"},
		counted: []string{"Bibliotheek Haarlem"}},
	{name: "10 MB of quoted-printable in one soft-broken line", setup: func(t *testing.T, dir string) {
		write(t, dir, "inbox/a.json", libraryJSON("Bibliotheek Haarlem", day1))
		writeRepeated(t, dir, "inbox/qp.eml", "From: a@b.nl\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n",
			strings.Repeat("=3D", 25)+"=\r\n", (tenMB-200)/78, "\r\n")
	}, args: []string{"inbox"}, code: 1, say: []string{"inbox/qp.eml:5: geen tickets gevonden"}, counted: []string{"Bibliotheek Haarlem"}},
	{name: "10 MB of line ends", setup: func(t *testing.T, dir string) {
		write(t, dir, "inbox/a.json", libraryJSON("Bibliotheek Haarlem", day1))
		writeRepeated(t, dir, "inbox/leeg.eml", "", "\n", tenMB, "")
	}, args: []string{"inbox"}, code: 1, say: []string{"inbox/leeg.eml: heeft 10.485.696 regels, meer dan de 200.000 die een mail hoogstens mag hebben"},
		counted: []string{"Bibliotheek Haarlem"}},
	{name: "names and a file name that are formulas", setup: func(t *testing.T, dir string) {
		for i, name := range []string{`=HYPERLINK("http://voorbeeld.nl";"klik")`, "+31 Bibliotheek", "-Bibliotheek Min", "@Bibliotheek", "\t=1+1 Bibliotheek", "\r=2+2 Bibliotheek"} {
			write(t, dir, fmt.Sprintf("%d.json", i), libraryJSON(name, day1))
		}
		write(t, dir, "=HYPERLINK(1).json", libraryJSON("Bibliotheek Pad", day1))
	}, args: []string{"."}, code: 0,
		counted: []string{"=1+1 Bibliotheek", "=2+2 Bibliotheek", "=HYPERLINK(\"http://voorbeeld.nl\";\"klik\")", "-Bibliotheek Min", "@Bibliotheek", "+31 Bibliotheek", "Bibliotheek Pad"}},
	{name: "escape sequences, a new line, NUL and a bidi override", setup: func(t *testing.T, dir string) {
		write(t, dir, "inbox/a.json", libraryJSON("Bieb\x1b[1A\x1b[2K\x1b[31mGOED", day1, "bestaat/niet"))
		write(t, dir, "inbox/b.json", libraryJSON("Bieb\ninbox/ok.json: alles in orde, geteld", day1, "bestaat/niet"))
		write(t, dir, "inbox/c.json", libraryJSON("Nul\x00Bibliotheek", day1))
		write(t, dir, "inbox/d.json", libraryJSON("Bidi \u202egnilleT", day1))
		write(t, dir, "inbox/e\x1b[2K.json", "{")
	}, args: []string{"inbox"}, code: 1, say: []string{`inbox/e\x1b[2K.json:1: het bestand houdt halverwege op`, `geweigerd; Bieb\ninbox/ok.json: alles in orde, geteld telt daarom niet mee`},
		counted: []string{`Bidi \u202egnilleT`, `Nul\x00Bibliotheek`}},
	{name: "one library in two spellings", setup: func(t *testing.T, dir string) {
		cp1252, _ := charmap.Windows1252.NewEncoder().String(libraryJSON("Bibliotheek Café", day2, "persoonlijke-ontwikkeling/leesbevordering"))
		for name, data := range map[string]string{
			"a.json": libraryJSON("Bibliotheek Café", day1), "b.json": cp1252,
			"c.json": libraryJSON("Bibliotheek Haarlem", day1), "d.json": libraryJSON("Bibliotheek Haar\u00adlem", day2),
			"e.json": libraryJSON("Ｂｉｂｌｉｏｔｈｅｅｋ Ｄｅｌｆｔ", day1), "f.json": libraryJSON("Bibliotheek Delft", day2),
			"g.json": libraryJSON("Bibliotheek \ufb01ction", day1), "h.json": libraryJSON("Bibliotheek fiction", day2),
			"i.json": libraryJSON("Bibliotheek Zand\u200bvoort", day1), "j.json": libraryJSON("bibliotheek  ZANDVOORT", day2),
		} {
			write(t, dir, "inbox/"+name, data)
		}
	}, args: []string{"inbox"}, code: 0, say: []string{"inbox/a.json: waarschuwing: vervangen door inbox/b.json"},
		counted: []string{"Bibliotheek Café", "Bibliotheek Delft", "Bibliotheek fiction", "Bibliotheek Haar\u00adlem", "bibliotheek  ZANDVOORT"}},
	{name: "names without a letter or digit", setup: func(t *testing.T, dir string) {
		write(t, dir, "inbox/a.json", libraryJSON("📚", day1))
		write(t, dir, "inbox/b.json", libraryJSON("---", day2, "persoonlijke-ontwikkeling/leesbevordering"))
		write(t, dir, "inbox/c.json", libraryJSON("Bibliotheek Haarlem", day1))
	}, args: []string{"inbox"}, code: 1, say: []string{`inbox/a.json:1: de naam van de Bibliotheek ("📚") heeft geen letter of cijfer`, `inbox/b.json:1: de naam van de Bibliotheek ("---") heeft geen letter of cijfer`},
		counted: []string{"Bibliotheek Haarlem"}},
}

// TestTicketsHostileInput runs the built binary on each case and checks
// its exit code and messages; that the output folder is untouched after
// a usage error, or else lists the libraries it should; that no CSV cell
// is a formula or holds a control character; that stderr has no control
// character and no more than a few lines per file; and that the run stays
// within a time and a memory bound (generous: each takes well under a
// second and 100 MB here, and took minutes and gigabytes before).
func TestTicketsHostileInput(t *testing.T) {
	if testing.Short() {
		t.Skip("writes files of 10 MB")
	}
	for _, tt := range hostileCases {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			tt.setup(t, dir)
			before := snapshot(t, dir)
			args := append([]string{"tickets", "tel", "--content", contentDir(t)}, tt.args...)
			run := runBounded(t, dir, args...)
			if run.code != tt.code {
				t.Errorf("exit %d, want %d\n%s%s", run.code, tt.code, run.stdout, run.stderr)
			}
			for _, want := range tt.say {
				if !strings.Contains(run.stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, run.stderr)
				}
			}
			if i := strings.IndexFunc(run.stderr, func(r rune) bool { return r < 0x20 && r != '\n' || r == 0x7f || r >= 0x202a && r <= 0x202e }); i >= 0 {
				t.Errorf("stderr holds the control character %q:\n%q", run.stderr[i], run.stderr)
			}
			for _, l := range strings.Split(run.stderr, "\n") {
				if strings.HasPrefix(l, "inbox/ok.json") {
					t.Errorf("a forged line: %q", l)
				}
			}
			if n := strings.Count(run.stderr, "\n"); n > 8*max(1, strings.Count(run.stderr, "geweigerd")) {
				t.Errorf("%d lines on stderr", n)
			}
			if run.wall > 30*time.Second {
				t.Errorf("took %s", run.wall)
			}
			if run.maxRSS > 400<<20 {
				t.Errorf("used %d MB of memory", run.maxRSS>>20)
			}
			t.Logf("%s, %d MB (max RSS; 0 where the system does not say)", run.wall.Round(time.Millisecond), run.maxRSS>>20)
			after := snapshot(t, dir)
			if tt.kept {
				if !maps(before, after) {
					t.Errorf("the folder changed:\nbefore %v\nafter  %v", keys(before), keys(after))
				}
				return
			}
			checkCSVs(t, filepath.Join(dir, "tickets-telling"))
			perLibrary, err := readCSV(filepath.Join(dir, "tickets-telling", "tickets-per-bibliotheek.csv"))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, row := range perLibrary[1:] {
				got = append(got, strings.TrimPrefix(row[0], "'"))
			}
			if slices.Sort(got); !slices.Equal(got, sorted(tt.counted)) {
				t.Errorf("libraries counted: %q, want %q", got, sorted(tt.counted))
			}
		})
	}
}
