package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/tickets"
)

// helpTopics are the commands werkboek help explains, in the order the
// message for an unknown topic lists them.
var helpTopics = []string{"init", "build", "check", "serve", "watch", "new", "tickets", "version"}

// cmdHelp prints the usage; with a command, that command's help and
// options (as "werkboek <command> -h" does, but on stdout); with
// "inhoud" the content reference (with the format of returned tickets
// after it); with "tickets" the command's help and that format.
func cmdHelp(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	topic := args[0]
	if len(args) == 2 && (topic == "new" && args[1] == "card" || topic == "tickets" && args[1] == "tel") {
		args = args[:1]
	}
	if len(args) > 1 {
		fmt.Fprintf(stderr, "werkboek help: één onderwerp graag, niet %q; probeer werkboek help %s\n", strings.Join(args, " "), topic)
		return exitUsage
	}
	switch topic {
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	case "inhoud":
		fmt.Fprint(stdout, content.Reference+"\n"+tickets.FormatDoc)
		return exitOK
	case "tickets":
		code := cmdTickets([]string{"tel", "-h"}, stdout, stdout)
		fmt.Fprint(stdout, "\n"+tickets.FormatDoc)
		return code
	case "version":
		return cmdVersion([]string{"-h"}, stdout, stderr)
	case "server":
		topic = "serve"
	}
	for _, t := range helpTopics {
		if t == topic {
			// The command prints its help and options where it would
			// print a usage error; here that is stdout.
			return run([]string{topic, "-h"}, stdout, stdout)
		}
	}
	fmt.Fprintf(stderr, "werkboek help: onbekend onderwerp %q; probeer werkboek help inhoud, of help met een opdracht: %s\n", topic, strings.Join(helpTopics, ", "))
	return exitUsage
}
