package theme

import (
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/testsite"
)

func TestEditionCSSHasRunningHeads(t *testing.T) {
	wb := testsite.Workbook(t, map[string]string{
		"prioriteiten/3-citaat/_index.md":  "---\ntitle: 'Lezen \"tussen\" de regels'\ncolor: \"#205072\"\n---\n",
		"prioriteiten/3-citaat/1-kaart.md": strings.Replace(testsite.Card, "Spoenk: innovatief jeugdbibliotheekwerk", "Een kaart", 1),
	}, false)
	css := string(PrintCSS(wb))
	for _, want := range []string{
		`@page prio-jeugd:right{@top-right{content:"Prioriteit 1 · Jeugd & onderwijs";color:` + Accent(wb.Priorities[0]) + `;font-weight:700}}`,
		`@page prio-jeugd:left{@top-left{content:"Prioriteit 1 · Jeugd & onderwijs";color:` + Accent(wb.Priorities[0]) + `;font-weight:700}}`,
		`.prio-jeugd .p-sheet{page:prio-jeugd}`,
		`@page prio-citaat:right{@top-right{content:"Prioriteit 3 · Lezen \22 tussen\22  de regels";color:#205072;font-weight:700}}`,
	} {
		if !strings.Contains(css, want) {
			t.Errorf("PrintCSS lacks %s:\n%s", want, css)
		}
	}
}
