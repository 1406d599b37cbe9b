// Package docx writes a layout.Document as a Word document (Office Open
// XML) with archive/zip and encoding/xml: real heading styles, numbered
// lists, tables, the document language, a running header after the first
// page and "Side x av y" in the footer. The same layout gives the same
// bytes, since every part has a fixed order and the document's own date.
package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"unicode"

	"regionplan/planmodel"
	"regionplan/report/layout"
)

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// twips converts millimetres to twentieths of a point.
func twips(mm float64) int { return int(mm*56.6929 + 0.5) }

// Page geometry in millimetres, as in the PDF.
const (
	marginLeft, marginRight, marginTop, marginBottom = 25.0, 20.0, 20.0, 22.0
	pageShort, pageLong                              = 210.0, 297.0
)

// Write renders the document as DOCX bytes.
func Write(l *layout.Document) ([]byte, error) {
	w := &writer{l: l}
	body := w.body()
	parts := []struct{ name, content string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", rootRels},
		{"docProps/core.xml", core(l)},
		{"word/_rels/document.xml.rels", documentRels},
		{"word/document.xml", body},
		{"word/styles.xml", styles(l.Lang)},
		{"word/numbering.xml", w.numbering()},
		{"word/settings.xml", fmt.Sprintf(`<w:settings %s><w:defaultTabStop w:val="708"/><w:themeFontLang w:val="%s"/></w:settings>`, wNS, l.Lang)},
		{"word/header1.xml", header(l.Running)},
		{"word/footer1.xml", footer(l.Page, l.Of)},
		{"word/footer2.xml", footer(l.Page, l.Of)},
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, p := range parts {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: l.Created.UTC()})
		if err != nil {
			return nil, fmt.Errorf("cannot write the Word document: %w", err)
		}
		if _, err := f.Write([]byte(xml.Header + p.content)); err != nil {
			return nil, fmt.Errorf("cannot write the Word document: %w", err)
		}
	}
	if err := z.Close(); err != nil {
		return nil, fmt.Errorf("cannot write the Word document: %w", err)
	}
	return buf.Bytes(), nil
}

// writer holds what the body needs beyond the layout: the numbered lists
// written so far, each numbered from 1.
type writer struct {
	l     *layout.Document
	lists int
	b     strings.Builder
}

// esc escapes text for XML, leaving out characters XML cannot hold.
func esc(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\t' {
			return ' '
		}
		if unicode.IsControl(r) && r != '\n' || r == 0xFFFE || r == 0xFFFF {
			return -1
		}
		return r
	}, s)
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// run is a run of text with its properties; line breaks become <w:br/>.
func run(text, props string) string {
	var b strings.Builder
	for i, line := range strings.Split(text, "\n") {
		b.WriteString("<w:r>")
		if props != "" {
			b.WriteString("<w:rPr>" + props + "</w:rPr>")
		}
		if i > 0 {
			b.WriteString("<w:br/>")
		}
		b.WriteString(`<w:t xml:space="preserve">` + esc(line) + "</w:t></w:r>")
	}
	return b.String()
}

// para is a paragraph with paragraph properties and runs.
func para(pPr, runs string) string {
	if pPr != "" {
		pPr = "<w:pPr>" + pPr + "</w:pPr>"
	}
	return "<w:p>" + pPr + runs + "</w:p>"
}

// width is the text width in millimetres.
func (w *writer) width() float64 {
	if w.l.Landscape {
		return pageLong - marginLeft - marginRight
	}
	return pageShort - marginLeft - marginRight
}

func (w *writer) body() string {
	l := w.l
	w.b.WriteString(fmt.Sprintf(`<w:document %s><w:body>`, wNS))
	if l.Masthead != [2]string{} {
		w.b.WriteString(para(fmt.Sprintf(`<w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs>`, twips(w.width())),
			run(l.Masthead[0], `<w:b/><w:sz w:val="32"/>`)+`<w:r><w:tab/></w:r>`+run(l.Masthead[1], `<w:sz w:val="20"/>`)))
	}
	if l.Kind != "" {
		w.b.WriteString(para(`<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr><w:spacing w:after="160"/>`,
			run(l.Kind, `<w:b/><w:sz w:val="24"/>`)))
	}
	for _, b := range l.Blocks {
		w.block(b)
	}
	w.b.WriteString(w.section())
	w.b.WriteString(`</w:body></w:document>`)
	return w.b.String()
}

