package content

import (
	"strings"
	"testing"
)

// TestHeadingAndTopicSlips checks a heading written without a space after
// its #s and topics not written as a list: each is one error at its line,
// with the fix, and a heading so written is not reported missing as well.
func TestHeadingAndTopicSlips(t *testing.T) {
	runSlipCases(t, []slipCase{
		{"heading without a space", set(map[string]string{spoenk: strings.Replace(validCard, "## Doelgroep", "##Doelgroep", 1)}),
			[]string{"content/" + spoenk + `:5: "##Doelgroep" is geen kop, want na ## staat geen spatie, en zo komt de regel als gewone tekst op de site; schrijf "## Doelgroep"`}},
		{"subheading without a space in an introduction", set(map[string]string{"prioriteiten/2-volwassen/_index.md": "---\ntitle: P\n---\nIntro.\n\n###Meer weten\nTekst.\n"}),
			[]string{`content/prioriteiten/2-volwassen/_index.md:6: "###Meer weten" is geen kop, want na ### staat geen spatie, en zo komt de regel als gewone tekst op de site; schrijf "### Meer weten"`}},
		{"topics as lines", set(map[string]string{spoenk: strings.Replace(validCard, "- Acties verzamelen.\n- Een *multimediale* productie lanceren.\n", "DigiD aanvragen\nVeilig internetbankieren\n", 1)}),
			[]string{"content/" + spoenk + `:18: deze onderwerpen staan niet in een lijst, en de site zet ze achter elkaar als één alinea ("DigiD aanvragen Veilig internetbankieren"); begin elke regel met "- " (een streepje en een spatie), zoals: - DigiD aanvragen`}},
		{"topics with pasted bullets", set(map[string]string{spoenk: strings.Replace(validCard, "- Acties verzamelen.\n- Een *multimediale* productie lanceren.\n", "• DigiD aanvragen\n• Veilig internetbankieren\n", 1)}),
			[]string{"content/" + spoenk + `:18: "•" maakt geen lijst; begin elk onderwerp met "- " (een streepje en een spatie), zoals: - DigiD aanvragen`}},
		{"topics with a dash and no space", set(map[string]string{spoenk: strings.Replace(validCard, "- Acties verzamelen.\n", "-Acties verzamelen.\n", 1)}),
			[]string{"content/" + spoenk + `:18: "-" maakt geen lijst; begin elk onderwerp met "- " (een streepje en een spatie), zoals: - Acties verzamelen.`}},
		{"topics as a sentence over two lines", set(map[string]string{spoenk: strings.Replace(validCard, "- Acties verzamelen.\n- Een *multimediale* productie lanceren.\n", "Alles rond leesbevordering\nen mediawijsheid.\n", 1)}), nil},
	})
}
