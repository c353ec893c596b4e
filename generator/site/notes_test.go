package site

import (
	"strconv"
	"testing"

	"github.com/probiblio/werkboek/generator/model"
)

// checkRules checks the rules for notes on the first card's page, which
// has room for many: at least 0.5 pt thick, 45 % grey or darker (so a
// photocopy keeps them), about 8 mm apart. They are measured in a strip
// 10 mm wide in the middle of the page, over the 60 mm above the bottom
// margin, rendered at 600 dpi.
func checkRules(t *testing.T, file string, wb *model.Workbook, toc map[string]int) {
	t.Helper()
	cards := wb.Cards()
	if len(cards) == 0 {
		return
	}
	n := toc[cardID(cards[0])]
	const dpi = 600.0
	px := func(mm float64) string { return strconv.Itoa(int(mm / 25.4 * dpi)) }
	w, h, img := rasterize(t, file, n, "-gray", "-r", "600", "-x", px(100), "-y", px(297-20-60), "-W", px(10), "-H", px(60))
	type rule struct {
		top, rows int
		darkest   byte
	}
	var rules []rule
	for row := range h {
		sum, darkest := 0, byte(255)
		for _, v := range img[row*w : row*w+w] {
			sum += int(v)
			darkest = min(darkest, v)
		}
		if sum/w >= 200 {
			continue
		}
		if k := len(rules) - 1; k >= 0 && rules[k].top+rules[k].rows == row {
			rules[k].rows++
			rules[k].darkest = min(rules[k].darkest, darkest)
			continue
		}
		rules = append(rules, rule{row, 1, darkest})
	}
	if len(rules) < 6 {
		t.Fatalf("page %d: %d rules in the lowest 60 mm of the notes, want 6 or more", n, len(rules))
	}
	perMM := dpi / 25.4
	for i, r := range rules {
		if pt := float64(r.rows) / dpi * 72; pt < 0.45 || pt > 1.5 {
			t.Errorf("page %d: a rule for notes is %.2f pt thick, want 0.5 pt", n, pt)
		}
		if grey := 100 - int(r.darkest)*100/255; grey < 45 {
			t.Errorf("page %d: a rule for notes is %d %% grey, want 45 %% or darker", n, grey)
		}
		if i > 0 {
			if gap := float64(r.top-rules[i-1].top) / perMM; gap < 7.5 || gap > 8.5 {
				t.Errorf("page %d: rules for notes %.1f mm apart, want about 8 mm", n, gap)
			}
		}
	}
}
