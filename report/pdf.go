// Package report writes Regionplan's documents from a plan: the decision
// drafts for each council and their overview, the resource plan, the
// summary for new councils and press releases. Each is described once as a
// layout.Document and rendered as PDF/A-1b here and as DOCX by report/docx.
// Documents are in the written standard of the municipality or plan they
// are for, whatever the screen language, and never contain the plan's
// internal material.
package report

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"unicode"

	"codeberg.org/go-pdf/fpdf"

	"regionplan/assets"
	"regionplan/planmodel"
	"regionplan/report/layout"
)

// Page geometry in millimetres (A4).
const (
	marginLeft   = 25.0
	marginRight  = 20.0
	marginTop    = 20.0
	marginBottom = 22.0
	lineHeight   = 5.2
	bodySize     = 10.5
)

const fontFamily = "noto"

var (
	fontOnce  sync.Once
	fontFaces map[string]*face // style ("", "B", "I") → the font, read once
	fontErr   error
)

func loadFonts() (map[string]*face, error) {
	fontOnce.Do(func() {
		fontFaces = map[string]*face{}
		for style, name := range map[string]string{"": "NotoSans-Regular.ttf", "B": "NotoSans-Bold.ttf", "I": "NotoSans-Italic.ttf"} {
			b, err := assets.Fonts.ReadFile("fonts/" + name)
			if err == nil {
				fontFaces[style], err = parseFace(b)
			}
			if err != nil {
				fontErr = fmt.Errorf("the document font %s is missing or damaged: %w", name, err)
				return
			}
		}
	})
	return fontFaces, fontErr
}

// doc is one PDF being written from a layout.
type doc struct {
	pdf    *fpdf.Fpdf
	width  float64 // the text width of the page
	height float64 // the page height
	faces  map[string]*face
	runes  []rune          // the characters the document's font must hold
	added  map[string]bool // the font styles given to the PDF library so far
}

