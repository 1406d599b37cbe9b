// Package workbook writes a plan's resource and financing plan as an XLSX
// workbook (costs and funding with budget and accounts, the municipalities'
// shares and payments, hours) and reads such a workbook back as a list of
// changes that can be applied to the plan.
package workbook

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"regionplan/planmodel"
	"regionplan/report/words"
)

// The sheets, by their keys in the documents' catalogue (report/words).
const (
	sheetCosts    = "costs"
	sheetFunding  = "funding"
	sheetShares   = "book shares"
	sheetPayments = "book payments"
	sheetHours    = "book hours"
)

// The kinds of column a sheet can have, by their keys in the catalogue.
// Input columns are read back; the others are computed and skipped on import.
const (
	colBudget    = "budget"
	colActual    = "accounts" // cost accounts
	colReceived  = "received" // funding received
	colDeviation = "deviation"
	colInvoiced  = "invoiced"
	colPaid      = "paid"
	colRemaining = "remaining"
	colHours     = "book hours"
	colShare     = "share"
)

// word returns the workbook's word for key in the written standard std.
func word(std planmodel.Standard, key string) string { return words.Of(std, key) }

// labelOf returns a cost category's or kind of funding's word as a cell's
// label, with a capital letter.
func labelOf(std planmodel.Standard, key string) string {
	w := word(std, key)
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// numberFormat is the format of every amount: thousands grouped by the
// reader's own separator, a space in Norwegian.
const numberFormat = "#,##0"

// writer holds the workbook being written and its styles.
type writer struct {
	f                       *excelize.File
	p                       *planmodel.Plan
	std                     planmodel.Standard
	years                   []int
	accounts                map[int]bool // the years with accounts
	book                    [][]string   // the rows of bookSheet, see record
	labels, figures         [][]string   // the label and figure rows of bookSheet, see note
	header, number, sumLine int
}

// Export writes the plan's resource and financing plan as an XLSX workbook
// in the plan's written standard, one sheet per part, with formulas for
// every sum and deviation. at is written as the workbook's creation time.
func Export(p *planmodel.Plan, at time.Time) ([]byte, error) {
	w := &writer{f: excelize.NewFile(), p: p, std: p.DocumentStandard(), years: p.Years(), accounts: map[int]bool{}}
	for _, y := range p.AccountYears() {
		w.accounts[y] = true
	}
	defer w.f.Close()
	if len(w.years) == 0 {
		return nil, fmt.Errorf("the plan's period %d–%d is not valid; correct it before exporting the resource plan", p.FirstYear, p.LastYear)
	}
	if err := w.styles(); err != nil {
		return nil, err
	}
	s, shareErr := p.Shares()
	steps := []func() error{w.costs, w.funding, func() error { return w.shares(s, shareErr) }, w.payments, w.hours, w.record}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, fmt.Errorf("cannot write the workbook: %w", err)
		}
	}
	if err := w.f.DeleteSheet("Sheet1"); err != nil {
		return nil, err
	}
	w.f.SetActiveSheet(0)
	stamp := at.UTC().Format(time.RFC3339)
	if err := w.f.SetDocProps(&excelize.DocProperties{Title: p.Name, Creator: "Regionplan", Created: stamp, Modified: stamp, Language: string(w.std)}); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if _, err := w.f.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("cannot write the workbook: %w", err)
	}
	return buf.Bytes(), nil
}

func (w *writer) styles() error {
	format := numberFormat
	var err error
	if w.header, err = w.f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}); err != nil {
		return err
	}
	if w.number, err = w.f.NewStyle(&excelize.Style{CustomNumFmt: &format}); err != nil {
		return err
	}
	w.sumLine, err = w.f.NewStyle(&excelize.Style{CustomNumFmt: &format, Font: &excelize.Font{Bold: true}, Border: []excelize.Border{{Type: "top", Color: "000000", Style: 1}}})
	return err
}