func (w *writer) block(b layout.Block) {
	switch b.Kind {
	case layout.Heading:
		w.b.WriteString(para(fmt.Sprintf(`<w:pStyle w:val="Heading%d"/>`, min(max(b.Level, 1), 3)), run(b.Text, "")))
	case layout.Para:
		for _, p := range strings.Split(strings.TrimSpace(b.Text), "\n\n") {
			pPr := ""
			if layout.LeadsIn(p) {
				pPr = "<w:keepNext/>"
			}
			if p = strings.TrimSpace(p); p != "" {
				w.b.WriteString(para(pPr, run(p, "")))
			}
		}
	case layout.Note:
		w.b.WriteString(para("", run(b.Text, `<w:i/><w:sz w:val="19"/>`)))
	case layout.List:
		w.list(b)
	case layout.Table, layout.Chart:
		w.table(b)
	case layout.Facts:
		w.facts(b)
	}
}

// list writes a numbered list that starts from 1.
func (w *writer) list(b layout.Block) {
	w.lists++
	props := ""
	if b.Bold {
		props = "<w:b/>"
	}
	for k, it := range b.Items {
		keep := "" // the last item never stands alone on a page
		if k == len(b.Items)-2 {
			keep = "<w:keepNext/>"
		}
		w.b.WriteString(para(fmt.Sprintf(`<w:pStyle w:val="ListNumber"/>%s<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>`, keep, w.lists), run(it, props)))
	}
}

// numbering defines one numbering per list, so each starts from 1.
func (w *writer) numbering() string {
	var b strings.Builder
	b.WriteString(fmt.Sprintf(`<w:numbering %s><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>`, wNS))
	b.WriteString(`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="454" w:hanging="454"/></w:pPr></w:lvl></w:abstractNum>`)
	for i := 1; i <= w.lists; i++ {
		fmt.Fprintf(&b, `<w:num w:numId="%d"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`, i)
	}
	b.WriteString(`</w:numbering>`)
	return b.String()
}

// rows is a table's rows: a chart becomes a table of its series.
func rows(b layout.Block) (rs [][]string, widths []float64, right []bool) {
	if b.Kind != layout.Chart {
		return b.Rows, b.Widths, b.Right
	}
	head := append([]string{""}, b.Labels...)
	rs = [][]string{head}
	widths = []float64{45}
	right = []bool{false}
	for range b.Labels {
		widths = append(widths, 20)
		right = append(right, true)
	}
	for _, s := range b.Series {
		row := []string{s.Name}
		for _, v := range s.Values {
			row = append(row, planmodel.FormatInt(v))
		}
		rs = append(rs, row)
	}
	return rs, widths, right
}

// shortTable is the most rows a table kept on one page has.
const shortTable = 15

