package workbook

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"regionplan/planmodel"
)

// MaxBytes is the largest workbook Read accepts.
const MaxBytes = 20 << 20

// Note is one thing the import skipped or refused, with where it is.
type Note struct {
	Sheet, Cell string // the cell or range; empty for the whole sheet or workbook
	Message     string // an English sentence
}

func (n Note) String() string {
	switch {
	case n.Sheet == "":
		return n.Message
	case n.Cell == "":
		return fmt.Sprintf("%s: %s", n.Sheet, n.Message)
	}
	return fmt.Sprintf("%s!%s: %s", n.Sheet, n.Cell, n.Message)
}

// Change is one figure or label that the workbook would change.
type Change struct {
	Sheet, Cell string
	Line        string // the cost item, funding source or municipality
	Column      string // the column's heading, e.g. "Budsjett 2016"
	Old, New    string // as written in Norwegian, "–" for nothing
	Added       bool   // the line is new
}

func (c Change) String() string {
	s := fmt.Sprintf("%s!%s %s, %s: %s → %s", c.Sheet, c.Cell, c.Line, c.Column, c.Old, c.New)
	if c.Added {
		s += " (new line)"
	}
	return s
}

// Result is what a workbook would change in a plan: every change, line by
// line; what was skipped and why; and the problems that stop the import.
// With any problem nothing can be applied.
type Result struct {
	Changes  []Change
	Skipped  []Note
	Problems []Note
	plan     *planmodel.Plan
}

// Plan returns a copy of the plan with every change applied, or an error
// listing the problems when there are any.
func (r *Result) Plan() (*planmodel.Plan, error) {
	if len(r.Problems) > 0 {
		lines := make([]string, len(r.Problems))
		for i, n := range r.Problems {
			lines[i] = "  " + n.String()
		}
		return nil, fmt.Errorf("the workbook cannot be read into the plan; nothing was changed:\n%s", strings.Join(lines, "\n"))
	}
	return r.plan, nil
}

// Read compares a workbook with the plan's resource plan. It refuses a
// file that is not an XLSX workbook; anything else it cannot use is
// reported in the result, and the plan itself is never changed.
func Read(p *planmodel.Plan, data []byte) (*Result, error) {
	if len(data) > MaxBytes {
		return nil, fmt.Errorf("the file is larger than %d MB, too large for a resource plan; save it again without other sheets", MaxBytes>>20)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: 200 << 20, UnzipXMLSizeLimit: 50 << 20})
	if err != nil {
		return nil, fmt.Errorf("the file is not an XLSX workbook (%w); save it from the spreadsheet as .xlsx", err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, errors.New("the file holds no sheets, so it is not an XLSX workbook; save it from the spreadsheet as .xlsx")
	}
	r := &Result{plan: p.Clone()}
	rd := &reader{f: f, r: r, p: r.plan}
	found := false
	for _, sh := range sheets {
		part, ok := lookup(sh, []string{"sheet costs", "sheet funding", "sheet shares", "sheet payments", "sheet hours"})
		if !ok {
			r.Skipped = append(r.Skipped, Note{Sheet: sh, Message: "Not a sheet of the resource plan; skipped."})
			continue
		}
		found = true
		if part != "sheet shares" { // computed from the distribution key
			rd.sheet(sh, part)
		}
	}
	if !found {
		r.Problems = append(r.Problems, Note{Message: "The workbook has none of the resource plan's sheets (Kostnader, Finansiering, Innbetalinger, Timer); export one from Regionplan and edit that."})
	}
	if len(r.Problems) == 0 {
		var ps planmodel.Problems
		if errors.As(r.plan.Validate(), &ps) {
			for _, q := range ps {
				r.Problems = append(r.Problems, Note{Message: "The plan would not be valid: " + q.Error()})
			}
		}
	}
	return r, nil
}

// reader reads the sheets of one workbook into a copy of the plan.
type reader struct {
	f *excelize.File
	r *Result
	p *planmodel.Plan
}

func (rd *reader) skip(sheet, cell, format string, args ...any) {
	rd.r.Skipped = append(rd.r.Skipped, Note{sheet, cell, fmt.Sprintf(format, args...)})
}

func (rd *reader) problem(sheet, cell, format string, args ...any) {
	rd.r.Problems = append(rd.r.Problems, Note{sheet, cell, fmt.Sprintf(format, args...)})
}

var yearHeading = regexp.MustCompile(`^\s*(\S.*?)\s+(\d{4})\s*$`)

