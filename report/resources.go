package report

import (
	"fmt"
	"math"
	"time"
	"unicode/utf8"

	"regionplan/planmodel"
	"regionplan/report/layout"
)

// ResourcePlan writes the plan's resource and financing plan as PDF: costs
// and funding per year, the balance, each municipality's share and hours,
// and a chart of costs against funding, in the plan's own written standard
// on landscape pages.
func ResourcePlan(p *planmodel.Plan, at time.Time) ([]byte, error) {
	return renderPDF(resourceLayout(p, at))
}

// ResourceFiles makes the resource plan as PDF and DOCX.
func ResourceFiles(p *planmodel.Plan, at time.Time) ([]Draft, error) {
	std := p.DocumentStandard()
	d, err := rendered(resourceLayout(p, at), "", fileName(word(std, "resource plan"), p.Name, ""))
	return []Draft{d}, err
}

// Chart colours: amber for costs, fjord blue for funding.
var (
	costColour    = [3]int{217, 130, 30}
	fundingColour = [3]int{29, 78, 107}
)

func resourceLayout(p *planmodel.Plan, at time.Time) *layout.Document {
	std := p.DocumentStandard()
	p = p.InStandard(std)
	w := func(key string) string { return word(std, key) }
	title := w("resource plan") + " " + period(p.FirstYear, p.LastYear)
	l := newLayout(std, at, w("resource plan")+" – "+p.Name, p.Name, p.Leader)
	l.Landscape = true
	l.Running = p.Name + " · " + title
	l.Add(layout.P(p.Name), layout.H(1, title), layout.P(w("date")+": "+planmodel.FormatDate(at)+" · "+w("in kroner")))

	b := p.Budget()
	years := b.Years
	header := func(first string) []string {
		row := []string{first}
		for _, y := range years {
			row = append(row, fmt.Sprint(y))
		}
		return append(row, w("total"))
	}
	line := func(name string, y planmodel.Yearly) []string {
		row := []string{name}
		for _, year := range years {
			row = append(row, planmodel.FormatInt(y.Get(year)))
		}
		return append(row, planmodel.FormatInt(y.Sum(p.FirstYear, p.LastYear)))
	}
	sumRow := func(name string, per []int64, total int64) []string {
		row := []string{name}
		for _, v := range per {
			row = append(row, planmodel.FormatInt(v))
		}
		return append(row, planmodel.FormatInt(total))
	}
	table := func(rows [][]string, sum bool) []layout.Block { return yearTables(rows, len(years), 1, sum) }

	rows := [][]string{header(w("cost item"))}
	for _, c := range p.Resources.Costs {
		rows = append(rows, line(c.Title+" ("+w("cost "+string(c.Category))+")", c.Amounts))
	}
	l.Add(layout.H(2, w("costs")))
	l.Add(table(append(rows, sumRow(w("total costs"), b.Costs, b.CostTotal)), true)...)

	rows = [][]string{header(w("funding source"))}
	for _, f := range p.Resources.Funding {
		rows = append(rows, line(f.Name+" ("+w("fund "+string(f.Kind))+")", f.Amounts))
	}
	l.Add(layout.H(2, w("funding")))
	l.Add(table(append(rows, sumRow(w("total funding"), b.Funding, b.FundingTotal)), true)...)

	balance := make([]int64, len(years))
	for i := range years {
		balance[i] = b.Balance(i)
	}
	l.Add(table([][]string{header(""), sumRow(w("balance"), balance, b.BalanceTotal())}, true)...)

	if s, err := p.Shares(); err == nil && s.Joint > 0 {
		rows = [][]string{header(w("municipality"))}
		for i, m := range p.Municipalities {
			rows = append(rows, sumRow(m.Name, s.Money[i], s.Total[i]))
		}
		l.Add(layout.H(2, w("shares")), layout.P(w("shares intro")+" "+keyWords(p, std)+"."))
		l.Add(table(append(rows, sumRow(w("total"), b.Joint, b.JointTotal)), true)...)
	}

	if len(p.Resources.Hours) > 0 {
		rows = [][]string{append(header(w("municipality")), w("fte"))}
		for _, m := range p.Municipalities {
			h := p.Resources.Hours[m.ID]
			sum := h.Sum(p.FirstYear, p.LastYear)
			rows = append(rows, append(line(m.Name, h), planmodel.FormatDecimal(p.Resources.FTE(sum)/float64(len(years)), 1)))
		}
		l.Add(layout.H(2, w("hours")), layout.P(fmt.Sprintf(w("hours intro"), planmodel.FormatInt(int64(p.Resources.FTEHours())))))
		l.Add(yearTables(rows, len(years), 2, false)...)
	}

	labels := make([]string, len(years))
	for i, y := range years {
		labels[i] = fmt.Sprint(y)
	}
	l.Add(layout.H(2, w("chart")), layout.Block{Kind: layout.Chart, Labels: labels, Series: []layout.Series{
		{Name: w("costs"), Values: b.Costs, RGB: costColour},
		{Name: w("funding"), Values: b.Funding, RGB: fundingColour},
	}})
	return l
}

// landscapeWidth is the text width of a landscape A4 page.
const landscapeWidth = 297.0 - marginLeft - marginRight

