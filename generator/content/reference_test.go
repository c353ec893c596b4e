package content

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/model"
)

var (
	fileHeadingRE = regexp.MustCompile("(?m)^### `([^`]+)`$")
	keyRowRE      = regexp.MustCompile("(?m)^\\| `([a-zA-Z.]+)` \\| ([^|]+) \\| ([^\\n]*) \\|$")
)

// TestReferenceMatchesSchema fails when the reference (inhoud.md) and the
// schema the loader checks drift apart: a file or key the schema has and
// the reference lacks, or the other way round, a key of another kind, a
// range the reference does not state, and the headings, anchors, file
// kinds and size limits of the content package.
func TestReferenceMatchesSchema(t *testing.T) {
	documented := map[string]map[string]string{} // file → key → row
	kinds := map[string]map[string]string{}
	heads := fileHeadingRE.FindAllStringSubmatchIndex(Reference, -1)
	for i, h := range heads {
		file := Reference[h[2]:h[3]]
		end := len(Reference)
		if i+1 < len(heads) {
			end = heads[i+1][0]
		}
		documented[file], kinds[file] = map[string]string{}, map[string]string{}
		for _, row := range keyRowRE.FindAllStringSubmatch(Reference[h[1]:end], -1) {
			documented[file][row[1]] = row[3]
			kinds[file][row[1]] = strings.TrimSpace(row[2])
		}
	}
	for _, s := range Schemas() {
		doc, ok := documented[s.File]
		if !ok {
			t.Errorf("inhoud.md has no section ### `%s`", s.File)
			continue
		}
		for _, k := range s.Keys {
			row, ok := doc[k.Path]
			switch {
			case !ok:
				t.Errorf("inhoud.md, %s: key %s is missing", s.File, k.Path)
			case kinds[s.File][k.Path] != k.Kind:
				t.Errorf("inhoud.md, %s: key %s is a %q, the schema says %q", s.File, k.Path, kinds[s.File][k.Path], k.Kind)
			case k.Min != 0 || k.Max != 0:
				if want := fmt.Sprintf("van %d tot en met %d", k.Min, k.Max); !strings.Contains(row, want) {
					t.Errorf("inhoud.md, %s: key %s does not say %q", s.File, k.Path, want)
				}
			}
			delete(doc, k.Path)
		}
		for key := range doc {
			t.Errorf("inhoud.md, %s: key %s is not in the schema", s.File, key)
		}
		delete(documented, s.File)
	}
	for file := range documented {
		t.Errorf("inhoud.md describes %s, which the schema does not know", file)
	}
	var want []string
	for i, title := range model.SectionTitles {
		want = append(want, "`## "+title+"`", "`#"+model.SectionIDs[i]+"`")
	}
	for _, ext := range FileExts {
		want = append(want, "`"+ext+"`")
	}
	want = append(want, "`## Bouwstenen`", kB(ImageWarnBytes), kB(PDFWarnBytes), "`werkboek.pdf`")
	// What is ignored, and the endings read as a misnamed text: the
	// reference states every rule by which a file is not an error.
	for _, e := range mdEndings {
		if e != ".md" {
			want = append(want, "`"+e+"`")
		}
	}
	for _, name := range []string{"x~", "x.swp", "x.swx", "x.tmp", "x.bck", "4913", ".#x", "#x#", "jb_x___", "Thumbs.db", "desktop.ini", "~$x"} {
		if !Ignored(name) {
			t.Errorf("%s is not ignored", name)
		}
	}
	want = append(want, "`*~`", "`*.swp`", "`*.swx`", "`*.tmp`", "`*.bck`", "`4913`", "`.#*`", "`#*#`", "`jb_*___`", "`Thumbs.db`", "`desktop.ini`", "`~$…`", "`_notities.txt`", "`.MD`")
	for _, w := range want {
		if !strings.Contains(Reference, w) {
			t.Errorf("inhoud.md does not mention %s", w)
		}
	}
}
