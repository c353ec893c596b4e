package tickets

import _ "embed"

// FormatDoc is formaat.md: the format of returned tickets and how they are
// counted, in Dutch for organisers (werkboek help tickets).
//
//go:embed formaat.md
var FormatDoc string
