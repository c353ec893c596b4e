// Command benchhugo builds the same synthetic workbook with werkboek and
// with Hugo, alternating runs, and prints the median wall time and peak
// memory of each and their ratio. It is the reproducible source of the
// figures in the README's "Prestaties" section.
//
//	go run ./cmd/benchhugo -n 21,1000,10000 -runs 5
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
	runs := flag.Int("runs", 5, "metingen per programma en aantal")
	flag.Parse()

	work, err := os.MkdirTemp("", "benchhugo-")
	check(err)
	defer os.RemoveAll(work)
	werkboek := filepath.Join(work, "werkboek")
	build := exec.Command("go", "build", "-o", werkboek, "./cmd/werkboek")
	build.Stderr = os.Stderr
	check(build.Run())
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
		content := filepath.Join(work, fmt.Sprintf("c%d", n))
		site := filepath.Join(work, fmt.Sprintf("h%d", n))
		check(corpus.Write(content, n, 1))
		check(corpus.WriteHugo(site, n, 1))
		var wb, hg []sample
		out := filepath.Join(work, "out")
		for i := 0; i < *runs; i++ { // alternate, so both see the same machine
			// Cold builds into an empty destination, for both.
			os.RemoveAll(out)
			wb = append(wb, measure(werkboek, "build", "-s", ".", "--content", content, "-d", out))
			if hugo != "" {
				os.RemoveAll(filepath.Join(site, "public"))
				hg = append(hg, measure(hugo, "--quiet", "-s", site))
			}
		}
		w := median(wb)
		walls[n] = w.wall
		fmt.Printf("%-8d %-10s %10.3f s %13s\n", n, "werkboek", w.wall.Seconds(), mib(w.rss))
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
			if target, ok := ratioTargets[n]; ok {
				verdicts = append(verdicts, verdict(fmt.Sprintf("%d kaarten: %.2f × de tijd van Hugo", n, ratio), ratio, target, "×"))
			}
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

// ratioTargets are the most werkboek may take of Hugo's time, per number
// of cards.
var ratioTargets = map[int]float64{21: 0.35, 1000: 0.4, 10000: 0.3}

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