// column is an input column of a sheet: what it holds and for which year.
type column struct {
	index int // from 1
	kind  string
	year  int
	head  string
}

// inputs are the kinds of column each sheet reads; the others are computed.
var inputs = map[string][]string{
	"sheet costs":    {colBudget, colActual},
	"sheet funding":  {colBudget, colReceived},
	"sheet payments": {colInvoiced, colPaid},
	"sheet hours":    {colHours},
}

var computed = []string{colDeviation, colRemaining, colShare}

// columns reads the heading row of a sheet and returns its input columns;
// the columns it does not know are noted as skipped.
func (rd *reader) columns(sheet, part string, head []string, textCols int) []column {
	var cols []column
	for i := textCols; i < len(head); i++ {
		h := strings.TrimSpace(head[i])
		at := cell(i+1, 1)
		m := yearHeading.FindStringSubmatch(h)
		if m == nil {
			if h == "" || !strings.HasSuffix(strings.ToLower(h), word(planmodel.Bokmal, "in all")) {
				rd.skip(sheet, at, "The column «%s» is not part of the resource plan; skipped.", h)
			}
			continue
		}
		year, _ := strconv.Atoi(m[2])
		kind, isInput := lookup(m[1], inputs[part])
		if !isInput {
			if _, isComputed := lookup(m[1], computed); !isComputed {
				rd.skip(sheet, at, "The column «%s» is not part of the resource plan; skipped.", h)
			}
			continue
		}
		if year < rd.p.FirstYear || year > rd.p.LastYear {
			rd.skip(sheet, at, "The column «%s» lies outside the plan's period %d–%d; skipped.", h, rd.p.FirstYear, rd.p.LastYear)
			continue
		}
		cols = append(cols, column{index: i + 1, kind: kind, year: year, head: h})
	}
	return cols
}

// sheet reads one sheet of the resource plan into the plan.
func (rd *reader) sheet(sheet, part string) {
	rows, err := rd.f.GetRows(sheet)
	if err != nil {
		rd.problem(sheet, "", "The sheet cannot be read (%v).", err)
		return
	}
	if len(rows) == 0 {
		rd.skip(sheet, "", "The sheet is empty; skipped.")
		return
	}
	if !rd.merged(sheet) {
		return
	}
	textCols := 1
	if part == "sheet costs" || part == "sheet funding" {
		textCols = 2
	}
	cols := rd.columns(sheet, part, rows[0], textCols)
	if len(cols) == 0 {
		rd.problem(sheet, "", "The sheet has no columns headed like «%s 2026»; export the resource plan from Regionplan and edit that.", word(planmodel.Bokmal, inputs[part][0]))
		return
	}
	lines := 0
	for _, row := range rows[1:] {
		if len(row) > 0 && strings.TrimSpace(row[0]) != "" && !is(row[0], "sum") {
			lines++
		}
	}
	if limit := rowLimit(part); lines > limit {
		rd.problem(sheet, "", "The sheet has %d lines; a resource plan can have at most %d here.", lines, limit)
		return
	}
	rd.lines(sheet, part, rows, cols)
}

func rowLimit(part string) int {
	if part == "sheet costs" || part == "sheet funding" {
		return planmodel.MaxLines
	}
	return planmodel.MaxMunicipals
}

// merged refuses merged cells below the heading row, where each cell is
// one figure, and notes merged headings; it reports whether the sheet can
// be read on.
func (rd *reader) merged(sheet string) bool {
	ms, err := rd.f.GetMergeCells(sheet, true)
	if err != nil {
		rd.problem(sheet, "", "The sheet's merged cells cannot be read (%v).", err)
		return false
	}
	ok := true
	for _, m := range ms {
		ref := m.GetStartAxis() + ":" + m.GetEndAxis()
		_, row, _ := excelize.CellNameToCoordinates(m.GetEndAxis())
		if row > 1 {
			rd.problem(sheet, ref, "Merged cells cannot hold the figures of single years; unmerge them.")
			ok = false
		} else {
			rd.skip(sheet, ref, "Merged headings are read from their first cell; the other columns are skipped.")
		}
	}
	return ok
}

