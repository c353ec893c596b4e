package corpus

import "strings"

// noun is a Dutch noun together with its definite article ("de" or "het").
type noun struct {
	art, word string
}

// adjective holds the bare and the inflected (-e) form of a Dutch adjective.
type adjective struct {
	bare, infl string
}

// verb holds the infinitive, the past participle and the "te"-infinitive of
// a Dutch verb, so that separable verbs come out right ("in te zetten").
type verb struct {
	inf, pp, te string
}

// nouns turns strings of the form "de leesclub" into nouns.
func nouns(list ...string) []noun {
	out := make([]noun, len(list))
	for i, s := range list {
		art, word, _ := strings.Cut(s, " ")
		out[i] = noun{art: art, word: word}
	}
	return out
}

// groups are target groups of library work, in the plural.
var groups = []string{
	"jongeren", "kinderen", "peuters", "kleuters", "scholieren", "studenten",
	"ouders", "jonge ouders", "grootouders", "senioren", "ouderen",
	"laaggeletterden", "nieuwkomers", "statushouders", "werkzoekenden",
	"mantelzorgers", "vrijwilligers", "leerkrachten", "docenten",
	"pedagogisch medewerkers", "ondernemers", "zzp'ers", "inwoners",
	"buurtbewoners", "tieners", "jongvolwassenen", "anderstaligen",
	"leesconsulenten", "mediacoaches", "taalvrijwilligers",
	"bibliotheekmedewerkers", "lezers", "leden", "niet-leden", "gezinnen",
	"schoolbesturen", "bestuurders", "beleidsmakers", "kwetsbare burgers",
	"mensen met een beperking",
}

// qualifiers narrow a target group down.
var qualifiers = []string{
	"tot achttien jaar", "in het primair onderwijs", "in het voortgezet onderwijs",
	"met een taalachterstand", "in kwetsbare wijken", "met weinig digitale vaardigheden",
	"uit de hele regio", "in kleine kernen", "zonder startkwalificatie",
	"in de voorschoolse periode", "met een migratieachtergrond", "in het mbo",
	"die nog geen lid zijn", "met schulden", "in de leeftijd van nul tot vier jaar",
	"met een kleine beurs", "op het platteland",
}

// relatives complete the phrase "<group> die ...".
var relatives = []string{
	"weinig lezen", "de Bibliotheek nog niet kennen", "moeite hebben met formulieren",
	"willen werken aan hun taalvaardigheid", "nieuw zijn in de gemeente",
	"online informatie zoeken", "graag samen leren", "zelden een boek lenen",
	"een opleiding volgen", "actief willen meedoen in de samenleving",
	"behoefte hebben aan ontmoeting", "hun ideeën willen delen",
}

// abstracts are themes and qualities the workbook keeps coming back to.
var abstracts = nouns(
	"het leesplezier", "de leesvaardigheid", "de taalvaardigheid", "de mediawijsheid",
	"de zelfredzaamheid", "het burgerschap", "de creativiteit", "de samenwerking",
	"de participatie", "de continuïteit", "de kennisdeling", "de ontmoeting",
	"de betrokkenheid", "de zichtbaarheid", "de cultuureducatie", "de geletterdheid",
	"de informatievaardigheid", "de gezondheidsvaardigheid", "het eigenaarschap",
	"de nieuwsgierigheid", "de verbinding", "de inclusie", "de toegankelijkheid",
	"de innovatie", "de deskundigheid", "het ondernemerschap", "de leesmotivatie",
	"de digitale inclusie", "de financiële zelfredzaamheid", "de leescultuur",
	"het debat", "de democratie", "de privacy", "de werkgelegenheid", "het erfgoed",
	"de cultuurparticipatie", "de taalontwikkeling", "de kwaliteit", "de efficiëntie",
	"de klanttevredenheid",
)

// products are things a library project makes, runs or delivers.
var products = nouns(
	"de leesclub", "het programma", "de workshop", "de training", "het netwerk",
	"de toolkit", "de methode", "de campagne", "de lesbrief", "het spreekuur",
	"het taalcafé", "de makerspace", "het leesplan", "het collectieplan",
	"het activiteitenprogramma", "de e-learningmodule", "de handreiking",
	"de werkwijze", "de leerlijn", "het scholingsaanbod", "het bibliotheekpunt",
	"het festival", "het voorleesproject", "het informatiepunt", "het dashboard",
	"de monitor", "de klantreis", "het marketingplan", "het verdienmodel",
	"het koersdocument", "de samenwerkingsovereenkomst", "de pilot", "de expositie",
	"de podcast", "de lezingenreeks", "de schrijfwedstrijd", "het inloopspreekuur",
	"de huiswerkklas", "de codeerclub", "de ideeënbus", "het onderzoek",
	"de evaluatie", "het jaarplan", "de collectie", "de leeskring", "het café",
	"de cursus", "het portaal", "de app", "de website", "de nieuwsbrief",
	"het leerplein", "de wisselcollectie", "de voorleesexpress",
)

