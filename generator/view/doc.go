// Package view makes the workbook as the pages show it (Book, PriorityView,
// CardView, ...): every Markdown text converted to HTML once, for its own
// page and for the print edition, and each card's and priority's address,
// anchor and id computed here once and used by every output.
package view
