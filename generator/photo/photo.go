// Package photo publishes the photos editors put beside their texts:
// smaller copies for small screens, turned as the camera meant them and
// without the EXIF data (GPS position, camera, author) that a phone
// writes into them.
package photo

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	"image/jpeg"
	"image/png"
	"path"
	"strconv"
	"strings"

	xdraw "golang.org/x/image/draw"
)

// Widths are the widths in pixels of the copies build publishes of a
// photo, when it is wider: a phone's column, a tablet's or a laptop's, and
// the widest a card's column ever shows. A photo is never made larger.
var Widths = []int{480, 960, 1600}

// Copy is one published copy of a photo.
type Copy struct {
	Name          string // file name: foto-480w.jpg, …, the widest as foto.jpg
	Width, Height int
}

// Resizes reports whether build publishes copies of the file named name
// instead of the file itself: JPEG and PNG files. Other images (GIF,
// WebP, SVG) are published as they are.
func Resizes(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".jpg", ".jpeg", ".png":
		return true
	}
	return false
}

// Copies lists the copies of a photo named base of width×height pixels
// as shown (after its orientation), narrowest first. The widest keeps the
// photo's own name, so a link to the photo shows it.
func Copies(base string, width, height int) []Copy {
	if width <= 0 || height <= 0 {
		return []Copy{{base, width, height}}
	}
	ext := path.Ext(base)
	var out []Copy
	for _, w := range Widths[:len(Widths)-1] {
		if w < width && w < Widths[len(Widths)-1] {
			out = append(out, Copy{strings.TrimSuffix(base, ext) + "-" + strconv.Itoa(w) + "w" + ext, w, scaled(height, w, width)})
		}
	}
	top := min(width, Widths[len(Widths)-1])
	return append(out, Copy{base, top, scaled(height, top, width)})
}

// scaled is h scaled by w/from, rounded, at least 1.
func scaled(h, w, from int) int {
	return max(1, (h*w+from/2)/from)
}

// scaler resamples the photos: Catmull-Rom, as sharp as a photo
// shrunk by a camera app (see BenchmarkMake for its cost against
// bilinear).
var scaler xdraw.Interpolator = xdraw.CatmullRom

// Make decodes a JPEG or PNG file and encodes the given copies (from
// Copies): turned by its EXIF orientation, resized with Catmull-Rom and
// encoded anew, which leaves all metadata behind. A PNG stays a PNG (it
// may be transparent), a JPEG a JPEG.
func Make(data []byte, copies []Copy) ([][]byte, error) {
	src, format, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("kan de afbeelding niet lezen (%v); sla haar opnieuw op als jpg of png", err)
	}
	orientation := Orientation(data)
	out := make([][]byte, len(copies))
	// The widest copy is made from the photo, each narrower one from
	// the one before: as sharp, and far less work than from the whole
	// photo each time.
	from := src
	for i := len(copies) - 1; i >= 0; i-- {
		c := copies[i]
		w, h := c.Width, c.Height
		if Turned(orientation) {
			w, h = h, w
		}
		var img image.Image = from
		if b := from.Bounds(); b.Dx() != w || b.Dy() != h {
			dst := image.NewRGBA(image.Rect(0, 0, w, h))
			scaler.Scale(dst, dst.Bounds(), from, b, draw.Src, nil)
			img, from = dst, dst
		}
		var buf bytes.Buffer
		img = turn(img, orientation)
		if format == "png" {
			err = (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&buf, img)
		} else {
			err = jpeg.Encode(&buf, opaque(img), &jpeg.Options{Quality: 82})
		}
		if err != nil {
			return nil, err
		}
		out[i] = buf.Bytes()
	}
	return out, nil
}

// opaque hands a YCbCr or gray image to the JPEG encoder as it is (its
// fast path) and draws anything else onto an opaque RGBA image.
func opaque(img image.Image) image.Image {
	switch img.(type) {
	case *image.YCbCr, *image.Gray, *image.RGBA:
		return img
	}
	dst := image.NewRGBA(img.Bounds())
	draw.Draw(dst, dst.Bounds(), img, img.Bounds().Min, draw.Src)
	return dst
}
