package workbook

import (
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"regionplan/planmodel"
)

// record is what bookSheet says the workbook was exported with.
type record struct {
	// version is 0 without bookSheet (an older Regionplan, or made by
	// hand), 1 when it lists the lines only, 2 when it has the figures too.
	version int
	// titles holds per part (costs, funding) the key and title of each
	// line as exported; nil for version 0.
	titles map[string]map[string]string
	// labels holds per part the key and category or kind of each line.
	labels  map[string]map[string]string
	figures map[figureAt]int64
	years   []int  // the years exported
	plan    string // the ID and name of the plan exported
	name    string
}

// figureAt names one exported figure: the sheet's part, the line's key,
// the input column kind and the year.
type figureAt struct {
	part, key, kind string
	year            int
}

// figure returns the figure the workbook was exported with, and whether it
// records one.
func (rec *record) figure(part, key, kind string, year int) (int64, bool) {
	v, ok := rec.figures[figureAt{part, key, kind, year}]
	return v, ok
}

// label returns the category or kind a line was exported with.
func (rec *record) label(part, key string) (string, bool) {
	v, ok := rec.labels[part][key]
	return v, ok
}

// damagedBook is the problem of a bookSheet that Regionplan did not write
// as it stands: edited by hand, damaged, or another workbook's.
var damagedBook = planmodel.Problem{Message: "The workbook's hidden sheet, which records what was exported, has been changed or is not one Regionplan wrote, so nothing can be read in; export the resource plan again and edit the new workbook."}

// readRecord reads bookSheet; a sheet that Regionplan did not write as it
// stands gives a problem, and the workbook cannot be read in.
func readRecord(f *excelize.File) (*record, *planmodel.Problem) {
	rec := &record{}
	if i, err := f.GetSheetIndex(bookSheet); err != nil || i < 0 {
		return rec, nil
	}
	rows, err := f.GetRows(bookSheet)
	if err != nil {
		return nil, &damagedBook
	}
	rec.version, rec.titles = 1, map[string]map[string]string{sheetCosts: {}, sheetFunding: {}}
	at := slices.IndexFunc(rows, func(row []string) bool { return len(row) > 0 && row[0] == "version" })
	if at < 0 {
		return rec, rec.lines(rows)
	}
	if v := rows[at]; len(v) < 3 || v[1] != bookVersion {
		if n, err := strconv.Atoi(cellOf(v, 1)); err == nil && n > 2 {
			return nil, &planmodel.Problem{Message: "The workbook was exported by a newer Regionplan; update Regionplan to read it in."}
		}
		return nil, &damagedBook
	}
	last := len(rows) - 1
	if len(rows[last]) != 2 || rows[last][0] != "seal" || rows[last][1] != seal(rows[:last]) {
		return nil, &damagedBook
	}
	rec.version, rec.plan, rec.name = 2, rows[at][2], cellOf(rows[at], 3)
	if q := rec.lines(rows[:at]); q != nil {
		return nil, q
	}
	if !rec.values(rows[at+1 : last]) {
		return nil, &damagedBook
	}
	return rec, nil
}

// cellOf returns row's cell i, "" beyond its end.
func cellOf(row []string, i int) string {
	if i < len(row) {
		return row[i]
	}
	return ""
}

// lines reads the rows that list the lines: the part, the key, the title.
func (rec *record) lines(rows [][]string) *planmodel.Problem {
	for _, row := range rows {
		if len(row) < 2 || rec.titles[row[0]] == nil {
			return &damagedBook
		}
		rec.titles[row[0]][row[1]] = strings.Join(row[2:], "")
	}
	return nil
}

// values reads the rows after the version row: the years, then the labels
// and the figures; it reports whether every row is as record wrote it.
func (rec *record) values(rows [][]string) bool {
	if len(rows) == 0 || cellOf(rows[0], 0) != "years" {
		return false
	}
	var years []int
	for _, s := range rows[0][1:] {
		y, err := strconv.Atoi(s)
		if err != nil {
			return false
		}
		years = append(years, y)
	}
	rec.years = years
	rec.labels = map[string]map[string]string{sheetCosts: {}, sheetFunding: {}}
	rec.figures = map[figureAt]int64{}
	for _, row := range rows[1:] {
		if !rec.value(row, years) {
			return false
		}
	}
	return true
}

// value reads one label or figures row.
func (rec *record) value(row []string, years []int) bool {
	switch {
	case len(row) == 4 && row[0] == "label" && rec.labels[row[1]] != nil:
		rec.labels[row[1]][row[2]] = row[3]
		return true
	case len(row) != 4+len(years) || row[0] != "figures" || !slices.Contains(inputs[row[1]], row[3]):
		return false
	}
	for i, y := range years {
		v, err := strconv.ParseInt(row[4+i], 10, 64)
		if err != nil {
			return false
		}
		rec.figures[figureAt{row[1], row[2], row[3], y}] = v
	}
	return true
}

// outcome is what one cell of the workbook does to the plan.
type outcome int

const (
	same     outcome = iota // the workbook and the plan agree
	kept                    // changed in the plan since the export, not in the workbook: the plan's stays
	take                    // changed in the workbook only (or nothing recorded): the workbook's is read in
	conflict                // changed in both since the export, differently
)

// merge compares a cell three ways: the workbook's value, the plan's now,
// and the one exported when the workbook records it (known).
func merge[T comparable](exported T, known bool, plan, book T) outcome {
	switch {
	case plan == book:
		return same
	case !known:
		return take
	case book == exported:
		return kept
	case plan == exported:
		return take
	}
	return conflict
}
