package photo

import (
	"bytes"
	"image"
	"image/jpeg"
	"testing"

	xdraw "golang.org/x/image/draw"
)

// BenchmarkMake makes the three copies of a 3000×2000 JPEG with each
// resampler werkboek could use.
func BenchmarkMake(b *testing.B) {
	img := image.NewRGBA(image.Rect(0, 0, 3000, 2000))
	for i := range img.Pix {
		img.Pix[i] = byte(i * 7 % 251)
	}
	var buf bytes.Buffer
	jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90})
	copies := Copies("f.jpg", 3000, 2000)
	for _, s := range []struct {
		name string
		s    xdraw.Interpolator
	}{{"CatmullRom", xdraw.CatmullRom}, {"ApproxBiLinear", xdraw.ApproxBiLinear}, {"BiLinear", xdraw.BiLinear}} {
		b.Run(s.name, func(b *testing.B) {
			defer func(old xdraw.Interpolator) { scaler = old }(scaler)
			scaler = s.s
			for b.Loop() {
				if _, err := Make(buf.Bytes(), copies); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
