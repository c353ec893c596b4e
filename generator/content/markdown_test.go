package content

import (
	"bytes"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"strings"
	"testing"
	"testing/fstest"
)

// webpBytes is the start of a lossless WebP image of w × h pixels: as
// much as a reader of its size needs.
func webpBytes(w, h int) []byte {
	bits := uint32(w-1) | uint32(h-1)<<14
	vp8l := []byte{0x2f, byte(bits), byte(bits >> 8), byte(bits >> 16), byte(bits >> 24), 0}
	chunk := append([]byte("VP8L\x05\x00\x00\x00"), vp8l...)
	size := uint32(4 + len(chunk))
	return append(append([]byte("RIFF"), byte(size), byte(size>>8), byte(size>>16), byte(size>>24)), append([]byte("WEBP"), chunk...)...)
}

func pngBytes(w, h int) []byte {
	var b bytes.Buffer
	png.Encode(&b, image.NewGray(image.Rect(0, 0, w, h)))
	return b.Bytes()
}

// TestMarkdownNothingDropped checks every Markdown construct the renderer
// would drop or change without a word, and every link and image form:
// each wrong one is an error at its file and line, with a message that
// says how to write it; each right one gives no diagnostic.
func TestMarkdownNothingDropped(t *testing.T) {
	card := "prioriteiten/1-jeugd/1-spoenk.md"
	at := func(line string) string { return "content/" + card + ":" + line + ": " }
	// resultaat puts text in place of line 15 of validCard.
	resultaat := func(s string) map[string]string {
		return map[string]string{card: strings.Replace(validCard, "Uitgewerkte ideeën.", s, 1)}
	}
	with := func(files map[string]string, extra map[string]string) map[string]string {
		for k, v := range extra {
			files[k] = v
		}
		return files
	}
	photo := string(pngBytes(40, 30))
	tests := []struct {
		name  string
		files map[string]string
		want  string // the one diagnostic, "path:line: message" prefix; "" for none
	}{
		// Raw HTML, block and inline.
		{"html block", resultaat(`<div class="let-op">Let op</div>`), at("15") + `HTML (<div class="let-op">Let op</div>) wordt niet gepubliceerd; laat de tags weg: een lege regel begint een nieuwe alinea, en een opvallende opmerking zet u in een citaat door de regel met > te beginnen`},
		{"inline html once per element", resultaat("Heel <b>vet</b> idee."), at("15") + "HTML (<b>) wordt niet gepubliceerd; schrijf vet als **vet**"},
		{"line break as html", resultaat("Eerste regel.\nTweede<br>regel."), at("16") + `HTML (<br>) wordt niet gepubliceerd; schrijf voor een nieuwe regel een \ aan het eind van de regel`},
		{"html comment", resultaat("Idee.\n\n<!-- later -->"), at("17") + "de opmerking <!-- later --> wordt niet gepubliceerd en kan tekst erna ongemerkt verbergen; haal hem weg"},
		{"angle brackets meant as text", resultaat("Voor <naam bibliotheek>."), at("15") + `<naam bibliotheek> wordt gelezen als HTML en valt weg; bedoelt u de tekens < en > zelf, zet dan een \ voor de <, zoals \<naam bibliotheek>`},
		{"escaped angle brackets", resultaat(`Voor \<naam bibliotheek>.`), ""},
		{"script", resultaat("<script>alert(1)</script>"), at("15") + "HTML (<script>alert(1)</script>) wordt niet gepubliceerd; zoiets wordt nooit gepubliceerd"},
		// Reference links: resolved, or an error; never brackets on the site.
		{"undefined reference", resultaat("Zie [de site][pb]."), at("15") + "[de site][pb] wordt geen link: de verwijzing [pb] staat nergens in deze tekst"},
		{"undefined collapsed reference", resultaat("Eerst.\nZie [ProBiblio][] nu."), at("16") + "[ProBiblio][] wordt geen link: de verwijzing [ProBiblio] staat nergens"},
		{"defined reference", resultaat("Zie [de site][pb].\n\n[pb]: https://www.probiblio.nl"), ""},
		{"escaped brackets", resultaat(`Zie \[a\]\[b\].`), ""},
		{"brackets in code", resultaat("Zie `[a][b]`."), ""},
		// Footnotes, a second page title, text that became code.
		{"footnote", resultaat("Idee.[^1]"), at("15") + "voetnoten ([^1]) kent werkboek niet"},
		{"footnote definition", resultaat("Idee.\n\n[^1]: Volgens de wet."), at("17") + "voetnoten ([^1]) kent werkboek niet"},
		{"heading level one", resultaat("# Grote kop\n\nIdee."), at("15") + "de kop # Grote kop botst met de titel van de pagina"},
		{"setext heading level one", resultaat("Grote kop\n===\n\nIdee."), at("15") + "de kop # Grote kop botst met de titel van de pagina"},
		{"subheading", resultaat("### Kleine kop\n\nIdee."), ""},
		{"indented text becomes code", resultaat("Idee.\n\n    Ingesprongen."), at("17") + "waarschuwing: deze regel springt vier spaties (of een tab) in en wordt daarom als code getoond"},
		{"fenced code", resultaat("Idee.\n\n```\ncode\n```"), ""},
		// Links whose scheme goldmark drops, and other addresses.
		{"javascript link", resultaat("[klik](javascript:alert(1))"), at("15") + "een adres dat begint met javascript: wordt niet gepubliceerd (de link zou leeg zijn)"},
		{"javascript in capitals", resultaat("[klik](JaVaScRiPt:alert(1))"), at("15") + "een adres dat begint met javascript: wordt niet gepubliceerd"},
		{"javascript autolink", resultaat("<javascript:alert(1)>"), at("15") + "een adres dat begint met javascript: wordt niet gepubliceerd"},
		{"vbscript link", resultaat("[klik](vbscript:x)"), at("15") + "een adres dat begint met vbscript: wordt niet gepubliceerd"},
		{"file link", resultaat("[klik](file:///C:/brief.doc)"), at("15") + "een adres dat begint met file: wordt niet gepubliceerd"},
		{"data link", resultaat("[klik](data:text/html,x)"), at("15") + "een adres dat begint met data: wordt niet gepubliceerd"},
		{"data image", resultaat("![foto](data:image/png;base64,AAAA)"), at("15") + "een afbeelding die in de tekst zelf staat (data:…) kan niet"},
		{"image from another site", resultaat("![Logo](https://example.org/logo.png)"), at("15") + "een afbeelding van een andere website (https://example.org/logo.png) kan niet"},
		{"unknown scheme", resultaat("[bestand](ftp://example.org/a)"), at("15") + "werkboek kent geen adressen die beginnen met ftp:;"},
		{"windows path", resultaat(`[brief](C:\brieven\brief.doc)`), at("15") + "werkboek kent geen adressen die beginnen met c:;"},
		{"address without scheme", resultaat("[site](//example.org/)"), at("15") + `het adres "//example.org/" mist https: aan het begin; schrijf https://example.org/`},
		{"website without https", resultaat("[ProBiblio](www.probiblio.nl)"), at("15") + `"www.probiblio.nl" is geen bestand in de inhoudsmap; bedoelt u een website, schrijf dan https://www.probiblio.nl`},
		{"web, mail and phone links", resultaat("[site](https://example.org/a?b=c#d), [mail](mailto:a@b.nl), [bel](tel:+31235546362), <https://example.org>, www.example.org."), ""},
		{"link without address", resultaat("[lees meer]()"), at("15") + "deze link heeft geen adres; schrijf het tussen ( en )"},
		{"link without text", resultaat("[](https://example.org)"), at("15") + `de link naar "https://example.org" heeft geen tekst en is dus onzichtbaar`},
		{"link text on the next line", resultaat("Zie\n[de\nsite](https://example.org)."), ""},
		// Tables.
		{"table row with a cell too many", resultaat("| a | b |\n|---|---|\n| 1 | 2 |\n| 1 | 2 | 3 |"), at("18") + "deze tabelrij heeft 3 cellen en de kop 2; de cellen te veel vallen weg"},
		{"pipe in code in a table", resultaat("| a | b |\n|---|---|\n| `x|y` | 2 |"), at("17") + "deze tabelrij heeft 3 cellen en de kop 2"},
		{"escaped pipe and short row", resultaat("| a | b |\n|---|---|\n| x \\| y | 2 |\n| 1 |"), ""},
		// Links to cards, priorities and pages, written as their file.
		{"links to cards, a priority and pages", resultaat("[b](2-tweede.md) [c](2-tweede.md#resultaat) [d](./2-tweede.md#Doel) [e](../2-volwassen/_index.md) [f](../../tickets.md) [g](../../_index.md) [h](../../programma.md) [i](#onderwerpen) [j](1-spoenk.md)"), ""},
		{"missing card", resultaat("[x](3-derde.md)"), at("15") + `"3-derde.md" bestaat niet; link naar een kaart met haar bestandsnaam, zoals 2-tweede.md`},
		{"card by another number", with(resultaat("[x](3-voorleesexpress.md)"), map[string]string{"prioriteiten/1-jeugd/2-voorleesexpress-thuis-voorlezen.md": strings.Replace(validCard, "Spoenk: innovatief jeugdbibliotheekwerk", "VoorleesExpress", 1)}),
			at("15") + `"3-voorleesexpress.md" bestaat niet; bedoelt u (2-voorleesexpress-thuis-voorlezen.md)?`},
		{"card by its title", with(resultaat("[x](3-taalhuis.md)"), map[string]string{"prioriteiten/1-jeugd/2-voorlezen.md": strings.Replace(validCard, "Spoenk: innovatief jeugdbibliotheekwerk", "Het Taalhuis in de buurt", 1)}),
			at("15") + `"3-taalhuis.md" bestaat niet; bedoelt u (2-voorlezen.md)?`},
		{"card in a renamed folder", resultaat("[x](../2-lezen/1-schrijfclub.md)"),
			at("15") + `"../2-lezen/1-schrijfclub.md" bestaat niet; link naar een kaart met haar bestandsnaam, zoals 2-tweede.md`},
		{"card in a renamed folder, found", with(resultaat("[x](../2-lezen/1-schrijfclub.md)"), map[string]string{"prioriteiten/2-volwassen/1-schrijfclub.md": strings.Replace(validCard, "Spoenk: innovatief jeugdbibliotheekwerk", "Schrijfclub", 1)}),
			at("15") + `"../2-lezen/1-schrijfclub.md" bestaat niet; bedoelt u (../2-volwassen/1-schrijfclub.md)?`},
		{"misspelt card", resultaat("[x](2-twede.md)"), at("15") + `"2-twede.md" bestaat niet; bedoelt u (2-tweede.md)?`},
		{"card of another priority without ../", resultaat("[x](2-volwassen/_index.md)"), at("15") + `"2-volwassen/_index.md" bestaat niet; bedoelt u (../2-volwassen/_index.md)?`},
		{"unknown section", resultaat("[x](2-tweede.md#uitkomst)"), at("15") + `"2-tweede.md#uitkomst": een kaart heeft geen onderdeel #uitkomst; kies uit #doelgroep, #effect, #doel, #resultaat, #onderwerpen`},
		{"own unknown section", resultaat("[x](#uitkomst)"), at("15") + `"#uitkomst": een kaart heeft geen onderdeel #uitkomst`},
		{"section of a priority", resultaat("[x](../2-volwassen/_index.md#intro)"), at("15") + `"../2-volwassen/_index.md#intro": naar een plek op een prioriteit of pagina kan niet worden gelinkt, alleen naar de secties van een kaart; laat #intro weg`},
		{"query", resultaat("[x](2-tweede.md?a=b)"), at("15") + `"2-tweede.md?a=b": een ? hoort niet in een link naar een bestand; laat het deel vanaf ? weg`},
		{"outside the content", resultaat("[x](../../../README.md)"), at("15") + `"../../../README.md" wijst buiten de inhoudsmap`},
		{"absolute path", resultaat("[x](/prioriteiten/1-jeugd/2-tweede.md)"), at("15") + `"/prioriteiten/1-jeugd/2-tweede.md" begint met /; schrijf het pad vanaf dit bestand, zoals 2-tweede.md`},
		{"site address", resultaat("[x](../tweede/)"), at("15") + `"../tweede/" is een webadres van de site; link naar de kaart of prioriteit met haar bestand, hier: (2-tweede.md)`},
		{"site address of a priority", resultaat("[x](../../volwassen/)"), at("15") + `"../../volwassen/" is een webadres van de site; link naar de kaart of prioriteit met haar bestand, hier: (../2-volwassen/_index.md)`},
		{"link to nowhere", resultaat("[lees meer](#)"), at("15") + "de link naar # wijst nergens heen"},
		{"unknown address", resultaat("[x](ergens)"), at("15") + `werkboek weet niet waar "ergens" heen wijst`},
		{"card as image", resultaat("![x](2-tweede.md)"), at("15") + `"2-tweede.md" is een tekst, geen afbeelding`},
		{"link to a draft", with(resultaat("[x](2-tweede.md)"), map[string]string{"prioriteiten/1-jeugd/2-tweede.md": strings.Replace(validCard, "question:", "draft: true\nquestion:", 1)}), at("15") + `"2-tweede.md" is een concept (draft: true) en wordt niet gepubliceerd`},
		{"draft may link to a draft", with(resultaat("[x](2-tweede.md)\n"), map[string]string{card: strings.Replace(strings.Replace(validCard, "Uitgewerkte ideeën.", "[x](2-tweede.md)", 1), "question:", "draft: true\nquestion:", 1), "prioriteiten/1-jeugd/2-tweede.md": strings.Replace(strings.Replace(validCard, "question:", "draft: true\nquestion:", 1), "Spoenk", "Tweede", 1)}), ""},
		{"link from the intro", map[string]string{"_index.md": "---\ntitle: T\n---\nLees [Spoenk](prioriteiten/1-jeugd/1-spoenk.md#doel).\n"}, ""},
		{"section link outside a card", map[string]string{"_index.md": "---\ntitle: T\n---\nLees [dit](#doel).\n"}, "content/_index.md:4: een link naar #doel werkt alleen in een kaart"},
		{"link in a note", map[string]string{"prioriteiten/2-volwassen/_index.md": "---\ntitle: P\nnote:\n  title: Let op\n  text: Zie [Spoenk](../1-jeugd/1-spoenk.md).\n---\n"}, `content/prioriteiten/2-volwassen/_index.md:5: note.text: in de front matter kan een link naar "../1-jeugd/1-spoenk.md" niet`},
		{"html in a programme", map[string]string{"prioriteiten/2-volwassen/_index.md": "---\ntitle: P\nprogramme:\n  name: SOOB\n  text: \"<b>Samen</b>\"\n---\n"}, "content/prioriteiten/2-volwassen/_index.md:5: HTML (<b>) wordt niet gepubliceerd"},
		{"html in an activity", map[string]string{"programma.md": "---\nschedule:\n  - time: \"09:30\"\n    activity: \"Koffie<br>en thee\"\n---\n"}, "content/programma.md:3: HTML (<br>) wordt niet gepubliceerd"},
		// Files beside the text.
		{"image beside the card", with(resultaat("![Kinderen lezen](foto.png)"), map[string]string{"prioriteiten/1-jeugd/foto.png": photo}), ""},
		{"image with spaces in its name", with(resultaat("![Kinderen lezen](<mijn foto.png>) ![Nog eens](mijn%20foto.png)"), map[string]string{"prioriteiten/1-jeugd/mijn foto.png": photo}), ""},
		{"image without alt text", with(resultaat("![](foto.png)"), map[string]string{"prioriteiten/1-jeugd/foto.png": photo}), at("15") + `de afbeelding "foto.png" heeft geen beschrijving (alt-tekst) voor wie haar niet ziet; schrijf tussen [ en ] wat erop staat, zoals ![Kinderen lezen in de bibliotheek](foto.png)`},
		{"missing image", with(resultaat("Idee.\n\n![Foto](foto.png)"), map[string]string{"prioriteiten/1-jeugd/andere.png": photo}), at("17") + `"foto.png" bestaat niet in content/prioriteiten/1-jeugd; bedoelt u andere.png?`},
		{"image with a wrong case", with(resultaat("![Foto](Foto.PNG)"), map[string]string{"prioriteiten/1-jeugd/foto.png": photo}), at("15") + `"Foto.PNG" bestaat niet in content/prioriteiten/1-jeugd; bedoelt u foto.png? (de naam moet precies kloppen, ook hoofdletters)`},
		{"image in another folder", with(resultaat("![Foto](../2-volwassen/foto.png)"), map[string]string{"prioriteiten/2-volwassen/foto.png": photo}), at("15") + `"../2-volwassen/foto.png" staat niet in dezelfde map als 1-spoenk.md; zet foto.png naast dit bestand en schrijf (foto.png)`},
		{"pdf as image", with(resultaat("![Folder](folder.pdf)"), map[string]string{"prioriteiten/1-jeugd/folder.pdf": "%PDF-1.4"}), at("15") + `"folder.pdf" is geen afbeelding en kan dus niet getoond worden; link ernaar zonder ! ervoor: [tekst](folder.pdf)`},
		{"pdf link", with(resultaat("Lees de [folder](folder.pdf)."), map[string]string{"prioriteiten/1-jeugd/folder.pdf": "%PDF-1.4"}), ""},
		{"other kind of file", with(resultaat("Lees de [brief](brief.docx)."), map[string]string{"prioriteiten/1-jeugd/brief.docx": "x"}), at("15") + `"brief.docx" wordt niet gepubliceerd: naast een kaart kunnen alleen deze bestanden staan: .jpg, .jpeg, .png, .gif, .webp, .svg, .pdf`},
		{"not an image", with(resultaat("![Foto](foto.png)"), map[string]string{"prioriteiten/1-jeugd/foto.png": "geen png"}), at("15") + "foto.png is geen afbeelding die werkboek kan lezen; sla haar opnieuw op als jpg, png, gif of webp"},
		{"png named jpg", with(resultaat("![Foto](foto.jpg)"), map[string]string{"prioriteiten/1-jeugd/foto.jpg": photo}), at("15") + "foto.jpg is een png-afbeelding met de naam van een jpg; geef het bestand de juiste extensie (.png)"},
		{"svg with a viewBox", with(resultaat("![Logo](logo.svg)"), map[string]string{"prioriteiten/1-jeugd/logo.svg": `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 60"/>`}), ""},
		{"svg without a size", with(resultaat("![Logo](logo.svg)"), map[string]string{"prioriteiten/1-jeugd/logo.svg": `<svg xmlns="http://www.w3.org/2000/svg" width="50%"/>`}), at("15") + "logo.svg: de svg heeft geen maat; geef hem width en height in pixels of een viewBox"},
		{"svg with a script", with(resultaat("![Logo](logo.svg)"), map[string]string{"prioriteiten/1-jeugd/logo.svg": `<svg width="10" height="10" onload="alert(1)"/>`}), at("15") + "logo.svg: deze svg bevat een script (onload=); werkboek publiceert geen svg met scripts"},
		{"file named like the workbook's pdf", map[string]string{"_index.md": "---\ntitle: T\n---\nDe [folder](werkboek.pdf).\n", "werkboek.pdf": "%PDF"}, "content/_index.md:4: de naam werkboek.pdf is voor de pdf van het hele werkboek"},
		{"image for the intro", map[string]string{"_index.md": "---\ntitle: T\n---\n![Het gebouw](gebouw.png)\n", "gebouw.png": photo}, ""},
		{"unused image", map[string]string{"prioriteiten/1-jeugd/oud.png": photo}, "content/prioriteiten/1-jeugd/oud.png: waarschuwing: wordt niet gepubliceerd: geen tekst in deze map toont of noemt dit bestand; toon het in een kaart ernaast met ![beschrijving](oud.png)"},
		{"large gif", with(resultaat("![Foto](groot.gif)"), map[string]string{"prioriteiten/1-jeugd/groot.gif": "GIF89a\x01\x00\x01\x00\x00\x00\x00" + strings.Repeat("x", ImageWarnBytes)}), "content/prioriteiten/1-jeugd/groot.gif: waarschuwing: deze afbeelding is 500 kB groot en maakt de pagina traag; werkboek verkleint alleen jpg en png"},
		{"large png, made smaller by build", with(resultaat("![Foto](groot.png)"), map[string]string{"prioriteiten/1-jeugd/groot.png": photo + strings.Repeat("x", ImageWarnBytes)}), ""},
		{"card with .MD", map[string]string{"prioriteiten/1-jeugd/2-ander.MD": validCard}, "content/prioriteiten/1-jeugd/2-ander.MD: dit lijkt een kaart, maar werkboek leest alleen bestanden die op .md eindigen (kleine letters); hernoem het bestand naar 2-ander.md"},
		{"other file beside cards", map[string]string{"prioriteiten/1-jeugd/notities.txt": "x"}, "content/prioriteiten/1-jeugd/notities.txt: werkboek leest alleen teksten die op .md eindigen: is dit een kaart, hernoem het bestand dan naar notities.md; begin de naam met _ (zoals _notities.txt)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := base()
			for name, data := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(data)}
			}
			_, diags := Load(fsys, Options{Prefix: "content"})
			checkDiagnostics(t, fsys, diags)
			if tt.want == "" {
				if len(diags) > 0 {
					t.Fatalf("want no diagnostics, got:\n%v", diags)
				}
				return
			}
			// The one problem, and at most warnings besides (a file in
			// the wrong place is also a file nobody uses).
			if len(diags) == 0 || !strings.HasPrefix(diags[0].String(), tt.want) || len(diags[1:].Errors()) > 0 {
				t.Fatalf("want a diagnostic starting with\n%s\nand no other errors; got:\n%v", tt.want, diags)
			}
		})
	}
}

