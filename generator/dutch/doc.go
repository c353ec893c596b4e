// Package dutch writes numbers, counts, dates and clock times the way
// Dutch readers expect them, and suggests the word an editor probably
// meant. Each of these has its one home here: content, view, tickets and
// the command all use it.
package dutch
