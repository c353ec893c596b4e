package photo_test

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"testing"

	"github.com/probiblio/werkboek/generator/photo"
	"github.com/probiblio/werkboek/generator/testsite"
)

func phoneJPEG(_ *testing.T, w, h int, orientation uint16) []byte {
	return testsite.PhoneJPEG(w, h, orientation)
}

func TestOrientation(t *testing.T) {
	for _, o := range []uint16{1, 3, 6, 8} {
		if got := photo.Orientation(phoneJPEG(t, 8, 4, o)); got != int(o) {
			t.Errorf("orientation %d read as %d", o, got)
		}
	}
	var b bytes.Buffer
	png.Encode(&b, testsite.Halves(8, 4))
	if got := photo.Orientation(b.Bytes()); got != 1 {
		t.Errorf("a PNG without eXIf: %d", got)
	}
	for _, junk := range [][]byte{nil, {0xFF, 0xD8}, {0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF}, phoneJPEG(t, 8, 4, 6)[:30]} {
		if got := photo.Orientation(junk); got != 1 {
			t.Errorf("photo.Orientation(%x) = %d, want 1", junk, got)
		}
	}
}

func TestCopiesNeverEnlarge(t *testing.T) {
	for _, c := range []struct {
		w, h int
		want []photo.Copy
	}{
		{4000, 3000, []photo.Copy{{"f-480w.jpg", 480, 360}, {"f-960w.jpg", 960, 720}, {"f.jpg", 1600, 1200}}},
		{1000, 500, []photo.Copy{{"f-480w.jpg", 480, 240}, {"f-960w.jpg", 960, 480}, {"f.jpg", 1000, 500}}},
		{960, 10, []photo.Copy{{"f-480w.jpg", 480, 5}, {"f.jpg", 960, 10}}},
		{300, 200, []photo.Copy{{"f.jpg", 300, 200}}},
	} {
		got := photo.Copies("f.jpg", c.w, c.h)
		if len(got) != len(c.want) {
			t.Fatalf("%d×%d: %v, want %v", c.w, c.h, got, c.want)
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%d×%d: %v, want %v", c.w, c.h, got, c.want)
			}
		}
	}
}

// TestMakeTurnsAndDropsMetadata makes the copies of a portrait photo a
// phone stored on its side (orientation 6): they stand upright, have the
// widths asked for and carry no EXIF data.
func TestMakeTurnsAndDropsMetadata(t *testing.T) {
	data := phoneJPEG(t, 2000, 1000, 6) // shown as 1000 wide, 2000 high
	copies := photo.Copies("foto.jpg", 1000, 2000)
	out, err := photo.Make(data, copies)
	if err != nil {
		t.Fatal(err)
	}
	for i, b := range out {
		if bytes.Contains(b, []byte("Exif")) || bytes.Contains(b, []byte("PhoneCam")) || bytes.Contains(b, []byte("GPS")) {
			t.Errorf("%s still holds metadata", copies[i].Name)
		}
		img, err := jpeg.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if got := img.Bounds().Size(); got.X != copies[i].Width || got.Y != copies[i].Height {
			t.Errorf("%s is %v, want %d×%d", copies[i].Name, got, copies[i].Width, copies[i].Height)
		}
		// Turned a quarter clockwise, the red left half is on top.
		top, bottom := img.At(copies[i].Width/2, copies[i].Height/8), img.At(copies[i].Width/2, copies[i].Height*7/8)
		if r, _, b, _ := top.RGBA(); r < b {
			t.Errorf("%s: top is not red: %v", copies[i].Name, top)
		}
		if r, _, b, _ := bottom.RGBA(); r > b {
			t.Errorf("%s: bottom is not blue: %v", copies[i].Name, bottom)
		}
	}
}

// TestPNGStaysPNG: a transparent PNG is published as a PNG, with its
// transparency, and without its text chunks.
func TestPNGStaysPNG(t *testing.T) {
	img := image.NewNRGBA(image.Rect(0, 0, 600, 300))
	img.Set(10, 10, color.NRGBA{255, 0, 0, 255})
	var b bytes.Buffer
	png.Encode(&b, img)
	data := b.Bytes()
	// A tEXt chunk with an author, before the image data.
	text := []byte("tEXtAuthor\x00Jan Jansen")
	chunk := binary.BigEndian.AppendUint32(nil, uint32(len(text)-4))
	chunk = binary.BigEndian.AppendUint32(append(chunk, text...), crc32.ChecksumIEEE(text))
	data = append(append(append([]byte{}, data[:33]...), chunk...), data[33:]...)
	copies := photo.Copies("kaart.png", 600, 300)
	out, err := photo.Make(data, copies)
	if err != nil {
		t.Fatal(err)
	}
	for i, b := range out {
		got, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", copies[i].Name, err)
		}
		if bytes.Contains(b, []byte("Jansen")) {
			t.Errorf("%s keeps the author", copies[i].Name)
		}
		if _, _, _, a := got.At(copies[i].Width-1, copies[i].Height-1).RGBA(); a != 0 {
			t.Errorf("%s lost its transparency", copies[i].Name)
		}
	}
}

// TestCacheKeepsCopies: the copies a build made are found by the next.
func TestCacheKeepsCopies(t *testing.T) {
	dir := t.TempDir()
	data := phoneJPEG(t, 1200, 800, 1)
	copies := photo.Copies("f.jpg", 1200, 800)
	first, err := (&photo.Cache{Dir: dir}).Copies(data, ".jpg", copies)
	if err != nil {
		t.Fatal(err)
	}
	// A new cache (the next build) finds them in the folder.
	c := &photo.Cache{Dir: dir}
	again, err := c.Copies(data, ".jpg", copies)
	if err != nil {
		t.Fatal(err)
	}
	for i := range first {
		if !bytes.Equal(first[i], again[i]) {
			t.Errorf("copy %d differs when read back", i)
		}
	}
}