// TestLinksResolve checks what links and images resolve to.
func TestLinksResolve(t *testing.T) {
	fsys := base()
	card := "prioriteiten/1-jeugd/1-spoenk.md"
	fsys[card] = &fstest.MapFile{Data: []byte(strings.Replace(validCard, "Uitgewerkte ideeën.", "[b](2-tweede.md#resultaat) [p](../2-volwassen/_index.md) [t](../../tickets.md) [s](#doel) ![f](foto.png)", 1))}
	fsys["prioriteiten/1-jeugd/foto.png"] = &fstest.MapFile{Data: pngBytes(40, 30)}
	wb, diags := Load(fsys, Options{})
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	c := wb.Cards()[0]
	l := c.Body.Links
	if len(l) != 5 || l["2-tweede.md#resultaat"].Card != wb.Cards()[1] || l["2-tweede.md#resultaat"].Section != "resultaat" ||
		l["../2-volwassen/_index.md"].Priority != wb.Priorities[1] || l["../../tickets.md"].Page != "tickets" ||
		l["#doel"].Card != c || l["#doel"].Section != "doel" {
		t.Errorf("links = %+v", l)
	}
	if f := l["foto.png"].File; f == nil || f.Width != 40 || f.Height != 30 || f.Base != "foto.png" || f.Name != "prioriteiten/1-jeugd/foto.png" || !f.Image {
		t.Errorf("file = %+v", f)
	}
	// Every kind of image gives its size.
	var jpg, gf bytes.Buffer
	jpeg.Encode(&jpg, image.NewGray(image.Rect(0, 0, 64, 48)), nil)
	gif.Encode(&gf, image.NewPaletted(image.Rect(0, 0, 12, 10), color.Palette{color.Black, color.White}), nil)
	for name, want := range map[string][2]int{"a.jpg": {64, 48}, "b.gif": {12, 10}, "c.webp": {40, 30}, "d.svg": {300, 150}, "e.svg": {200, 100}} {
		data := map[string][]byte{"a.jpg": jpg.Bytes(), "b.gif": gf.Bytes(), "c.webp": webpBytes(40, 30),
			"d.svg": []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="300px" height="150"/>`),
			"e.svg": []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="200" viewBox="0,0,40,20"/>`)}[name]
		fs2 := base()
		fs2["prioriteiten/1-jeugd/"+name] = &fstest.MapFile{Data: data}
		fs2[card] = &fstest.MapFile{Data: []byte(strings.Replace(validCard, "Uitgewerkte ideeën.", "![Beeld]("+name+")", 1))}
		wb, diags := Load(fs2, Options{})
		f := wb.Cards()[0].Body.Links[name].File
		if len(diags) > 0 || f == nil || f.Width != want[0] || f.Height != want[1] {
			t.Errorf("%s: file %+v, diagnostics %v; want %v", name, f, diags, want)
		}
	}
	// The card's fingerprint covers where its links lead.
	before := c.Hash
	fsys["prioriteiten/1-jeugd/2-tweede.md"] = &fstest.MapFile{Data: []byte(strings.Replace(validCard, "question:", "slug: nieuw\nquestion:", 1))}
	wb, _ = Load(fsys, Options{})
	if wb.Cards()[0].Hash == before {
		t.Error("the hash of a card did not change when a card it links to got another slug")
	}
	if wb.Source == nil {
		t.Error("no Source to read the files from")
	}
}

