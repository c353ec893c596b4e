// Command benchhugo builds the same synthetic workbook with werkboek and
// with Hugo, alternating runs, and prints the median wall time and peak
// memory of each and their ratio. In the same runs it measures the floor:
// werkboek's own output, built once and held in memory, written into a
// new folder by a plain program with two writers, which is what any
// generator of that site must pay on this disk. It prints werkboek's
// ratio to Hugo and to the floor and whether the targets are met, and is
// the reproducible source of the figures in the README's "Prestaties"
// section.
//
//	go run ./cmd/benchhugo -n 21,1000,10000 -runs 5
//
// At 10,000 cards it also measures, from outside, how long an editor's
// save takes to be served by "werkboek serve --wacht 10ms" (-bewaar).
// With -vergelijk REF an earlier version of werkboek, built from the git
// reference REF, is measured in the same alternating runs: before and
// after in one run.
//
// Hugo is looked up on $PATH or in $(go env GOPATH)/bin; install it with
// "go install github.com/gohugoio/hugo@v0.158.0". Without Hugo only
// werkboek is measured.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/probiblio/werkboek/generator/corpus"
)

type sample struct {
	wall time.Duration
	rss  int64 // peak resident set, KiB; 0 where the system does not say
}

func main() {
	sizes := flag.String("n", "21,1000,10000", "aantallen kaarten, met komma's")
	runs := flag.Int("runs", 5, "metingen per programma en aantal (0: alleen opslaan → getoond)")
	saves := flag.Int("bewaar", 20, "bewerkingen van een kaart bij 10000 kaarten, gemeten van opslaan tot getoond in serve --wacht 10ms (0: niet meten)")
	before := flag.String("vergelijk", "", "een eerdere versie van werkboek (git-referentie, bijvoorbeeld main) om in dezelfde metingen mee te nemen")
	flag.Parse()

	work, err := os.MkdirTemp("", "benchhugo-")
	check(err)
	defer os.RemoveAll(work)
	progs := []program{{"werkboek", filepath.Join(work, "werkboek")}}
	check(goBuild(".", progs[0].path))
	if *before != "" {
		progs = append(progs, program{"vorige", filepath.Join(work, "vorige")})
		check(buildRef(*before, filepath.Join(work, "src-vorige"), progs[1].path))
	}
	hugo := findHugo()
	if hugo == "" {
		fmt.Println("Hugo niet gevonden: alleen werkboek wordt gemeten (installeer met: go install github.com/gohugoio/hugo@v0.158.0)")
	}

	fmt.Printf("%-8s %-10s %12s %12s\n", "kaarten", "programma", "mediaan", "piek-RSS")
	walls := map[int]time.Duration{}
	var verdicts []string
	for _, field := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(field))
		check(err)
		verdicts = append(verdicts, measureSize(work, progs, hugo, n, *runs, walls)...)
		if n == 10000 && *saves > 0 {
			verdicts = append(verdicts, measureSaves(work, progs, n, *saves)...)
		}
	}
	if a, b := walls[1000], walls[10000]; a > 0 && b > 0 {
		verdicts = append(verdicts, verdict(fmt.Sprintf("groei 1000 → 10000 kaarten: %.1f ×", b.Seconds()/a.Seconds()), b.Seconds()/a.Seconds(), 10, "×"))
	}
	if len(verdicts) > 0 {
		fmt.Println("\nDoelen:")
		for _, v := range verdicts {
			fmt.Println("  " + v)
		}
	}
}

// program is a werkboek binary being measured: this one, or an earlier
// version built for comparison.
type program struct{ name, path string }