// Year tables: the name column's width, and what a figure's column needs
// per character and besides, in millimetres, in the tables' small font (a
// bold digit of 7.5 pt is about 1.6 mm wide in Noto Sans and 1.5 in Arial;
// 2.0 leaves room for DejaVu Sans, which LibreOffice puts in Arial's place
// where Arial is missing, and which broke figures at 1.8).
const (
	nameColumn   = 90.0
	figureChar   = 2.0
	figurePad    = 2.5
	figureColumn = 14.0 // the least a figure's column gets
)

// yearTables lays out rows of a name, nYears yearly figures and extra
// figures after them (a total …) as one table, or, when the figures would
// not fit a landscape page's width without breaking, as several tables of
// consecutive years, each with the names again, the extra figures in the
// last. A figure is never broken over two lines.
func yearTables(rows [][]string, nYears, extra int, sum bool) []layout.Block {
	widest := 0
	for _, row := range rows {
		for _, cell := range row[1:] {
			widest = max(widest, utf8.RuneCountInString(cell))
		}
	}
	fit := max(int((landscapeWidth-nameColumn)/max(float64(widest)*figureChar+figurePad, figureColumn)), extra+1)
	per := fit - extra
	chunks := (nYears + per - 1) / max(per, 1)
	size := (nYears + chunks - 1) / max(chunks, 1)
	cols := min(nYears, size) + extra
	widths, right := []float64{nameColumn}, []bool{false}
	for range cols {
		widths = append(widths, (landscapeWidth-nameColumn)/float64(cols))
		right = append(right, true)
	}
	var out []layout.Block
	for from := 0; from < nYears || from == 0; from += size {
		to := min(from+size, nYears)
		part := make([][]string, len(rows))
		for r, row := range rows {
			part[r] = append([]string{row[0]}, row[1+from:1+to]...)
			if to == nYears {
				part[r] = append(part[r], row[1+nYears:]...)
			}
		}
		out = append(out, layout.Block{Kind: layout.Table, Widths: widths[:len(part[0])], Right: right[:len(part[0])], Rows: part, Sum: sum, Small: cols > 7})
		if to == nYears {
			break
		}
	}
	return out
}

// chartHeight is the height of a chart's bars at their tallest.
const chartHeight = 60.0

// roundUp is the round number a chart's scale goes up to: the least of 1,
// 1.5, 2, 2.5, 3, 4, 5, 6 and 8 times a power of ten that is at least v, so
// the scale reads as a figure people use.
func roundUp(v int64) int64 {
	for p := int64(1); p <= math.MaxInt64/10; p *= 10 {
		for _, r := range []int64{p, p * 3 / 2, 2 * p, p * 5 / 2, 3 * p, 4 * p, 5 * p, 6 * p, 8 * p} {
			if r >= v {
				return r
			}
		}
	}
	return v
}

// chart draws a chart's series as groups of bars per label, with a legend.
func (d *doc) chart(b layout.Block) {
	var most int64 = 1
	for _, s := range b.Series {
		for _, v := range s.Values {
			most = max(most, v)
		}
	}
	top := roundUp(most)
	n := len(b.Labels)
	x0, y0 := marginLeft+20, d.pdf.GetY()+chartHeight
	slot := (d.width - 30) / float64(max(n, 1))
	bar := slot * 0.64 / float64(max(len(b.Series), 1))
	d.pdf.SetDrawColor(150, 150, 150)
	d.pdf.Line(x0, y0, x0+slot*float64(n), y0)
	d.font("", 8)
	for i, label := range b.Labels {
		x := x0 + slot*float64(i) + slot*0.15
		for k, s := range b.Series {
			h := chartHeight * float64(s.Values[i]) / float64(top)
			d.pdf.SetFillColor(s.RGB[0], s.RGB[1], s.RGB[2])
			d.pdf.Rect(x+float64(k)*bar, y0-h, bar, h, "F")
		}
		d.pdf.SetXY(x0+slot*float64(i), y0+1)
		d.pdf.CellFormat(slot, 5, label, "", 0, "C", false, 0, "")
	}
	d.pdf.SetDrawColor(210, 210, 210)
	d.pdf.Line(x0, y0-chartHeight, x0+slot*float64(n), y0-chartHeight)
	d.pdf.SetXY(marginLeft, y0-chartHeight-2)
	d.pdf.CellFormat(18, 4, planmodel.FormatInt(top), "", 0, "R", false, 0, "")
	d.pdf.SetXY(marginLeft, y0-2)
	d.pdf.CellFormat(18, 4, "0", "", 0, "R", false, 0, "")
	ly := y0 + 8
	for k, s := range b.Series {
		d.pdf.SetFillColor(s.RGB[0], s.RGB[1], s.RGB[2])
		lx := x0 + float64(k)*45
		d.pdf.Rect(lx, ly+1, 4, 4, "F")
		d.pdf.SetXY(lx+6, ly)
		d.pdf.CellFormat(35, 6, clean(s.Name), "", 0, "L", false, 0, "")
	}
	d.pdf.SetDrawColor(0, 0, 0)
	d.pdf.SetY(ly + 8)
}
