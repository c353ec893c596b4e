package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var cardPath = regexp.MustCompile(`^prioriteiten/([1-5])-[a-z-]+/(\d{4,})-[a-z0-9-]+\.md$`)

// cardsOf returns the card paths of files, sorted.
func cardsOf(files map[string][]byte) []string {
	var out []string
	for name := range files {
		if strings.HasPrefix(name, "prioriteiten/") && !strings.HasSuffix(name, "/_index.md") {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// frontValue returns the unquoted value of a top-level "key: "...""
// front matter line.
func frontValue(t *testing.T, name string, data []byte, key string) string {
	t.Helper()
	m := regexp.MustCompile(`(?m)^` + key + `: (.*)$`).FindSubmatch(data)
	if m == nil {
		t.Fatalf("%s: no %s in front matter", name, key)
	}
	v, err := strconv.Unquote(string(m[1]))
	if err != nil {
		t.Fatalf("%s: %s %s is not a quoted string: %v", name, key, m[1], err)
	}
	return v
}

func TestDeterministic(t *testing.T) {
	a, b := Files(50, 7), Files(50, 7)
	if len(a) != len(b) {
		t.Fatalf("two calls gave %d and %d files", len(a), len(b))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs between two calls with the same seed", name)
		}
	}
	ha, hb := HugoFiles(50, 7), HugoFiles(50, 7)
	for name, data := range ha {
		if !bytes.Equal(data, hb[name]) {
			t.Errorf("hugo %s differs between two calls with the same seed", name)
		}
	}
	c := Files(50, 8)
	same := 0
	for _, name := range cardsOf(a) {
		if bytes.Equal(a[name], c[name]) {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d cards are identical for seeds 7 and 8", same)
	}
	if bytes.Equal(a["_index.md"], c["_index.md"]) {
		t.Error("_index.md is identical for seeds 7 and 8")
	}
}

func TestCardCount(t *testing.T) {
	for _, n := range []int{0, 1, 7, 100} {
		files := Files(n, 1)
		cards := cardsOf(files)
		if len(cards) != n {
			t.Errorf("Files(%d): %d cards", n, len(cards))
		}
		if want := 4 + 5 + n; len(files) != want {
			t.Errorf("Files(%d): %d files, want %d", n, len(files), want)
		}
		perPriority := map[string]int{}
		for _, name := range cards {
			m := cardPath.FindStringSubmatch(name)
			if m == nil {
				t.Errorf("card path %q has the wrong form", name)
				continue
			}
			perPriority[m[1]]++
		}
		for k := 1; k <= 5; k++ {
			want := n / 5
			if k <= n%5 {
				want++
			}
			if got := perPriority[strconv.Itoa(k)]; got != want {
				t.Errorf("Files(%d): priority %d has %d cards, want %d", n, k, got, want)
			}
		}
	}
}

func TestFixedPages(t *testing.T) {
	files := Files(3, 1)
	want := []string{"_index.md", "programma.md", "keuzelijst.md", "tickets.md"}
	for i, p := range priorities {
		want = append(want, fmt.Sprintf("prioriteiten/%d-%s/_index.md", i+1, p.slug))
	}
	for _, name := range want {
		data, ok := files[name]
		if !ok {
			t.Errorf("missing %s", name)
			continue
		}
		if !bytes.HasPrefix(data, []byte("---\n")) || !bytes.Contains(data, []byte("\n---\n\n")) {
			t.Errorf("%s has no front matter block", name)
		}
	}
	root := string(files["_index.md"])
	for _, s := range []string{`edition: "2099"`, "  date: 2099-09-19", `  start: "09:30"`,
		`  registration: "https://example.org/agenda"`, "contact:", "  email: "} {
		if !strings.Contains(root, s) {
			t.Errorf("_index.md lacks %q", s)
		}
	}
	tickets := string(files["tickets.md"])
	if !strings.Contains(tickets, "max: 3\n") ||
		!strings.Contains(tickets, `fields: ["Prioriteit", "Onderwerp", "Bibliotheek"]`) {
		t.Errorf("tickets.md has the wrong rules:\n%s", tickets)
	}
	times := regexp.MustCompile(`(?m)^  - time: "(\d\d:\d\d)"$`).FindAllStringSubmatch(string(files["programma.md"]), -1)
	if len(times) < 6 {
		t.Fatalf("programma.md has %d slots", len(times))
	}
	for i := 1; i < len(times); i++ {
		if times[i][1] <= times[i-1][1] {
			t.Errorf("slot %s follows %s", times[i][1], times[i-1][1])
		}
	}
	if !strings.Contains(string(files["programma.md"]), "    items:\n      - text: ") {
		t.Error("programma.md has no slot with items")
	}
	for i, p := range []string{"programme:", "", "programme:", "", ""} {
		data := string(files[fmt.Sprintf("prioriteiten/%d-%s/_index.md", i+1, priorities[i].slug)])
		if has := strings.Contains(data, "\nprogramme:\n"); has != (p != "") {
			t.Errorf("priority %d: programme present = %v", i+1, has)
		}
		if has := strings.Contains(data, "\nnote:\n"); has != (i == 2) {
			t.Errorf("priority %d: note present = %v", i+1, has)
		}
		if !strings.Contains(data, fmt.Sprintf("\nweight: %d\n", i+1)) {
			t.Errorf("priority %d: wrong weight", i+1)
		}
	}
}

func TestCardShape(t *testing.T) {
	files := Files(100, 42)
	titles := map[string]string{}
	for _, name := range cardsOf(files) {
		data := files[name]
		if n := len(data); n < 900 || n > 2300 {
			t.Errorf("%s: %d bytes, want 900–2300", name, n)
		}
		title := frontValue(t, name, data, "title")
		if prev, dup := titles[title]; dup {
			t.Errorf("%s and %s share the title %q", prev, name, title)
		}
		titles[title] = name
		if q := frontValue(t, name, data, "question"); !strings.HasSuffix(q, "?") {
			t.Errorf("%s: question %q does not end with ?", name, q)
		}
		number := cardPath.FindStringSubmatch(name)[2]
		w, _ := strconv.Atoi(number)
		if !bytes.Contains(data, fmt.Appendf(nil, "\nweight: %d\n", w)) {
			t.Errorf("%s: weight is not %d", name, w)
		}
		checkBody(t, name, string(data))
	}
}

// checkBody checks that a card has the five sections in order, each
// non-empty, with 1–3 sentences and 2–6 topics.
func checkBody(t *testing.T, name, data string) {
	t.Helper()
	_, body, ok := strings.Cut(strings.TrimPrefix(data, "---\n"), "\n---\n")
	if !ok {
		t.Errorf("%s: no end of front matter", name)
		return
	}
	var heads []string
	sections := map[string][]string{}
	for _, line := range strings.Split(body, "\n") {
		if h, ok := strings.CutPrefix(line, "## "); ok {
			heads = append(heads, h)
		} else if line != "" && len(heads) > 0 {
			sections[heads[len(heads)-1]] = append(sections[heads[len(heads)-1]], line)
		} else if line != "" {
			t.Errorf("%s: text before the first heading: %q", name, line)
		}
	}
	if strings.Join(heads, "|") != strings.Join(Headings, "|") {
		t.Errorf("%s: headings %q, want %q", name, heads, Headings)
		return
	}
	for _, h := range Headings[:4] {
		lines := sections[h]
		if len(lines) != 1 {
			t.Errorf("%s: section %s has %d paragraphs, want 1", name, h, len(lines))
			continue
		}
		if n := strings.Count(lines[0]+" ", ". "); n < 1 || n > 3 {
			t.Errorf("%s: section %s has %d sentences: %q", name, h, n, lines[0])
		}
	}
	topics := sections[Headings[4]]
	if len(topics) < 2 || len(topics) > 6 {
		t.Errorf("%s: %d topics, want 2–6", name, len(topics))
	}
	for _, tp := range topics {
		if !strings.HasPrefix(tp, "- ") || len(tp) < 10 {
			t.Errorf("%s: topic %q is not a list item", name, tp)
		}
	}
}

func TestWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "werkboek")
	if err := Write(dir, 7, 3); err != nil {
		t.Fatal(err)
	}
	for name, data := range Files(7, 3) {
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Errorf("reading %s: %v", name, err)
		} else if !bytes.Equal(got, data) {
			t.Errorf("%s on disk differs from Files", name)
		}
	}
	err := Write(dir, 7, 3)
	if !errors.Is(err, ErrNotEmpty) {
		t.Errorf("writing into a full folder: err = %v, want ErrNotEmpty", err)
	}
	empty := t.TempDir()
	if err := Write(empty, 1, 3); err != nil {
		t.Errorf("writing into an empty folder: %v", err)
	}
}

