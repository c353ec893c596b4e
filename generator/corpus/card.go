package corpus

import (
	"fmt"
	"slices"
	"strings"
)

// Headings are the five section headings of a project card, in order.
var Headings = []string{
	"Doelgroep",
	"Effect voor de doelgroep",
	"Doel van de Bibliotheek",
	"Resultaat",
	"Mogelijke onderwerpen",
}

// Size bounds a generated card file must fall within, in bytes.
const (
	minCardSize = 1100
	maxCardSize = 1950
	// targetCardSize is the largest size a card is grown towards; it is
	// below maxCardSize because one added sentence can overshoot.
	targetCardSize = 1750
)

// card is one generated project card.
type card struct {
	priority int    // index into priorities
	number   int    // 1-based number within the priority, also its weight
	name     string // file name, e.g. "0001-leesclub-leesplezier.md"
	title    string
	question string
	sections [4][]string // sentences of the first four sections
	topics   []string
	used     [5][]int // template indices used per section; 4 is the topics
}

// body renders the card's Markdown body: the five sections.
func (c *card) body() string {
	var b strings.Builder
	for i, sents := range c.sections {
		fmt.Fprintf(&b, "## %s\n\n%s\n\n", Headings[i], strings.Join(sents, " "))
	}
	fmt.Fprintf(&b, "## %s\n\n", Headings[4])
	for _, t := range c.topics {
		b.WriteString("- " + t + "\n")
	}
	return b.String()
}

// file renders the card as a werkboek content file.
func (c *card) file() []byte {
	return fmt.Appendf(nil, "---\ntitle: %s\nweight: %d\nquestion: %s\n---\n\n%s",
		quote(c.title), c.number, quote(c.question), c.body())
}

// hugoFile renders the card as a Hugo content file.
func (c *card) hugoFile() []byte {
	return fmt.Appendf(nil, "---\ntitle: %s\nweight: %d\n---\n\n%s", quote(c.title), c.number, c.body())
}

// newCard generates a card with the given title and question whose file
// size lies within [minCardSize, maxCardSize]; after a hundred failed
// attempts, which the vocabulary makes practically impossible, it returns
// the last one.
func (g *gen) newCard(title, question string) card {
	for attempt := 0; ; attempt++ {
		c := card{title: title, question: question}
		for i := range c.sections {
			for range g.between(1, 3) {
				g.addSentence(&c, i)
			}
		}
		for range g.between(2, 6) {
			g.addTopic(&c)
		}
		g.fitSize(&c, g.between(minCardSize, targetCardSize))
		if n := len(c.file()); (n >= minCardSize && n <= maxCardSize) || attempt == 100 {
			return c
		}
	}
}

// addSentence adds a sentence to section i, from a template the section
// has not used yet, so that no sentence pattern repeats within a section.
func (g *gen) addSentence(c *card, i int) {
	k := g.freshTemplate(len(sectionTemplates[i]), c.used[i])
	c.used[i] = append(c.used[i], k)
	c.sections[i] = append(c.sections[i], sentence(sectionTemplates[i][k](g)))
}

// addTopic adds a topic from a template the topic list has not used yet.
func (g *gen) addTopic(c *card) {
	k := g.freshTemplate(len(topicTemplates), c.used[4])
	c.used[4] = append(c.used[4], k)
	c.topics = append(c.topics, sentence(topicTemplates[k](g)))
}

// freshTemplate returns a random index in [0, n) that is not in used; n is
// always larger than the longest used list.
func (g *gen) freshTemplate(n int, used []int) int {
	free := make([]int, 0, n)
	for k := range n {
		if !slices.Contains(used, k) {
			free = append(free, k)
		}
	}
	return free[g.intn(len(free))]
}

// fitSize grows the card until its file size reaches target, or shrinks it
// while it exceeds maxCardSize, keeping within the limits of 1–3 sentences
// per section and 2–6 topics. It stops when the card cannot change.
func (g *gen) fitSize(c *card, target int) {
	for range 40 {
		n := len(c.file())
		switch {
		case n < target:
			var can []int // 0..3: sections, 4: topics
			for i, s := range c.sections {
				if len(s) < 3 {
					can = append(can, i)
				}
			}
			if len(c.topics) < 6 {
				can = append(can, 4)
			}
			if len(can) == 0 {
				return
			}
			if k := can[g.intn(len(can))]; k == 4 {
				g.addTopic(c)
			} else {
				g.addSentence(c, k)
			}
		case n > maxCardSize:
			var can []int
			for i, s := range c.sections {
				if len(s) > 1 {
					can = append(can, i)
				}
			}
			if len(c.topics) > 2 {
				can = append(can, 4)
			}
			if len(can) == 0 {
				return
			}
			k := can[g.intn(len(can))]
			if k == 4 {
				c.topics = c.topics[:len(c.topics)-1]
			} else {
				c.sections[k] = c.sections[k][:len(c.sections[k])-1]
			}
			c.used[k] = c.used[k][:len(c.used[k])-1]
		default:
			return
		}
	}
}

// quote returns s as a double-quoted YAML string. Backslashes, double quotes
// and control characters are escaped; everything else, including non-ASCII
// letters, is kept as is.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f || r == 0x85 || r == 0x2028 || r == 0x2029:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// slugify turns a title into a URL slug of at most six words: lower case
// ASCII letters and digits separated by hyphens, diacritics removed.
func slugify(s string) string {
	var words []string
	var w strings.Builder
	flush := func() {
		if w.Len() > 0 {
			words = append(words, w.String())
			w.Reset()
		}
	}
	for _, r := range strings.ToLower(s) {
		if f, ok := fold[r]; ok {
			r = f
		}
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			w.WriteRune(r)
		} else if r != '\'' {
			flush()
		}
	}
	flush()
	if len(words) > 6 {
		words = words[:6]
	}
	if len(words) == 0 {
		return "kaart"
	}
	return strings.Join(words, "-")
}

// fold maps letters with diacritics to their plain ASCII letter.
var fold = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ä': 'a', 'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e',
	'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ò': 'o', 'ó': 'o', 'ô': 'o', 'ö': 'o',
	'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ç': 'c', 'ñ': 'n',
}
