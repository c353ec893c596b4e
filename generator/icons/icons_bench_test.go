package icons

import (
	"image/color"
	"testing"
)

// BenchmarkIconPNG draws the four PNG icons of a new colour each time.
func BenchmarkIconPNG(b *testing.B) {
	c := color.RGBA{0x1d, 0x35, 0x57, 255}
	i := 0
	for b.Loop() {
		i++
		c.R = uint8(i)
		iconPNG(c, 512, false)
		iconPNG(c, 192, false)
		iconPNG(c, 180, false)
		iconPNG(c, 32, true)
	}
}