// measureSize builds n synthetic cards runs times with each werkboek, with
// Hugo and with the floor (werkboek's own output written by a plain
// program), alternating, prints the medians and ratios, records
// werkboek's median in walls and returns the verdicts on the targets.
func measureSize(work string, progs []program, hugo string, n, runs int, walls map[int]time.Duration) []string {
	content := filepath.Join(work, fmt.Sprintf("c%d", n))
	site := filepath.Join(work, fmt.Sprintf("h%d", n))
	check(corpus.Write(content, n, 1))
	check(corpus.WriteHugo(site, n, 1))
	if runs < 1 {
		return nil
	}
	// Every run writes into a folder of its own and nothing is removed
	// until the end. This disk (ext4 without a journal) skips inodes
	// freed in the last minute when it makes new ones, at a cost that
	// grows with how many were freed: removing the last run's 22,000
	// files and folders just before a build made that build pay for them
	// (up to half its time), more for whoever came right after the
	// removal.
	fresh := 0
	next := func(what string) string {
		fresh++
		return filepath.Join(work, fmt.Sprintf("uit-%d-%s-%d", n, what, fresh))
	}
	// The floor writes what werkboek writes: build once, hold the tree.
	first := next("eerste")
	measure(progs[0].path, "build", "-s", ".", "--content", content, "-d", first)
	t, err := readTree(first)
	check(err)
	wb := make([][]sample, len(progs))
	var hg, fl []sample
	for i := 0; i < runs; i++ { // alternate, so all see the same machine
		// Cold builds into an empty destination, for each; the werkboek
		// versions take turns at going first, so neither always follows
		// the floor's writes.
		for k := range progs {
			j := k
			if i%2 == 1 {
				j = len(progs) - 1 - k
			}
			wb[j] = append(wb[j], measure(progs[j].path, "build", "-s", ".", "--content", content, "-d", next(progs[j].name)))
		}
		if hugo != "" {
			hg = append(hg, measure(hugo, "--quiet", "-s", site, "-d", next("hugo")))
		}
		syncDisks()
		wall, err := t.write(next("vloer"))
		check(err)
		fl = append(fl, sample{wall: wall})
	}
	var verdicts []string
	w := median(wb[0])
	walls[n] = w.wall
	for j, p := range progs {
		m := median(wb[j])
		fmt.Printf("%-8d %-10s %10.3f s %13s\n", n, p.name, m.wall.Seconds(), mib(m.rss))
	}
	if len(progs) > 1 {
		v := median(wb[1])
		fmt.Printf("%-8d %-10s %10.2f × tijd (werkboek / vorige)\n", n, "verhouding", w.wall.Seconds()/v.wall.Seconds())
	}
	if n == 10000 && w.rss > 0 {
		verdicts = append(verdicts, verdict(fmt.Sprintf("10000 kaarten: piek-RSS %d MiB", w.rss/1024), float64(w.rss)/1024, 150, "MiB"))
	}
	if hugo != "" {
		h := median(hg)
		ratio := w.wall.Seconds() / h.wall.Seconds()
		fmt.Printf("%-8d %-10s %10.3f s %13s\n", n, "hugo", h.wall.Seconds(), mib(h.rss))
		if h.rss > 0 {
			fmt.Printf("%-8d %-10s %10.2f × tijd %6.2f × geheugen (werkboek / Hugo)\n", n, "verhouding", ratio, float64(w.rss)/float64(h.rss))
		} else {
			fmt.Printf("%-8d %-10s %10.2f × tijd (werkboek / Hugo)\n", n, "verhouding", ratio)
		}
		if target, ok := hugoTargets[n]; ok {
			verdicts = append(verdicts, verdict(fmt.Sprintf("%d kaarten: %.2f × de tijd van Hugo", n, ratio), ratio, target, "×"))
		}
	}
	f := median(fl)
	files, dirs := t.count()
	ratio := w.wall.Seconds() / f.wall.Seconds()
	fmt.Printf("%-8d %-10s %10.3f s %13s (%d bestanden, %d mappen, %.0f MB, %d schrijvers)\n", n, "vloer", f.wall.Seconds(), "–", files, dirs, float64(t.bytes)/1e6, writers)
	fmt.Printf("%-8d %-10s %10.2f × tijd (werkboek / vloer)\n", n, "verhouding", ratio)
	if target, ok := floorTargets[n]; ok {
		verdicts = append(verdicts, verdict(fmt.Sprintf("%d kaarten: %.2f × de vloer", n, ratio), ratio, target, "×"))
	}
	return verdicts
}