// lines reads the rows below the heading of one sheet.
func (rd *reader) lines(sheet, part string, rows [][]string, cols []column) {
	seen := map[string]int{} // title → occurrences so far
	for i, row := range rows[1:] {
		r := i + 2
		title := ""
		if len(row) > 0 {
			title = strings.TrimSpace(row[0])
		}
		if is(title, "sum") {
			continue
		}
		if title == "" {
			if rd.hasFigures(row, cols) {
				rd.problem(sheet, cell(1, r), "The row has figures but no name; give it one or clear the row.")
			}
			continue
		}
		label := ""
		if len(row) > 1 {
			label = strings.TrimSpace(row[1])
		}
		values, ok := rd.values(sheet, part, r, cols)
		if !ok {
			continue
		}
		n := seen[title]
		seen[title]++
		rd.apply(sheet, part, r, title, n, label, values, cols)
	}
}

func (rd *reader) hasFigures(row []string, cols []column) bool {
	for _, c := range cols {
		if c.index <= len(row) && strings.TrimSpace(row[c.index-1]) != "" {
			return true
		}
	}
	return false
}

// values reads the input cells of row r, reporting every cell that does
// not hold a whole number in range.
func (rd *reader) values(sheet, part string, r int, cols []column) (map[int]int64, bool) {
	limit := int64(planmodel.MaxAmount)
	if part == "sheet hours" {
		limit = planmodel.MaxHours
	}
	out := map[int]int64{}
	ok := true
	for _, c := range cols {
		at := cell(c.index, r)
		v, err := rd.number(sheet, at)
		switch {
		case err != nil:
			rd.problem(sheet, at, "%s", err)
			ok = false
		case v < 0 || v > limit:
			rd.problem(sheet, at, "%s is outside the range 0–%s.", planmodel.FormatInt(v), planmodel.FormatInt(limit))
			ok = false
		default:
			out[c.index] = v
		}
	}
	return out, ok
}

// number reads one cell as a whole number: a number, a formula that
// evaluates to one, or digits written as text; an empty cell is 0.
func (rd *reader) number(sheet, at string) (int64, error) {
	f := rd.f
	typ, err := f.GetCellType(sheet, at)
	if err != nil {
		return 0, fmt.Errorf("the cell cannot be read (%v)", err)
	}
	raw, err := f.GetCellValue(sheet, at, excelize.Options{RawCellValue: true})
	if err != nil {
		return 0, fmt.Errorf("the cell cannot be read (%v)", err)
	}
	formula, _ := f.GetCellFormula(sheet, at)
	if formula != "" && strings.TrimSpace(raw) == "" {
		raw, err = f.CalcCellValue(sheet, at, excelize.Options{RawCellValue: true})
		if err != nil || strings.TrimSpace(raw) == "" || strings.HasPrefix(raw, "#") {
			return 0, fmt.Errorf("the formula =%s does not give a number; replace it by the figure", formula)
		}
	}
	switch typ {
	case excelize.CellTypeError:
		return 0, fmt.Errorf("the cell holds the error %s; replace it by the figure", raw)
	case excelize.CellTypeBool:
		return 0, errors.New("the cell holds true or false where a whole number belongs")
	case excelize.CellTypeInlineString, excelize.CellTypeSharedString:
		return wholeText(strings.TrimSpace(raw))
	}
	return whole(strings.TrimSpace(raw), formula)
}

// wholeText reads digits that a cell holds as text by the Norwegian rule
// ("2.000" and "2 000" are two thousand), the way a person typed them.
func wholeText(s string) (int64, error) {
	if s == "" {
		return 0, nil
	}
	n, err := planmodel.ParseInt(s)
	if err != nil {
		return 0, fmt.Errorf("the cell holds the text «%s» where a whole number belongs", s)
	}
	return n, nil
}

// whole reads a cell's value as a whole number; formula, when the cell
// has one, is named in the message when it is not.
func whole(s, formula string) (int64, error) {
	if s == "" {
		return 0, nil
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if n, err := planmodel.ParseInt(s); err == nil {
			return n, nil
		}
		if formula != "" {
			return 0, fmt.Errorf("the formula =%s gives «%s», not a number; replace it by the figure", formula, s)
		}
		return 0, fmt.Errorf("the cell holds the text «%s» where a whole number belongs", s)
	}
	if math.IsNaN(x) || math.Abs(x) > 1e15 {
		return 0, fmt.Errorf("%s is far too large for the resource plan", s)
	}
	if math.Abs(x-math.Round(x)) > 1e-6 {
		return 0, fmt.Errorf("%s is not a whole number; the resource plan counts whole kroner and hours", planmodel.FormatNumber(x))
	}
	return int64(math.Round(x)), nil
}
