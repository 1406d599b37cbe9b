package report

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"regionplan/planmodel"
	"regionplan/report/docx"
	"regionplan/report/layout"
)

// Format is a file format the documents are written in.
type Format string

// The formats: PDF/A-1b for the archive, DOCX for the case system.
const (
	PDF  Format = "pdf"
	DOCX Format = "docx"
)

// ParseFormats reads a comma-separated list such as "pdf,docx".
func ParseFormats(s string) ([]Format, error) {
	var out []Format
	for _, f := range strings.Split(s, ",") {
		switch ff := Format(strings.ToLower(strings.TrimSpace(f))); ff {
		case PDF, DOCX:
			out = append(out, ff)
		default:
			return nil, fmt.Errorf("unknown format %q: use pdf, docx or both", f)
		}
	}
	return out, nil
}

// Only keeps the given formats of each document.
func Only(docs []Draft, formats []Format) []Draft {
	keep := map[Format]bool{}
	for _, f := range formats {
		keep[f] = true
	}
	out := make([]Draft, len(docs))
	for i, d := range docs {
		out[i] = d
		if !keep[PDF] {
			out[i].PDF = nil
		}
		if !keep[DOCX] {
			out[i].DOCX = nil
		}
	}
	return out
}

// newLayout starts a document in the written standard std, dated at.
func newLayout(std planmodel.Standard, at time.Time, title, subject, author string) *layout.Document {
	return &layout.Document{
		Title: title, Subject: subject, Author: author,
		Lang: pdfLang(std), Created: at,
		Page: word(std, "page"), Of: word(std, "of"),
	}
}

// rendered renders a layout as PDF and DOCX under the given file name.
func rendered(l *layout.Document, municipality, fileName string) (Draft, error) {
	return renderAs(l, municipality, fileName, Both)
}

// renderAs renders a layout in the given formats under the given file name.
func renderAs(l *layout.Document, municipality, fileName string, formats []Format) (Draft, error) {
	d := Draft{Municipality: municipality, FileName: fileName}
	for _, f := range formats {
		var err error
		switch f {
		case PDF:
			d.PDF, err = renderPDF(l)
		case DOCX:
			d.DOCX, err = docx.Write(l)
		}
		if err != nil {
			return Draft{}, err
		}
	}
	return d, nil
}

// nonEmpty keeps the texts that are not blank.
func nonEmpty(texts ...string) []string {
	var out []string
	for _, t := range texts {
		if strings.TrimSpace(t) != "" {
			out = append(out, t)
		}
	}
	return out
}

// Paths returns the files WriteAs writes for path: the PDF and the DOCX
// beside it.
func Paths(path string) []string {
	base := strings.TrimSuffix(path, filepath.Ext(path))
	return []string{base + ".pdf", base + ".docx"}
}

// WriteAs writes one document as the PDF at path and its DOCX beside it
// (the same name ending in .docx), both or neither, and returns the paths.
func WriteAs(path string, d Draft) ([]string, error) {
	d.FileName = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)) + ".pdf"
	return WriteFiles(filepath.Dir(path), []Draft{d}, nil)
}
