// Command werkboek builds the ProBiblio workbook: a website and a printable
// edition from Markdown project cards. Run "werkboek -h" for its commands.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/probiblio/werkboek/generator/content"
)

// version is set at link time with -ldflags "-X main.version=…".
var version = "ontwikkelversie"

// Exit codes.
const (
	exitOK      = 0
	exitContent = 1 // content errors or a failed build
	exitUsage   = 2 // wrong command line
)

const usage = `werkboek maakt van Markdown-projectkaarten een website en een werkboek om af te drukken.

Gebruik:
  werkboek <opdracht> [opties]

Opdrachten:
  build     bouw de site in de uitvoermap (standaard public/)
  check     controleer de inhoud en meld fouten, zonder iets te schrijven
  serve     toon de site op http://127.0.0.1:1313/ en werk hem bij bij elke wijziging
  watch     houd de uitvoermap bij: bouw opnieuw bij elke wijziging
  new card  maak een nieuwe kaart: werkboek new card MAP "Titel"
  help inhoud
            toon hoe u de inhoud schrijft: bestanden, sleutels, koppen, links, afbeeldingen
  version   toon de versie

Gebruik "werkboek <opdracht> -h" voor de opties van een opdracht.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes one command line and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "help":
		return cmdHelp(args[1:], stdout, stderr)
	case "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	case "build":
		return cmdBuild(args[1:], stdout, stderr, false)
	case "check":
		return cmdBuild(args[1:], stdout, stderr, true)
	case "new":
		return cmdNew(args[1:], stdout, stderr)
	case "serve", "server":
		return cmdServe(args[1:], stdout, stderr)
	case "watch":
		return cmdWatch(args[1:], stdout, stderr)
	case "version", "-version", "--version":
		fmt.Fprintf(stdout, "werkboek %s\n", version)
		return exitOK
	}
	fmt.Fprintf(stderr, "werkboek: onbekende opdracht %q\n\n%s", args[0], usage)
	return exitUsage
}

// cmdHelp prints the usage, or with "inhoud" the content reference.
func cmdHelp(args []string, stdout, stderr io.Writer) int {
	switch {
	case len(args) == 0:
		fmt.Fprint(stdout, usage)
		return exitOK
	case len(args) == 1 && args[0] == "inhoud":
		fmt.Fprint(stdout, content.Reference)
		return exitOK
	}
	fmt.Fprintf(stderr, "werkboek help: onbekend onderwerp %q; probeer werkboek help inhoud\n", strings.Join(args, " "))
	return exitUsage
}

// parseFlags parses a command's flags; it returns the exit code to use when
// parsing ends the command (help or a usage error).
func parseFlags(fs *flag.FlagSet, args []string, stderr io.Writer, help string) (int, bool) {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stderr, help)
		printDefaults(fs, stderr)
		return exitOK, false
	case err != nil:
		fmt.Fprintf(stderr, "werkboek %s: %s\n\n%s", fs.Name(), dutchFlagError(err), help)
		printDefaults(fs, stderr)
		return exitUsage, false
	}
	return 0, true
}

func printDefaults(fs *flag.FlagSet, w io.Writer) {
	fmt.Fprintln(w, "\nOpties:")
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

// dutchFlagError translates the flag package's English messages.
func dutchFlagError(err error) string {
	msg := err.Error()
	var name string
	switch {
	case scan(msg, "flag provided but not defined: -%s", &name):
		return "onbekende optie -" + name
	case scan(msg, "flag needs an argument: -%s", &name):
		return "optie -" + name + " heeft een waarde nodig"
	}
	// "invalid value %q for flag -%s: %v": the value's own Dutch message.
	if _, rest, ok := strings.Cut(msg, " for flag -"); ok && strings.HasPrefix(msg, "invalid value ") {
		if flagName, why, ok := strings.Cut(rest, ": "); ok {
			return "--" + flagName + ": " + why
		}
	}
	return msg
}

func scan(s, format string, name *string) bool {
	n, _ := fmt.Sscanf(s, format, name)
	return n == 1
}
