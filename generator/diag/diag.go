// Package diag holds the one list of problems that loading content and
// reading ticket returns report to editors: each at path:line[:column],
// in Dutch, as an error or a warning.
package diag

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/names"
)

// Diagnostic is one problem found in the content: an error that stops the
// build or a warning that is only reported. Path is slash-separated and
// relative to the site folder (for example "content/programma.md"); Line is
// 1-based, or 0 when the problem concerns the whole file.
type Diagnostic struct {
	Path    string
	Line    int
	Message string
	Warning bool
}

// String formats the diagnostic as "path:line: message" (Dutch, for
// editors), with the characters that act on a terminal escaped (see
// names.Printable): a file's name may hold any of them.
func (d Diagnostic) String() string {
	prefix := names.Printable(d.Path)
	if d.Line > 0 {
		prefix = fmt.Sprintf("%s:%d", prefix, d.Line)
	}
	if d.Warning {
		return prefix + ": waarschuwing: " + names.PrintableLines(d.Message)
	}
	return prefix + ": " + names.PrintableLines(d.Message)
}

// List is the list of problems of one load. It implements error so a
// load that found errors can return it as one.
type List []Diagnostic

// Error joins all diagnostics, one per line.
func (ds List) Error() string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}

// Errors returns only the diagnostics that are errors.
func (ds List) Errors() List {
	var out List
	for _, d := range ds {
		if !d.Warning {
			out = append(out, d)
		}
	}
	return out
}

// Warnings returns only the diagnostics that are warnings.
func (ds List) Warnings() List {
	var out List
	for _, d := range ds {
		if d.Warning {
			out = append(out, d)
		}
	}
	return out
}

// Sort orders the diagnostics by path, then line, then message, so every run
// reports the same problems in the same order.
func (ds List) Sort() {
	slices.SortStableFunc(ds, func(a, b Diagnostic) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Message, b.Message))
	})
}

// Reporter adds the problems of one file to a list.
type Reporter struct {
	Path string
	List *List
}

// Errorf adds an error at line.
func (r Reporter) Errorf(line int, format string, args ...any) {
	*r.List = append(*r.List, Diagnostic{Path: r.Path, Line: line, Message: fmt.Sprintf(format, args...)})
}

// Warnf adds a warning at line.
func (r Reporter) Warnf(line int, format string, args ...any) {
	*r.List = append(*r.List, Diagnostic{Path: r.Path, Line: line, Message: fmt.Sprintf(format, args...), Warning: true})
}

// Quote puts a value in double quotes for a message, as it is: "%q" would
// escape what an editor wrote.
func Quote(s string) string { return "\"" + s + "\"" }

// Short returns s cut to about forty characters, for quoting what an
// editor wrote in a message.
func Short(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:37]) + "…"
	}
	return s
}

// Capped passes the first Shown errors of one file to Reporter and
// counts the rest in one more line (see Done), so a file of a million
// wrong names cannot flood the terminal or the memory. Warnings are
// always passed on.
type Capped struct {
	Reporter  Reporter
	Shown     int
	errors    int
	firstMore int // the line of the first error not shown
}

// Errorf adds an error at line, or counts it once Shown are shown.
func (c *Capped) Errorf(line int, format string, args ...any) {
	if c.errors++; c.errors <= c.Shown {
		c.Reporter.Errorf(line, format, args...)
	} else if c.errors == c.Shown+1 {
		c.firstMore = line
	}
}

// More counts an error that is not shown: one after the first Shown,
// whose message need not be made.
func (c *Capped) More(line int) {
	if c.errors++; c.errors == c.Shown+1 {
		c.firstMore = line
	}
}

// Warnf adds a warning at line.
func (c *Capped) Warnf(line int, format string, args ...any) {
	c.Reporter.Warnf(line, format, args...)
}

// Errors is the number of errors found so far, shown or not.
func (c *Capped) Errors() int { return c.errors }

// Done adds the line that counts the errors not shown, ending with
// advice (what else to do than mend the errors shown).
func (c *Capped) Done(advice string) {
	if n := c.errors - c.Shown; n > 0 {
		c.Reporter.Errorf(c.firstMore, "en nog %d %s vanaf deze regel, niet apart getoond; herstel eerst de fouten hierboven, of %s", n, dutch.Plural(n, "fout", "fouten"), advice)
	}
}
