package icons

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"strconv"
	"sync"

	"github.com/probiblio/werkboek/generator/view"
)

// The site's icon is a page of the workbook, white with the short heavy
// bar of its cover and two ruled lines, on the edition's theme colour. It is drawn once here as rectangles in a
// 32-unit square, and written as SVG (browser tabs) and as PNG and ICO
// (home screens, and browsers that ask for /favicon.ico). The page stays
// inside the central circle of 40 % radius, so Android may crop the
// full-bleed PNGs to any shape ("maskable").
var (
	iconPage  = iconRect{9, 6, 14, 20}
	iconLines = []iconRect{{12, 9.5, 5, 2.6}, {12, 15, 8, 1.4}, {12, 19, 8, 1.4}}
)

// iconRadius rounds the corners of the icon in browser tabs.
const iconRadius = 6

type iconRect struct{ x, y, w, h float64 }

func (r iconRect) has(x, y float64) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// IconFile is one icon or manifest file of the site, made on demand.
type IconFile struct {
	Name string // relative to the site root
	Make func() []byte
}

// Icons lists the favicon (SVG and ICO), the touch and app icons and the
// web app manifest, all in the edition's theme colour. Each is drawn when
// it is made, so a rebuild that keeps them draws nothing.
func Icons(b *view.Book) []IconFile {
	c := parseHex(b.ThemeColor())
	png := func(size int) func() []byte { return func() []byte { return iconPNG(c, size, false) } }
	return []IconFile{
		{"favicon.svg", func() []byte { return iconSVG(b.ThemeColor()) }},
		{"favicon.ico", func() []byte { return icoFile(iconPNG(c, 32, true), 32) }},
		{"apple-touch-icon.png", png(180)},
		{"icon-192.png", png(192)},
		{"icon-512.png", png(512)},
		{"manifest.webmanifest", func() []byte { return Manifest(b) }},
	}
}

