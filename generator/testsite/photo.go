package testsite

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/jpeg"
)

// PhoneJPEG is a w×h JPEG, red on its left half and blue on its right,
// with EXIF data as a phone writes it: the orientation, the camera's
// make and a GPS position (as text in the make, enough to find it back:
// a published copy must contain neither "PhoneCam" nor "GPS").
func PhoneJPEG(w, h int, orientation uint16) []byte {
	var b bytes.Buffer
	if err := jpeg.Encode(&b, Halves(w, h), &jpeg.Options{Quality: 90}); err != nil {
		panic(err)
	}
	data := b.Bytes()
	return append(append(append([]byte{}, data[:2]...), exifSegment(orientation)...), data[2:]...)
}

// Halves is a w×h image, red on its left half and blue on its right: a
// photo turned a quarter clockwise is red on top.
func Halves(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := color.RGBA{220, 20, 20, 255}
			if x >= w/2 {
				c = color.RGBA{20, 20, 220, 255}
			}
			img.SetRGBA(x, y, c)
		}
	}
	return img
}

// exifSegment is an APP1 segment with a Make and an Orientation tag.
func exifSegment(orientation uint16) []byte {
	make := []byte("PhoneCam GPS 52.3702N 4.8952E\x00")
	var t bytes.Buffer
	le := binary.LittleEndian
	t.WriteString("II")
	binary.Write(&t, le, uint16(42))
	binary.Write(&t, le, uint32(8))
	binary.Write(&t, le, uint16(2))
	// Make (0x010F), ASCII, its text after the directory.
	binary.Write(&t, le, []uint16{0x010F, 2})
	binary.Write(&t, le, []uint32{uint32(len(make)), 8 + 2 + 2*12 + 4})
	// Orientation (0x0112), SHORT, one value.
	binary.Write(&t, le, []uint16{0x0112, 3})
	binary.Write(&t, le, uint32(1))
	binary.Write(&t, le, []uint16{orientation, 0})
	binary.Write(&t, le, uint32(0))
	t.Write(make)
	body := append([]byte("Exif\x00\x00"), t.Bytes()...)
	seg := []byte{0xFF, 0xE1, 0, 0}
	binary.BigEndian.PutUint16(seg[2:], uint16(len(body)+2))
	return append(seg, body...)
}