// TestLinkToDraftInPreview checks that with drafts shown (serve's
// preview) a published card's link to a draft works but warns, at its
// line, that the published site would refuse it; a draft may link to a
// draft without a word.
func TestLinkToDraftInPreview(t *testing.T) {
	card := "prioriteiten/1-jeugd/1-spoenk.md"
	files := map[string]string{
		card:                               strings.Replace(validCard, "Uitgewerkte ideeën.", "[x](2-tweede.md)", 1),
		"prioriteiten/1-jeugd/2-tweede.md": strings.Replace(validCard, "question:", "draft: true\nquestion:", 1),
	}
	fsys := base()
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	_, diags := Load(fsys, Options{Prefix: "content", Drafts: true})
	want := `content/prioriteiten/1-jeugd/1-spoenk.md:15: waarschuwing: "2-tweede.md" is een concept (draft: true): hier werkt de link, maar werkboek build (zonder --drafts) weigert hem; publiceer die kaart eerst`
	if len(diags) != 1 || !strings.HasPrefix(diags[0].String(), want) {
		t.Fatalf("want one warning starting with\n%s\ngot:\n%v", want, diags)
	}
	fsys[card] = &fstest.MapFile{Data: []byte(strings.Replace(files[card], "question:", "draft: true\nquestion:", 1))}
	if _, diags := Load(fsys, Options{Prefix: "content", Drafts: true}); len(diags) != 0 {
		t.Fatalf("a draft's link to a draft: want no diagnostics, got:\n%v", diags)
	}
}
