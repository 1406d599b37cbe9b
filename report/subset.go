package report

// The PDF library parses the whole TrueType font each time a document adds
// it, and again when it cuts the font down to the glyphs used, and a
// document cannot share a parsed font with another. So each document is
// handed a font already cut down to the characters it holds: the same
// glyphs under the same numbers, the same metrics and the same hinting, but
// outlines only for those characters and a character map of them alone.
// The library's work then shrinks with the font (see docs/performance.md).

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sort"

	"golang.org/x/image/font/sfnt"

	"regionplan/report/layout"
)

// face is one style of the document font, read once and shared by every
// document: its tables, where each glyph's outline lies, and its characters.
type face struct {
	tables map[string][]byte // by tag
	loca   []uint32          // the outline offsets in glyf, one more than the glyphs
	font   *sfnt.Font        // for the glyph of each character
}

// The tables a cut font keeps as they are (the hinting ones where the font
// has them); cmap, loca, glyf, head and post are written anew, and the
// layout tables (GSUB, GPOS, GDEF), which the PDF library never reads, are
// left out.
var keptTables = []string{"OS/2", "cvt ", "fpgm", "gasp", "hhea", "hmtx", "maxp", "name", "prep"}

// parseFace reads a TrueType font's tables and outline offsets.
func parseFace(b []byte) (*face, error) {
	if len(b) < 12 {
		return nil, errors.New("the font is too short")
	}
	f := &face{tables: map[string][]byte{}}
	n := int(binary.BigEndian.Uint16(b[4:]))
	for i := range n {
		rec := 12 + 16*i
		if rec+16 > len(b) {
			return nil, errors.New("the font's table directory is cut short")
		}
		off, size := binary.BigEndian.Uint32(b[rec+8:]), binary.BigEndian.Uint32(b[rec+12:])
		if uint64(off)+uint64(size) > uint64(len(b)) {
			return nil, fmt.Errorf("the font's table %s lies outside it", b[rec:rec+4])
		}
		f.tables[string(b[rec:rec+4])] = b[off : off+size]
	}
	for _, tag := range []string{"OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"} {
		if f.tables[tag] == nil {
			return nil, fmt.Errorf("the font has no %s table", tag)
		}
	}
	if err := f.readLoca(); err != nil {
		return nil, err
	}
	var err error
	f.font, err = sfnt.Parse(b)
	return f, err
}

// readLoca reads where each glyph's outline lies in glyf.
func (f *face) readLoca() error {
	head, maxp := f.tables["head"], f.tables["maxp"]
	if len(head) < 54 || len(maxp) < 6 || len(f.tables["post"]) < 32 {
		return errors.New("the font's head, maxp or post table is cut short")
	}
	glyphs := int(binary.BigEndian.Uint16(maxp[4:]))
	long := binary.BigEndian.Uint16(head[50:]) == 1
	loca := f.tables["loca"]
	f.loca = make([]uint32, glyphs+1)
	for g := range f.loca {
		switch {
		case long && 4*g+4 <= len(loca):
			f.loca[g] = binary.BigEndian.Uint32(loca[4*g:])
		case !long && 2*g+2 <= len(loca):
			f.loca[g] = 2 * uint32(binary.BigEndian.Uint16(loca[2*g:]))
		default:
			return errors.New("the font's loca table is cut short")
		}
		if f.loca[g] > uint32(len(f.tables["glyf"])) || (g > 0 && f.loca[g] < f.loca[g-1]) {
			return errors.New("the font's loca table is damaged")
		}
	}
	return nil
}

// outline is glyph g's outline data.
func (f *face) outline(g uint16) []byte {
	if int(g)+1 >= len(f.loca) {
		return nil
	}
	return f.tables["glyf"][f.loca[g]:f.loca[g+1]]
}

// Flags of a composite glyph's component.
const (
	argsAreWords   = 0x0001
	haveScale      = 0x0008
	moreComponents = 0x0020
	haveXYScale    = 0x0040
	haveTwoByTwo   = 0x0080
)

// components are the glyphs a composite glyph's outline is made of.
func components(data []byte) []uint16 {
	if len(data) < 10 || int16(binary.BigEndian.Uint16(data)) >= 0 {
		return nil // a simple glyph, or none
	}
	var out []uint16
	for p := 10; p+4 <= len(data); {
		flags := binary.BigEndian.Uint16(data[p:])
		out = append(out, binary.BigEndian.Uint16(data[p+2:]))
		p += 4
		if flags&argsAreWords != 0 {
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&haveScale != 0:
			p += 2
		case flags&haveXYScale != 0:
			p += 4
		case flags&haveTwoByTwo != 0:
			p += 8
		}
		if flags&moreComponents == 0 {
			break
		}
	}
	return out
}

// cut writes the font with outlines only for the given characters (and the
// glyphs they are made of) and a character map of those alone.
func (f *face) cut(runes []rune) []byte {
	var buf sfnt.Buffer
	chars := map[rune]uint16{}
	keep := map[uint16]bool{0: true} // .notdef
	todo := []uint16{}
	for _, r := range runes {
		g, err := f.font.GlyphIndex(&buf, r)
		if err != nil || g == 0 || r > 0xFFFE {
			continue
		}
		chars[r] = uint16(g)
		todo = append(todo, uint16(g))
	}
	for len(todo) > 0 {
		g := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if keep[g] {
			continue
		}
		keep[g] = true
		todo = append(todo, components(f.outline(g))...)
	}
	tables := map[string][]byte{}
	for _, tag := range keptTables {
		if t := f.tables[tag]; t != nil {
			tables[tag] = t
		}
	}
	var glyf []byte
	loca := make([]byte, 4*len(f.loca))
	for g := range len(f.loca) - 1 {
		if keep[uint16(g)] {
			glyf = append(glyf, f.outline(uint16(g))...)
		}
		binary.BigEndian.PutUint32(loca[4*g+4:], uint32(len(glyf)))
	}
	tables["glyf"], tables["loca"] = glyf, loca
	head := slices.Clone(f.tables["head"])
	binary.BigEndian.PutUint32(head[8:], 0)  // checksumAdjustment: the library sets it
	binary.BigEndian.PutUint16(head[50:], 1) // long loca offsets
	tables["head"] = head
	post := slices.Clone(f.tables["post"][:32])
	binary.BigEndian.PutUint32(post, 0x00030000) // no glyph names
	tables["post"] = post
	tables["cmap"] = charMap(chars)
	return sfntFile(tables)
}

