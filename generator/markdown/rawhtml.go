package markdown

import (
	"regexp"
	"strings"
)

// Raw HTML in Markdown is never published: goldmark leaves it out (an
// editor's <div> would vanish), and letting it through would let content
// run scripts. So every piece of it is an error that says how to write
// the same in Markdown.

var tagName = regexp.MustCompile(`^</?([A-Za-z][A-Za-z0-9-]*)`)

// htmlAdvice is the Markdown way to say what an HTML element says.
var htmlAdvice = map[string]string{}

func init() {
	for advice, names := range map[string]string{
		"schrijf voor een nieuwe regel een \\ aan het eind van de regel, en laat voor een nieuwe alinea een regel leeg": "br",
		"schrijf vet als **vet**":     "b strong",
		"schrijf schuin als *schuin*": "i em cite",
		"schrijf een link als [tekst](https://…) of, naar een kaart, als [Spoenk](1-spoenk.md)":                                                      "a",
		"zet de afbeelding naast de kaart en schrijf ![beschrijving](foto.jpg)":                                                                      "img picture figure figcaption",
		"laat de tags weg: een lege regel begint een nieuwe alinea, en een opvallende opmerking zet u in een citaat door de regel met > te beginnen": "p div span section article aside header footer main nav center font blockquote",
		"schrijf een lijst als regels die met \"- \" (of \"1. \") beginnen":                                                                          "ul ol li dl dt dd",
		"schrijf een tussenkop als ### Kop (## is voor de vijf secties van een kaart)":                                                               "h1 h2 h3 h4 h5 h6 hr",
		"schrijf een tabel als regels | kolom | kolom | met eronder |---|---|":                                                                       "table thead tbody tfoot tr td th caption",
		"dat kan niet in Markdown; gebruik *schuin* of **vet**":                                                                                      "u s del ins sup sub small big mark abbr kbd code tt",
		"schrijf het als Markdown (zie werkboek help inhoud)":                                                                                        "html head body title base",
		"zoiets wordt nooit gepubliceerd; link naar de pagina met [tekst](https://…)":                                                                "iframe script style video audio source track object embed form input button select textarea label canvas svg math link meta noscript template",
	} {
		for _, n := range strings.Fields(names) {
			htmlAdvice[n] = advice
		}
	}
}

// rawHTML reports one piece of raw HTML, block or inline, starting at
// byte off of the source.
func (s *scanner) rawHTML(raw []byte, off int) {
	line := s.lineOf(off)
	text := strings.TrimSpace(string(raw))
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		text = text[:i]
	}
	shown := text
	if len([]rune(shown)) > 40 {
		shown = string([]rune(shown)[:40]) + "…"
	}
	switch {
	case strings.HasPrefix(text, "<!--"):
		s.r.Errorf(line, "de opmerking %s wordt niet gepubliceerd en kan tekst erna ongemerkt verbergen; haal hem weg (aantekeningen horen buiten de kaart)", shown)
		return
	case strings.HasPrefix(text, "<?"), strings.HasPrefix(text, "<!"):
		s.r.Errorf(line, "%s is HTML en wordt niet gepubliceerd; haal het weg", shown)
		return
	}
	m := tagName.FindStringSubmatch(text)
	if m == nil {
		s.r.Errorf(line, "%s is HTML en wordt niet gepubliceerd; schrijf het als Markdown (zie werkboek help inhoud)", shown)
		return
	}
	name := strings.ToLower(m[1])
	if strings.HasPrefix(text, "</") && s.reported[name] {
		return // the opening tag was reported already
	}
	if s.reported == nil {
		s.reported = map[string]bool{}
	}
	s.reported[name] = true
	if advice, ok := htmlAdvice[name]; ok {
		s.r.Errorf(line, "HTML (%s) wordt niet gepubliceerd; %s", shown, advice)
		return
	}
	s.r.Errorf(line, "%s wordt gelezen als HTML en valt weg; bedoelt u de tekens < en > zelf, zet dan een \\ voor de <, zoals \\%s", shown, shown)
}