// measureSaves measures save → served on the n-card workbook written by
// measureSize, with each werkboek in turn, half the saves at a time, and
// prints the median and the slowest.
func measureSaves(work string, progs []program, n, saves int) []string {
	content := filepath.Join(work, fmt.Sprintf("c%d", n))
	// The cold builds' writes are still going to disk: flush them, so
	// the saves are not timed against that.
	syncDisks()
	times := make([][]time.Duration, len(progs))
	for round := range 2 {
		for j, p := range progs {
			t, err := saveTimes(p.path, content, (saves+1-round)/2)
			check(err)
			times[j] = append(times[j], t...)
		}
	}
	var verdicts []string
	for j, p := range progs {
		slices.Sort(times[j])
		med, slowest := times[j][len(times[j])/2], times[j][len(times[j])-1]
		fmt.Printf("%-8d %-10s %10.1f ms mediaan, %.1f ms hoogstens: opslaan → getoond (serve --wacht 10ms, %d keer)\n",
			n, p.name, ms(med), ms(slowest), len(times[j]))
		if j == 0 {
			verdicts = append(verdicts, verdict(fmt.Sprintf("%d kaarten: opslaan → getoond %.0f ms", n, ms(med)), ms(med), 40, "ms"))
		}
	}
	return verdicts
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// hugoTargets are the most werkboek may take of Hugo's time, per number
// of cards.
var hugoTargets = map[int]float64{21: 0.5, 1000: 0.6, 10000: 0.6}

// floorTargets are the most werkboek may take of the floor's time: the
// time a plain program needs to write the same files.
var floorTargets = map[int]float64{10000: 2.5}

// verdict says whether a measured value is within its target.
func verdict(what string, value, limit float64, unit string) string {
	if value <= limit {
		return fmt.Sprintf("gehaald:      %s (doel ≤ %g %s)", what, limit, unit)
	}
	return fmt.Sprintf("niet gehaald: %s (doel ≤ %g %s, %.0f %% te veel)", what, limit, unit, 100*(value/limit-1))
}

// measure runs a command once, from the repository root, and returns its
// wall time and peak resident memory.
func measure(name string, args ...string) sample {
	// Flush the previous run's writes first, so neither program pays for
	// the other's dirty pages.
	syncDisks()
	cmd := exec.Command(name, args...)
	cmd.Stderr = os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		fmt.Fprintf(os.Stderr, "benchhugo: %s %v: %v\n", name, args, err)
		os.Exit(1)
	}
	wall := time.Since(start)
	return sample{wall, peakRSS(cmd.ProcessState)}
}

// mib formats a peak memory in KiB as MiB, or says it is not known.
func mib(kib int64) string {
	if kib == 0 {
		return "onbekend"
	}
	return fmt.Sprintf("%d MiB", kib/1024)
}

func median(s []sample) sample {
	slices.SortFunc(s, func(a, b sample) int { return int(a.wall - b.wall) })
	m := s[len(s)/2]
	rss := make([]int64, len(s))
	for i, x := range s {
		rss[i] = x.rss
	}
	slices.Sort(rss)
	m.rss = rss[len(rss)/2]
	return m
}

func findHugo() string {
	if p, err := exec.LookPath("hugo"); err == nil {
		return p
	}
	out, err := exec.Command("go", "env", "GOPATH").Output()
	if err == nil {
		p := filepath.Join(strings.TrimSpace(string(out)), "bin", "hugo")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchhugo:", err)
		os.Exit(1)
	}
}