// charMap is a cmap table with one format 4 subtable (Windows, Unicode BMP)
// mapping each character to its glyph: a segment for each run of characters
// whose glyphs follow on one another.
func charMap(chars map[rune]uint16) []byte {
	rs := make([]rune, 0, len(chars))
	for r := range chars {
		rs = append(rs, r)
	}
	slices.Sort(rs)
	type segment struct{ start, end rune }
	var segs []segment
	for _, r := range rs {
		if k := len(segs) - 1; k >= 0 && r == segs[k].end+1 && chars[r] == chars[segs[k].end]+1 {
			segs[k].end = r
			continue
		}
		segs = append(segs, segment{r, r})
	}
	segs = append(segs, segment{0xFFFF, 0xFFFF})
	n := len(segs)
	sub := make([]byte, 16+8*n)
	be := binary.BigEndian
	be.PutUint16(sub[0:], 4)
	be.PutUint16(sub[2:], uint16(len(sub)))
	be.PutUint16(sub[6:], uint16(2*n))
	searchRange, selector := 2, 0
	for searchRange*2 <= 2*n {
		searchRange *= 2
		selector++
	}
	be.PutUint16(sub[8:], uint16(searchRange))
	be.PutUint16(sub[10:], uint16(selector))
	be.PutUint16(sub[12:], uint16(2*n-searchRange))
	for i, s := range segs {
		be.PutUint16(sub[14+2*i:], uint16(s.end))
		be.PutUint16(sub[16+2*n+2*i:], uint16(s.start))
		delta := uint16(1) // the last segment maps 0xFFFF to glyph 0
		if s.start != 0xFFFF {
			delta = chars[s.start] - uint16(s.start)
		}
		be.PutUint16(sub[16+4*n+2*i:], delta)
		// idRangeOffset stays 0: every glyph is the character plus the delta
	}
	head := []byte{0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12}
	return append(head, sub...)
}

// sfntFile writes TrueType tables as a font file, in tag order, each
// aligned to four bytes with its checksum.
func sfntFile(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	n := len(tags)
	entrySelector := 0
	for 1<<(entrySelector+1) <= n {
		entrySelector++
	}
	searchRange := 16 << entrySelector
	out := make([]byte, 12+16*n)
	be := binary.BigEndian
	be.PutUint32(out[0:], 0x00010000)
	be.PutUint16(out[4:], uint16(n))
	be.PutUint16(out[6:], uint16(searchRange))
	be.PutUint16(out[8:], uint16(entrySelector))
	be.PutUint16(out[10:], uint16(16*n-searchRange))
	for i, tag := range tags {
		t := tables[tag]
		rec := out[12+16*i:]
		copy(rec, tag)
		be.PutUint32(rec[4:], checksum(t))
		be.PutUint32(rec[8:], uint32(len(out)))
		be.PutUint32(rec[12:], uint32(len(t)))
		out = append(out, t...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

// checksum is a TrueType table's checksum: the sum of its 32-bit words.
func checksum(t []byte) uint32 {
	var sum uint32
	for i := 0; i < len(t); i += 4 {
		var w [4]byte
		copy(w[:], t[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}

// baseRunes are the characters every document's font gets besides its own:
// printable ASCII and Latin-1 for numbers, dates and page numbers, and the
// dashes, quotes, ellipsis and spaces the layouts add.
var baseRunes = func() []rune {
	var rs []rune
	for r := rune(0x20); r < 0x7F; r++ {
		rs = append(rs, r)
	}
	for r := rune(0xA0); r <= 0xFF; r++ {
		rs = append(rs, r)
	}
	return append(rs, []rune("–—‘’‚“”„…•€\u2009\u202F")...)
}()

// documentRunes are the characters the documents' font must hold: the base
// ones and every one in the layouts' printed texts, as clean leaves them.
func documentRunes(ls ...*layout.Document) []rune {
	seen := map[rune]bool{}
	for _, r := range baseRunes {
		seen[r] = true
	}
	add := func(texts ...string) {
		for _, t := range texts {
			for _, r := range clean(t) {
				seen[r] = true
			}
		}
	}
	for _, l := range ls {
		addLayout(add, l)
	}
	out := make([]rune, 0, len(seen))
	for r := range seen {
		out = append(out, r)
	}
	slices.Sort(out)
	return out
}

// addLayout hands add every printed text of a layout.
func addLayout(add func(...string), l *layout.Document) {
	add(l.Masthead[0], l.Masthead[1], l.Kind, l.Running, l.Page, l.Of)
	for _, b := range l.Blocks {
		add(b.Text)
		add(b.Items...)
		add(b.Labels...)
		for _, row := range b.Rows {
			add(row...)
		}
		for _, p := range b.Pairs {
			add(p[0], p[1])
		}
		for _, s := range b.Series {
			add(s.Name)
		}
	}
}
