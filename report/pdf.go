// Package report writes Regionplan's PDF documents from a plan: the decision
// drafts for each council and their overview. Documents are in the written
// standard of the municipality or plan they are for, whatever the screen
// language, and never contain the plan's internal material.
package report

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"

	"codeberg.org/go-pdf/fpdf"

	"regionplan/assets"
	"regionplan/planmodel"
)

// Page geometry in millimetres (A4).
const (
	marginLeft  = 25.0
	marginRight = 20.0
	marginTop   = 20.0
	textWidth   = 210.0 - marginLeft - marginRight // on a portrait page
	lineHeight  = 5.2
)

const fontFamily = "noto"

var (
	fontOnce  sync.Once
	fontFaces map[string][]byte // style ("", "B", "I") → TrueType bytes
	fontErr   error
)

func loadFonts() (map[string][]byte, error) {
	fontOnce.Do(func() {
		fontFaces = map[string][]byte{}
		for style, name := range map[string]string{"": "NotoSans-Regular.ttf", "B": "NotoSans-Bold.ttf", "I": "NotoSans-Italic.ttf"} {
			b, err := assets.Fonts.ReadFile("fonts/" + name)
			if err != nil {
				fontErr = fmt.Errorf("the document font %s is missing: %w", name, err)
				return
			}
			fontFaces[style] = b
		}
	})
	return fontFaces, fontErr
}

// Meta is what a document says about itself.
type Meta struct {
	Title   string
	Subject string
	Author  string
	Created time.Time // also the document's date; fixed for reproducible output
}

// doc is one PDF being written, with the written standard of its words.
type doc struct {
	pdf   *fpdf.Fpdf
	std   planmodel.Standard
	width float64 // the text width of the page
	faces map[string][]byte
	added map[string]bool // the font styles given to the PDF library so far
}

func newDoc(meta Meta, std planmodel.Standard) (*doc, error) {
	return newDocOriented(meta, std, "P")
}

// newDocOriented starts a document in portrait ("P") or landscape ("L").
func newDocOriented(meta Meta, std planmodel.Standard, orientation string) (*doc, error) {
	faces, err := loadFonts()
	if err != nil {
		return nil, err
	}
	pdf := fpdf.New(orientation, "mm", "A4", "")
	pdf.SetMargins(marginLeft, marginTop, marginRight)
	pdf.SetAutoPageBreak(true, 22)
	pdf.SetTitle(clean(meta.Title), true)
	pdf.SetSubject(clean(meta.Subject), true)
	pdf.SetAuthor(clean(meta.Author), true)
	pdf.SetCreator(producer, false)
	pdf.SetCreationDate(meta.Created)
	pdf.SetModificationDate(meta.Created)
	pdf.SetCatalogSort(true)
	pdf.SetCompression(true)
	pdf.AliasNbPages("{nb}")
	pdfaSetup(pdf, meta, pdfLang(std))
	w, _ := pdf.GetPageSize()
	d := &doc{pdf: pdf, std: std, width: w - marginLeft - marginRight, faces: faces, added: map[string]bool{}}
	pdf.SetFooterFunc(func() {
		pdf.SetY(-15)
		d.font("", 8)
		pdf.SetTextColor(90, 90, 90)
		pdf.CellFormat(0, 6, fmt.Sprintf("%s %d %s {nb}", d.word("page"), pdf.PageNo(), d.word("of")), "", 0, "R", false, 0, "")
		pdf.SetTextColor(0, 0, 0)
	})
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("cannot start the document: %w", err)
	}
	return d, nil
}

// font sets the font style and size. A style is given to the PDF library the first
// time it is used, since reading a font costs more than the rest of a short
// document, and most documents never use italics.
func (d *doc) font(style string, size float64) {
	if !d.added[style] {
		// The library appends into the slice it is given: each document gets a copy.
		d.pdf.AddUTF8FontFromBytes(fontFamily, style, append([]byte(nil), d.faces[style]...))
		d.added[style] = true
	}
	d.pdf.SetFont(fontFamily, style, size)
}