func TestWriteHugo(t *testing.T) {
	dir := t.TempDir()
	if err := WriteHugo(dir, 7, 3); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"hugo.toml", "layouts/_default/single.html",
		"layouts/_default/list.html", "layouts/index.html", "content/_index.md",
		"content/prioriteiten/_index.md", "content/prioriteiten/1-jeugd-en-onderwijs/_index.md"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("missing %s: %v", name, err)
		}
	}
	conf, _ := os.ReadFile(filepath.Join(dir, "hugo.toml"))
	if !strings.Contains(string(conf), `disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]`) {
		t.Errorf("hugo.toml lacks disableKinds:\n%s", conf)
	}
	files := Files(7, 3)
	for _, name := range cardsOf(files) {
		got, err := os.ReadFile(filepath.Join(dir, "content", filepath.FromSlash(name)))
		if err != nil {
			t.Errorf("hugo card %s: %v", name, err)
			continue
		}
		_, wantBody, _ := strings.Cut(string(files[name]), "\n---\n")
		_, gotBody, _ := strings.Cut(string(got), "\n---\n")
		if gotBody != wantBody {
			t.Errorf("hugo card %s has a different body", name)
		}
		if bytes.Contains(got, []byte("question:")) || !bytes.Contains(got, []byte("\nweight: ")) {
			t.Errorf("hugo card %s has the wrong front matter", name)
		}
	}
	if err := WriteHugo(dir, 7, 3); !errors.Is(err, ErrNotEmpty) {
		t.Errorf("writing into a full folder: err = %v, want ErrNotEmpty", err)
	}
}