// renderPDF writes a layout as a PDF/A-1b document.
func renderPDF(l *layout.Document) ([]byte, error) {
	out, err := renderAll([]*layout.Document{l}, documentRunes(l))
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

// renderAll writes layouts of one orientation as PDF/A-1b documents, one
// for each, whose font holds the given characters. They are written as one
// document of the PDF library, which is then split (see split), so that a
// font is added, cut and compressed once for all of them: that is most of
// the work of a short document.
func renderAll(ls []*layout.Document, runes []rune) ([][]byte, error) {
	faces, err := loadFonts()
	if err != nil {
		return nil, err
	}
	if len(ls) > len(pageCounts) {
		return nil, fmt.Errorf("%d documents cannot be written together; %d can", len(ls), len(pageCounts))
	}
	l := ls[0]
	orientation := "P"
	if l.Landscape {
		orientation = "L"
	}
	pdf := fpdf.New(orientation, "mm", "A4", "")
	pdf.SetMargins(marginLeft, marginTop, marginRight)
	pdf.SetAutoPageBreak(true, marginBottom)
	pdf.SetTitle(clean(l.Title), true) // split writes each document's own
	pdf.SetCreator(producer, false)
	pdf.SetCreationDate(l.Created)
	pdf.SetModificationDate(l.Created)
	pdf.SetCatalogSort(true)
	pdf.SetCompression(true)
	pdfaSetup(pdf, l)
	w, h := pdf.GetPageSize()
	d := &doc{pdf: pdf, width: w - marginLeft - marginRight, height: h, faces: faces, runes: runes, added: map[string]bool{}}
	starts := make([]int, len(ls)) // the first page of each document
	cur, next := 0, 0
	page := func() int { return pdf.PageNo() - starts[cur] + 1 } // the page within its document
	pdf.SetHeaderFuncMode(func() {
		if next != cur || pdf.PageNo() == 1 { // the first page of the next document
			cur = next
			starts[cur] = pdf.PageNo()
		}
		d.running(ls[cur].Running, page())
	}, true)
	pdf.SetFooterFunc(func() {
		pdf.SetY(-15)
		d.font("", 8)
		pdf.SetTextColor(90, 90, 90)
		pdf.CellFormat(0, 6, fmt.Sprintf("%s %d %s %s", ls[cur].Page, page(), ls[cur].Of, pageCount(cur)), "", 0, "R", false, 0, "")
		pdf.SetTextColor(0, 0, 0)
	})
	for k, l := range ls {
		next = k
		pdf.AddPage()
		d.masthead(l)
		for i := range l.Blocks {
			d.block(l.Blocks, i)
		}
	}
	for k := range ls { // the last page's footer is written with the output, its count filled in then
		end := pdf.PageNo() + 1
		if k+1 < len(ls) {
			end = starts[k+1]
		}
		pdf.RegisterAlias(pageCount(k), fmt.Sprint(end-starts[k]))
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("cannot write the document: %w", err)
	}
	return split(buf.Bytes(), ls, starts)
}

// pageCounts are the placeholders for the numbers of pages of the
// documents written together, which the PDF library fills in as it writes
// the pages: orderings of "{nb}", as wide as one another, since the
// library places the right-aligned footer by the placeholder's width.
var pageCounts = []string{"{nb}", "{bn}", "}nb{", "}bn{", "n{b}", "b{n}"}

// pageCount is the placeholder for the number of pages of document k.
func pageCount(k int) string { return pageCounts[k] }

// running writes the header of every page after a document's first.
func (d *doc) running(text string, page int) {
	if page < 2 || text == "" {
		return
	}
	d.pdf.SetXY(marginLeft, 10)
	d.font("", 8)
	d.pdf.SetTextColor(90, 90, 90)
	d.pdf.CellFormat(d.width, 5, fitLine(d, clean(text), d.width), "B", 0, "L", false, 0, "")
	d.pdf.SetTextColor(0, 0, 0)
}

// masthead writes the first page's top line and the document kind.
func (d *doc) masthead(l *layout.Document) {
	if l.Masthead == [2]string{} && l.Kind == "" {
		return
	}
	d.font("B", 16)
	d.pdf.CellFormat(d.width/2, 8, clean(l.Masthead[0]), "", 0, "L", false, 0, "")
	d.font("", 10)
	d.pdf.CellFormat(d.width/2, 8, clean(l.Masthead[1]), "", 1, "R", false, 0, "")
	if l.Kind != "" {
		d.font("B", 12)
		d.pdf.CellFormat(d.width, 7, clean(l.Kind), "B", 1, "L", false, 0, "")
	}
	d.pdf.Ln(2)
}

// font sets the font style and size. A style is given to the PDF library
// the first time it is used, since reading a font costs more than the rest
// of a short document, and most documents never use italics; it is given
// cut down to the document's characters (see subset.go).
func (d *doc) font(style string, size float64) {
	if !d.added[style] {
		d.pdf.AddUTF8FontFromBytes(fontFamily, style, d.faces[style].cut(d.runes))
		d.added[style] = true
	}
	d.pdf.SetFont(fontFamily, style, size)
}

// headingSize is the font size of a heading level.
func headingSize(level int) float64 {
	switch level {
	case 1:
		return 15
	case 2:
		return 12
	}
	return 11
}

// room starts a new page unless h millimetres are left on this one (or the
// page is still empty).
func (d *doc) room(h float64) {
	if y := d.pdf.GetY(); y+h > d.height-marginBottom && y > marginTop+1 {
		d.pdf.AddPage()
	}
}

// block writes block i of bs, first making sure it does not start at the
// foot of a page without what follows it.
func (d *doc) block(bs []layout.Block, i int) {
	b := bs[i]
	switch b.Kind {
	case layout.Heading:
		d.room(d.lead(bs, i))
		size := headingSize(b.Level)
		d.pdf.Ln(2.5)
		d.lines(d.wrap(b.Text, "B", size, d.width), marginLeft, size*0.5, "L")
		d.pdf.Ln(1)
	case layout.Para:
		ps := paragraphs(b.Text)
		for k, p := range ps {
			if k == len(ps)-1 { // the last one may lead into what follows
				d.room(d.lead(append([]layout.Block{layout.P(p)}, bs[i+1:]...), 0))
			} else {
				d.room(d.lead([]layout.Block{layout.P(p)}, 0))
			}
			d.lines(d.wrap(p, "", bodySize, d.width), marginLeft, lineHeight, "L")
			d.pdf.Ln(1.5)
		}
	case layout.Note:
		d.lines(d.wrap(b.Text, "I", 9.5, d.width), marginLeft, 5, "L")
	case layout.List:
		d.list(b)
	case layout.Table:
		d.table(b)
	case layout.Facts:
		d.facts(b)
	case layout.Chart:
		d.room(d.lead(bs, i))
		d.chart(b)
	}
}

// lead is the height that must be left on a page for block i to start
// there: a heading with the start of what follows, two lines of a
// paragraph (all of a lead-in, one ending with a colon, with the start of
// what follows), a list's first item (all of a list of two), a table's
// header and first row (all of a short table), and all of the rest.
func (d *doc) lead(bs []layout.Block, i int) float64 {
	b := bs[i]
	switch b.Kind {
	case layout.Heading:
		size := headingSize(b.Level)
		h := 3.5 + float64(len(d.wrap(b.Text, "B", size, d.width)))*size*0.5
		if i+1 < len(bs) {
			h += d.lead(bs, i+1)
		}
		return h
	case layout.Para:
		return d.paraLead(bs, i)
	case layout.Note:
		return float64(len(d.wrap(b.Text, "I", 9.5, d.width))) * 5
	case layout.List:
		return d.listLead(b)
	case layout.Table:
		size, _ := tableSize(b)
		if h := d.rowsHeight(b, 0, len(b.Rows)); h < (d.height-marginTop-marginBottom)/2 {
			return h
		}
		return d.rowsHeight(b, 0, min(2, len(b.Rows))) + size*0.2
	case layout.Facts:
		return float64(len(b.Pairs)) * 5.5
	case layout.Chart:
		return chartHeight + 25
	}
	return 0
}

// paraLead is the lead of paragraph block i: two lines, or all of a lead-in
// with the start of what follows.
func (d *doc) paraLead(bs []layout.Block, i int) float64 {
	ps := paragraphs(bs[i].Text)
	if len(ps) == 0 {
		return 0
	}
	n := len(d.wrap(ps[0], "", bodySize, d.width))
	if len(ps) == 1 && layout.LeadsIn(ps[0]) && i+1 < len(bs) {
		return float64(n)*lineHeight + 1.5 + d.lead(bs, i+1)
	}
	return float64(min(2, n)) * lineHeight
}

// listLead is the lead of a list: its first item, or both of a list of two.
func (d *doc) listLead(b layout.Block) float64 {
	if len(b.Items) == 0 {
		return 0
	}
	h := d.itemHeight(b, 0)
	if len(b.Items) == 2 {
		h += d.itemHeight(b, 1)
	}
	return h
}

// paragraphs splits text at blank lines, leaving out empty ones.
func paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.TrimSpace(text), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// lines writes wrapped lines at x, each h high.
func (d *doc) lines(ls []string, x, h float64, align string) {
	w := d.width - (x - marginLeft)
	for _, l := range ls {
		d.pdf.SetX(x)
		d.pdf.CellFormat(w, h, l, "", 1, align, false, 0, "")
	}
}

// wrap breaks text into lines no wider than width in the given font: at
// spaces (never at a non-breaking one) and at line breaks, and inside a
// word only when the word alone is too wide. The same rule serves for
// measuring and for drawing.
func (d *doc) wrap(text, style string, size, width float64) []string {
	d.font(style, size)
	var out []string
	for _, line := range strings.Split(clean(text), "\n") {
		cur := ""
		for _, word := range strings.Split(line, " ") {
			try := word
			if cur != "" {
				try = cur + " " + word
			}
			if d.pdf.GetStringWidth(try) <= width {
				cur = try
				continue
			}
			if cur != "" {
				out = append(out, cur)
			}
			cur = word
			for d.pdf.GetStringWidth(cur) > width {
				head := fitRunes(d, cur, width)
				out = append(out, head)
				cur = cur[len(head):]
			}
		}
		out = append(out, cur)
	}
	return out
}

// fitRunes is the longest start of s (at least one character) no wider
// than width.
func fitRunes(d *doc, s string, width float64) string {
	r := []rune(s)
	n := len(r) - 1
	for n > 1 && d.pdf.GetStringWidth(string(r[:n])) > width {
		n--
	}
	return string(r[:max(n, 1)])
}

// fitLine shortens a one-line text (the running header) to width.
func fitLine(d *doc, s string, width float64) string {
	if d.pdf.GetStringWidth(s) <= width {
		return s
	}
	return fitRunes(d, s, width-d.pdf.GetStringWidth("…")) + "…"
}

// itemHeight is the height of list item k.
func (d *doc) itemHeight(b layout.Block, k int) float64 {
	return float64(len(d.wrap(b.Items[k], listStyle(b), bodySize, d.width-8)))*lineHeight + 1
}

func listStyle(b layout.Block) string {
	if b.Bold {
		return "B"
	}
	return ""
}

// list writes a numbered list with hanging indents; its last item never
// starts a page alone.
func (d *doc) list(b layout.Block) {
	for k, it := range b.Items {
		h := d.itemHeight(b, k)
		if k == len(b.Items)-2 {
			h += d.itemHeight(b, k+1)
		}
		d.room(h)
		d.font(listStyle(b), bodySize)
		d.pdf.SetX(marginLeft)
		d.pdf.CellFormat(8, lineHeight, fmt.Sprintf("%d.", k+1), "", 0, "L", false, 0, "")
		y := d.pdf.GetY()
		d.lines(d.wrap(it, listStyle(b), bodySize, d.width-8), marginLeft+8, lineHeight, "L")
		if d.pdf.GetY() == y {
			d.pdf.Ln(lineHeight)
		}
		d.pdf.Ln(1)
	}
}

// facts writes a case header's labels and values.
func (d *doc) facts(b layout.Block) {
	const label = 38.0
	for _, p := range b.Pairs {
		ls := d.wrap(orDash(p[1]), "", 9.5, d.width-label)
		d.room(float64(len(ls)) * 5.5)
		d.font("B", 9.5)
		d.pdf.CellFormat(label, 5.5, clean(p[0]), "", 0, "L", false, 0, "")
		d.font("", 9.5)
		d.lines(ls, marginLeft+label, 5.5, "L")
	}
	d.pdf.Ln(2)
}

// tableSize is a table's font size and line height.
func tableSize(b layout.Block) (size, lh float64) {
	size = 9.5
	if b.Small {
		size = 7.5
	}
	return size, size * 0.47
}

// rowStyle is the font style of row r: bold for the header and a sum.
func rowStyle(b layout.Block, r int) string {
	if r == 0 || (b.Sum && r == len(b.Rows)-1) {
		return "B"
	}
	return ""
}

// cells wraps each cell of row r in its column.
func (d *doc) cells(b layout.Block, r int) [][]string {
	size, _ := tableSize(b)
	out := make([][]string, len(b.Rows[r]))
	for c, cell := range b.Rows[r] {
		out[c] = d.wrap(cell, rowStyle(b, r), size, b.Widths[c]-1.5)
	}
	return out
}

// rowHeight is the height of row r, its tallest cell.
func (d *doc) rowHeight(b layout.Block, r int) float64 {
	size, lh := tableSize(b)
	n := 1
	for _, c := range d.cells(b, r) {
		n = max(n, len(c))
	}
	return float64(n)*lh + size*0.18
}

func (d *doc) rowsHeight(b layout.Block, from, to int) float64 {
	h := 0.0
	for r := from; r < to; r++ {
		h += d.rowHeight(b, r)
	}
	return h
}

// table writes rows whose cells wrap in their columns. A short table is
// kept on one page; a long one repeats its header on each new page and
// never leaves a sum row or the header alone.
func (d *doc) table(b layout.Block) {
	if len(b.Rows) == 0 {
		return
	}
	d.room(d.lead([]layout.Block{b}, 0))
	for r := range b.Rows {
		h := d.rowHeight(b, r)
		if r > 0 && b.Sum && r == len(b.Rows)-2 {
			h += d.rowHeight(b, r+1)
		}
		if r > 0 && d.pdf.GetY()+h > d.height-marginBottom {
			d.pdf.AddPage()
			d.row(b, 0)
		}
		d.row(b, r)
	}
	d.pdf.Ln(2)
}

// row draws row r at the current height, with a rule under the header and
// above a sum.
func (d *doc) row(b layout.Block, r int) {
	size, lh := tableSize(b)
	h := d.rowHeight(b, r)
	y := d.pdf.GetY()
	x := marginLeft
	d.font(rowStyle(b, r), size)
	for c, ls := range d.cells(b, r) {
		align := "L"
		if b.Right != nil && b.Right[c] {
			align = "R"
		}
		for k, l := range ls {
			d.pdf.SetXY(x, y+size*0.09+float64(k)*lh)
			d.pdf.CellFormat(b.Widths[c]-0.5, lh, l, "", 0, align, false, 0, "")
		}
		x += b.Widths[c]
	}
	switch {
	case r == 0:
		d.pdf.Line(marginLeft, y+h, x, y+h)
	case b.Sum && r == len(b.Rows)-1:
		d.pdf.Line(marginLeft, y, x, y)
	}
	d.pdf.SetXY(marginLeft, y+h)
}

// clean makes text safe for the PDF: characters the document font lacks
// (emoji, other scripts; see Unprintable, which names them before export)
// and control characters become a question mark, since the library cannot
// set the former in a valid PDF/A and the latter have no glyph.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t':
			return ' '
		case r == '−': // the minus sign does not come out of the font subset; the en dash does
			return '–'
		case unicode.IsControl(r), !hasGlyph(r):
			return '?'
		}
		return r
	}, s)
}

// kroner writes an amount as "1 234 567 kr".
func kroner(n int64) string { return planmodel.FormatInt(n) + planmodel.NBSP + "kr" }