// cell names the cell at column col and row, both from 1.
func cell(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

// line is one row of a sheet: its title, an optional label in the second
// column and the key of its category or kind, the figures of each input
// column kind per year, and for a cost item or funding source its key (see
// lineKeys), for a municipality its ID.
type line struct {
	title, label string
	values       map[string]planmodel.Yearly
	key          string
	kind         string
}

// lineKeys returns the key of each line of a list with the given IDs and
// titles: its ID when it has one, else its title and how many lines of that
// title came before it, as "1:Prosjektleder". The key is written in a
// hidden last column, so a line renamed in the workbook is still known, and
// a line whose row is gone is known to be deleted. Only an ID survives a
// rename in the plan after the export (see LineIDs).
func lineKeys(ids, titles []string) []string {
	seen := map[string]int{}
	keys := make([]string, len(titles))
	for i, t := range titles {
		seen[t]++
		keys[i] = fmt.Sprintf("%d:%s", seen[t], t)
		if ids[i] != "" {
			keys[i] = ids[i]
		}
	}
	return keys
}

// LineIDs gives every cost item and funding source of the plan that has no
// ID, or one an earlier line has, a new ID, and reports whether it gave
// any. Call it before Export and save the plan when it did: a workbook then
// knows its lines even when they are renamed in the plan after the export.
func LineIDs(p *planmodel.Plan) bool {
	changed := false
	seen := map[string]bool{}
	give := func(id *string) {
		if *id == "" || seen[*id] {
			*id, changed = planmodel.NewID(), true
		}
		seen[*id] = true
	}
	for i := range p.Resources.Costs {
		give(&p.Resources.Costs[i].ID)
	}
	for i := range p.Resources.Funding {
		give(&p.Resources.Funding[i].ID)
	}
	return changed
}

// bookSheet is the very hidden sheet that records what the workbook was
// exported with (see record), so that reading it back compares each cell
// three ways: with the plan now and with the plan at the export.
const bookSheet = "Regionplan"

// bookVersion is the layout of bookSheet that record writes: 1 listed the
// lines only, 2 adds every figure and label the workbook lets the user
// change, and a seal.
const bookVersion = "2"

// record writes bookSheet: first one row per cost and funding line (the
// sheet's part, the key, the title), as version 1 did, then a row naming
// the version and the plan, the exported years, per line its category or
// kind ("label", part, key, kind), per line and input column kind its
// figures ("figures", part, key, kind, one per year), and last a seal over
// every row before it. Every cell is text, so that no spreadsheet reads a
// figure of it as a number and writes it back otherwise.
func (w *writer) record() error {
	f := w.f
	if _, err := f.NewSheet(bookSheet); err != nil {
		return err
	}
	rows := append([][]string{}, w.book...)
	rows = append(rows, []string{"version", bookVersion, w.p.ID, w.p.Name})
	years := []string{"years"}
	for _, y := range w.years {
		years = append(years, fmt.Sprint(y))
	}
	rows = append(rows, years)
	rows = append(rows, w.labels...)
	rows = append(rows, w.figures...)
	rows = append(rows, []string{"seal", seal(rows)})
	for i, row := range rows {
		for j, v := range row {
			f.SetCellStr(bookSheet, cell(j+1, i+1), v)
		}
	}
	return f.SetSheetVisible(bookSheet, false, true)
}

// seal is a digest of rows, as a spreadsheet gives them back: empty cells at
// the end of a row are not part of it. It tells a record damaged or edited by
// hand from one as exported; it is no protection against forgery.
func seal(rows [][]string) string {
	h := sha256.New()
	for _, row := range rows {
		n := len(row)
		for n > 0 && row[n-1] == "" {
			n--
		}
		for _, v := range row[:n] {
			h.Write([]byte(v))
			h.Write([]byte{0x1f})
		}
		h.Write([]byte{0x1e})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// note keeps the lines of a costs or funding table for bookSheet: their
// titles and their categories or kinds.
func (w *writer) note(part string, lines []line) {
	for _, l := range lines {
		w.book = append(w.book, []string{part, l.key, l.title})
		w.labels = append(w.labels, []string{"label", part, l.key, l.kind})
	}
}

// noteFigures keeps the input figures of every line of a table that has a
// key, per kind and year, for bookSheet.
func (w *writer) noteFigures(t table) {
	for _, l := range t.lines {
		if l.key == "" {
			continue
		}
		for _, k := range t.kinds {
			v, input := l.values[k]
			if !input {
				continue
			}
			row := []string{"figures", t.part, l.key, k}
			for _, y := range w.years {
				row = append(row, strconv.FormatInt(v.Get(y), 10))
			}
			w.figures = append(w.figures, row)
		}
	}
}

// table describes one sheet: its name, the headers of its first columns,
// the kinds of column per year (inputs and computed), and its lines.
type table struct {
	sheet   string
	part    string   // the sheet's key in the catalogue
	heads   []string // the text columns: title, and optionally a label
	kinds   []string // per year, in order
	formula func(kind string, year, row int, col map[string]int) string
	lines   []line
	widths  []float64 // of the text columns
}

// write puts a table on its own sheet: a frozen header row, one row per
// line, per-year columns, a total column per input kind and a sum row,
// empty where its column has no figure.
func (w *writer) write(t table) error {
	f := w.f
	if _, err := f.NewSheet(t.sheet); err != nil {
		return err
	}
	col, totals, last := w.headings(t)
	for i, l := range t.lines {
		w.row(t, i+2, l, col, totals)
	}
	sum := len(t.lines) + 2
	f.SetCellStr(t.sheet, cell(1, sum), word(w.std, "total"))
	for c := len(t.heads) + 1; c <= last; c++ {
		rng := cell(c, 2) + ":" + cell(c, max(sum-1, 2))
		f.SetCellFormula(t.sheet, cell(c, sum), fmt.Sprintf(`IF(COUNT(%s)=0,"",SUM(%s))`, rng, rng))
	}
	if err := w.finish(t, last, sum, len(t.heads)); err != nil {
		return err
	}
	w.noteFigures(t)
	return w.keys(t, last+1)
}

// keys writes the lines' keys in the hidden column col, when they have any.
func (w *writer) keys(t table, col int) error {
	if len(t.lines) == 0 || t.lines[0].key == "" {
		return nil
	}
	f := w.f
	f.SetCellStr(t.sheet, cell(col, 1), word(w.std, "book key"))
	for i, l := range t.lines {
		f.SetCellStr(t.sheet, cell(col, i+2), l.key)
	}
	return f.SetColVisible(t.sheet, colName(col), false)
}

// headings writes a table's heading row and returns the column of each
// kind and year (keyed "kind year"), of each kind's total, and the last.
func (w *writer) headings(t table) (col, totals map[string]int, last int) {
	f := w.f
	for i, h := range t.heads {
		f.SetCellStr(t.sheet, cell(i+1, 1), h)
	}
	col, totals = map[string]int{}, map[string]int{}
	c := len(t.heads) + 1
	for _, y := range w.years {
		for _, k := range t.kinds {
			col[fmt.Sprint(k, y)] = c
			f.SetCellStr(t.sheet, cell(c, 1), fmt.Sprintf("%s %d", word(w.std, k), y))
			c++
		}
	}
	for _, k := range t.kinds {
		totals[k] = c
		f.SetCellStr(t.sheet, cell(c, 1), word(w.std, k)+" "+word(w.std, "in all"))
		c++
	}
	return col, totals, c - 1
}

// row writes one line of a table at row r: its names, its figures or
// formulas per year, and its totals.
func (w *writer) row(t table, r int, l line, col, totals map[string]int) {
	f := w.f
	f.SetCellStr(t.sheet, cell(1, r), l.title)
	if len(t.heads) > 1 {
		f.SetCellStr(t.sheet, cell(2, r), l.label)
	}
	for _, y := range w.years {
		for _, k := range t.kinds {
			at := cell(col[fmt.Sprint(k, y)], r)
			if v, input := l.values[k]; input {
				if v.Get(y) != 0 || !accounting[k] || w.accounts[y] {
					f.SetCellInt(t.sheet, at, v.Get(y))
				}
			} else if t.formula != nil {
				f.SetCellFormula(t.sheet, at, t.formula(k, y, r, col))
			}
		}
	}
	for _, k := range t.kinds {
		cells := make([]string, len(w.years))
		for i, y := range w.years {
			cells[i] = cell(col[fmt.Sprint(k, y)], r)
		}
		f.SetCellFormula(t.sheet, cell(totals[k], r), "SUM("+strings.Join(cells, ",")+")")
	}
}

// finish styles a written table: bold wrapped headers, number formats,
// a bold sum row, column widths, frozen header row and title column, and
// printing in landscape one page wide.
func (w *writer) finish(t table, last, sum, textCols int) error {
	f := w.f
	steps := []error{
		f.SetCellStyle(t.sheet, cell(1, 1), cell(last, 1), w.header),
		f.SetCellStyle(t.sheet, cell(textCols+1, 2), cell(last, sum), w.number),
		f.SetCellStyle(t.sheet, cell(1, sum), cell(last, sum), w.sumLine),
		f.SetRowHeight(t.sheet, 1, 32),
		f.SetPanes(t.sheet, &excelize.Panes{Freeze: true, XSplit: textCols, YSplit: 1, TopLeftCell: cell(textCols+1, 2), ActivePane: "bottomRight"}),
	}
	landscape, wide, tall, fit := "landscape", 1, 0, true
	steps = append(steps,
		f.SetPageLayout(t.sheet, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &wide, FitToHeight: &tall}),
		f.SetSheetProps(t.sheet, &excelize.SheetPropsOptions{FitToPage: &fit}))
	for i, wd := range t.widths {
		steps = append(steps, f.SetColWidth(t.sheet, colName(i+1), colName(i+1), wd))
	}
	steps = append(steps, f.SetColWidth(t.sheet, colName(textCols+1), colName(last), 14))
	for _, err := range steps {
		if err != nil {
			return err
		}
	}
	return nil
}

func colName(c int) string {
	n, _ := excelize.ColumnNumberToName(c)
	return n
}

// accounting are the kinds of column left empty in a year without
// accounts, so that the year reads as not yet reported rather than as 0.
var accounting = map[string]bool{colActual: true, colReceived: true, colInvoiced: true, colPaid: true}

// difference is the formula of a computed column: the first kind minus the
// second, in the same year and row; empty while the first is.
func difference(a, b string) func(string, int, int, map[string]int) string {
	return func(_ string, y, r int, col map[string]int) string {
		first := cell(col[fmt.Sprint(a, y)], r)
		return fmt.Sprintf(`IF(ISBLANK(%s),"",%s-%s)`, first, first, cell(col[fmt.Sprint(b, y)], r))
	}
}

func (w *writer) costs() error {
	t := table{sheet: word(w.std, sheetCosts), part: sheetCosts, heads: []string{word(w.std, "cost item"), word(w.std, "category")},
		kinds: []string{colBudget, colActual, colDeviation}, formula: difference(colActual, colBudget), widths: []float64{40, 18}}
	keys := costKeys(w.p)
	for i, c := range w.p.Resources.Costs {
		t.lines = append(t.lines, line{c.Title, labelOf(w.std, "cost "+string(c.Category)), map[string]planmodel.Yearly{colBudget: c.Amounts, colActual: c.Actual}, keys[i], string(c.Category)})
	}
	w.note(sheetCosts, t.lines)
	if err := w.write(t); err != nil {
		return err
	}
	var labels []string
	for _, c := range planmodel.CostCategories {
		labels = append(labels, labelOf(w.std, "cost "+string(c)))
	}
	return w.dropList(t.sheet, len(t.lines), labels)
}

func (w *writer) funding() error {
	t := table{sheet: word(w.std, sheetFunding), part: sheetFunding, heads: []string{word(w.std, "funding source"), word(w.std, "kind")},
		kinds: []string{colBudget, colReceived, colDeviation}, formula: difference(colReceived, colBudget), widths: []float64{40, 20}}
	keys := fundingKeys(w.p)
	for i, s := range w.p.Resources.Funding {
		t.lines = append(t.lines, line{s.Name, labelOf(w.std, "fund "+string(s.Kind)), map[string]planmodel.Yearly{colBudget: s.Amounts, colReceived: s.Actual}, keys[i], string(s.Kind)})
	}
	w.note(sheetFunding, t.lines)
	if err := w.write(t); err != nil {
		return err
	}
	var labels []string
	for _, k := range planmodel.FundingKinds {
		labels = append(labels, labelOf(w.std, "fund "+string(k)))
	}
	return w.dropList(t.sheet, len(t.lines), labels)
}

// costKeys returns the key of each cost item (see lineKeys).
func costKeys(p *planmodel.Plan) []string {
	ids, titles := make([]string, len(p.Resources.Costs)), make([]string, len(p.Resources.Costs))
	for i, c := range p.Resources.Costs {
		ids[i], titles[i] = c.ID, c.Title
	}
	return lineKeys(ids, titles)
}

// fundingKeys returns the key of each funding source (see lineKeys).
func fundingKeys(p *planmodel.Plan) []string {
	ids, names := make([]string, len(p.Resources.Funding)), make([]string, len(p.Resources.Funding))
	for i, s := range p.Resources.Funding {
		ids[i], names[i] = s.ID, s.Name
	}
	return lineKeys(ids, names)
}

// dropList offers the labels in column B of the lines and of room for
// more lines below them.
func (w *writer) dropList(sheet string, lines int, labels []string) error {
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(fmt.Sprintf("B2:B%d", lines+50))
	if err := dv.SetDropList(labels); err != nil {
		return err
	}
	return w.f.AddDataValidation(sheet, dv)
}

// shares writes each municipality's part of the joint share per year, as
// the distribution key gives it. The figures are computed by the app and
// not read back.
func (w *writer) shares(s planmodel.Shares, err error) error {
	t := table{sheet: word(w.std, sheetShares), part: sheetShares, heads: []string{word(w.std, "municipality")}, kinds: []string{colShare}, widths: []float64{24}}
	for i, m := range w.p.Municipalities {
		v := planmodel.Yearly{}
		for j, y := range s.Years {
			if err == nil {
				v[y] = s.Money[i][j]
			}
		}
		t.lines = append(t.lines, line{title: m.Name, values: map[string]planmodel.Yearly{colShare: v}})
	}
	return w.write(t)
}

// payments writes what each municipality was invoiced and has paid per
// year, and what remains of its share (a formula on the shares sheet).
func (w *writer) payments() error {
	shares := word(w.std, sheetShares)
	t := table{sheet: word(w.std, sheetPayments), part: sheetPayments, heads: []string{word(w.std, "municipality")}, kinds: []string{colInvoiced, colPaid, colRemaining}, widths: []float64{24},
		formula: func(_ string, y, r int, col map[string]int) string {
			share := cell(2+slices.Index(w.years, y), r)
			return fmt.Sprintf("MAX('%s'!%s-%s,0)", shares, share, cell(col[fmt.Sprint(colPaid, y)], r))
		}}
	for _, m := range w.p.Municipalities {
		pm := w.p.Resources.Payments[m.ID]
		t.lines = append(t.lines, line{title: m.Name, values: map[string]planmodel.Yearly{colInvoiced: pm.Invoiced, colPaid: pm.Paid}, key: string(m.ID)})
	}
	return w.write(t)
}

func (w *writer) hours() error {
	t := table{sheet: word(w.std, sheetHours), part: sheetHours, heads: []string{word(w.std, "municipality")}, kinds: []string{colHours}, widths: []float64{24}}
	for _, m := range w.p.Municipalities {
		t.lines = append(t.lines, line{title: m.Name, values: map[string]planmodel.Yearly{colHours: w.p.Resources.Hours[m.ID]}, key: string(m.ID)})
	}
	return w.write(t)
}
