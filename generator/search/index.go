package search

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/probiblio/werkboek/generator/pool"
	"github.com/probiblio/werkboek/generator/view"
)

// The search index is written by werkboek itself, in the manner of
// Pagefind: a small edition gets one file (zoekindex.json) with every
// word and every text; a large one gets a root file and shards fetched
// on demand, so a query transfers a few shards and the texts of its
// results only:
//
//   - zoek/w<i>.json holds the words whose first two letters fall in
//     bucket i (a hash of those letters), each with its postings: every
//     word that starts with a query word of two or more letters is in one
//     shard;
//   - zoek/d<j>.json holds the texts of documents DocsPerShard*j onward,
//     cut to about ShardText characters (the snippet under a result comes
//     from them; the ranking does not).
//
// Words are folded and stemmed as assets/js/werkboek.js does (fold,
// words, stem), and each posting says in which fields of a document the
// word occurs, so the browser ranks exactly as with one file.
const (
	// InlineBelow is the number of documents below which the whole index
	// is one file.
	InlineBelow = 300
	// DocsPerShard is how many documents' texts one zoek/d<j>.json holds.
	DocsPerShard = 8
	// docsPerBucket sets the number of word shards: one per this many
	// documents.
	docsPerBucket = 40
	// ShardText is about how many characters of a document's text its
	// shard holds.
	ShardText = 400
)

// Field bits of a posting, as the browser scores them: a word in the
// title counts 10, in a topic 4, in the context 2, in the text 1.
const (
	inTitle = 1 << iota
	inTopics
	inContext
	inText
)

// searchDoc is one document: [url, title, context, kind, text, topics].
type searchDoc [6]any

// Search is the search index of one rebuild; it is made on first use, so
// a rebuild that writes none of its files costs nothing.
type Index struct {
	b     *view.Book
	cards []*view.CardView // the cards searched: drafts are left out
	// Offline makes the addresses of libraries name deelnemers/index.html,
	// as an offline site needs (the browser does so for folders).
	Offline bool
	once    sync.Once
	docs    []searchDoc
	words   []map[string][]uint32 // per bucket: word → postings (doc<<4 | fields)
	buckets int
}

// NewSearch prepares the search index of b.
func New(b *view.Book) *Index {
	s := &Index{b: b, buckets: 1}
	for _, c := range b.Cards {
		if !c.Draft {
			s.cards = append(s.cards, c)
		}
	}
	n := len(b.Priorities) + len(s.cards) + s.libraries()
	if n >= InlineBelow {
		s.buckets = (n + docsPerBucket - 1) / docsPerBucket
	}
	return s
}

// SearchFile is one file of the index and the cards whose texts it holds
// (nil: it depends on every card).
type File struct {
	Name  string
	Cards []*view.CardView
	// Word is the number of a word shard (zoek/w<Word>.json); -1 for
	// the other files.
	Word int
}

// Files lists the files of the index; the names depend only on the
// number of documents, so they are known before the index is made.
func (s *Index) Files() []File {
	out := []File{{Name: "zoekindex.json", Word: -1}}
	if s.buckets == 1 {
		return out
	}
	for i := range s.buckets {
		out = append(out, File{Name: fmt.Sprintf("zoek/w%d.json", i), Word: i})
	}
	np, nc := len(s.b.Priorities), len(s.cards)
	n := np + nc + s.libraries()
	for j := 0; j*DocsPerShard < n; j++ {
		from, to := j*DocsPerShard, min(n, (j+1)*DocsPerShard)
		var cards []*view.CardView
		if from >= np && to <= np+nc { // else a priority's or a library's text: depends on more than cards
			cards = s.cards[from-np : to-np]
		}
		out = append(out, File{Name: fmt.Sprintf("zoek/d%d.json", j), Cards: cards, Word: -1})
	}
	return out
}

// Write writes the index file name.
func (s *Index) Write(name string, w io.Writer) error {
	var v any
	switch {
	case name == "zoekindex.json" && s.buckets == 1:
		s.make()
		v = map[string]any{"v": 2, "n": len(s.docs), "w": s.shard(0), "d": s.docs}
	case name == "zoekindex.json":
		v = map[string]any{"v": 2, "n": len(s.b.Priorities) + len(s.cards) + s.libraries(), "b": s.buckets, "k": DocsPerShard}
	default:
		var kind byte
		var i int
		if _, err := fmt.Sscanf(name, "zoek/%c%d.json", &kind, &i); err != nil {
			return fmt.Errorf("onbekend bestand van de zoekindex: %s", name)
		}
		s.make()
		if kind == 'w' {
			v = s.shard(i)
		} else {
			docs := slices.Clone(s.docs[i*DocsPerShard : min(len(s.docs), (i+1)*DocsPerShard)])
			for k := range docs {
				docs[k][4] = cut(docs[k][4].(string), ShardText)
			}
			v = docs
		}
	}
	// encoding/json escapes <, > and &, so no content can break out.
	data, err := json.Marshal(v)
	if err == nil {
		_, err = w.Write(data)
	}
	return err
}

