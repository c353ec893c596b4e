package photo

import "image"

// turn returns img as the EXIF orientation says it is to be shown: 2 to 4
// mirror or turn it half round, 5 to 8 turn it a quarter (and mirror 5
// and 7).
func turn(img image.Image, orientation int) image.Image {
	if orientation < 2 || orientation > 8 {
		return img
	}
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	dw, dh := w, h
	if Turned(orientation) {
		dw, dh = h, w
	}
	dst := image.NewRGBA(image.Rect(0, 0, dw, dh))
	src, fast := img.(*image.RGBA)
	for y := 0; y < dh; y++ {
		for x := 0; x < dw; x++ {
			var sx, sy int
			switch orientation {
			case 2:
				sx, sy = w-1-x, y
			case 3:
				sx, sy = w-1-x, h-1-y
			case 4:
				sx, sy = x, h-1-y
			case 5:
				sx, sy = y, x
			case 6:
				sx, sy = y, h-1-x
			case 7:
				sx, sy = w-1-y, h-1-x
			case 8:
				sx, sy = w-1-y, x
			}
			if fast {
				copy(dst.Pix[dst.PixOffset(x, y):][:4], src.Pix[src.PixOffset(b.Min.X+sx, b.Min.Y+sy):][:4])
			} else {
				dst.Set(x, y, img.At(b.Min.X+sx, b.Min.Y+sy))
			}
		}
	}
	return dst
}
