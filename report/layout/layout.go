// Package layout describes a document as a list of blocks (headings,
// paragraphs, numbered lists, tables, facts) that the report package renders
// as PDF and the docx package as DOCX, so both carry the same content.
package layout

import (
	"strings"
	"time"
)

// Kind is what a block is.
type Kind int

// The kinds of block.
const (
	Heading Kind = iota // Text at Level 1 (the title), 2 (a section) or 3
	Para                // Text; blank lines start new paragraphs
	Note                // Text in small italics
	List                // Items, numbered
	Table               // Rows, the first a header
	Facts               // Pairs of label and value, as in a case header
	Chart               // Series over Labels, drawn in the PDF, a table in DOCX
)

// Block is one part of a document.
type Block struct {
	Kind   Kind
	Level  int
	Text   string
	Items  []string
	Bold   bool        // a list in bold (the proposed decision)
	Rows   [][]string  // a table's rows, the first its header
	Widths []float64   // a table's column widths in millimetres
	Right  []bool      // the table columns aligned right (amounts)
	Sum    bool        // the table's last row is a sum
	Small  bool        // a table in a smaller font (many columns)
	Pairs  [][2]string // facts: label and value
	Labels []string    // a chart's categories (years)
	Series []Series    // a chart's bars
}

// Series is one set of a chart's bars, with its colour.
type Series struct {
	Name   string
	Values []int64
	RGB    [3]int
}

// Document is a whole document: what it says about itself, its first-page
// masthead, the header of its later pages and its blocks.
type Document struct {
	Title, Subject, Author string
	Lang                   string    // nb-NO or nn-NO
	Created                time.Time // also the document's date
	Landscape              bool
	Masthead               [2]string // the first page's top line, left and right
	Kind                   string    // the document kind under the masthead, e.g. "Saksframlegg"
	Running                string    // the header of every page after the first
	Page, Of               string    // the footer's words: "Side" x "av" y
	Blocks                 []Block
}

// Add appends blocks to the document.
func (d *Document) Add(b ...Block) { d.Blocks = append(d.Blocks, b...) }

// H is a heading at the given level.
func H(level int, text string) Block { return Block{Kind: Heading, Level: level, Text: text} }

// P is a paragraph.
func P(text string) Block { return Block{Kind: Para, Text: text} }

// LeadsIn tells whether a paragraph leads into what follows it (it ends
// with a colon), so that the two are kept on one page.
func LeadsIn(text string) bool { return strings.HasSuffix(strings.TrimSpace(text), ":") }