// adjectives describe products and partners.
var adjectives = []adjective{
	{"digitaal", "digitale"}, {"financieel", "financiële"}, {"lokaal", "lokale"},
	{"regionaal", "regionale"}, {"provinciaal", "provinciale"}, {"nieuw", "nieuwe"},
	{"duurzaam", "duurzame"}, {"innovatief", "innovatieve"},
	{"laagdrempelig", "laagdrempelige"}, {"gezamenlijk", "gezamenlijke"},
	{"structureel", "structurele"}, {"educatief", "educatieve"},
	{"maatschappelijk", "maatschappelijke"}, {"cultureel", "culturele"},
	{"creatief", "creatieve"}, {"praktisch", "praktische"}, {"helder", "heldere"},
	{"toegankelijk", "toegankelijke"}, {"integraal", "integrale"},
	{"strategisch", "strategische"}, {"multimediaal", "multimediale"},
	{"vernieuwend", "vernieuwende"}, {"eenvoudig", "eenvoudige"}, {"breed", "brede"},
	{"actief", "actieve"}, {"flexibel", "flexibele"}, {"inspirerend", "inspirerende"},
	{"interactief", "interactieve"}, {"intergenerationeel", "intergenerationele"},
	{"sociaal", "sociale"}, {"klein", "kleine"}, {"compact", "compacte"},
	{"persoonlijk", "persoonlijke"}, {"efficiënt", "efficiënte"},
	{"betrouwbaar", "betrouwbare"}, {"ambitieus", "ambitieuze"},
}

// partners are organisations a library works with.
var partners = []string{
	"de gemeente", "het onderwijs", "de kinderopvang", "het consultatiebureau",
	"welzijnsorganisaties", "het jongerenwerk", "de GGD", "het UWV", "taalaanbieders",
	"lokale ondernemers", "musea", "archieven", "theaters", "de provincie", "ProBiblio",
	"andere bibliotheken", "het sociaal wijkteam", "basisscholen", "het mbo",
	"de volkshogeschool", "zorginstellingen", "woningcorporaties", "cultuurhuizen",
	"de muziekschool", "het Taalhuis", "Stichting Lezen", "de Koninklijke Bibliotheek",
	"het Leerwerkloket", "de schuldhulpverlening", "huisartsen",
}

// places say where something happens.
var places = []string{
	"in de wijk", "op school", "in de vestiging", "in het buurthuis", "in het dorp",
	"in de regio", "thuis", "online", "in het Taalhuis", "op de werkvloer",
	"in de kinderopvang", "in het verzorgingshuis", "op het gemeentehuis",
	"in de centrale bibliotheek", "op het schoolplein", "in de bibliobus",
	"in het wijkcentrum", "op de markt",
}

// verbs are what projects do with products.
var verbs = []verb{
	{"ontwikkelen", "ontwikkeld", "te ontwikkelen"}, {"uitwerken", "uitgewerkt", "uit te werken"},
	{"inzetten", "ingezet", "in te zetten"}, {"verspreiden", "verspreid", "te verspreiden"},
	{"testen", "getest", "te testen"}, {"evalueren", "geëvalueerd", "te evalueren"},
	{"opschalen", "opgeschaald", "op te schalen"}, {"delen", "gedeeld", "te delen"},
	{"organiseren", "georganiseerd", "te organiseren"}, {"invoeren", "ingevoerd", "in te voeren"},
	{"vormgeven", "vormgegeven", "vorm te geven"}, {"verbeteren", "verbeterd", "te verbeteren"},
	{"borgen", "geborgd", "te borgen"}, {"lanceren", "gelanceerd", "te lanceren"},
	{"verkennen", "verkend", "te verkennen"}, {"versterken", "versterkt", "te versterken"},
	{"verbreden", "verbreed", "te verbreden"}, {"onderzoeken", "onderzocht", "te onderzoeken"},
	{"ontwerpen", "ontworpen", "te ontwerpen"}, {"samenstellen", "samengesteld", "samen te stellen"},
	{"aanbieden", "aangeboden", "aan te bieden"}, {"opzetten", "opgezet", "op te zetten"},
	{"uitbreiden", "uitgebreid", "uit te breiden"}, {"vernieuwen", "vernieuwd", "te vernieuwen"},
	{"beschrijven", "beschreven", "te beschrijven"}, {"financieren", "gefinancierd", "te financieren"},
}

// states describe how a target group feels after a project.
var states = []string{
	"zekerder", "betrokkener", "zelfstandiger", "beter toegerust", "meer welkom",
	"gezien en gehoord", "sterker", "beter geïnformeerd", "nieuwsgieriger",
}

// times are moments by which a result is reached.
var times = []string{
	"na twee jaar", "binnen een jaar", "in 2099", "voor het eind van het jaar",
	"in het komende seizoen", "gedurende het schooljaar", "na afloop van het project",
	"binnen drie jaar", "na de eerste projectfase",
}

// percents are modest, plausible growth figures.
var percents = []string{
	"10 procent", "15 procent", "20 procent", "25 procent", "30 procent",
	"40 procent", "de helft", "een derde", "een kwart",
}

// counts are small numbers written out.
var counts = []string{"twee", "drie", "vier", "vijf", "zes", "acht", "tien", "twaalf", "twintig"}

// linkTexts are anchor texts for the occasional link.
var linkTexts = []string{
	"de handreiking", "het verslag", "de projectpagina", "meer voorbeelden",
	"de evaluatie", "het kennisplatform",
}

// firstNames and lastNames make up speakers and contacts.
var (
	firstNames = []string{
		"Anna", "Sanne", "Fleur", "Joris", "Pieter", "Femke", "Ruud", "Ingrid", "Marloes",
		"Bas", "Sietske", "Henk", "Noor", "Daan", "Lotte", "Thijs", "Wendy", "Karin",
		"Jeroen", "Esther", "Zoë", "Noë",
	}
	lastNames = []string{
		"de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
		"Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
		"Brouwer", "de Wit", "Dijkstra", "Smits", "van den Berg", "Kok", "Verhoeven",
	}
)
