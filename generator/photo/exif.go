package photo

import (
	"bytes"
	"encoding/binary"
)

// Orientation returns the EXIF orientation (1 to 8) that a JPEG or PNG
// file's first bytes name, or 1 when they name none. A phone stores a
// photo as its sensor saw it and writes in the EXIF data how to turn it;
// browsers follow that, so werkboek, which drops the EXIF data, turns the
// pixels itself.
func Orientation(head []byte) int {
	switch {
	case len(head) > 4 && head[0] == 0xFF && head[1] == 0xD8:
		return jpegOrientation(head)
	case bytes.HasPrefix(head, pngSignature):
		return pngOrientation(head)
	}
	return 1
}

var pngSignature = []byte("\x89PNG\r\n\x1a\n")

// jpegOrientation walks the segments before the image data to the APP1
// segment with the EXIF data.
func jpegOrientation(b []byte) int {
	for i := 2; i+4 <= len(b); {
		if b[i] != 0xFF {
			return 1
		}
		marker := b[i+1]
		switch {
		case marker == 0xFF: // fill byte
			i++
			continue
		case marker == 0x01 || marker >= 0xD0 && marker <= 0xD8: // no length
			i += 2
			continue
		case marker == 0xDA || marker == 0xD9: // the image data begins: no EXIF
			return 1
		}
		n := int(binary.BigEndian.Uint16(b[i+2:]))
		if n < 2 || i+2+n > len(b) {
			return 1
		}
		seg := b[i+4 : i+2+n]
		if marker == 0xE1 && bytes.HasPrefix(seg, []byte("Exif\x00\x00")) {
			return tiffOrientation(seg[6:])
		}
		i += 2 + n
	}
	return 1
}

// pngOrientation finds the eXIf chunk of a PNG file.
func pngOrientation(b []byte) int {
	for i := len(pngSignature); i+8 <= len(b); {
		n := int(binary.BigEndian.Uint32(b[i:]))
		kind := string(b[i+4 : i+8])
		if n < 0 || i+8+n > len(b) || kind == "IDAT" || kind == "IEND" {
			return 1
		}
		if kind == "eXIf" {
			return tiffOrientation(b[i+8 : i+8+n])
		}
		i += 12 + n
	}
	return 1
}

// tiffOrientation reads tag 0x0112 (Orientation) of the first image file
// directory of EXIF data, which has the layout of a TIFF file.
func tiffOrientation(t []byte) int {
	if len(t) < 8 {
		return 1
	}
	var order binary.ByteOrder
	switch string(t[:2]) {
	case "II":
		order = binary.LittleEndian
	case "MM":
		order = binary.BigEndian
	default:
		return 1
	}
	if order.Uint16(t[2:]) != 42 {
		return 1
	}
	dir := int(order.Uint32(t[4:]))
	if dir < 8 || dir+2 > len(t) {
		return 1
	}
	entries := int(order.Uint16(t[dir:]))
	for k := 0; k < entries; k++ {
		e := dir + 2 + 12*k
		if e+12 > len(t) {
			return 1
		}
		if order.Uint16(t[e:]) != 0x0112 {
			continue
		}
		// A SHORT: its value is in the first two bytes of the value field.
		if v := int(order.Uint16(t[e+8:])); order.Uint16(t[e+2:]) == 3 && v >= 1 && v <= 8 {
			return v
		}
		return 1
	}
	return 1
}

// Turned reports whether orientation swaps width and height (a quarter
// turn, with or without a mirror).
func Turned(orientation int) bool { return orientation >= 5 && orientation <= 8 }
