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

// is reports whether s is the word for key in either written standard,
// ignoring case and surrounding space, so that a workbook keeps working
// when the plan changes standard.
func is(s, key string) bool {
	s = strings.TrimSpace(s)
	return strings.EqualFold(s, word(planmodel.Bokmal, key)) || strings.EqualFold(s, word(planmodel.Nynorsk, key))
}

// lookup returns the key among keys whose word s is, in either standard.
func lookup(s string, keys []string) (string, bool) {
	for _, k := range keys {
		if is(s, k) {
			return k, true
		}
	}
	return "", false
}

// MaxBytes is the largest workbook Read accepts.
const MaxBytes = 20 << 20

// Change is one figure or label that the workbook would change.
type Change struct {
	Sheet, Cell string
	Line        string // the cost item, funding source or municipality
	Column      string // the column's heading, e.g. "Budsjett 2016"
	Old, New    string // as written in Norwegian, "–" for nothing
	Added       bool   // the line is new
	Deleted     bool   // the line is not in the workbook and goes
}

// Message is the change as a translatable message, as the notes and
// problems are: English, with its place, line, column and figures as
// arguments, for the window and the command line to render alike.
func (c Change) Message() planmodel.Problem {
	args := map[string]any{"Place": place(c.Sheet, c.Cell), "Line": c.Line, "Column": c.Column, "Old": c.Old, "New": c.New}
	switch {
	case c.Added:
		return planmodel.Problem{Message: "{{.Place}} {{.Line}}, {{.Column}}: {{.Old}} → {{.New}} (new line)", Args: args}
	case c.Deleted:
		return planmodel.Problem{Message: "{{.Place}} {{.Line}}, {{.Column}}: {{.Old}} → {{.New}} (deleted line)", Args: args}
	}
	return planmodel.Problem{Message: "{{.Place}} {{.Line}}, {{.Column}}: {{.Old}} → {{.New}}", Args: args}
}

// String is the change in English, as "Kostnader!C4 Prosjektleder, Budsjett 2027: 950 000 → 1 000 000".
func (c Change) String() string { return strings.TrimPrefix(c.Message().Error(), ": ") }

// Messages returns the changes as translatable messages, in order.
func Messages(cs []Change) planmodel.Problems {
	out := make(planmodel.Problems, len(cs))
	for i, c := range cs {
		out[i] = c.Message()
	}
	return out
}

// Result is what a workbook would change in a plan: every change, line by
// line; the conflicts between the workbook and changes made in the plan
// since the export; what was skipped and why; and the problems that stop
// the import. With any problem nothing can be applied. A skipped note's or
// problem's Field is the sheet, or the sheet and cell as "Kostnader!C4", or
// empty for the whole workbook; its Message is English and translated by
// the window.
type Result struct {
	Changes   []Change
	Conflicts []Conflict
	// Notes are on the comparison as a whole: the plan's changes kept, or
	// that it is two-way.
	Notes    planmodel.Problems
	Skipped  planmodel.Problems
	Problems planmodel.Problems
	// Kept counts the cells changed in the plan since the export and not in
	// the workbook, where the plan's value stays.
	Kept int
	plan *planmodel.Plan
}

// Lines writes notes or problems one a line, each after its place.
func Lines(ps planmodel.Problems) []string {
	out := make([]string, len(ps))
	for i, q := range ps {
		out[i] = strings.TrimPrefix(q.Error(), ": ")
	}
	return out
}

// Err returns nil when the workbook can be applied, or an error listing
// the problems that stop it.
func (r *Result) Err() error {
	if len(r.Problems) > 0 {
		return fmt.Errorf("the workbook cannot be read into the plan; nothing was changed:\n  %s", strings.Join(Lines(r.Problems), "\n  "))
	}
	return nil
}

// Apply makes every change in p, the plan the workbook was read against,
// and of the conflicts those set to TakeWorkbook: its resource plan becomes
// the one read from the workbook, and nothing else in it changes. With any
// problem p is left as it was and the error lists them. The window and the
// command line both apply through it.
func (r *Result) Apply(p *planmodel.Plan) error {
	if err := r.Err(); err != nil {
		return err
	}
	if p.ID != r.plan.ID {
		return fmt.Errorf("the workbook was read against the plan %s, not %s; read it again", r.plan.ID, p.ID)
	}
	res, err := r.resources()
	if err != nil {
		return err
	}
	p.Resources = res
	return nil
}

