package site

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
)

// raster is a page rendered by pdftoppm: width and height in pixels, and
// its pixels (three bytes each, or one in grey).
type raster struct {
	W, H int
	Px   []byte
}

// rasterize renders page n of file with pdftoppm (extra: its options,
// e.g. a resolution and a crop) and returns the image's width, height and
// pixels (three bytes each, or one with -gray).
func rasterize(t *testing.T, file string, n int, extra ...string) (int, int, []byte) {
	t.Helper()
	prefix := filepath.Join(t.TempDir(), "page")
	args := append([]string{"-f", strconv.Itoa(n), "-l", strconv.Itoa(n), "-singlefile"}, extra...)
	if out, err := exec.Command("pdftoppm", append(args, file, prefix)...).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	name := prefix + ".ppm"
	if slices.Contains(extra, "-gray") {
		name = prefix + ".pgm"
	}
	r := readPNM(t, name)
	return r.W, r.H, r.Px
}

// rasterizeAll renders every page of file in grey at dpi, in one run of
// pdftoppm.
func rasterizeAll(t *testing.T, file string, dpi int) []raster {
	t.Helper()
	dir := t.TempDir()
	if out, err := exec.Command("pdftoppm", "-gray", "-r", strconv.Itoa(dpi), file, filepath.Join(dir, "p")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	names, _ := filepath.Glob(filepath.Join(dir, "p-*.pgm"))
	slices.Sort(names) // pdftoppm pads the numbers to one width
	var out []raster
	for _, name := range names {
		out = append(out, readPNM(t, name))
	}
	return out
}

// readPNM reads a binary PPM or PGM file as pdftoppm writes it.
func readPNM(t *testing.T, name string) raster {
	t.Helper()
	img, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var magic string
	var r raster
	var maxv int
	if _, err := fmt.Sscanf(string(img), "%s\n%d %d\n%d\n", &magic, &r.W, &r.H, &maxv); err != nil {
		t.Fatalf("pdftoppm wrote no PNM: %v", err)
	}
	header := 0
	for nl := 0; header < len(img) && nl < 3; header++ {
		if img[header] == '\n' {
			nl++
		}
	}
	r.Px = img[header:]
	return r
}

// inkNearEdge counts the pixels of a grey raster rendered at dpi that are
// not white within mm millimetres of its edges.
func inkNearEdge(r raster, dpi, mm float64) int {
	band := int(mm/25.4*dpi + .5)
	count := 0
	for y := range r.H {
		for x := range r.W {
			if (y < band || y >= r.H-band || x < band || x >= r.W-band) && r.Px[y*r.W+x] < 250 {
				count++
			}
		}
	}
	return count
}

// colourPixels counts the pixels near colour hex in the top margin of
// page n, rendered at 150 dpi: its right half on a right-hand (odd)
// page, its left half on a left-hand one, where the running head is.
func colourPixels(t *testing.T, file string, n int, hex string) int {
	t.Helper()
	// A4 at 150 dpi is 1240 × 1754 pixels; the top margin is 118 pixels.
	x := "620"
	if n%2 == 0 {
		x = "0"
	}
	_, _, px := rasterize(t, file, n, "-r", "150", "-x", x, "-y", "0", "-W", "620", "-H", "118")
	return countColour(px, hex)
}

// countColour counts the pixels (three bytes each) near colour hex.
func countColour(px []byte, hex string) int {
	var r, g, b int
	fmt.Sscanf(hex, "#%02x%02x%02x", &r, &g, &b)
	count := 0
	for ; len(px) >= 3; px = px[3:] {
		if abs(int(px[0])-r)+abs(int(px[1])-g)+abs(int(px[2])-b) < 60 {
			count++
		}
	}
	return count
}

// ruledLines counts the rules drawn across the text width of page n below
// y points: the lines for notes (and the rule that opens them). Rendered
// in grey at 200 dpi, where a rule of 0.5 pt is more than a pixel high
// (poppler samples a gradient at the pixels' centres, so a thinner rule
// may fall between them), a rule is a run of rows that are not white
// over 80 % of the width from 25 to 185 mm, within the text on left- and
// right-hand pages.
func ruledLines(t *testing.T, file string, n int, y float64) int {
	t.Helper()
	const dpi = 200.0
	px := func(mm float64) string { return strconv.Itoa(int(mm / 25.4 * dpi)) }
	w, h, img := rasterize(t, file, n, "-gray", "-r", "200", "-x", px(25), "-y", "0", "-W", px(160), "-H", px(297))
	count, inRule := 0, false
	for row := int(y/72*dpi) + 1; row < h; row++ {
		grey := 0
		for _, v := range img[row*w : row*w+w] {
			if v < 245 {
				grey++
			}
		}
		rule := grey*5 > w*4
		if rule && !inRule {
			count++
		}
		inRule = rule
	}
	return count
}

func abs(n int) int { return max(n, -n) }
