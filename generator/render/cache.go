package render

import (
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"html/template"
	"sync"
)

// Cache keeps the HTML made for each card between builds of one session
// (watch and serve mode): a card whose file did not change is not
// converted again, and its print edition part and checklist row are reused
// while its number and priority stay the same. A Cache belongs to one set
// of layouts; make a new one when the layouts change.
type Cache struct {
	mu     sync.Mutex
	conv   map[string]converted // by card path
	frags  map[string]fragments // by card path
	joined map[string]joined    // by priority slug and list kind
}

type joined struct {
	sig  uint64
	html template.HTML
}

type converted struct {
	hash      uint64
	baseURL   string // print links to PDFs are absolute with it
	lead      template.HTML
	printLead template.HTML
	sections  []SectionView
	desc      string
	audiences []string
}

type fragments struct {
	sig   string
	parts [len(fragmentNames)]template.HTML
}

// listSig fingerprints the cards of a priority, in order: when it is
// unchanged, so are the priority's joined lists.
func listSig(p *PriorityView) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	h.WriteString(p.Slug)
	h.WriteByte(0)
	h.WriteString(p.Title)
	var nums [3 * 8]byte
	binary.LittleEndian.PutUint64(nums[16:], uint64(p.Number))
	for _, cv := range p.Cards {
		binary.LittleEndian.PutUint64(nums[0:], cv.Hash)
		binary.LittleEndian.PutUint64(nums[8:], uint64(cv.Number))
		h.Write(nums[:])
		h.WriteString(cv.Path)
	}
	return h.Sum64()
}

// seed makes fingerprints comparable within one process, which is all
// a session needs.
var seed = maphash.MakeSeed()

func (c *Cache) list(slug string, k int, sig uint64) (template.HTML, bool) {
	if c == nil {
		return "", false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.joined[slug+"\x00"+fragmentNames[k]]
	return e.html, ok && e.sig == sig
}

func (c *Cache) storeList(slug string, k int, sig uint64, html template.HTML) {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.joined[slug+"\x00"+fragmentNames[k]] = joined{sig, html}
	c.mu.Unlock()
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{conv: map[string]converted{}, frags: map[string]fragments{}, joined: map[string]joined{}}
}

func (c *Cache) converted(cv *CardView, baseURL string) bool {
	if c == nil {
		return false
	}
	c.mu.Lock()
	e, ok := c.conv[cv.Path]
	c.mu.Unlock()
	if !ok || e.hash != cv.Hash || cv.Hash == 0 || e.baseURL != baseURL {
		return false
	}
	cv.Lead, cv.PrintLead, cv.Sections, cv.Description, cv.Audiences = e.lead, e.printLead, e.sections, e.desc, e.audiences
	return true
}

func (c *Cache) storeConverted(cv *CardView, baseURL string) {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.conv[cv.Path] = converted{cv.Hash, baseURL, cv.Lead, cv.PrintLead, cv.Sections, cv.Description, cv.Audiences}
	c.mu.Unlock()
}

// fragmentSig names everything a card's print part and checklist row
// depend on besides the layouts.
func fragmentSig(cv *CardView) string {
	p := cv.Priority
	return fmt.Sprintf("%x|%d|%s|%d|%s", cv.Hash, cv.Number, p.Slug, p.Number, p.Title)
}

func (c *Cache) fragments(cv *CardView) bool {
	if c == nil {
		return false
	}
	c.mu.Lock()
	e, ok := c.frags[cv.Path]
	c.mu.Unlock()
	if !ok || e.sig != fragmentSig(cv) {
		return false
	}
	cv.Parts = e.parts
	return true
}

func (c *Cache) storeFragments(cv *CardView) {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.frags[cv.Path] = fragments{fragmentSig(cv), cv.Parts}
	c.mu.Unlock()
}
