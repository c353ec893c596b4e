// Command gencorpus writes a synthetic werkboek workbook of N project cards,
// for benchmarks and tests, and optionally the same cards as a Hugo site.
//
// Usage:
//
//	gencorpus -n N -o MAP [-seed S] [-hugo HUGOMAP]
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/probiblio/werkboek/generator/corpus"
)

const usage = `Gebruik: gencorpus -n AANTAL -o MAP [-seed GETAL] [-hugo MAP]

Schrijft een synthetisch werkboek met AANTAL projectkaarten naar MAP, voor
benchmarks en tests. Dezelfde AANTAL en GETAL geven altijd dezelfde bestanden.

Opties:
  -n AANTAL    aantal projectkaarten (verplicht, minstens 1)
  -o MAP       lege of nog niet bestaande map voor de inhoud (verplicht)
  -seed GETAL  startwaarde voor de toevalsgenerator (standaard 1)
  -hugo MAP    schrijf dezelfde kaarten ook als Hugo-site naar deze lege map
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes gencorpus with args and returns the exit code: 0 on success,
// 1 when writing fails and 2 on wrong usage.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	n := fs.Int("n", 0, "")
	out := fs.String("o", "", "")
	seed := fs.Int64("seed", 1, "")
	hugo := fs.String("hugo", "", "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, usage)
			return 0
		}
		return usageError(stderr, dutchFlagError(err))
	}
	switch {
	case fs.NArg() > 0:
		return usageError(stderr, fmt.Sprintf("onverwacht argument %q; gebruik opties als -n en -o", fs.Arg(0)))
	case *out == "":
		return usageError(stderr, "geef met -o de map op waarin het werkboek komt")
	case *n < 1:
		return usageError(stderr, fmt.Sprintf("-n moet minstens 1 zijn, niet %d", *n))
	}
	if err := corpus.Write(*out, *n, *seed); err != nil {
		return failure(stderr, *out, err)
	}
	line := fmt.Sprintf("%d %s geschreven naar %s", *n, kaarten(*n), *out)
	if *hugo != "" {
		if err := corpus.WriteHugo(*hugo, *n, *seed); err != nil {
			return failure(stderr, *hugo, err)
		}
		line += ", Hugo-site naar " + *hugo
	}
	fmt.Fprintln(stdout, line)
	return 0
}

// kaarten returns the Dutch noun for n cards.
func kaarten(n int) string {
	if n == 1 {
		return "kaart"
	}
	return "kaarten"
}

// usageError reports wrong usage and returns exit code 2.
func usageError(stderr io.Writer, msg string) int {
	fmt.Fprintf(stderr, "gencorpus: %s\n\n%s", msg, usage)
	return 2
}

// failure reports a failed write to dir and returns exit code 1.
func failure(stderr io.Writer, dir string, err error) int {
	if errors.Is(err, corpus.ErrNotEmpty) {
		fmt.Fprintf(stderr, "gencorpus: map %s is niet leeg; kies een lege map\n", dir)
	} else {
		fmt.Fprintf(stderr, "gencorpus: schrijven naar %s mislukt: %v\n", dir, err)
	}
	return 1
}

// dutchFlagError translates the flag package's English parse errors.
func dutchFlagError(err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return "onbekende optie " + name
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return "optie " + name + " heeft een waarde nodig"
	}
	if rest, ok := strings.CutPrefix(msg, "invalid value "); ok {
		value, flagName, _ := strings.Cut(rest, " for flag ")
		flagName, _, _ = strings.Cut(flagName, ":")
		return fmt.Sprintf("ongeldige waarde %s voor optie %s; gebruik een geheel getal", value, flagName)
	}
	return msg
}