// iconSVG draws the icon as SVG with rounded corners.
func iconSVG(accent string) []byte {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="%d" fill="%s"/>`, iconRadius, accent)
	rect := func(r iconRect, fill string) {
		fmt.Fprintf(&buf, `<rect x="%g" y="%g" width="%g" height="%g" fill="%s"/>`, r.x, r.y, r.w, r.h, fill)
	}
	rect(iconPage, "#fff")
	for _, l := range iconLines {
		rect(l, accent)
	}
	buf.WriteString("</svg>\n")
	return buf.Bytes()
}

// iconPNG draws the icon at size × size pixels with smooth edges;
// rounded gives it the tab's rounded corners, else it fills the square
// (home screens round or crop it themselves). Each icon is made once per
// colour and kept, as a paletted PNG: the icon has a few colours (the
// accent, white and the shades along its edges), so it is small and quick.
func iconPNG(accent color.RGBA, size int, rounded bool) []byte {
	key := fmt.Sprint(accent, size, rounded)
	if b, ok := iconCache.Load(key); ok {
		return b.([]byte)
	}
	img := image.NewPaletted(image.Rect(0, 0, size, size), nil)
	// The colour of a pixel is set by its share of white and of accent
	// (each in 256 steps); its index in the palette is kept per share.
	var index [256][256]int16
	paint := func(i int, accentShare, white float64) {
		a, w := uint8(accentShare*255+.5), uint8(white*255+.5)
		k := index[a][w]
		if k == 0 {
			if len(img.Palette) == 256 {
				k = 256 // more shades than a palette holds: not for these rectangles
			} else {
				img.Palette = append(img.Palette, iconColour(accent, accentShare, white))
				k = int16(len(img.Palette))
			}
			index[a][w] = k
		}
		img.Pix[i] = uint8(k - 1)
	}
	scale := 32 / float64(size)
	if rounded {
		for py := 0; py < size; py++ {
			for px := 0; px < size; px++ {
				p := iconSample(float64(px)*scale, float64(py)*scale, scale)
				paint(py*size+px, p.accent, p.white)
			}
		}
	} else {
		// A rectangle's share of a pixel is its share of the pixel's
		// column times its share of the pixel's row.
		rects := append([]iconRect{iconPage}, iconLines...)
		cols, rows := make([][]float64, len(rects)), make([][]float64, len(rects))
		for k, r := range rects {
			cols[k], rows[k] = make([]float64, size), make([]float64, size)
			for i := range size {
				at := float64(i) * scale
				cols[k][i] = max(0, min(at+scale, r.x+r.w)-max(at, r.x)) / scale
				rows[k][i] = max(0, min(at+scale, r.y+r.h)-max(at, r.y)) / scale
			}
		}
		// Most rows equal the row above: the rectangles' shares of it are
		// the same. Those are copied instead of painted.
		for py := 0; py < size; py++ {
			row := img.Pix[py*size : (py+1)*size]
			if py > 0 && sameRow(rows, py) {
				copy(row, img.Pix[(py-1)*size:py*size])
				continue
			}
			for px := 0; px < size; px++ {
				white := cols[0][px] * rows[0][py]
				for k := 1; k < len(rects); k++ {
					white -= cols[k][px] * rows[k][py] // the lines lie on the page
				}
				paint(py*size+px, 1-white, white)
			}
		}
	}
	var out bytes.Buffer
	// The fastest compression: the icon's long runs of one colour
	// compress well at any level.
	enc := png.Encoder{CompressionLevel: png.BestSpeed, BufferPool: iconBuffers{}}
	enc.Encode(&out, img) // writing to memory cannot fail
	iconCache.Store(key, out.Bytes())
	return out.Bytes()
}

// sameRow reports whether every rectangle covers row py as much as row
// py-1.
func sameRow(rows [][]float64, py int) bool {
	for _, r := range rows {
		if r[py] != r[py-1] {
			return false
		}
	}
	return true
}

// iconColour mixes the accent and white by their shares of a pixel; the
// rest of the pixel is transparent.
func iconColour(accent color.RGBA, accentShare, white float64) color.NRGBA {
	a := accentShare + white
	if a <= 0 {
		return color.NRGBA{}
	}
	mix := func(c uint8) uint8 { return uint8((float64(c)*accentShare+255*white)/a + .5) }
	return color.NRGBA{mix(accent.R), mix(accent.G), mix(accent.B), uint8(a*255 + .5)}
}

var iconCache sync.Map // icons made, by colour, size and corners

// iconBuffers lets the icons share the PNG encoder's compressor, which is
// large to allocate.
type iconBuffers struct{}

var iconBufferPool sync.Pool

func (iconBuffers) Get() *png.EncoderBuffer {
	b, _ := iconBufferPool.Get().(*png.EncoderBuffer)
	return b
}

func (iconBuffers) Put(b *png.EncoderBuffer) { iconBufferPool.Put(b) }

// iconPixel is how much of a pixel is in the accent colour and how much
// white (the rest is outside the rounded corners), from 0 to 1.
type iconPixel struct{ accent, white float64 }

// iconSample samples the square of side d at (x, y) 4 × 4 times.
func iconSample(x, y, d float64) iconPixel {
	const n = 4
	accent := color.RGBA{1, 0, 0, 255} // any colour but white
	var p iconPixel
	for sy := 0; sy < n; sy++ {
		for sx := 0; sx < n; sx++ {
			switch c, ok := iconAt(x+(float64(sx)+.5)/n*d, y+(float64(sy)+.5)/n*d, accent, true); {
			case !ok:
			case c == accent:
				p.accent += 1.0 / (n * n)
			default:
				p.white += 1.0 / (n * n)
			}
		}
	}
	return p
}

// iconAt is the icon's colour at (x, y) in the 32-unit square, and false
// outside its rounded corners.
func iconAt(x, y float64, accent color.RGBA, rounded bool) (color.RGBA, bool) {
	if rounded {
		cx := min(max(x, iconRadius), 32-iconRadius)
		cy := min(max(y, iconRadius), 32-iconRadius)
		if (x-cx)*(x-cx)+(y-cy)*(y-cy) > iconRadius*iconRadius {
			return color.RGBA{}, false
		}
	}
	if iconPage.has(x, y) {
		for _, l := range iconLines {
			if l.has(x, y) {
				return accent, true
			}
		}
		return color.RGBA{255, 255, 255, 255}, true
	}
	return accent, true
}

// icoFile wraps one PNG image in an ICO container, as every browser reads
// it since Windows Vista.
func icoFile(pngData []byte, size int) []byte {
	var buf bytes.Buffer
	// ICONDIR: reserved, type 1 (icon), one image.
	binary.Write(&buf, binary.LittleEndian, [3]uint16{0, 1, 1})
	// ICONDIRENTRY: width, height, palette size, reserved, planes, bits
	// per pixel, data size and offset (6 + 16 bytes of headers).
	buf.Write([]byte{byte(size), byte(size), 0, 0})
	binary.Write(&buf, binary.LittleEndian, [2]uint16{1, 32})
	binary.Write(&buf, binary.LittleEndian, [2]uint32{uint32(len(pngData)), 22})
	buf.Write(pngData)
	return buf.Bytes()
}

// parseHex reads a "#rrggbb" colour; anything else gives the ink blue.
// Priority colours are validated as "#rrggbb" when the content is loaded.
func parseHex(s string) color.RGBA {
	if len(s) == 7 && s[0] == '#' {
		if v, err := strconv.ParseUint(s[1:], 16, 32); err == nil {
			return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}
		}
	}
	return color.RGBA{0x1d, 0x35, 0x57, 255}
}

// manifest is the web app manifest's basics: names, language, colours and
// icons. Addresses are relative to the manifest, so a site under a path
// works as well as one at the root.
type manifest struct {
	Name            string         `json:"name"`
	ShortName       string         `json:"short_name"`
	Description     string         `json:"description,omitempty"`
	Lang            string         `json:"lang"`
	StartURL        string         `json:"start_url"`
	Scope           string         `json:"scope"`
	Display         string         `json:"display"`
	ThemeColor      string         `json:"theme_color"`
	BackgroundColor string         `json:"background_color"`
	Icons           []manifestIcon `json:"icons"`
}

type manifestIcon struct {
	Src     string `json:"src"`
	Sizes   string `json:"sizes"`
	Type    string `json:"type"`
	Purpose string `json:"purpose,omitempty"`
}

// Manifest returns manifest.webmanifest for the workbook.
func Manifest(b *view.Book) []byte {
	lang := b.Language
	if lang == "" {
		lang = "nl"
	}
	m := manifest{
		Name: b.Title, ShortName: "Werkboek", Description: b.Description, Lang: lang,
		StartURL: "./", Scope: "./", Display: "minimal-ui",
		ThemeColor: b.ThemeColor(), BackgroundColor: "#ffffff",
		Icons: []manifestIcon{
			{Src: "favicon.svg", Sizes: "any", Type: "image/svg+xml"},
			{Src: "icon-192.png", Sizes: "192x192", Type: "image/png"},
			{Src: "icon-512.png", Sizes: "512x512", Type: "image/png"},
			{Src: "icon-512.png", Sizes: "512x512", Type: "image/png", Purpose: "maskable"},
		},
	}
	out, _ := json.MarshalIndent(m, "", "  ") // plain strings cannot fail
	return append(out, '\n')
}