// word returns a fixed document word in the document's written standard.
func (d *doc) word(key string) string { return word(d.std, key) }

// heading writes a bold heading with some space above it.
func (d *doc) heading(text string, size float64) {
	d.pdf.Ln(2.5)
	d.font("B", size)
	d.pdf.MultiCell(d.width, size*0.5, clean(text), "", "L", false)
	d.pdf.Ln(1)
}

// para writes a paragraph, or nothing for empty text. Blank lines in the
// text start new paragraphs.
func (d *doc) para(text string) {
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	d.font("", 10.5)
	for _, p := range strings.Split(text, "\n\n") {
		d.pdf.MultiCell(d.width, lineHeight, clean(strings.TrimSpace(p)), "", "L", false)
		d.pdf.Ln(1.5)
	}
}

// numbered writes a numbered list with hanging indents.
func (d *doc) numbered(items []string, style string) {
	d.font(style, 10.5)
	for i, it := range items {
		d.pdf.SetX(marginLeft)
		d.pdf.CellFormat(8, lineHeight, fmt.Sprintf("%d.", i+1), "", 0, "L", false, 0, "")
		d.pdf.MultiCell(d.width-8, lineHeight, clean(it), "", "L", false)
		d.pdf.Ln(1)
	}
}

// table writes rows of cells with the given column widths; the first row is
// a header in bold, and so is the last when sum is set (it gets a rule
// above). Right-aligned columns are marked in right. A table short enough to
// fit on a page is not split over two.
func (d *doc) table(widths []float64, right []bool, rows [][]string, sum bool) {
	d.tableSized(widths, right, rows, sum, 9.5)
}

// room starts a new page unless h millimetres are left on this one.
func (d *doc) room(h float64) {
	_, pageHeight := d.pdf.GetPageSize()
	if d.pdf.GetY()+h > pageHeight-22 {
		d.pdf.AddPage()
	}
}

// tableSized is table with the given font size.
func (d *doc) tableSized(widths []float64, right []bool, rows [][]string, sum bool, size float64) {
	rowHeight := size * 0.63
	_, pageHeight := d.pdf.GetPageSize()
	if height := rowHeight * float64(len(rows)); height < (pageHeight-marginTop-22)/2 {
		d.room(height) // a short table is not split over two pages
	}
	for r, row := range rows {
		style, border := "", ""
		switch {
		case r == 0:
			style, border = "B", "B"
		case sum && r == len(rows)-1:
			style, border = "B", "T"
		}
		d.font(style, size)
		for c, cell := range row {
			align := "L"
			if right != nil && right[c] {
				align = "R"
			}
			d.pdf.CellFormat(widths[c], rowHeight, fit(d, clean(cell), widths[c]-1.5), border, 0, align, false, 0, "")
		}
		d.pdf.Ln(-1)
	}
	d.pdf.Ln(2)
}

// fit shortens s with an ellipsis until it fits in width millimetres.
func fit(d *doc, s string, width float64) string {
	if d.pdf.GetStringWidth(s) <= width {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && d.pdf.GetStringWidth(string(r)+"…") > width {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

// output finishes the document.
func (d *doc) output() ([]byte, error) {
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("cannot write the document: %w", err)
	}
	b, err := archive(buf.Bytes())
	if err != nil {
		return nil, fmt.Errorf("cannot make the document PDF/A: %w", err)
	}
	return b, nil
}

// clean makes text safe for the PDF: characters outside the Basic
// Multilingual Plane (emoji) and control characters become a replacement
// mark, since the library cannot set the former and the latter have no glyph.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t':
			return ' '
		case r > 0xFFFF, unicode.IsControl(r), r == unicode.ReplacementChar:
			return '?'
		case r == '−': // the minus sign does not come out of the font subset; the en dash does
			return '–'
		}
		return r
	}, s)
}

// kroner writes an amount as "1 234 567 kr".
func kroner(n int64) string { return planmodel.FormatInt(n) + planmodel.NBSP + "kr" }