// shard is bucket i as {"t": words, "p": postings}: words sorted, and each
// word's postings as one string (see encode).
func (s *Index) shard(i int) map[string]any {
	m := s.words[i]
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	slices.Sort(words)
	postings := make([]string, len(words))
	for k, w := range words {
		postings[k] = encode(m[w])
	}
	return map[string]any{"t": words, "p": postings}
}

// digits are the 64 characters postings are written with; none needs
// escaping in JSON.
const digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"

// encode writes postings (doc<<4 | fields, docs ascending) as a string:
// each posting's doc delta-coded, as the number delta<<4 | fields in
// groups of five bits, lowest first, a digit per group with 32 added
// while more groups follow. A word in every document costs about one
// character a document.
func encode(ps []uint32) string {
	var b strings.Builder
	prev := uint32(0)
	for _, p := range ps {
		doc := p >> 4
		v := (doc-prev)<<4 | p&15
		prev = doc
		for v >= 32 {
			b.WriteByte(digits[32|v&31])
			v >>= 5
		}
		b.WriteByte(digits[v])
	}
	return b.String()
}

// cut shortens text to about n characters, at a word.
func cut(text string, n int) string {
	if len(text) <= n {
		return text
	}
	if i := strings.LastIndexByte(text[:n], ' '); i > n/2 {
		return text[:i] + " …"
	}
	return strings.ToValidUTF8(text[:n], "") + "…"
}

// make collects the documents and the words of every field.
func (s *Index) make() {
	s.once.Do(func() {
		b := s.b
		s.docs = make([]searchDoc, 0, len(b.Priorities)+len(s.cards))
		for _, p := range b.Priorities {
			s.docs = append(s.docs, searchDoc{p.URL, p.Title, "Prioriteit " + strconv.Itoa(p.Number), "p", p.SearchText, []string{}})
		}
		for _, c := range s.cards {
			s.docs = append(s.docs, cardDoc(c))
		}
		s.docs = s.appendLibraries(s.docs)
		// Each document's words, in parallel, a batch at a time (so the
		// words of ten thousand documents are never all in memory at
		// once); merged in document order.
		s.words = make([]map[string][]uint32, s.buckets)
		for i := range s.words {
			s.words[i] = map[string][]uint32{}
		}
		const batch = 512
		perDoc := make([]map[string]uint8, batch)
		for from := 0; from < len(s.docs); from += batch {
			n := min(batch, len(s.docs)-from)
			pool.Each(n, func(i int) {
				if perDoc[i] == nil {
					perDoc[i] = make(map[string]uint8, 128)
				}
				docWordsInto(perDoc[i], s.docs[from+i])
			})
			for i, ws := range perDoc[:n] {
				doc := uint32(from + i)
				for w, f := range ws {
					m := s.words[bucket(w, s.buckets)]
					ps, ok := m[w]
					if !ok {
						w = strings.Clone(w) // not the whole text it was cut from
					}
					m[w] = append(ps, doc<<4|uint32(f))
				}
			}
		}
	})
}

// cardDoc is the document of a card.
func cardDoc(c *view.CardView) searchDoc {
	return searchDoc{c.URL, c.Title, "Prioriteit " + strconv.Itoa(c.Priority.Number) + " · " + strconv.Itoa(c.Number), "k", c.SearchText, c.Topics}
}

// docWords returns the stemmed words of a document with the fields they
// occur in.
func docWords(d searchDoc) map[string]uint8 {
	return docWordsInto(make(map[string]uint8, 128), d)
}

// docWordsInto is docWords into out, which it empties first.
func docWordsInto(out map[string]uint8, d searchDoc) map[string]uint8 {
	clear(out)
	add := func(text string, f uint8) {
		eachWord(text, func(w string) { out[w] |= f })
	}
	context := d[2].(string)
	if d[3] == "p" {
		context += " prioriteit"
	}
	add(d[1].(string), inTitle)
	add(strings.Join(d[5].([]string), " "), inTopics)
	add(context, inContext)
	add(d[4].(string), inText)
	return out
}

// bucket is the word shard of w: a hash of its first two letters.
func bucket(w string, n int) int {
	if n == 1 {
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(w[:min(2, len(w))]))
	return int(h.Sum32() % uint32(n))
}

// SearchWords splits text into the folded, stemmed words the index holds,
// exactly as the browser splits a query.
func Words(text string) []string {
	var out []string
	eachWord(text, func(w string) { out = append(out, w) })
	return out
}

// eachWord calls f with each word of text as SearchWords splits it: the
// runs of a-z and 0-9 of the folded text, stemmed.
func eachWord(text string, f func(string)) {
	folded := foldJS(text) // ASCII only: other letters became spaces
	for i := 0; i < len(folded); {
		for i < len(folded) && !wordByte(folded[i]) {
			i++
		}
		j := i
		for j < len(folded) && wordByte(folded[j]) {
			j++
		}
		if j > i {
			f(stem(folded[i:j]))
		}
		i = j
	}
}

func wordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }
