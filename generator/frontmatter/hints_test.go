package frontmatter

import "testing"

// TestYAMLSlipsNotInValidFrontMatter checks that what YAML accepts is
// never called a slip: the hints are asked only after the parser failed,
// but they must not find fault with a valid line before the real one.
func TestYAMLSlipsNotInValidFrontMatter(t *testing.T) {
	for _, front := range []string{
		"title: \"Spoenk: jeugd\"\nquestion: 'Waar? Daar.'\nweight: 1\ndraft: true # later",
		"title: Een titel\n  die doorloopt\nweight: 2",
		"title: \"Een titel\n  over twee regels\"\nslug: spoenk",
		"event:\n  name: Projectendag\n  date: 2099-09-19\ncontact:\n  name: Anna\n  email: a@example.org",
		"schedule:\n  - time: \"09:30\"\n    activity: Ontvangst\n    items:\n      - text: Koffie\n  - time: \"10:00\"\n    activity: Opening",
		"description: |\n  Eerste regel: met dubbele punt.\n  Tweede regel.\ntitle: x",
		"fields: [Prioriteit, Onderwerp]\nmax: 3",
		"color: \"#1D6A86\"\nurl: https://www.probiblio.nl",
	} {
		if line, msg := yamlSlip([]byte(front), 1); line != 0 {
			t.Errorf("%q: a slip at line %d: %s", front, line, msg)
		}
	}
}
