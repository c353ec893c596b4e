// Package participants reads and checks content/deelnemers.json, the
// count of who takes part in which project after the day: its format and
// edition, every project id against the workbook, every library, each
// problem at the line of its value. It is given what it needs of the
// loaded content as plain values (Known) and knows nothing of loading.
package participants