// Read compares a workbook with the plan's resource plan. It refuses a
// file that is not an XLSX workbook; anything else it cannot use is
// reported in the result, and the plan itself is never changed.
func Read(p *planmodel.Plan, data []byte) (*Result, error) {
	if len(data) > MaxBytes {
		return nil, planmodel.Problems{{Message: "The file is larger than {{.Max}} MB, too large for a resource plan; save it again without other sheets.", Args: map[string]any{"Max": MaxBytes >> 20}}}
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: 200 << 20, UnzipXMLSizeLimit: 50 << 20})
	if err != nil {
		return nil, planmodel.Problems{{Message: "The file is not an XLSX workbook ({{.Err}}); save it from the spreadsheet as .xlsx.", Args: map[string]any{"Err": err.Error()}}}
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, planmodel.Problems{{Message: "The file holds no sheets, so it is not an XLSX workbook; save it from the spreadsheet as .xlsx."}}
	}
	r := &Result{plan: p.Clone()}
	rec, q := readRecord(f)
	if q == nil && rec.version == 2 && rec.plan != p.ID {
		q = &planmodel.Problem{Message: "The workbook was exported from another plan, «{{.Name}}», so nothing can be read in; read it into that plan, or export this plan's resource plan and edit that.", Args: map[string]any{"Name": rec.name}}
	}
	if q != nil {
		r.Problems = append(r.Problems, *q)
		return r, nil
	}
	rd := &reader{f: f, r: r, p: r.plan, rec: rec}
	found := rd.sheets(sheets)
	if !found {
		r.Problems = append(r.Problems, planmodel.Problem{Message: "The workbook has none of the resource plan's sheets (Kostnader, Finansiering, Innbetalinger, Timer); export one from Regionplan and edit that."})
	}
	if len(r.Problems) == 0 {
		var ps planmodel.Problems
		if errors.As(r.plan.Validate(), &ps) {
			r.Problems = append(r.Problems, ps...) // what the plan's own rules refuse
		}
	}
	rd.notes()
	return r, nil
}

// notes adds the notes on the comparison as a whole: how many of the
// plan's changes since the export were kept, or that the workbook does not
// record its figures, so the comparison is two-way.
func (rd *reader) notes() {
	r := rd.r
	r.Kept = rd.kept
	if rd.kept > 0 {
		r.Notes = append(r.Notes, planmodel.Problem{Message: "Cells changed in the plan since the export and not in the workbook keep the plan's value: {{.Count}}.", Args: map[string]any{"Count": rd.kept}})
	}
	if rd.rec.version < 2 {
		r.Notes = append(r.Notes, planmodel.Problem{Message: "The workbook does not record the figures it was exported with (it is from an older Regionplan, or made by hand), so the comparison is two-way: every figure that differs from the plan is read in, also one changed in the plan since the export."})
	}
}

// sheets reads every sheet of the resource plan into the plan and reports
// whether the workbook has any.
func (rd *reader) sheets(sheets []string) bool {
	r := rd.r
	found := false
	for _, sh := range sheets {
		if sh == bookSheet {
			continue
		}
		part, ok := lookup(sh, []string{sheetCosts, sheetFunding, sheetShares, sheetPayments, sheetHours})
		if !ok {
			r.Skipped = append(r.Skipped, planmodel.Problem{Field: sh, Message: "Not a sheet of the resource plan; skipped."})
			continue
		}
		found = true
		if part != sheetShares { // computed from the distribution key
			rd.sheet(sh, part)
		}
	}
	return found
}

// reader reads the sheets of one workbook into a copy of the plan.
type reader struct {
	f   *excelize.File
	r   *Result
	p   *planmodel.Plan
	set *lineSet // the lines of the costs or funding sheet being read
	rec *record  // what the workbook was exported with
	// kept counts the cells changed in the plan since the export and not in
	// the workbook, where the plan's value stays.
	kept int
}

func (rd *reader) skip(q planmodel.Problem)    { rd.r.Skipped = append(rd.r.Skipped, q) }
func (rd *reader) problem(q planmodel.Problem) { rd.r.Problems = append(rd.r.Problems, q) }

// place names a sheet, or a cell or range on it, as "Kostnader!C4".
func place(sheet, cell string) string {
	if cell == "" {
		return sheet
	}
	return sheet + "!" + cell
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
	sheetCosts:    {colBudget, colActual},
	sheetFunding:  {colBudget, colReceived},
	sheetPayments: {colInvoiced, colPaid},
	sheetHours:    {colHours},
}

var computed = []string{colDeviation, colRemaining, colShare}

