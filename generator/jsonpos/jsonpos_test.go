package jsonpos

import (
	"encoding/json"
	"testing"
)

// TestExplain checks the line and the words for JSON that cannot be read.
func TestExplain(t *testing.T) {
	for _, tt := range []struct {
		data   string
		line   int
		reason string
		values bool // read the elements of a list as values, not tokens
	}{
		{"", 1, "het bestand is leeg", false},
		{"{\n  \"a\": 1\n  \"b\": 2\n}\n", 3, "ongeldige JSON: onverwacht teken '\"' (ontbreekt er een komma vóór?)", false},
		{"{\n  \"a\" 1\n}\n", 2, "ongeldige JSON: onverwacht teken '1' (ontbreekt er een dubbele punt vóór?)", false},
		{"{\n  \"a\": [\n    \"b\",\n", 3, "het bestand houdt halverwege op", false},
		{"[\"a\"\n \"b\"]", 2, "ongeldige JSON: er ontbreekt een komma vóór deze waarde", true},
	} {
		d := NewDecoder([]byte(tt.data))
		var err error
		for err == nil {
			if tt.values && d.NextByte() == '"' {
				var v json.RawMessage
				err = d.Decode(&v) // as a reader of values does
				continue
			}
			_, err = d.Token()
		}
		line, reason := d.Explain(err)
		if line != tt.line || reason != tt.reason {
			t.Errorf("%q: line %d, %q; want %d, %q", tt.data, line, reason, tt.line, tt.reason)
		}
	}
}

// TestLines checks the line of each token and of the value to come.
func TestLines(t *testing.T) {
	d := NewDecoder([]byte("{\n  \"a\":\n    [\n      \"x\",\n\n      {}\n    ]\n}\n"))
	want := []struct {
		tok       any
		line, nxt int
	}{
		{json.Delim('{'), 1, 2}, {"a", 2, 3}, {json.Delim('['), 3, 4}, {"x", 4, 6},
	}
	for _, w := range want {
		tok, err := d.Token()
		if err != nil || tok != w.tok || d.Line() != w.line || d.NextLine() != w.nxt {
			t.Fatalf("token %v (%v) at line %d, next at %d; want %v at %d, next at %d", tok, err, d.Line(), d.NextLine(), w.tok, w.line, w.nxt)
		}
	}
	if d.NextByte() != '{' {
		t.Errorf("next byte %q", d.NextByte())
	}
	if s, ok := Text(json.RawMessage("2017")); !ok || s != "2017" {
		t.Errorf("Text(2017) = %q, %v", s, ok)
	}
	if _, ok := Text(json.RawMessage("[1]")); ok {
		t.Error("a list is text")
	}
}
