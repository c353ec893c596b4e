package site

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/corpus"
	"github.com/probiblio/werkboek/generator/view"
)

// TestLongListsArePaginated builds 250 cards (50 a priority): the home
// page lists the first cards of each priority and links the rest, and
// each priority's cards are spread over pages with stable addresses that
// link each other.
func TestLongListsArePaginated(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "content")
	if err := corpus.Write(dir, 250, 1); err != nil {
		t.Fatal(err)
	}
	tree := readTree(t, buildInto(t, repo, dir))
	home := string(tree["index.html"])
	if n := strings.Count(home, `class="num"`); n != 5*view.HomeLimit {
		t.Errorf("home lists %d cards, want %d", n, 5*view.HomeLimit)
	}
	if !strings.Contains(home, `href="./prioriteiten/jeugd-en-onderwijs/">Alle 50 projecten van prioriteit 1</a>`) {
		t.Error("home does not link the rest of a priority's cards")
	}
	if strings.Contains(home, "data-filters") {
		t.Error("home offers filters over a list that is not complete")
	}
	first := string(tree["prioriteiten/jeugd-en-onderwijs/index.html"])
	second := string(tree["prioriteiten/jeugd-en-onderwijs/pagina/2/index.html"])
	if _, ok := tree["prioriteiten/jeugd-en-onderwijs/pagina/3/index.html"]; ok {
		t.Error("50 cards need two pages of 30, not three")
	}
	tiles := regexp.MustCompile(`<li><a href="[^"]*"><span class="num">(\d+)</span>`)
	for _, c := range []struct {
		page       string
		from, to   int
		prev, next string
	}{
		{first, 1, 30, "", `<link rel="next" href="../../prioriteiten/jeugd-en-onderwijs/pagina/2/">`},
		{second, 31, 50, `<link rel="prev" href="../../../../prioriteiten/jeugd-en-onderwijs/">`, ""},
	} {
		nums := tiles.FindAllStringSubmatch(c.page, -1)
		if len(nums) != c.to-c.from+1 || nums[0][1] != fmt.Sprint(c.from) || nums[len(nums)-1][1] != fmt.Sprint(c.to) {
			t.Errorf("a page lists %d cards, want cards %d to %d", len(nums), c.from, c.to)
		}
		for _, link := range []string{c.prev, c.next} {
			if link != "" && !strings.Contains(c.page, link) {
				t.Errorf("page lacks %s", link)
			}
		}
	}
	if !strings.Contains(second, "<title>Jeugd en onderwijs, pagina 2 · ") || !strings.Contains(second, "Pagina 2 van 2") {
		t.Error("the second page does not say which page it is")
	}
	// Tiles link the cards from any depth.
	if !strings.Contains(second, `href="../../../../prioriteiten/jeugd-en-onderwijs/`) {
		t.Error("tiles on the second page do not reach the cards")
	}
	overview := string(tree["prioriteiten/index.html"])
	for _, want := range []string{"250 projecten", "50 projecten", `href="../prioriteiten/culturele-infrastructuur/"`} {
		if !strings.Contains(overview, want) {
			t.Errorf("/prioriteiten/ lacks %q", want)
		}
	}
	if !strings.Contains(string(tree["sitemap.xml"]), "/prioriteiten/jeugd-en-onderwijs/pagina/2/") {
		t.Error("sitemap lacks the second page")
	}
}