// columns reads the heading row of a sheet and returns its input columns
// and the column of the lines' keys (0 for none); the columns it does not
// know are noted as skipped.
func (rd *reader) columns(sheet, part string, head []string, textCols int) (cols []column, keyCol int) {
	for i := textCols; i < len(head); i++ {
		h := strings.TrimSpace(head[i])
		at := cell(i+1, 1)
		m := yearHeading.FindStringSubmatch(h)
		if m == nil && is(h, "book key") {
			keyCol = i + 1
			continue
		}
		if m == nil {
			if h == "" || !strings.HasSuffix(strings.ToLower(h), word(planmodel.Bokmal, "in all")) {
				rd.skip(planmodel.Problem{Field: place(sheet, at), Message: "The column «{{.Column}}» is not part of the resource plan; skipped.", Args: map[string]any{"Column": h}})
			}
			continue
		}
		year, _ := strconv.Atoi(m[2])
		kind, isInput := lookup(m[1], inputs[part])
		if !isInput {
			if _, isComputed := lookup(m[1], computed); !isComputed {
				rd.skip(planmodel.Problem{Field: place(sheet, at), Message: "The column «{{.Column}}» is not part of the resource plan; skipped.", Args: map[string]any{"Column": h}})
			}
			continue
		}
		if year < rd.p.FirstYear || year > rd.p.LastYear {
			rd.skip(planmodel.Problem{Field: place(sheet, at), Message: "The column «{{.Column}}» lies outside the plan's period {{.First}}–{{.Last}}; skipped.", Args: map[string]any{"Column": h, "First": rd.p.FirstYear, "Last": rd.p.LastYear}})
			continue
		}
		cols = append(cols, column{index: i + 1, kind: kind, year: year, head: h})
	}
	return cols, keyCol
}

// sheet reads one sheet of the resource plan into the plan.
func (rd *reader) sheet(sheet, part string) {
	rows, err := rd.f.GetRows(sheet)
	if err != nil {
		rd.problem(planmodel.Problem{Field: sheet, Message: "The sheet cannot be read ({{.Err}}).", Args: map[string]any{"Err": err.Error()}})
		return
	}
	if len(rows) == 0 {
		rd.skip(planmodel.Problem{Field: sheet, Message: "The sheet is empty; skipped."})
		return
	}
	if !rd.merged(sheet) {
		return
	}
	textCols := 1
	if part == sheetCosts || part == sheetFunding {
		textCols = 2
	}
	cols, keyCol := rd.columns(sheet, part, rows[0], textCols)
	if len(cols) == 0 {
		rd.problem(planmodel.Problem{Field: sheet, Message: "The sheet has no columns headed like «{{.Example}}»; export the resource plan from Regionplan and edit that.", Args: map[string]any{"Example": word(planmodel.Bokmal, inputs[part][0]) + " 2026"}})
		return
	}
	if keyCol == 0 && rd.rec.version >= 2 {
		rd.r.Notes = append(rd.r.Notes, planmodel.Problem{Field: sheet, Message: "The sheet has lost its hidden key column, so its rows are found by their names and compared two-way: every figure that differs from the plan is read in, also one changed in the plan since the export."})
	}
	lines := 0
	for _, row := range rows[1:] {
		if len(row) > 0 && strings.TrimSpace(row[0]) != "" && !is(row[0], "total") {
			lines++
		}
	}
	if limit := rowLimit(part); lines > limit {
		rd.problem(planmodel.Problem{Field: sheet, Message: "The sheet has {{.Lines}} lines; a resource plan can have at most {{.Max}} here.", Args: map[string]any{"Lines": lines, "Max": limit}})
		return
	}
	rd.set = rd.newLineSet(part, keyCol, rows)
	rd.lines(sheet, part, rows, cols)
	rd.deleteMissing(sheet)
}

func rowLimit(part string) int {
	if part == sheetCosts || part == sheetFunding {
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
		rd.problem(planmodel.Problem{Field: sheet, Message: "The sheet's merged cells cannot be read ({{.Err}}).", Args: map[string]any{"Err": err.Error()}})
		return false
	}
	ok := true
	for _, m := range ms {
		ref := m.GetStartAxis() + ":" + m.GetEndAxis()
		_, row, _ := excelize.CellNameToCoordinates(m.GetEndAxis())
		if row > 1 {
			rd.problem(planmodel.Problem{Field: place(sheet, ref), Message: "Merged cells cannot hold the figures of single years; unmerge them."})
			ok = false
		} else {
			rd.skip(planmodel.Problem{Field: place(sheet, ref), Message: "Merged headings are read from their first cell; the other columns are skipped."})
		}
	}
	return ok
}

