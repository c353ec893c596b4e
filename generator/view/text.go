package view

import (
	"strconv"
	"strings"
)

// clip shortens s to at most n runes at a word boundary, adding "…".
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:") + "…"
}

func itoa(n int) string { return strconv.Itoa(n) }