// table writes a table with its header repeated on each page, rows that do
// not split, a rule under the header and above a sum.
func (w *writer) table(b layout.Block) {
	rs, widths, right := rows(b)
	if len(rs) == 0 {
		return
	}
	size := 19
	if b.Small {
		size = 15
	}
	total := 0
	for _, wd := range widths {
		total += twips(wd)
	}
	fmt.Fprintf(&w.b, `<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="40" w:type="dxa"/><w:right w:w="40" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>`, total)
	for _, wd := range widths {
		fmt.Fprintf(&w.b, `<w:gridCol w:w="%d"/>`, twips(wd))
	}
	w.b.WriteString(`</w:tblGrid>`)
	for r, row := range rs {
		sum := b.Sum && r == len(rs)-1
		trPr := `<w:cantSplit/>`
		if r == 0 {
			trPr += `<w:tblHeader/>`
		}
		w.b.WriteString(`<w:tr><w:trPr>` + trPr + `</w:trPr>`)
		for c, cell := range row {
			fmt.Fprintf(&w.b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>`, twips(widths[c]), cellBorder(r == 0, sum), para(cellPara(r, len(rs), right != nil && right[c]), run(cell, cellRun(r == 0 || sum, size))))
		}
		w.b.WriteString(`</w:tr>`)
	}
	w.b.WriteString(`</w:tbl>`)
	w.b.WriteString(para(`<w:spacing w:after="0"/>`, ""))
}

// cellBorder is a table cell's rule: under the header, above the sum.
func cellBorder(header, sum bool) string {
	switch {
	case header:
		return `<w:tcBorders><w:bottom w:val="single" w:sz="6" w:color="000000"/></w:tcBorders>`
	case sum:
		return `<w:tcBorders><w:top w:val="single" w:sz="6" w:color="000000"/></w:tcBorders>`
	}
	return ""
}

// cellPara is the paragraph properties of a cell in row r of n: the header
// kept with a row and a short table kept whole, figures to the right.
func cellPara(r, n int, right bool) string {
	pPr := `<w:spacing w:before="20" w:after="20"/>`
	if r < n-1 && (r == 0 || n <= shortTable) {
		pPr = `<w:keepNext/>` + pPr // the header with a row, a short table whole
	}
	if right {
		pPr += `<w:jc w:val="right"/>`
	}
	return pPr
}

// cellRun is the run properties of a cell's text: its size, bold in the
// header and the sum.
func cellRun(bold bool, size int) string {
	props := fmt.Sprintf(`<w:sz w:val="%d"/>`, size)
	if bold {
		props = "<w:b/>" + props
	}
	return props
}

// facts writes a case header's labels and values as a table without rules.
func (w *writer) facts(b layout.Block) {
	label := 38.0
	fmt.Fprintf(&w.b, `<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="%d"/><w:gridCol w:w="%d"/></w:tblGrid>`,
		twips(w.width()), twips(label), twips(w.width()-label))
	for _, p := range b.Pairs {
		value := p[1]
		if strings.TrimSpace(value) == "" {
			value = "–"
		}
		fmt.Fprintf(&w.b, `<w:tr><w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc><w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr>`,
			twips(label), para(`<w:spacing w:after="0"/>`, run(p[0], `<w:b/><w:sz w:val="19"/>`)),
			twips(w.width()-label), para(`<w:spacing w:after="0"/>`, run(value, `<w:sz w:val="19"/>`)))
	}
	w.b.WriteString(`</w:tbl>`)
	w.b.WriteString(para(`<w:spacing w:after="0"/>`, ""))
}

// section is the page setup: A4, the PDF's margins, the running header on
// every page but the first and the page numbers on all.
func (w *writer) section() string {
	pw, ph, orient := twips(pageShort), twips(pageLong), ""
	if w.l.Landscape {
		pw, ph, orient = ph, pw, ` w:orient="landscape"`
	}
	return fmt.Sprintf(`<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/><w:footerReference w:type="first" r:id="rIdFooterFirst"/>`+
		`<w:pgSz w:w="%d" w:h="%d"%s/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="567" w:footer="454" w:gutter="0"/><w:titlePg/></w:sectPr>`,
		pw, ph, orient, twips(marginTop), twips(marginRight), twips(marginBottom), twips(marginLeft))
}

func header(text string) string {
	return fmt.Sprintf(`<w:hdr %s>%s</w:hdr>`, wNS, para(`<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="5A5A5A"/></w:pBdr>`, run(text, `<w:color w:val="5A5A5A"/><w:sz w:val="16"/>`)))
}

func footer(page, of string) string {
	props := `<w:color w:val="5A5A5A"/><w:sz w:val="16"/>`
	field := func(name string) string {
		return fmt.Sprintf(`<w:fldSimple w:instr=" %s ">%s</w:fldSimple>`, name, run("1", props))
	}
	return fmt.Sprintf(`<w:ftr %s>%s</w:ftr>`, wNS, para(`<w:jc w:val="right"/>`, run(page+" ", props)+field("PAGE")+run(" "+of+" ", props)+field("NUMPAGES")))
}

func core(l *layout.Document) string {
	date := l.Created.UTC().Format("2006-01-02T15:04:05Z")
	return fmt.Sprintf(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`+
		`<dc:title>%s</dc:title><dc:subject>%s</dc:subject><dc:creator>%s</dc:creator><dc:language>%s</dc:language>`+
		`<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>`,
		esc(l.Title), esc(l.Subject), esc(l.Author), esc(l.Lang), date, date)
}

// styles defines the body text, three heading levels and the list style,
// with the document's language.
func styles(lang string) string {
	heading := func(level, size int) string {
		return fmt.Sprintf(`<w:style w:type="paragraph" w:styleId="Heading%d"><w:name w:val="heading %d"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>`+
			`<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="%d"/></w:pPr><w:rPr><w:b/><w:sz w:val="%d"/></w:rPr></w:style>`,
			level, level, level-1, size)
	}
	return fmt.Sprintf(`<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:eastAsia="Arial"/><w:sz w:val="21"/><w:lang w:val="%s" w:eastAsia="%s" w:bidi="%s"/></w:rPr></w:rPrDefault>`+
		`<w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`+
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>`+
		`%s%s%s<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/></w:pPr></w:style>`+
		`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`,
		wNS, lang, lang, lang, heading(1, 30), heading(2, 24), heading(3, 22))
}

const contentTypes = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
	`<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
	`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
	`<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`

const rootRels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`

const documentRels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
	`<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
	`<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
	`<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>` +
	`<Relationship Id="rIdFooterFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/></Relationships>`
