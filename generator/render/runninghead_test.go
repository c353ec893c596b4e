package render

import (
	"strings"
	"testing"
)

func TestEditionCSSHasRunningHeads(t *testing.T) {
	b := workbook(t, map[string]string{
		"prioriteiten/3-citaat/_index.md":  "---\ntitle: 'Lezen \"tussen\" de regels'\ncolor: \"#205072\"\n---\n",
		"prioriteiten/3-citaat/1-kaart.md": strings.Replace(card, "Spoenk: innovatief jeugdbibliotheekwerk", "Een kaart", 1),
	})
	css := string(EditionCSS(b))
	for _, want := range []string{
		`@page prio-jeugd:right{@top-right{content:"Prioriteit 1 · Jeugd & onderwijs";color:` + b.Priorities[0].Accent + `;font-weight:700}}`,
		`@page prio-jeugd:left{@top-left{content:"Prioriteit 1 · Jeugd & onderwijs";color:` + b.Priorities[0].Accent + `;font-weight:700}}`,
		`.prio-jeugd .p-sheet{page:prio-jeugd}`,
		`@page prio-citaat:right{@top-right{content:"Prioriteit 3 · Lezen \22 tussen\22  de regels";color:#205072;font-weight:700}}`,
	} {
		if !strings.Contains(css, want) {
			t.Errorf("EditionCSS lacks %s:\n%s", want, css)
		}
	}
}
