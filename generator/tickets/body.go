package tickets

import (
	"regexp"
	"strings"
)

var (
	// The block at the end of a mail: "-- werkboek-tickets 1 --", lines
	// "naam: waarde", "-- einde --". A reply or forward may quote it ("> ").
	blockStart = regexp.MustCompile(`^((?:>[ \t]*)*)--[ \t]*werkboek-tickets[ \t]+(\S+)[ \t]*--$`)
	blockEnd   = regexp.MustCompile(`^--[ \t]*einde[ \t]*--$`)
	quote      = regexp.MustCompile(`^(?:>[ \t]*)+`)
	// The readable part, all that mails from before the block have.
	oldLibrary = regexp.MustCompile(`(?i)^bibliotheek[ \t]*:[ \t]*(.*)$`)
	oldTicket  = regexp.MustCompile(`(?i)^ticket[ \t]+(\d+)[ \t]*:[ \t]*(.*?)[ \t]*$`)
	oldPrio    = regexp.MustCompile(`^(.*?)[ \t]*\(([^()]*)\)$`)
)

// hasBlock reports whether a text holds the machine-readable block.
func hasBlock(t text) bool {
	for _, l := range t.lines {
		if blockStart.MatchString(strings.TrimSpace(l)) {
			return true
		}
	}
	return false
}

// parseBody reads the body of a mail: the block at its end when there is
// one (the readable part above it is then only for people), else the
// readable lines "Bibliotheek: …" and "Ticket 1: … (prioriteit)".
func parseBody(r *Return, t text, rep *reporter) {
	r.Kind = "mail"
	for i, l := range t.lines {
		m := blockStart.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			continue
		}
		v, msg := parseFormat(Format + " " + m[2])
		if msg != "" {
			rep.errorf(t.at[i], "%s", msg)
			return
		}
		r.Version = v
		parseBlock(r, t, i, rep)
		readableTitles(r, t.lines[:i])
		for _, rest := range t.lines[i+1:] {
			if blockStart.MatchString(strings.TrimSpace(rest)) {
				rep.warnf(t.at[i], "deze mail bevat meer dan één blok met tickets (een antwoord of doorgestuurde mail?); alleen het eerste telt")
				break
			}
		}
		return
	}
	first := 1
	if len(t.at) > 0 {
		first = t.at[0]
	}
	for i, l := range t.lines {
		l = strings.TrimSpace(quote.ReplaceAllString(l, ""))
		if m := oldLibrary.FindStringSubmatch(l); m != nil && r.LibraryLine == 0 {
			r.Library, r.LibraryLine = strings.TrimSpace(m[1]), t.at[i]
		}
		if m := oldTicket.FindStringSubmatch(l); m != nil {
			e := Entry{Line: t.at[i], Title: m[2]}
			if p := oldPrio.FindStringSubmatch(m[2]); p != nil {
				e.Title, e.Priority = p[1], p[2]
			}
			r.add(e)
		}
	}
	if len(r.Entries) == 0 {
		rep.errorf(first, "geen tickets gevonden: de tekst heeft geen blok \"-- %s %d --\" en geen regels \"Ticket 1: …\"; vraag de Bibliotheek de mail opnieuw te maken met de knop Mail uw keuze op de pagina Tickets", Format, Version)
	}
}

// readableTitles gives the block's tickets the titles of the readable
// "Ticket 1: …" lines above the block, in the same order: a ticket whose
// id was mistyped is then recognised by its title, with a warning, as in
// a JSON export (see Edition.resolve). The id still comes first.
func readableTitles(r *Return, lines []string) {
	k := 0
	for _, l := range lines {
		m := oldTicket.FindStringSubmatch(strings.TrimSpace(quote.ReplaceAllString(l, "")))
		if m == nil || k >= len(r.Entries) {
			continue
		}
		if e := &r.Entries[k]; e.Title == "" {
			e.Title = m[2]
			if p := oldPrio.FindStringSubmatch(m[2]); p != nil {
				e.Title, e.Priority = p[1], p[2]
			}
		}
		k++
	}
}

// parseBlock reads the block that starts at line i of t.
func parseBlock(r *Return, t text, i int, rep *reporter) {
	last := ""
	for j := i + 1; j < len(t.lines); j++ {
		l := strings.TrimSpace(quote.ReplaceAllString(t.lines[j], ""))
		at := t.at[j]
		if l == "" {
			continue
		}
		if blockEnd.MatchString(l) {
			return
		}
		key, val, ok := strings.Cut(l, ":")
		key, val = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(val)
		if !ok || strings.ContainsAny(key, " \t") {
			// A mail program may break a long name over two lines.
			if last == "bibliotheek" || last == "werkboek" {
				// A name longer than any name may be is refused
				// anyway; it need not grow further.
				to := &r.Library
				if last == "werkboek" {
					to = &r.Workbook
				}
				if len(*to) <= 4*MaxNameLength {
					*to += " " + l
				}
				continue
			}
			rep.errorf(at, "deze regel in het blok is geen \"naam: waarde\"; het blok is beschadigd: vraag de Bibliotheek de mail opnieuw te maken op de pagina Tickets")
			continue
		}
		last = key
		switch key {
		case "editie":
			r.Edition, r.EditionLine = val, at
		case "werkboek":
			r.Workbook = val
		case "bibliotheek":
			r.Library, r.LibraryLine = val, at
		case "gewijzigd":
			if tm, ok := parseChanged(val); ok {
				r.Changed, r.ChangedLine = tm, at
			} else {
				rep.warnf(at, "%s", changedProblem(val))
			}
		case "markt":
			r.addVisit(at, val, rep)
		case "ticket":
			id, title, _ := strings.Cut(val, " ")
			r.add(Entry{Line: at, ID: id, Title: strings.TrimSpace(title)})
		}
	}
	rep.errorf(t.at[i], "het blok begint hier maar eindigt niet met \"-- einde --\"; de mail is misschien afgebroken: vraag de Bibliotheek hem opnieuw te sturen")
}