// lines reads the rows below the heading of one sheet.
func (rd *reader) lines(sheet, part string, rows [][]string, cols []column) {
	for i, row := range rows[1:] {
		r := i + 2
		title := ""
		if len(row) > 0 {
			title = strings.TrimSpace(row[0])
		}
		if is(title, "total") {
			continue
		}
		if title == "" {
			if rd.hasFigures(row, cols) {
				rd.problem(planmodel.Problem{Field: place(sheet, cell(1, r)), Message: "The row has figures but no name; give it one or clear the row."})
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
		key := ""
		if k := rd.set.keyCol; k > 0 && k <= len(row) {
			key = strings.TrimSpace(row[k-1])
		}
		rd.apply(sheet, part, r, title, key, label, values, cols)
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
	if part == sheetHours {
		limit = planmodel.MaxHours
	}
	out := map[int]int64{}
	ok := true
	for _, c := range cols {
		at := cell(c.index, r)
		v, q := rd.number(sheet, at)
		switch {
		case q.Message != "":
			q.Field = place(sheet, at)
			rd.problem(q)
			ok = false
		case v < 0 || v > limit:
			rd.problem(planmodel.Problem{Field: place(sheet, at), Message: "{{.Value}} is outside the range 0–{{.Max}}.", Args: map[string]any{"Value": planmodel.FormatInt(v), "Max": planmodel.FormatInt(limit)}})
			ok = false
		default:
			out[c.index] = v
		}
	}
	return out, ok
}

// number reads one cell as a whole number: a number, a formula that
// evaluates to one, or digits written as text; an empty cell is 0.
func (rd *reader) number(sheet, at string) (int64, planmodel.Problem) {
	f := rd.f
	typ, err := f.GetCellType(sheet, at)
	if err != nil {
		return 0, planmodel.Problem{Message: "The cell cannot be read ({{.Err}}).", Args: map[string]any{"Err": err.Error()}}
	}
	raw, err := f.GetCellValue(sheet, at, excelize.Options{RawCellValue: true})
	if err != nil {
		return 0, planmodel.Problem{Message: "The cell cannot be read ({{.Err}}).", Args: map[string]any{"Err": err.Error()}}
	}
	formula, _ := f.GetCellFormula(sheet, at)
	if formula != "" && strings.TrimSpace(raw) == "" {
		raw, err = f.CalcCellValue(sheet, at, excelize.Options{RawCellValue: true})
		if err != nil || strings.TrimSpace(raw) == "" || strings.HasPrefix(raw, "#") {
			return 0, planmodel.Problem{Message: "The formula ={{.Formula}} does not give a number; replace it by the figure.", Args: map[string]any{"Formula": formula}}
		}
	}
	switch typ {
	case excelize.CellTypeError:
		return 0, planmodel.Problem{Message: "The cell holds the error {{.Value}}; replace it by the figure.", Args: map[string]any{"Value": raw}}
	case excelize.CellTypeBool:
		return 0, planmodel.Problem{Message: "The cell holds true or false where a whole number belongs."}
	case excelize.CellTypeInlineString, excelize.CellTypeSharedString:
		return wholeText(strings.TrimSpace(raw))
	}
	return whole(strings.TrimSpace(raw), formula)
}

// wholeText reads digits that a cell holds as text by the Norwegian rule
// ("2.000" and "2 000" are two thousand), the way a person typed them.
func wholeText(s string) (int64, planmodel.Problem) {
	if s == "" {
		return 0, planmodel.Problem{}
	}
	n, err := planmodel.ParseInt(s)
	if err != nil {
		return 0, planmodel.Problem{Message: "The cell holds the text «{{.Value}}» where a whole number belongs.", Args: map[string]any{"Value": s}}
	}
	return n, planmodel.Problem{}
}

// whole reads a cell's value as a whole number; formula, when the cell
// has one, is named in the message when it is not.
func whole(s, formula string) (int64, planmodel.Problem) {
	if s == "" {
		return 0, planmodel.Problem{}
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if n, err := planmodel.ParseInt(s); err == nil {
			return n, planmodel.Problem{}
		}
		if formula != "" {
			return 0, planmodel.Problem{Message: "The formula ={{.Formula}} gives «{{.Value}}», not a number; replace it by the figure.", Args: map[string]any{"Formula": formula, "Value": s}}
		}
		return 0, planmodel.Problem{Message: "The cell holds the text «{{.Value}}» where a whole number belongs.", Args: map[string]any{"Value": s}}
	}
	if math.IsNaN(x) || math.Abs(x) > 1e15 {
		return 0, planmodel.Problem{Message: "{{.Value}} is far too large for the resource plan.", Args: map[string]any{"Value": s}}
	}
	if math.Abs(x-math.Round(x)) > 1e-6 {
		return 0, planmodel.Problem{Message: "{{.Value}} is not a whole number; the resource plan counts whole kroner and hours.", Args: map[string]any{"Value": planmodel.FormatNumber(x)}}
	}
	return int64(math.Round(x)), planmodel.Problem{}
}
