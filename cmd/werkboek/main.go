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

	"github.com/probiblio/werkboek/generator/syserr"
)

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
  init      begin een nieuw werkboek in een map: werkboek init MAP
  build     bouw de site in de uitvoermap (standaard public/)
  check     controleer de inhoud en meld fouten, zonder iets te schrijven
  serve     toon de site op http://127.0.0.1:1313/ en werk hem bij bij elke wijziging
  watch     houd de uitvoermap bij: bouw opnieuw bij elke wijziging
  new card  maak een nieuwe kaart: werkboek new card MAP "Titel"
  tickets   tel de teruggestuurde tickets: werkboek tickets tel BESTANDEN-OF-MAPPEN…
  help inhoud
            toon hoe u de inhoud schrijft: bestanden, sleutels, koppen, links, afbeeldingen
  help tickets
            toon het formaat van teruggestuurde tickets en hoe de telling werkt
  version   toon de versie, de revisie en de datum

Gebruik "werkboek help <opdracht>" of "werkboek <opdracht> -h" voor de
uitleg en de opties van een opdracht.
`

func main() {
	if len(os.Args) > 1 && (os.Args[1] == "build" || os.Args[1] == "check") {
		tuneGC()
	}
	os.Exit(run(os.Args[1:], safeWriter{os.Stdout}, safeWriter{os.Stderr}))
}

// run executes one command line and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "help", "-h", "-help", "--help", "version", "-version", "--version":
	default:
		if _, err := os.Getwd(); err != nil {
			fmt.Fprintf(stderr, "werkboek %s: de map waarin u werkt bestaat niet meer of kan niet worden gelezen (%s); ga naar een bestaande map (cd) en probeer het opnieuw\n", args[0], dutchError(err))
			return exitUsage
		}
	}
	switch args[0] {
	case "help":
		return cmdHelp(args[1:], stdout, stderr)
	case "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	case "init":
		return cmdInit(args[1:], stdout, stderr)
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
	case "tickets":
		return cmdTickets(args[1:], stdout, stderr)
	case "version", "-version", "--version":
		return cmdVersion(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "werkboek: onbekende opdracht %q\n\n%s", args[0], usage)
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

// printDefaults lists a command's options in Dutch: the flag package's
// own list says "default" and names types such as "duration".
func printDefaults(fs *flag.FlagSet, w io.Writer) {
	fmt.Fprintln(w, "\nOpties:")
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		switch name {
		case "string":
			name = "TEKST"
		case "duration":
			name = "DUUR"
		case "int", "uint", "float":
			name = "GETAL"
		case "value":
			name = "WAARDE"
		}
		line := "  -" + f.Name
		if len(f.Name) > 1 {
			line = "  --" + f.Name
		}
		if name != "" {
			line += " " + name
		}
		if len(line) < 24 {
			line += strings.Repeat(" ", 24-len(line))
		} else {
			line += "\n" + strings.Repeat(" ", 24)
		}
		switch f.DefValue {
		case "", "false", "0", "0s":
		case ".":
			usage += " (standaard: de huidige map)"
		case "true":
			usage += " (staat standaard aan)"
		default:
			usage += " (standaard " + f.DefValue + ")"
		}
		fmt.Fprintln(w, line+usage)
	})
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
	case strings.HasPrefix(msg, "invalid value ") || strings.HasPrefix(msg, "invalid boolean value "):
		// "invalid value %q for flag -%s: %v": a value werkboek checks
		// itself (--base-url) says in Dutch what is wrong; Go's own
		// parsers (booleans, durations) do not.
		value, rest, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(msg, "invalid boolean value "), "invalid value "), " for ")
		flagName, why, _ := strings.Cut(strings.TrimPrefix(rest, "flag "), ": ")
		if why != "" && !strings.Contains(why, "parse error") && !strings.Contains(why, "invalid syntax") && !strings.HasPrefix(why, "time: ") {
			return "-" + flagName + ": " + why
		}
		return "de waarde " + value + " past niet bij optie " + flagName
	case strings.HasPrefix(msg, "bad flag syntax: "):
		return "optie " + strings.TrimPrefix(msg, "bad flag syntax: ") + " klopt niet; schrijf bijvoorbeeld -d public"
	}
	return msg
}

// dutchError describes a system error in Dutch, without Go's English.
func dutchError(err error) string { return syserr.Dutch(err) }

func scan(s, format string, name *string) bool {
	n, _ := fmt.Sscanf(s, format, name)
	return n == 1
}
