package content

import (
	"bytes"
	"strings"

	"github.com/probiblio/werkboek/generator/diag"
)

// initSamples are the lines of example text that "werkboek init" and
// "werkboek new priority" write for the editor to replace: names,
// addresses and letters that must not reach the site or the printed
// workbook.
var initSamples = []string{
	"Naam van de contactpersoon",
	"info@example.org",
	"Naam van de dagvoorzitter",
	"Naam van de afzender",
	"Dit is de brief waarmee het werkboek opent.",
	"Projectendag er is, wat de bibliotheken met dit werkboek doen en wat er",
	"na de dag gebeurt.",
	NewPriorityText,
	"Vertel hier in een paar zinnen waar deze prioriteit over gaat. Geef de",
	"map een andere naam (bijvoorbeeld 1-jeugd-en-onderwijs) en zet de kaarten",
	"van deze prioriteit ernaast.",
}

// SampleWarning begins the warning about example text left in a file, so
// build can count them.
const SampleWarning = "hier staat nog voorbeeldtekst"

// checkSamples warns at every line of src that is still example text.
func checkSamples(src []byte, r diag.Reporter) {
	for i, line := range bytes.Split(src, []byte("\n")) {
		l := strings.TrimSpace(string(line))
		if l == "" {
			continue
		}
		for _, s := range initSamples {
			if strings.Contains(l, s) {
				r.Warnf(i+1, "%s (%q); vervang die door uw eigen tekst, anders staat ze op de site en in het afgedrukte werkboek", SampleWarning, s)
				break
			}
		}
	}
}
